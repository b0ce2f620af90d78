#pragma once
// ValueListModel: the read-only table behind the filing and numbering screens: one row per
// value a service returned. A refresh with the same keys in the same order updates the
// cells in place (selection and scroll survive); anything else resets the model.

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace jd::ui {

template <typename T> class ValueListModel : public QAbstractTableModel
{
public:
    // Raw values for sorting (numbers and dates, not their text).
    static constexpr int SortRole = Qt::UserRole + 1;
    // The record's id (filing, enterprise, version …) on every cell of its row.
    static constexpr int IdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(headers().size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T& row = m_rows.at(index.row());
        if (role == IdRole)
            return idOf(row);
        if (role == SortRole) {
            const QVariant raw = cell(row, index.column(), SortRole);
            return raw.isValid() ? raw : cell(row, index.column(), Qt::DisplayRole);
        }
        return cell(row, index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return headers().value(section);
    }

    void setRows(const QList<T>& rows)
    {
        bool same = rows.size() == m_rows.size();
        for (qsizetype i = 0; same && i < rows.size(); ++i)
            same = idOf(rows.at(i)) == idOf(m_rows.at(i));
        if (!same) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    const QList<T>& rows() const { return m_rows; }
    // Row of the record with this id; -1 when it is not listed.
    int rowOf(const QVariant& id) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            if (idOf(m_rows.at(i)) == id)
                return static_cast<int>(i);
        return -1;
    }

protected:
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const T& row, int column, int role) const = 0;
    virtual QVariant idOf(const T& row) const = 0;

private:
    QList<T> m_rows;
};

} // namespace jd::ui
