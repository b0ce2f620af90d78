#pragma once
// ResultListModel: the rows of the 认定结果 list (read-only): enterprise, plan, submitted and
// due dates, the 逾期 marker, passed/rows and the status (imported or confirmed).

#include "core/supervision/ResultService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class ResultListModel : public ValueListModel<ResultFiling>
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Enterprise,
        Plan,
        Submitted,
        Due,
        Late,
        Passed,
        Status,
        File,
        ColumnCount
    };

    using ValueListModel::ValueListModel;
    static QString statusText(const ResultFiling& r);

protected:
    QStringList headers() const override;
    QVariant cell(const ResultFiling& row, int column, int role) const override;
    QVariant idOf(const ResultFiling& row) const override { return row.id; }
};

} // namespace jd::ui
