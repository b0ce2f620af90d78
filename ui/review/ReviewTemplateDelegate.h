#pragma once
// ReviewTemplateDelegate: in-place editors of the criteria tree: bounded spin boxes for
// 分值 (0.5–1000), 权重 (0–100) and 分歧阈值 (0–1000); line edits for the text columns.

#include <QStyledItemDelegate>

namespace jd::ui {

class ReviewTemplateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

    // The bounds of a numeric column (min, max); {0, 0} for text columns.
    static std::pair<double, double> bounds(int column);
};

} // namespace jd::ui
