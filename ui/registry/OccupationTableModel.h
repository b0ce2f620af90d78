#pragma once
// OccupationTableModel: the editable list of occupations (职业/工种) an enterprise applies for.

#include "core/registry/Enterprise.h"
#include "ui/common/ListTableModel.h"

namespace jd::ui {

class OccupationTableModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Trade, Basis, Levels, ColumnCount };
    using ListTableModel::ListTableModel;

    void setItems(const QList<OccupationApplied>& items);
    const QList<OccupationApplied>& items() const { return m_items; }
    int columnForField(const QString& key) const override;
    bool isRowBlank(int row) const override;

protected:
    int itemCount() const override { return static_cast<int>(m_items.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool setCell(int row, int column, const QVariant& value) override;
    void insertBlank(int row) override { m_items.insert(row, OccupationApplied{}); }
    void removeAt(int row) override { m_items.removeAt(row); }

private:
    QList<OccupationApplied> m_items;
};

} // namespace jd::ui
