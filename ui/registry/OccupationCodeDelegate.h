#pragma once
// OccupationCodeDelegate: edits an occupation code with completion from the 职业分类大典
// catalogue ("6-31" or "电工" offers matches); picking one fills both code and name.

#include <QStyledItemDelegate>

namespace jd {
class OccupationCatalogue;
}

namespace jd::ui {

class OccupationCodeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    OccupationCodeDelegate(const OccupationCatalogue& catalogue, int nameColumn, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // Writes "CODE NAME" (a completion) or a bare code into the row: the code, and the
    // catalogue name when the name cell is empty or a completion was picked.
    void applyText(const QString& text, QAbstractItemModel* model, const QModelIndex& index) const;
    // The completion lines for what has been typed so far.
    QStringList completions(const QString& typed) const;

private:
    const OccupationCatalogue& m_catalogue;
    int m_nameColumn;
};

} // namespace jd::ui
