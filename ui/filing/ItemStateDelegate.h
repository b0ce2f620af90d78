#pragma once
// ItemStateDelegate: edits a checklist item's state with a combo box (已收到 / 缺少 /
// 有缺陷); the choice is written as soon as it is picked.

#include <QStyledItemDelegate>

namespace jd::ui {

class ItemStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace jd::ui
