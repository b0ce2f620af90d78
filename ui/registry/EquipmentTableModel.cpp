#include "ui/registry/EquipmentTableModel.h"

#include "core/validation/Validators.h"

namespace jd::ui {

void EquipmentTableModel::setItems(const QList<Equipment>& items)
{
    resetWith([&] { m_items = items; });
}

QStringList EquipmentTableModel::headers() const
{
    return {tr("名称"), tr("品牌"), tr("规格型号"), tr("数量"), tr("所有权归属")};
}

int EquipmentTableModel::columnForField(const QString& key) const
{
    if (key == QStringLiteral("name"))
        return Name;
    if (key == QStringLiteral("brand"))
        return Brand;
    if (key == QStringLiteral("model"))
        return Model;
    if (key == QStringLiteral("quantity"))
        return Quantity;
    if (key == QStringLiteral("ownership"))
        return Ownership;
    return -1;
}

bool EquipmentTableModel::isRowBlank(int row) const
{
    return m_items.value(row) == Equipment{};
}

QVariant EquipmentTableModel::cell(int row, int column, int role) const
{
    const Equipment& q = m_items.at(row);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Name: return q.name;
        case Brand: return q.brand;
        case Model: return q.model;
        case Quantity: return q.quantity;
        case Ownership: return q.ownership;
        }
    }
    if (role == Qt::TextAlignmentRole && column == Quantity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool EquipmentTableModel::setCell(int row, int column, const QVariant& value)
{
    Equipment& q = m_items[row];
    switch (column) {
    case Name: q.name = value.toString(); return true;
    case Brand: q.brand = value.toString(); return true;
    case Model: q.model = value.toString(); return true;
    case Quantity: {
        bool ok = false;
        const int n = validation::normalizeWidth(value.toString()).toInt(&ok);
        if (!ok)
            return false;
        q.quantity = n;
        return true;
    }
    case Ownership: q.ownership = value.toString(); return true;
    }
    return false;
}

} // namespace jd::ui
