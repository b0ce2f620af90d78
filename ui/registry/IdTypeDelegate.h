#pragma once
// IdTypeDelegate: picks a document type (居民身份证, 护照, ...) from a list; the model keeps its key.

#include <QStyledItemDelegate>

namespace jd::ui {

class IdTypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace jd::ui
