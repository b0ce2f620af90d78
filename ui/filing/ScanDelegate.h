#pragma once
// ScanDelegate: picks the scanned document a checklist item rests on, from the
// enterprise's stored scans (or none), with a combo box.

#include <QStyledItemDelegate>

namespace jd::ui {

class ScanDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace jd::ui
