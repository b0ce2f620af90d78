#pragma once
// PanelResultModel: the aggregated result of a panel, one row per scored criterion: the
// criterion, its maximum and weight, each active member's score, the aggregated score,
// the spread (max − min), a 分歧 mark when the spread exceeds the criterion's threshold
// and the veto state. Columns follow the panel: one per active member in draw order.

#include "core/review/ReviewService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jd::ui {

class PanelResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // `members`: the active members (columns); `sheets`: their sheets, by expert.
    void setResult(const ReviewResult& result, const QList<PanelMember>& members,
                   const QList<ExpertSheet>& sheets);
    void clear();
    const ReviewResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Column positions, which depend on the number of members.
    static constexpr int CriterionColumn = 0;
    static constexpr int LimitsColumn = 1;
    static constexpr int FirstMemberColumn = 2;
    int aggregateColumn() const { return FirstMemberColumn + int(m_members.size()); }
    int spreadColumn() const { return aggregateColumn() + 1; }
    int flagColumn() const { return aggregateColumn() + 2; }
    int vetoColumn() const { return aggregateColumn() + 3; }

    // 8.5, 10, 7.25: scores as people write them.
    static QString points(double x);

private:
    ReviewResult m_result;
    QList<PanelMember> m_members;
    QHash<qint64, QHash<QString, double>> m_scores; // expert → criterion → score
};

} // namespace jd::ui
