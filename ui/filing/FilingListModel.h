#pragma once
// FilingListModel: the rows of the filings list (read-only): one FilingSummary each, with
// the late marker (received after the batch deadline) and the overdue marker (waiting for
// the centre longer than FilingService::OverdueDays).

#include "core/filing/Filing.h"
#include "ui/filing/ValueListModel.h"

#include <QDate>

namespace jd::ui {

struct FilingRow
{
    FilingSummary summary;
    bool overdue = false;
    int waitingDays = 0; // days since the latest step, when overdue
};

class FilingListModel : public ValueListModel<FilingRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Enterprise,
        Batch,
        Status,
        Received,
        Late,
        Overdue,
        LastDate,
        ColumnCount
    };
    static constexpr int StatusRole = Qt::UserRole + 3;

    using ValueListModel::ValueListModel;

protected:
    QStringList headers() const override;
    QVariant cell(const FilingRow& row, int column, int role) const override;
    QVariant idOf(const FilingRow& row) const override { return row.summary.id; }
};

} // namespace jd::ui
