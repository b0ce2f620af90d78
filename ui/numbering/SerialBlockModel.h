#pragma once
// SerialBlockModel: reserved certificate serial blocks (read-only), one row per block,
// with the use of its (OrgSerial, year, level) space; spaces past 90 % are marked.

#include "core/numbering/NumberingService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

struct BlockRow
{
    SerialBlock block;
    QString enterpriseName;
    SpaceUse space; // the whole (org, year, level) space the block belongs to
};

class SerialBlockModel : public ValueListModel<BlockRow>
{
    Q_OBJECT
public:
    enum Column
    {
        OrgSerial,
        Enterprise,
        Year,
        Level,
        First,
        Last,
        Count,
        ReservedOn,
        SpaceUsed,
        ColumnCount
    };

    using ValueListModel::ValueListModel;

    // Joins blocks with their spaces and the ledger's names.
    static QList<BlockRow> join(const QList<SerialBlock>& blocks, const QList<SpaceUse>& spaces,
                                const QList<OrgSerialEntry>& ledger);

protected:
    QStringList headers() const override;
    QVariant cell(const BlockRow& row, int column, int role) const override;
    QVariant idOf(const BlockRow& row) const override { return row.block.id; }
};

} // namespace jd::ui
