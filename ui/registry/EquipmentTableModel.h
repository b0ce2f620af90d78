#pragma once
// EquipmentTableModel: the editable list of facilities and equipment (设施设备) of 附件1 §四.

#include "core/registry/Enterprise.h"
#include "ui/common/ListTableModel.h"

namespace jd::ui {

class EquipmentTableModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Brand, Model, Quantity, Ownership, ColumnCount };
    using ListTableModel::ListTableModel;

    void setItems(const QList<Equipment>& items);
    const QList<Equipment>& items() const { return m_items; }
    int columnForField(const QString& key) const override;
    bool isRowBlank(int row) const override;

protected:
    int itemCount() const override { return static_cast<int>(m_items.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool setCell(int row, int column, const QVariant& value) override;
    void insertBlank(int row) override { m_items.insert(row, Equipment{}); }
    void removeAt(int row) override { m_items.removeAt(row); }

private:
    QList<Equipment> m_items;
};

} // namespace jd::ui
