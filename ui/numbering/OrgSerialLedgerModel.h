#pragma once
// OrgSerialLedgerModel: the OrgSerial ledger (read-only): each 评价机构序列码 with its
// enterprise, the date it was assigned and the filing's status; terminated and
// suspended enterprises are marked frozen (no new certificate blocks).

#include "core/numbering/NumberingService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class OrgSerialLedgerModel : public ValueListModel<OrgSerialEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        Serial,
        Enterprise,
        Assigned,
        Status,
        Frozen,
        ColumnCount
    };

    using ValueListModel::ValueListModel;

    static bool isFrozen(const OrgSerialEntry& e);
    static QString serialText(int serial);

protected:
    QStringList headers() const override;
    QVariant cell(const OrgSerialEntry& row, int column, int role) const override;
    QVariant idOf(const OrgSerialEntry& row) const override { return row.enterpriseId; }
};

} // namespace jd::ui
