#pragma once
// SpotCheckModel: the rows of the 抽查监督 list (read-only): plan, how it was chosen (with
// the stored seed), the visit and its outcome, coloured by outcome.

#include "core/supervision/SpotCheckService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class SpotCheckModel : public ValueListModel<SpotCheck>
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Enterprise,
        Plan,
        PlanStart,
        SelectedBy,
        VisitDate,
        Inspectors,
        Findings,
        Outcome,
        ColumnCount
    };

    using ValueListModel::ValueListModel;
    static QColor outcomeColor(const QString& outcome);

protected:
    QStringList headers() const override;
    QVariant cell(const SpotCheck& row, int column, int role) const override;
    QVariant idOf(const SpotCheck& row) const override { return row.id; }
};

} // namespace jd::ui
