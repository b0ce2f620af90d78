#pragma once
// CatalogueEntryModel: the enterprises of one catalogue version (read-only), in the order
// of their OrgSerials (filing order), with the occupations and levels they may certify.

#include "core/filing/FilingService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class CatalogueEntryModel : public ValueListModel<CatalogueEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        Position,
        OrgSerial,
        Name,
        Uscc,
        Occupations,
        ColumnCount
    };

    using ValueListModel::ValueListModel;

protected:
    QStringList headers() const override;
    QVariant cell(const CatalogueEntry& row, int column, int role) const override;
    QVariant idOf(const CatalogueEntry& row) const override { return row.enterpriseId; }
};

} // namespace jd::ui
