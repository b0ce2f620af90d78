#pragma once
// EnterpriseListModel: the rows of the enterprise list (read-only). Refreshing keeps rows
// that are still there, so selection and scroll position survive a refresh.

#include "core/registry/Enterprise.h"

#include <QAbstractTableModel>

namespace jd::ui {

class EnterpriseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Uscc, Kind, Contact, Mobile, Occupations, Updated, ColumnCount };
    // Raw values for sorting (numbers and dates, not their text).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Removes rows that disappeared, updates the others and appends new ones.
    void setRows(const QList<EnterpriseSummary>& rows);
    const QList<EnterpriseSummary>& rows() const { return m_rows; }
    // Row of an enterprise id; -1 when not listed.
    int rowOf(qint64 id) const;

private:
    QList<EnterpriseSummary> m_rows;
};

} // namespace jd::ui
