#include "ui/catalogue/CatalogueTableModel.h"

namespace jd::ui {

int CatalogueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CatalogueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const CatalogueOccupation& o = m_rows.at(index.row());
    switch (index.column()) {
    case Code: return o.code;
    case Name: return o.name;
    case Edition: return tr("%1 年版").arg(o.edition);
    }
    return {};
}

QVariant CatalogueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("职业编码");
    case Name: return tr("职业名称");
    case Edition: return tr("大典版本");
    }
    return {};
}

void CatalogueTableModel::setRows(const QList<CatalogueOccupation>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace jd::ui
