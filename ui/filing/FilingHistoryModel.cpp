#include "ui/filing/FilingHistoryModel.h"

#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QBrush>

namespace jd::ui {

QString FilingHistoryModel::actionText(const QString& key)
{
    FilingAction a;
    return actionFromKey(key, &a) ? ui::actionText(a) : key;
}

QString FilingHistoryModel::statusText(const QString& key)
{
    FilingStatus s;
    return statusFromKey(key, &s) ? ui::statusText(s) : key;
}

QString FilingHistoryModel::noteText(const HistoryEntry& h)
{
    QStringList lines;
    if (!h.note.isEmpty())
        lines << h.note;
    if (!h.defects.isEmpty()) {
        lines << tr("补正内容：");
        for (qsizetype i = 0; i < h.defects.size(); ++i)
            lines << tr("%1. %2").arg(i + 1).arg(h.defects.at(i));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList FilingHistoryModel::headers() const
{
    return {tr("日期"), tr("办理事项"), tr("状态变化"), tr("经办人"), tr("文号"), tr("说明")};
}

QVariant FilingHistoryModel::cell(const HistoryEntry& h, int column, int role) const
{
    FilingStatus to = FilingStatus::Submitted;
    const bool known = statusFromKey(h.to, &to);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return h.date.toString(Qt::ISODate);
        case Action:
            return actionText(h.action);
        case Change:
            return tr("%1 → %2").arg(statusText(h.from), statusText(h.to));
        case Actor:
            return h.actor;
        case DocNumber:
            return h.docNumber;
        case Note:
            return noteText(h);
        }
        break;
    case SortRole:
        if (column == Date)
            return h.date;
        break;
    case Qt::DecorationRole:
        if (column == Date && known)
            return StatusStyle::dot(StatusStyle::statusColor(to));
        break;
    case Qt::ForegroundRole:
        if (column == Change && known)
            return QBrush(StatusStyle::statusColor(to));
        break;
    case Qt::ToolTipRole:
        if (column == Date)
            return tr("生效日期 %1，登记于 %2")
                .arg(h.date.toString(Qt::ISODate),
                     h.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (column == Note && !h.defects.isEmpty())
            return noteText(h);
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
