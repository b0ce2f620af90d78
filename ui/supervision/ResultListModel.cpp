#include "ui/supervision/ResultListModel.h"

#include "ui/filing/StatusStyle.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace jd::ui {

QStringList ResultListModel::headers() const
{
    return {tr("编号"), tr("企业"),      tr("计划"), tr("报送日期"), tr("报送期限"),
            tr("逾期"), tr("合格/人数"), tr("状态"), tr("文件")};
}

QString ResultListModel::statusText(const ResultFiling& r)
{
    if (r.status == QStringLiteral("confirmed"))
        return tr("已确认（%1）").arg(r.confirmedOn.toString(Qt::ISODate));
    return tr("待确认");
}

QVariant ResultListModel::cell(const ResultFiling& r, int column, int role) const
{
    const bool confirmed = r.status == QStringLiteral("confirmed");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return r.id;
        case Enterprise:
            return r.enterpriseName;
        case Plan:
            return r.planId;
        case Submitted:
            return r.submitted.toString(Qt::ISODate);
        case Due:
            return r.due.toString(Qt::ISODate);
        case Late:
            return r.late ? tr("逾期报送") : QString();
        case Passed:
            return tr("%1 / %2").arg(r.passed).arg(r.rows);
        case Status:
            return statusText(r);
        case File:
            return r.fileName;
        }
        break;
    case SortRole:
        switch (column) {
        case Submitted:
            return r.submitted;
        case Due:
            return r.due;
        case Late:
            return r.late ? 1 : 0;
        case Passed:
            return r.passed;
        case Status:
            return confirmed ? 1 : 0;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Id || column == Plan || column == Passed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Late && r.late)
            return QBrush(StatusStyle::warningColor());
        if (column == Status)
            return QBrush(confirmed ? StatusStyle::goodColor() : QColor(0x1f, 0x4e, 0x9a));
        break;
    case Qt::DecorationRole:
        if (column == Late && r.late)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (column == Status)
            return StatusStyle::dot(confirmed ? StatusStyle::goodColor()
                                              : QColor(0x1f, 0x4e, 0x9a));
        break;
    case Qt::ToolTipRole:
        if (column == Late && r.late)
            return tr("报送日期 %1 晚于期限 %2（认定结束后 %3 个工作日）。")
                .arg(r.submitted.toString(Qt::ISODate), r.due.toString(Qt::ISODate))
                .arg(ResultService::DueWorkingDays);
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
