#include "core/supervision/Statistics.h"

#include "core/common/TableFile.h"
#include "core/db/Database.h"
#include "core/numbering/NumberingService.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::Statistics".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Statistics)
};
} // namespace

Result<QList<StatRow>> Statistics::compute(const StatFilter& f) const
{
    const QString from = f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    const QString to = f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    // Candidates and passes come from confirmed result lists dated by confirmation;
    // certificates from the register by issue date.
    auto q = m_db.exec(QStringLiteral(
                           "SELECT rf.enterprise_id, e.name, r.occupation_code, max(r.occupation_name), r.level, count(*), sum(r.passed), "
                           "(SELECT count(*) FROM certificates c WHERE c.enterprise_id = rf.enterprise_id AND c.occupation_code = r.occupation_code "
                           " AND c.level = r.level AND c.status <> 'revoked' AND c.issue_date BETWEEN ? AND ?) "
                           "FROM result_rows r JOIN result_filings rf ON rf.id = r.result_id JOIN enterprises e ON e.id = rf.enterprise_id "
                           "WHERE rf.status = 'confirmed' AND rf.confirmed_on BETWEEN ? AND ? AND (? = 0 OR rf.enterprise_id = ?) "
                           "GROUP BY rf.enterprise_id, e.name, r.occupation_code, r.level ORDER BY e.name, r.occupation_code, r.level"),
                       {from, to, from, to, f.enterpriseId, f.enterpriseId});
    if (!q)
        return q.error();
    QList<StatRow> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << StatRow{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(), r.value(4).toInt(),
                       r.value(5).toInt(), r.value(6).toInt(), r.value(7).toInt()};
    }
    return out;
}

Status Statistics::exportTo(const QList<StatRow>& rows, const QString& path) const
{
    QList<QStringList> table{{QStringLiteral("企业"), QStringLiteral("职业编码"), QStringLiteral("职业名称"), QStringLiteral("等级"),
                              QStringLiteral("高技能"), QStringLiteral("参评人数"), QStringLiteral("合格人数"), QStringLiteral("合格率"),
                              QStringLiteral("发证数")}};
    int candidates = 0, passed = 0, certificates = 0;
    for (const StatRow& r : rows) {
        table << QStringList{r.enterpriseName, r.occupationCode, r.occupationName, validation::levelLabel(r.level),
                             r.highSkill() ? QStringLiteral("是") : QStringLiteral("否"), QString::number(r.candidates),
                             QString::number(r.passed), QString::number(r.passRate() * 100, 'f', 1) + QLatin1Char('%'),
                             QString::number(r.certificates)};
        candidates += r.candidates;
        passed += r.passed;
        certificates += r.certificates;
    }
    table << QStringList{QStringLiteral("合计"), QString(), QString(), QString(), QString(), QString::number(candidates),
                         QString::number(passed),
                         candidates ? QString::number(100.0 * passed / candidates, 'f', 1) + QLatin1Char('%') : QStringLiteral("--"),
                         QString::number(certificates)};
    if (QFileInfo(path).suffix().toLower() != QStringLiteral("csv") && QFileInfo(path).suffix().toLower() != QStringLiteral("xlsx"))
        return Error::invalid(Tr::tr("统计导出文件的扩展名应为 .csv 或 .xlsx。"));
    return table::write(path, table, QStringLiteral("统计"));
}

Result<Ledger> Statistics::ledger(qint64 enterpriseId) const
{
    Ledger l;
    l.enterpriseId = enterpriseId;
    auto e = m_db.exec(QStringLiteral("SELECT name FROM enterprises WHERE id = ?"), {enterpriseId});
    if (!e)
        return e.error();
    if (!e.value().next())
        return Error::notFound(Tr::tr("企业 %1 不存在。").arg(enterpriseId));
    l.enterpriseName = e.value().value(0).toString();
    auto serial = m_db.exec(QStringLiteral("SELECT serial FROM org_serials WHERE enterprise_id = ?"), {enterpriseId});
    if (serial && serial.value().next())
        l.orgSerial = QStringLiteral("%1").arg(serial.value().value(0).toInt(), 6, 10, QLatin1Char('0'));
    auto plans = PlanService(m_db, m_session).list(enterpriseId);
    if (!plans)
        return plans.error();
    l.plans = *plans;
    auto checks = SpotCheckService(m_db, m_session).list(enterpriseId);
    if (!checks)
        return checks.error();
    l.checks = *checks;
    auto results = ResultService(m_db, m_session).list(enterpriseId);
    if (!results)
        return results.error();
    l.results = *results;
    auto certs = m_db.exec(QStringLiteral("SELECT level, status, count(*) FROM certificates WHERE enterprise_id = ? GROUP BY level, status"),
                           {enterpriseId});
    if (!certs)
        return certs.error();
    while (certs.value().next()) {
        if (certs.value().value(1).toString() == QStringLiteral("revoked"))
            l.revoked += certs.value().value(2).toInt();
        else if (certs.value().value(1).toString() == QStringLiteral("valid"))
            l.certificatesByLevel[certs.value().value(0).toInt()] += certs.value().value(2).toInt();
    }
    for (const CertificationPlan& p : l.plans)
        if (p.late)
            l.lateItems << QStringLiteral("认定计划 %1（%2 开始）逾期报送：应于 %3 前报送，实际 %4。")
                               .arg(p.id)
                               .arg(p.start.toString(Qt::ISODate), p.deadline.toString(Qt::ISODate), p.submitted.toString(Qt::ISODate));
    for (const ResultFiling& r : l.results)
        if (r.late)
            l.lateItems << QStringLiteral("认定结果备案 %1 逾期报送：应于 %2 前报送，实际 %3。")
                               .arg(r.id)
                               .arg(r.due.toString(Qt::ISODate), r.submitted.toString(Qt::ISODate));
    return l;
}

} // namespace jd
