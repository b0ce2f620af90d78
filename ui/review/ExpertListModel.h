#pragma once
// ExpertListModel: the rows of the 专家库 page (read-only): name, ID number as the service
// returns it (masked for roles that only read), employer, title, region, specialties and
// whether the expert is active. Inactive experts are greyed.

#include "core/review/ExpertService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class ExpertListModel : public ValueListModel<Expert>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        IdNumber,
        Employer,
        Title,
        Region,
        Specialties,
        Status,
        ColumnCount
    };

    using ValueListModel::ValueListModel;
    static QString specialtiesText(const QStringList& specialties);

protected:
    QStringList headers() const override;
    QVariant cell(const Expert& row, int column, int role) const override;
    QVariant idOf(const Expert& row) const override { return row.id; }
};

} // namespace jd::ui
