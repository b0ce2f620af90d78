#include "ui/numbering/OrgSerialLedgerModel.h"

#include "core/filing/Filing.h"
#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace jd::ui {

bool OrgSerialLedgerModel::isFrozen(const OrgSerialEntry& e)
{
    return e.status == statusKey(FilingStatus::Terminated) ||
           e.status == statusKey(FilingStatus::Suspended);
}

QString OrgSerialLedgerModel::serialText(int serial)
{
    return QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
}

QStringList OrgSerialLedgerModel::headers() const
{
    return {tr("序列码"), tr("企业名称"), tr("赋码日期"), tr("备案状态"), tr("号段")};
}

QVariant OrgSerialLedgerModel::cell(const OrgSerialEntry& e, int column, int role) const
{
    FilingStatus status = FilingStatus::Published;
    const bool known = statusFromKey(e.status, &status);
    const bool frozen = isFrozen(e);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Serial:
            return serialText(e.serial);
        case Enterprise:
            return e.enterpriseName;
        case Assigned:
            return e.assigned.toString(Qt::ISODate);
        case Status:
            return known ? statusText(status) : e.status;
        case Frozen:
            return frozen ? tr("已冻结") : tr("可用");
        }
        break;
    case SortRole:
        if (column == Serial)
            return e.serial;
        if (column == Assigned)
            return e.assigned;
        break;
    case Qt::ForegroundRole:
        if (column == Status && known)
            return QBrush(StatusStyle::statusColor(status));
        if (column == Frozen)
            return QBrush(frozen ? StatusStyle::errorColor() : StatusStyle::goodColor());
        break;
    case Qt::DecorationRole:
        if (column == Frozen && frozen)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case Qt::ToolTipRole:
        if (column == Frozen && frozen)
            return tr("该企业已%1，证书编号冻结：不再分配新的证书号段，已发证书不受影响。")
                .arg(known ? statusText(status) : e.status);
        if (column == Enterprise)
            return e.enterpriseName;
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
