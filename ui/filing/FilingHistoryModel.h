#pragma once
// FilingHistoryModel: the timeline of one filing (read-only): each transition with its
// effective date, action, status change, actor, document number, note and, for a
// return, the defects the enterprise must correct.

#include "core/filing/Filing.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class FilingHistoryModel : public ValueListModel<HistoryEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Action,
        Change,
        Actor,
        DocNumber,
        Note,
        ColumnCount
    };

    using ValueListModel::ValueListModel;

    static QString actionText(const QString& key);
    static QString statusText(const QString& key);
    // The note followed by the numbered defects of a return.
    static QString noteText(const HistoryEntry& h);

protected:
    QStringList headers() const override;
    QVariant cell(const HistoryEntry& row, int column, int role) const override;
    QVariant idOf(const HistoryEntry& row) const override { return row.id; }
};

} // namespace jd::ui
