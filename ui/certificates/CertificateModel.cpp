#include "ui/certificates/CertificateModel.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace jd::ui {

QStringList CertificateModel::headers() const
{
    return {tr("证书编号"), tr("姓名"),     tr("证件号码"), tr("职业"), tr("等级"),
            tr("发证日期"), tr("评价机构"), tr("状态"),     tr("打印")};
}

QString CertificateModel::statusText(const Certificate& c)
{
    if (c.status == QStringLiteral("revoked"))
        return tr("已撤销");
    if (c.status == QStringLiteral("replaced"))
        return tr("已换发");
    return tr("有效");
}

QVariant CertificateModel::cell(const Certificate& c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return c.number;
        case Name:
            return c.name;
        case IdNumber:
            return c.idNumber;
        case Occupation:
            return c.occupationName;
        case Level:
            return levelText(c.level);
        case IssueDate:
            return c.issueDate.toString(Qt::ISODate);
        case Enterprise:
            return c.enterpriseName;
        case Status:
            return statusText(c);
        case Printed:
            return c.printed > 0 ? tr("%1 次").arg(c.printed) : tr("未打印");
        }
        break;
    case SortRole:
        switch (column) {
        case Level:
            return c.level;
        case IssueDate:
            return c.issueDate;
        case Printed:
            return c.printed;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == Status && c.status != QStringLiteral("valid"))
            return QBrush(c.status == QStringLiteral("revoked") ? StatusStyle::errorColor()
                                                                : QColor(0x70, 0x70, 0x70));
        if (column == Status)
            return QBrush(StatusStyle::goodColor());
        if (column == Printed && c.printed == 0)
            return QBrush(QColor(0x70, 0x70, 0x70));
        break;
    case Qt::DecorationRole:
        if (column == Number && c.flagged)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (column == Number && c.flagged)
            return tr("发证日期在该企业终止试点之后，请核查。");
        if (column == Status && !c.statusReason.isEmpty())
            return c.statusReason;
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
