#pragma once
// PlanListModel: the rows of the 认定计划 list (read-only): enterprise, dates, occupations
// and levels, candidates, the deadline and the 逾期报送 marker.

#include "core/supervision/PlanService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class PlanListModel : public ValueListModel<CertificationPlan>
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Enterprise,
        Submitted,
        Dates,
        Occupations,
        Candidates,
        Deadline,
        Late,
        ColumnCount
    };

    using ValueListModel::ValueListModel;
    static QString occupationsText(const CertificationPlan& p);

protected:
    QStringList headers() const override;
    QVariant cell(const CertificationPlan& row, int column, int role) const override;
    QVariant idOf(const CertificationPlan& row) const override { return row.id; }
};

} // namespace jd::ui
