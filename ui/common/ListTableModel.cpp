#include "ui/common/ListTableModel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace jd::ui {

int ListTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

int ListTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant ListTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString error = m_errors.value({index.row(), index.column()});
    if (!error.isEmpty()) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        if (role == Qt::ToolTipRole)
            return error;
    }
    return cell(index.row(), index.column(), role);
}

bool ListTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!setCell(index.row(), index.column(), value))
        return false;
    // A cell may change how its neighbours display (a code fills the name), so the row.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit edited();
    return true;
}

Qt::ItemFlags ListTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // validation numbers rows from 1 as well
    return headers().value(section);
}

bool ListTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > itemCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        insertBlank(row);
    m_errors.clear(); // positions moved; the next validation marks them again
    endInsertRows();
    emit edited();
    return true;
}

bool ListTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > itemCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        removeAt(row);
    m_errors.clear();
    endRemoveRows();
    emit edited();
    return true;
}

void ListTableModel::setCellErrors(const QHash<std::pair<int, int>, QString>& errors)
{
    if (errors == m_errors)
        return;
    QSet<int> rows;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        rows.insert(it.key().first);
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        rows.insert(it.key().first);
    m_errors = errors;
    const int columns = columnCount();
    for (int r : rows)
        if (r >= 0 && r < itemCount())
            emit dataChanged(index(r, 0), index(r, columns - 1),
                             {Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

void ListTableModel::resetWith(const std::function<void()>& replace)
{
    beginResetModel();
    replace();
    m_errors.clear();
    endResetModel();
}

} // namespace jd::ui
