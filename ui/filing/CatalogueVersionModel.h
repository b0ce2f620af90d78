#pragma once
// CatalogueVersionModel: the versions of the pilot enterprise catalogue (read-only), each
// with its effective date, the reason for the adjustment and who made it.

#include "core/filing/FilingService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class CatalogueVersionModel : public ValueListModel<CatalogueVersion>
{
    Q_OBJECT
public:
    enum Column
    {
        Version,
        EffectiveDate,
        Reason,
        Actor,
        ColumnCount
    };

    using ValueListModel::ValueListModel;

protected:
    QStringList headers() const override;
    QVariant cell(const CatalogueVersion& row, int column, int role) const override;
    QVariant idOf(const CatalogueVersion& row) const override { return row.version; }
};

} // namespace jd::ui
