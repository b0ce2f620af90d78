#include "core/supervision/SpotCheckService.h"

#include "core/audit/AuditLog.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::SpotCheckService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::SpotCheckService)
};
} // namespace

QString spotOutcomeLabel(const QString& key)
{
    if (key == QStringLiteral("compliant"))
        return QStringLiteral("规范");
    if (key == QStringLiteral("rectify"))
        return QStringLiteral("限期整改");
    if (key == QStringLiteral("serious"))
        return QStringLiteral("严重问题");
    return QStringLiteral("待检查");
}

Result<QList<SpotCheck>> SpotCheckService::list(qint64 enterpriseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT s.id, s.plan_id, p.enterprise_id, e.name, p.start_date, s.selected_by, coalesce(s.seed, 0), "
                                      "s.visit_date, s.inspectors, s.findings, s.rectification, s.outcome FROM spot_checks s "
                                      "JOIN certification_plans p ON p.id = s.plan_id JOIN enterprises e ON e.id = p.enterprise_id "
                                      "WHERE (? = 0 OR p.enterprise_id = ?) ORDER BY s.id"),
                       {enterpriseId, enterpriseId});
    if (!q)
        return q.error();
    QList<SpotCheck> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << SpotCheck{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(),
                         QDate::fromString(r.value(4).toString(), Qt::ISODate), r.value(5).toString(), r.value(6).toLongLong(),
                         QDate::fromString(r.value(7).toString(), Qt::ISODate), r.value(8).toString(), r.value(9).toString(),
                         r.value(10).toString(), r.value(11).toString()};
    }
    return out;
}

Result<SpotCheck> SpotCheckService::insert(qint64 planId, const QString& by, qint64 seed)
{
    auto ins = m_db.insert(QStringLiteral("INSERT INTO spot_checks (plan_id, selected_by, seed, actor, at) VALUES (?,?,?,?,?)"),
                         {planId, by, by == QStringLiteral("random") ? QVariant(seed) : QVariant(QMetaType(QMetaType::LongLong)),
                          m_session.user, m_db.clock().now().toString(Qt::ISODateWithMs)});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("select"), QStringLiteral("spot_check"), QString::number(id), {},
                                         {{QStringLiteral("plan_id"), planId}, {QStringLiteral("by"), by}, {QStringLiteral("seed"), seed}});
        !s)
        return s.error();
    auto all = list();
    if (!all)
        return all.error();
    for (const SpotCheck& c : *all)
        if (c.id == id)
            return c;
    return Error::storage(Tr::tr("读取抽查记录失败。"));
}

Result<QList<SpotCheck>> SpotCheckService::drawRandom(int count, quint32 seed, const QDate& from)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    if (count < 1)
        return Error::invalid(Tr::tr("抽查数量应至少为 1。"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto q = m_db.exec(QStringLiteral("SELECT p.id FROM certification_plans p WHERE p.start_date >= ? AND NOT EXISTS "
                                      "(SELECT 1 FROM spot_checks s WHERE s.plan_id = p.id) ORDER BY p.id"),
                       {from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00")});
    if (!q)
        return q.error();
    QList<qint64> pool;
    while (q.value().next())
        pool << q.value().value(0).toLongLong();
    if (pool.isEmpty())
        return Error::notFound(Tr::tr("没有可抽查的认定计划（都已抽查过，或在所选日期之后没有计划）。"));
    // A partial Fisher–Yates shuffle with the stored seed: reproducible on every machine.
    QRandomGenerator rng(seed);
    const int n = std::min<int>(count, static_cast<int>(pool.size()));
    QList<SpotCheck> out;
    for (int i = 0; i < n; ++i) {
        const int j = i + static_cast<int>(rng.bounded(static_cast<quint32>(pool.size() - i)));
        std::swap(pool[i], pool[j]);
        auto c = insert(pool[i], QStringLiteral("random"), seed);
        if (!c)
            return c.error();
        out << *c;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<SpotCheck> SpotCheckService::choose(qint64 planId)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto p = m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM certification_plans WHERE id = ?), "
                                      "(SELECT count(*) FROM spot_checks WHERE plan_id = ?)"),
                       {planId, planId});
    if (!p || !p.value().next())
        return Error::storage(Tr::tr("读取认定计划失败。"));
    if (p.value().value(0).toInt() == 0)
        return Error::notFound(Tr::tr("认定计划 %1 不存在。").arg(planId));
    if (p.value().value(1).toInt() > 0)
        return Error::invalid(Tr::tr("认定计划 %1 已列入抽查。").arg(planId));
    auto c = insert(planId, QStringLiteral("manual"), 0);
    if (!c)
        return c;
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<SpotCheck> SpotCheckService::record(qint64 id, const QDate& visit, const QString& inspectors, const QString& findings,
                                           const QString& rectification, const QString& outcome)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    QList<FieldError> errors;
    if (!visit.isValid() || visit > m_db.clock().today())
        errors << FieldError{QStringLiteral("visit_date"), Tr::tr("检查日期"), Tr::tr("应为今天或之前的日期。"), 0, {}};
    if (inspectors.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("inspectors"), Tr::tr("检查人员"), Tr::tr("至少填写一名检查人员。"), 0, {}};
    if (findings.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("findings"), Tr::tr("检查发现"), Tr::tr("请写明检查情况。"), 0, {}};
    if (outcome != QStringLiteral("compliant") && outcome != QStringLiteral("rectify") && outcome != QStringLiteral("serious"))
        errors << FieldError{QStringLiteral("outcome"), Tr::tr("结论"), Tr::tr("应为 compliant（规范）、rectify（限期整改）或 serious（严重问题）。"), 0, outcome};
    else if (outcome != QStringLiteral("compliant") && rectification.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("rectification"), Tr::tr("整改要求"), Tr::tr("有问题时须写明整改要求。"), 0, {}};
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("抽查记录有 %1 处需要修改，未保存。").arg(errors.size()), errors);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto u = m_db.exec(QStringLiteral("UPDATE spot_checks SET visit_date = ?, inspectors = ?, findings = ?, rectification = ?, outcome = ? "
                                      "WHERE id = ?"),
                       {visit.toString(Qt::ISODate), inspectors.trimmed(), findings.trimmed(), rectification.trimmed(), outcome, id});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return Error::notFound(Tr::tr("抽查记录 %1 不存在。").arg(id));
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("record"), QStringLiteral("spot_check"), QString::number(id), {},
                                         {{QStringLiteral("visit_date"), visit.toString(Qt::ISODate)},
                                          {QStringLiteral("outcome"), outcome},
                                          {QStringLiteral("findings"), findings.trimmed()}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto all = list();
    for (const SpotCheck& c : *all)
        if (c.id == id)
            return c;
    return Error::storage(Tr::tr("读取抽查记录失败。"));
}

} // namespace jd
