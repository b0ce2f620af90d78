#include "ui/review/ReviewTemplateDelegate.h"

#include "ui/review/ReviewTemplateModel.h"

#include <QDoubleSpinBox>

namespace jd::ui {

std::pair<double, double> ReviewTemplateDelegate::bounds(int column)
{
    switch (column) {
    case ReviewTemplateModel::MaxPoints:
        return {0.5, 1000};
    case ReviewTemplateModel::Weight:
        return {0, 100};
    case ReviewTemplateModel::Spread:
        return {0, 1000};
    default:
        return {0, 0};
    }
}

QWidget* ReviewTemplateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const
{
    const auto [low, high] = bounds(index.column());
    if (low == high)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QStringLiteral("criterionSpinEditor"));
    spin->setRange(low, high);
    spin->setDecimals(2);
    spin->setSingleStep(index.column() == ReviewTemplateModel::Spread ? 0.5 : 1);
    spin->setAlignment(Qt::AlignRight);
    spin->setFrame(false);
    return spin;
}

void ReviewTemplateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toDouble());
        spin->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ReviewTemplateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                          const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace jd::ui
