#include "ui/filing/ScanDelegate.h"

#include "ui/filing/ChecklistModel.h"

#include <QComboBox>

namespace jd::ui {

QWidget* ScanDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("scanCombo"));
    combo->addItem(tr("（无）"), qint64(0));
    if (const auto* model = qobject_cast<const ChecklistModel*>(index.model()))
        for (const AttachedDocument& d : model->documents())
            combo->addItem(d.fileName, d.id);
    if (combo->count() == 1)
        combo->setToolTip(tr("该企业还没有扫描件：请先在企业登记的“附件”页添加。"));
    return combo;
}

void ScanDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toLongLong());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void ScanDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace jd::ui
