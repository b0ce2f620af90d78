#include "ui/filing/ItemStateDelegate.h"

#include "core/filing/Filing.h"
#include "ui/common/CoreLabels.h"

#include <QComboBox>

namespace jd::ui {

QWidget* ItemStateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("itemStateCombo"));
    for (ItemState s : {ItemState::Received, ItemState::Missing, ItemState::Defective})
        combo->addItem(itemStateText(s), static_cast<int>(s));
    // Picking a state is the whole edit: commit and close at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ItemStateDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ItemStateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int i = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void ItemStateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData().toInt(), Qt::EditRole);
}

} // namespace jd::ui
