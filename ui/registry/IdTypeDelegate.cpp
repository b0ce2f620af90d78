#include "ui/registry/IdTypeDelegate.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"

#include <QComboBox>

namespace jd::ui {

QWidget* IdTypeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("idTypeEditor"));
    for (validation::IdType t : validation::allIdTypes())
        combo->addItem(idTypeText(t), validation::idTypeKey(t));
    return combo;
}

void IdTypeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int i = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void IdTypeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData().toString());
}

} // namespace jd::ui
