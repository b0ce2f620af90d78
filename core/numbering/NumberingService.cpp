#include "core/numbering/NumberingService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Dates.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::NumberingService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::NumberingService)
};

using dates::d;

SerialBlock readBlock(const QSqlQuery& q)
{
    SerialBlock b;
    b.id = q.value(0).toLongLong();
    b.enterpriseId = q.value(1).toLongLong();
    b.orgSerial = q.value(2).toInt();
    b.year = q.value(3).toInt();
    b.level = q.value(4).toInt();
    b.first = q.value(5).toInt();
    b.last = q.value(6).toInt();
    b.resultId = q.value(7).toLongLong();
    b.reservedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    return b;
}

const QString kBlockColumns = QStringLiteral("id, enterprise_id, org_serial, year, level, first, last, "
                                             "coalesce(result_id, 0), reserved_on");

} // namespace

Result<QList<OrgSerialEntry>> NumberingService::ledger() const
{
    auto q = m_db.exec(QStringLiteral("SELECT s.serial, s.enterprise_id, e.name, s.filing_id, s.assigned_date, "
                                      "(SELECT f.status FROM filings f WHERE f.enterprise_id = s.enterprise_id "
                                      " ORDER BY f.id DESC LIMIT 1) FROM org_serials s "
                                      "JOIN enterprises e ON e.id = s.enterprise_id ORDER BY s.serial"));
    if (!q)
        return q.error();
    QList<OrgSerialEntry> out;
    while (q.value().next())
        out << OrgSerialEntry{q.value().value(0).toInt(), q.value().value(1).toLongLong(), q.value().value(2).toString(),
                              q.value().value(3).toLongLong(), QDate::fromString(q.value().value(4).toString(), Qt::ISODate),
                              q.value().value(5).toString()};
    return out;
}

Result<QList<SerialBlock>> NumberingService::blocks(qint64 enterpriseId) const
{
    auto q = enterpriseId ? m_db.exec(QStringLiteral("SELECT %1 FROM serial_blocks WHERE enterprise_id = ? "
                                                     "ORDER BY org_serial, year, level, first").arg(kBlockColumns),
                                      {enterpriseId})
                          : m_db.exec(QStringLiteral("SELECT %1 FROM serial_blocks ORDER BY org_serial, year, level, first")
                                          .arg(kBlockColumns));
    if (!q)
        return q.error();
    QList<SerialBlock> out;
    while (q.value().next())
        out << readBlock(q.value());
    return out;
}

Result<QList<SpaceUse>> NumberingService::usage(qint64 enterpriseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT b.enterprise_id, b.org_serial, b.year, b.level, sum(b.last - b.first + 1), "
                                      "(SELECT count(*) FROM void_numbers v JOIN serial_blocks b2 ON b2.id = v.block_id "
                                      " WHERE b2.org_serial = b.org_serial AND b2.year = b.year AND b2.level = b.level) "
                                      "FROM serial_blocks b WHERE (? = 0 OR b.enterprise_id = ?) "
                                      "GROUP BY b.enterprise_id, b.org_serial, b.year, b.level ORDER BY b.org_serial, b.year, b.level"),
                       {enterpriseId, enterpriseId});
    if (!q)
        return q.error();
    QList<SpaceUse> out;
    while (q.value().next())
        out << SpaceUse{q.value().value(0).toLongLong(), q.value().value(1).toInt(), q.value().value(2).toInt(),
                        q.value().value(3).toInt(), q.value().value(4).toInt(), q.value().value(5).toInt()};
    return out;
}

Result<QStringList> NumberingService::warnings() const
{
    auto spaces = usage();
    if (!spaces)
        return spaces.error();
    QStringList out;
    for (const SpaceUse& s : *spaces)
        if (s.fraction() > WarnFraction)
            out << Tr::tr("评价机构 %1 的 %2 年 %3 级证书号段已使用 %4%（%5 / 999999），请关注。")
                       .arg(s.orgSerial, 6, 10, QLatin1Char('0'))
                       .arg(s.year)
                       .arg(s.level)
                       .arg(QString::number(s.fraction() * 100, 'f', 1))
                       .arg(s.used);
    return out;
}

Result<QList<VoidNumber>> NumberingService::voidNumbers(qint64 enterpriseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT v.number, v.reason, v.actor, v.at FROM void_numbers v JOIN serial_blocks b "
                                      "ON b.id = v.block_id WHERE (? = 0 OR b.enterprise_id = ?) ORDER BY v.number"),
                       {enterpriseId, enterpriseId});
    if (!q)
        return q.error();
    QList<VoidNumber> out;
    while (q.value().next())
        out << VoidNumber{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                          QDateTime::fromString(q.value().value(3).toString(), Qt::ISODateWithMs)};
    return out;
}

Result<SerialBlock> NumberingService::reserveInTransaction(qint64 enterpriseId, int year, int level, int count,
                                                           qint64 resultId, const QDate& on)
{
    if (level < 1 || level > 5)
        return Error::invalid(Tr::tr("等级应为 1–5，现为 %1。").arg(level));
    if (year < 2019 || year > 2099)
        return Error::invalid(Tr::tr("发证年份 %1 不在 2019–2099 之间。").arg(year));
    if (count < 1)
        return Error::invalid(Tr::tr("要预留的证书数量应至少为 1。"));
    auto org = m_db.exec(QStringLiteral("SELECT s.serial, e.name, (SELECT f.status FROM filings f WHERE f.enterprise_id = s.enterprise_id "
                                        "ORDER BY f.id DESC LIMIT 1) FROM org_serials s JOIN enterprises e ON e.id = s.enterprise_id "
                                        "WHERE s.enterprise_id = ?"),
                         {enterpriseId});
    if (!org)
        return org.error();
    if (!org.value().next())
        return Error::notAllowed(Tr::tr("企业 %1 还没有评价机构序列码（尚未公布为试点企业），不能分配证书号段。").arg(enterpriseId));
    const int serial = org.value().value(0).toInt();
    const QString name = org.value().value(1).toString();
    const QString status = org.value().value(2).toString();
    if (status == QStringLiteral("terminated") || status == QStringLiteral("suspended"))
        return Error::notAllowed((status == QStringLiteral("terminated")
                                      ? Tr::tr("%1 已终止备案，证书号段已冻结，不能分配新号段。")
                                      : Tr::tr("%1 已暂停，证书号段已冻结，不能分配新号段。"))
                                     .arg(name));
    auto last = m_db.exec(QStringLiteral("SELECT coalesce(max(last), 0) FROM serial_blocks WHERE org_serial = ? AND year = ? AND level = ?"),
                          {serial, year, level});
    if (!last || !last.value().next())
        return Error::storage(Tr::tr("读取证书号段失败。"));
    const int first = last.value().value(0).toInt() + 1;
    if (static_cast<qint64>(first) + count - 1 > 999999)
        return Error::notAllowed(Tr::tr("%1 的 %2 年 %3 级证书号段只剩 %4 个，不够 %5 个。")
                                     .arg(name)
                                     .arg(year)
                                     .arg(level)
                                     .arg(999999 - first + 1)
                                     .arg(count));
    const QDateTime now = m_db.clock().now();
    auto ins = m_db.insert(QStringLiteral("INSERT INTO serial_blocks (enterprise_id, org_serial, year, level, first, last, result_id, "
                                        "reserved_on, actor, at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                         {enterpriseId, serial, year, level, first, first + count - 1,
                          resultId ? QVariant(resultId) : QVariant(QMetaType(QMetaType::LongLong)), d(on), m_session.user,
                          now.toString(Qt::ISODateWithMs)});
    if (!ins)
        return ins.error();
    SerialBlock b{ins.value(), enterpriseId, serial, year, level, first, first + count - 1, resultId, on};
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("reserve"), QStringLiteral("serial_block"),
                                         QString::number(b.id), {},
                                         {{QStringLiteral("org_serial"), serial},
                                          {QStringLiteral("year"), year},
                                          {QStringLiteral("level"), level},
                                          {QStringLiteral("first"), b.first},
                                          {QStringLiteral("last"), b.last}});
        !s)
        return s.error();
    return b;
}

Result<SerialBlock> NumberingService::reserve(qint64 enterpriseId, int year, int level, int count, const QDate& on)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto b = reserveInTransaction(enterpriseId, year, level, count, 0, on.isValid() ? on : m_db.clock().today());
    if (!b)
        return b;
    if (Status s = tx.commit(); !s)
        return s.error();
    return b;
}

Status NumberingService::voidNumber(const QString& number, const QString& reason)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    auto n = CertificateNumber::parse(number);
    if (!n)
        return n.error();
    if (n->legacy)
        return Error::invalid(Tr::tr("旧版职业资格证书编号不由本系统发放，不能作废。"));
    if (reason.trimmed().isEmpty())
        return Error::invalid(Tr::tr("作废证书编号须写明原因（如打印损坏）。"),
                              {FieldError{QStringLiteral("reason"), Tr::tr("原因"), Tr::tr("不能为空。"), 0, {}}});
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto block = m_db.exec(QStringLiteral("SELECT id FROM serial_blocks WHERE org_serial = ? AND year = ? AND level = ? "
                                          "AND first <= ? AND last >= ?"),
                           {n->org, n->year, n->level, n->serial, n->serial});
    if (!block)
        return block.error();
    if (!block.value().next())
        return Error::notFound(Tr::tr("证书编号 %1 不在任何已分配的号段内，无需作废。").arg(n->format()));
    const qint64 blockId = block.value().value(0).toLongLong();
    auto dup = m_db.exec(QStringLiteral("SELECT reason FROM void_numbers WHERE number = ?"), {n->format()});
    if (!dup)
        return dup.error();
    if (dup.value().next())
        return Error::invalid(Tr::tr("证书编号 %1 已作废（%2）。").arg(n->format(), dup.value().value(0).toString()));
    auto ins = m_db.exec(QStringLiteral("INSERT INTO void_numbers (number, block_id, serial, reason, actor, at) VALUES (?,?,?,?,?,?)"),
                         {n->format(), blockId, n->serial, reason.trimmed(), m_session.user,
                          m_db.clock().now().toString(Qt::ISODateWithMs)});
    if (!ins)
        return ins.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("void"), QStringLiteral("certificate_number"),
                                         n->format(), {}, {{QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status NumberingService::setPrefix(const QString& type, const QString& ministry, const QString& province)
{
    if (auto denied = m_session.refuse(Permission::EditReferenceData))
        return *denied;
    QList<FieldError> errors;
    if (type != QStringLiteral("Y") && type != QStringLiteral("S"))
        errors << FieldError{QStringLiteral("type"), Tr::tr("类别"), Tr::tr("应为 Y（用人单位）或 S（社会培训评价组织）。"), 0, type};
    static const QRegularExpression four(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression two(QStringLiteral("^[0-9]{2}$"));
    if (!four.match(ministry).hasMatch())
        errors << FieldError{QStringLiteral("ministry"), Tr::tr("人社部备案代码"), Tr::tr("应为 4 位数字（向省级备案的为 0000）。"), 0, ministry};
    if (!two.match(province).hasMatch())
        errors << FieldError{QStringLiteral("province"), Tr::tr("省级代码"), Tr::tr("应为 2 位数字（天津 12）。"), 0, province};
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("证书编号前缀设置有误，未修改。"), errors);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto before = numberFor(1, 2019, 1, 1);
    if (!before)
        return before.error();
    for (const auto& [key, value] : {std::make_pair(QStringLiteral("certno.type"), type), std::make_pair(QStringLiteral("certno.ministry"), ministry),
                                     std::make_pair(QStringLiteral("certno.province"), province)}) {
        auto w = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {key, value});
        if (!w)
            return w.error();
    }
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("set"), QStringLiteral("setting"), QStringLiteral("certno"),
                                         {{QStringLiteral("type"), QString(before->type)}, {QStringLiteral("ministry"), before->ministry},
                                          {QStringLiteral("province"), before->province}},
                                         {{QStringLiteral("type"), type}, {QStringLiteral("ministry"), ministry}, {QStringLiteral("province"), province}});
        !s)
        return s;
    return tx.commit();
}

Result<CertificateNumber> NumberingService::numberFor(int orgSerial, int year, int level, int serial) const
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'certno.%'"));
    if (!q)
        return q.error();
    QString type = QStringLiteral("Y"), ministry = QStringLiteral("0000"), province = QStringLiteral("12");
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        const QString value = q.value().value(1).toString();
        if (key == QStringLiteral("certno.type"))
            type = value;
        else if (key == QStringLiteral("certno.ministry"))
            ministry = value;
        else if (key == QStringLiteral("certno.province"))
            province = value;
    }
    return CertificateNumber::make(orgSerial, year, level, serial, type.isEmpty() ? QLatin1Char('Y') : type.at(0), ministry, province);
}

} // namespace jd
