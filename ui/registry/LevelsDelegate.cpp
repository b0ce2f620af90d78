#include "ui/registry/LevelsDelegate.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace jd::ui {

QWidget* LevelsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("levelsEditor"));
    box->setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    for (int level = 1; level <= 5; ++level) {
        auto* check = new QCheckBox(levelText(level).section(QLatin1Char('/'), 0, 0), box);
        check->setObjectName(QStringLiteral("level%1Check").arg(level));
        check->setToolTip(levelText(level));
        check->setProperty("level", level);
        layout->addWidget(check);
    }
    box->setFocusPolicy(Qt::StrongFocus);
    box->setFocusProxy(box->findChild<QCheckBox*>(QStringLiteral("level1Check")));
    return box;
}

void LevelsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    QList<int> levels;
    validation::parseLevels(index.data(Qt::EditRole).toString(), &levels);
    for (QCheckBox* check : editor->findChildren<QCheckBox*>())
        check->setChecked(levels.contains(check->property("level").toInt()));
}

void LevelsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    QList<int> levels;
    for (const QCheckBox* check : editor->findChildren<QCheckBox*>())
        if (check->isChecked())
            levels << check->property("level").toInt();
    std::sort(levels.begin(), levels.end());
    model->setData(index, validation::formatLevels(levels));
}

void LevelsDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // The checkboxes need more room than a narrow column gives.
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    editor->setGeometry(r);
}

} // namespace jd::ui
