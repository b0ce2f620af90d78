#include "ui/filing/FilingListModel.h"

#include "core/filing/FilingService.h"
#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QStyle>

namespace jd::ui {

QStringList FilingListModel::headers() const
{
    return {tr("编号"),     tr("企业"),     tr("批次"), tr("状态"),
            tr("收件日期"), tr("逾期提交"), tr("超期"), tr("最近办理")};
}

QVariant FilingListModel::cell(const FilingRow& row, int column, int role) const
{
    const FilingSummary& s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return s.id;
        case Enterprise:
            return s.enterpriseName;
        case Batch:
            return s.batchName;
        case Status:
            return statusText(s.status);
        case Received:
            return s.received.toString(Qt::ISODate);
        case Late:
            return s.late ? tr("逾期提交") : QString();
        case Overdue:
            return row.overdue ? tr("超期 %1 天").arg(row.waitingDays) : QString();
        case LastDate:
            return s.lastDate.toString(Qt::ISODate);
        }
        break;
    case SortRole:
        switch (column) {
        case Id:
            return s.id;
        case Status:
            return static_cast<int>(s.status);
        case Received:
            return s.received;
        case Late:
            return s.late ? 1 : 0;
        case Overdue:
            return row.overdue ? row.waitingDays : -1;
        case LastDate:
            return s.lastDate;
        default:
            return {};
        }
    case StatusRole:
        return static_cast<int>(s.status);
    case Qt::TextAlignmentRole:
        if (column == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return QBrush(StatusStyle::statusColor(s.status));
        if (column == Late && s.late)
            return QBrush(StatusStyle::warningColor());
        if (column == Overdue && row.overdue)
            return QBrush(StatusStyle::errorColor());
        break;
    case Qt::FontRole:
        if (column == Overdue && row.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::DecorationRole:
        if (column == Overdue && row.overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (column == Late && s.late)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (column == Status)
            return StatusStyle::dot(StatusStyle::statusColor(s.status));
        break;
    case Qt::ToolTipRole:
        if (column == Overdue && row.overdue)
            return tr("等待中心办理已 %1 天（上一步办理于 %2），超过 %3 天的办理时限。")
                .arg(row.waitingDays)
                .arg(s.lastDate.toString(Qt::ISODate))
                .arg(FilingService::OverdueDays);
        if (column == Late && s.late)
            return tr("收件日期 %1 晚于本批次的申报截止日期。")
                .arg(s.received.toString(Qt::ISODate));
        if (column == Enterprise)
            return s.enterpriseName;
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
