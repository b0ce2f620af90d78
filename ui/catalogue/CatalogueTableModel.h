#pragma once
// CatalogueTableModel: rows of the 职业分类大典 reference catalogue (read-only).

#include "core/registry/OccupationCatalogue.h"

#include <QAbstractTableModel>

namespace jd::ui {

class CatalogueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Edition, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<CatalogueOccupation>& rows);
    const QList<CatalogueOccupation>& rows() const { return m_rows; }

private:
    QList<CatalogueOccupation> m_rows;
};

} // namespace jd::ui
