#pragma once
// RecommendedListModel: a batch's filings with a panel, as ReviewService::recommendedList
// ranks them (read-only): 排名, 企业, 状态, 总分, 方法, 否决, 建议 and 专家组意见. Rows not
// recommended say why (veto, below the pass line, scores missing).

#include "core/review/ReviewService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class RecommendedListModel : public ValueListModel<RecommendedEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Enterprise,
        Status,
        Total,
        Method,
        Veto,
        Advice,
        Opinion,
        ColumnCount
    };

    using ValueListModel::ValueListModel;
    static QString methodText(const ReviewResult& r);
    // 建议推荐, 不予推荐 (with the reason) or 评分未完成.
    static QString adviceText(const RecommendedEntry& e);

protected:
    QStringList headers() const override;
    QVariant cell(const RecommendedEntry& row, int column, int role) const override;
    QVariant idOf(const RecommendedEntry& row) const override { return row.filingId; }
};

} // namespace jd::ui
