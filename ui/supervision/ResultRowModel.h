#pragma once
// ResultRowModel: the candidates of one result filing (read-only), one ResultRow each.

#include "core/supervision/ResultService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class ResultRowModel : public ValueListModel<ResultRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Row,
        Name,
        IdType,
        IdNumber,
        Gender,
        Occupation,
        Trade,
        Level,
        Theory,
        Practical,
        Overall,
        Passed,
        Insured,
        ColumnCount
    };

    using ValueListModel::ValueListModel;

protected:
    QStringList headers() const override;
    QVariant cell(const ResultRow& row, int column, int role) const override;
    QVariant idOf(const ResultRow& row) const override { return row.row; }
};

} // namespace jd::ui
