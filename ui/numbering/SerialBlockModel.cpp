#include "ui/numbering/SerialBlockModel.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QBrush>

namespace jd::ui {

QList<BlockRow> SerialBlockModel::join(const QList<SerialBlock>& blocks,
                                       const QList<SpaceUse>& spaces,
                                       const QList<OrgSerialEntry>& ledger)
{
    QList<BlockRow> out;
    for (const SerialBlock& b : blocks) {
        BlockRow r{b, {}, {}};
        for (const OrgSerialEntry& e : ledger)
            if (e.enterpriseId == b.enterpriseId)
                r.enterpriseName = e.enterpriseName;
        for (const SpaceUse& s : spaces)
            if (s.orgSerial == b.orgSerial && s.year == b.year && s.level == b.level)
                r.space = s;
        out << r;
    }
    return out;
}

QStringList SerialBlockModel::headers() const
{
    return {tr("序列码"), tr("企业名称"), tr("年份"),     tr("等级"),    tr("起始号"),
            tr("终止号"), tr("数量"),     tr("预留日期"), tr("本级已用")};
}

QVariant SerialBlockModel::cell(const BlockRow& r, int column, int role) const
{
    const SerialBlock& b = r.block;
    const bool warn = r.space.fraction() > NumberingService::WarnFraction;
    auto serial = [](int n) { return QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0')); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OrgSerial:
            return serial(b.orgSerial);
        case Enterprise:
            return r.enterpriseName;
        case Year:
            return b.year;
        case Level:
            return levelText(b.level);
        case First:
            return serial(b.first);
        case Last:
            return serial(b.last);
        case Count:
            return b.count();
        case ReservedOn:
            return b.reservedOn.toString(Qt::ISODate);
        case SpaceUsed:
            return tr("%1（%2%）")
                .arg(r.space.used)
                .arg(QString::number(r.space.fraction() * 100, 'f', 1));
        }
        break;
    case SortRole:
        switch (column) {
        case OrgSerial:
            return b.orgSerial;
        case Level:
            return b.level;
        case First:
            return b.first;
        case Last:
            return b.last;
        case ReservedOn:
            return b.reservedOn;
        case SpaceUsed:
            return r.space.used;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Count || column == Year || column == SpaceUsed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == SpaceUsed && warn)
            return QBrush(StatusStyle::errorColor());
        break;
    case Qt::ToolTipRole:
        if (column == First || column == Last)
            return tr("证书编号 %1 至 %2")
                .arg(CertificateNumber::make(b.orgSerial, b.year, b.level, b.first).format(),
                     CertificateNumber::make(b.orgSerial, b.year, b.level, b.last).format());
        if (column == SpaceUsed)
            return tr("评价机构 %1 的 %2 年 %3 级顺序号共 999999 个，已预留 %4 个，其中作废 %5 "
                      "个。%6")
                .arg(serial(b.orgSerial))
                .arg(b.year)
                .arg(b.level)
                .arg(r.space.used)
                .arg(r.space.voided)
                .arg(warn ? tr("已超过 90%，请关注。") : QString());
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
