#pragma once
// StatisticsModel: the statistics table (read-only): enterprise × occupation × level with
// candidates, passed, pass rate and certificates, levels 1–3 marked 高技能, and a 合计 row.

#include "core/supervision/Statistics.h"

#include <QAbstractTableModel>

namespace jd::ui {

class StatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Enterprise,
        Occupation,
        Level,
        HighSkill,
        Candidates,
        Passed,
        PassRate,
        Certificates,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<StatRow>& rows);
    const QList<StatRow>& rows() const { return m_rows; }
    // The 合计 line (shown as the last row when there are rows).
    const StatRow& totals() const { return m_totals; }

private:
    QList<StatRow> m_rows;
    StatRow m_totals;
};

} // namespace jd::ui
