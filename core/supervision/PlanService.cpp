#include "core/supervision/PlanService.h"

#include "core/audit/AuditLog.h"
#include "core/calendar/WorkCalendar.h"
#include "core/common/Dates.h"
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/filing/Filing.h"
#include "core/registry/EnterpriseService.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::PlanService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::PlanService)
};

using dates::d;
using dates::pd;

FieldError fe(const QString& field, const QString& label, const QString& message, const QString& value = {})
{
    return FieldError{field, label, message, 0, value};
}

} // namespace

QJsonObject PlanService::toJson(const CertificationPlan& p)
{
    QJsonArray occ;
    for (const PlanOccupation& o : p.occupations) {
        QJsonArray levels;
        for (int l : o.levels)
            levels.append(l);
        occ.append(QJsonObject{{QStringLiteral("code"), o.code}, {QStringLiteral("name"), o.name}, {QStringLiteral("levels"), levels}});
    }
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("enterprise_id"), p.enterpriseId},
            {QStringLiteral("enterprise_name"), p.enterpriseName},
            {QStringLiteral("submitted"), d(p.submitted)},
            {QStringLiteral("start"), d(p.start)},
            {QStringLiteral("end"), d(p.end)},
            {QStringLiteral("candidates"), p.candidates},
            {QStringLiteral("sites"), p.sites},
            {QStringLiteral("late"), p.late},
            {QStringLiteral("deadline"), d(p.deadline)},
            {QStringLiteral("occupations"), occ},
            {QStringLiteral("assessors"), QJsonArray::fromStringList(p.assessors)},
            {QStringLiteral("supervisors"), QJsonArray::fromStringList(p.supervisors)}};
}

Result<QString> PlanService::latePolicy() const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'plan.late_policy'"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QStringLiteral("warn");
}

Status PlanService::setLatePolicy(const QString& policy)
{
    if (auto denied = m_session.refuse(Permission::EditReferenceData))
        return *denied;
    if (policy != QStringLiteral("warn") && policy != QStringLiteral("refuse"))
        return Error::invalid(Tr::tr("逾期计划的处理方式应为 warn（提示）或 refuse（拒收）。"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto old = latePolicy();
    auto w = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('plan.late_policy', ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {policy});
    if (!w)
        return w.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("set"), QStringLiteral("setting"),
                                         QStringLiteral("plan.late_policy"), {{QStringLiteral("value"), old ? *old : QString()}},
                                         {{QStringLiteral("value"), policy}});
        !s)
        return s;
    return tx.commit();
}

Result<CertificationPlan> PlanService::create(const QJsonObject& in)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    QList<FieldError> errors;
    CertificationPlan p;
    p.enterpriseId = in.value(QStringLiteral("enterprise_id")).toVariant().toLongLong();
    auto date = [&](const char* key, const QString& label) {
        const QString text = in.value(QLatin1String(key)).toString();
        const QDate v = QDate::fromString(text, Qt::ISODate);
        if (!v.isValid())
            errors << fe(QLatin1String(key), label, Tr::tr("应为 YYYY-MM-DD 格式的日期。"), text);
        return v;
    };
    p.submitted = date("submitted", Tr::tr("报送日期"));
    p.start = date("start", Tr::tr("开始日期"));
    p.end = date("end", Tr::tr("结束日期"));
    p.candidates = in.value(QStringLiteral("candidates")).toInt();
    p.sites = in.value(QStringLiteral("sites")).toString().trimmed();
    if (p.candidates < 1)
        errors << fe(QStringLiteral("candidates"), Tr::tr("预计人数"), Tr::tr("应为正整数。"),
                     in.value(QStringLiteral("candidates")).toVariant().toString());
    if (p.start.isValid() && p.end.isValid() && p.end < p.start)
        errors << fe(QStringLiteral("end"), Tr::tr("结束日期"), Tr::tr("不能早于开始日期 %1。").arg(d(p.start)), d(p.end));
    if (p.submitted.isValid() && p.submitted > m_db.clock().today())
        errors << fe(QStringLiteral("submitted"), Tr::tr("报送日期"), Tr::tr("不能晚于今天。"), d(p.submitted));

    // The enterprise must be a pilot in good standing; what it may certify is what it was filed for.
    EnterpriseService enterprises(m_db, Session{});
    auto e = enterprises.get(p.enterpriseId);
    if (!e)
        return e.error();
    p.enterpriseName = e->name;
    auto st = m_db.exec(QStringLiteral("SELECT status FROM filings WHERE enterprise_id = ? ORDER BY id DESC LIMIT 1"), {p.enterpriseId});
    if (!st)
        return st.error();
    const QString status = st.value().next() ? st.value().value(0).toString() : QString();
    if (status != QStringLiteral("published") && status != QStringLiteral("formal"))
        return Error::notAllowed(Tr::tr("%1 不是在目录中的试点企业（当前状态：%2），不能报送认定计划。")
                                     .arg(e->name, [&] {
                                         FilingStatus fs;
                                         if (status.isEmpty() || !statusFromKey(status, &fs))
                                             return Tr::tr("未申请备案");
                                         return translation::label(statusLabel(fs), "filing status");
                                     }()));
    const QJsonArray occ = in.value(QStringLiteral("occupations")).toArray();
    if (occ.isEmpty())
        errors << fe(QStringLiteral("occupations"), Tr::tr("认定职业"), Tr::tr("至少列出一个职业（工种）及等级。"));
    for (qsizetype i = 0; i < occ.size(); ++i) {
        const QJsonObject o = occ.at(i).toObject();
        const QString code = validation::normalizeWidth(o.value(QStringLiteral("code")).toString());
        const QString at = QStringLiteral("occupations[%1]").arg(i + 1);
        const OccupationApplied* filed = nullptr;
        for (const OccupationApplied& a : e->occupations)
            if (a.code == code)
                filed = &a;
        if (!filed) {
            errors << fe(at + QStringLiteral(".code"), Tr::tr("第 %1 个职业").arg(i + 1),
                         Tr::tr("%1 不在该企业备案的职业范围内。").arg(code), code);
            continue;
        }
        PlanOccupation po{code, filed->name, {}};
        for (const QJsonValue& l : o.value(QStringLiteral("levels")).toArray()) {
            const int level = l.isDouble() ? l.toInt() : validation::parseLevel(l.toString());
            if (!filed->levels.contains(level)) {
                const QString label = validation::levelLabel(level);
                errors << fe(at + QStringLiteral(".levels"), Tr::tr("%1 的等级").arg(filed->name),
                             Tr::tr("%1 不在备案等级（%2）之内。")
                                 .arg(label.isEmpty() ? l.toVariant().toString() : translation::label(label, "skill level"),
                                      validation::formatLevels(filed->levels)));
            } else if (!po.levels.contains(level)) {
                po.levels << level;
            }
        }
        std::sort(po.levels.begin(), po.levels.end());
        if (po.levels.isEmpty())
            errors << fe(at + QStringLiteral(".levels"), Tr::tr("%1 的等级").arg(filed->name), Tr::tr("至少选择一个等级。"));
        p.occupations << po;
    }
    // `missing`: the message for a name the enterprise has not registered in that list, %1 the name.
    auto people = [&](const char* key, const QList<Person>& registered, const QString& label, const QString& missing,
                      QStringList* out) {
        for (const QJsonValue& v : in.value(QLatin1String(key)).toArray()) {
            const QString name = validation::normalizeWidth(v.toString());
            bool found = false;
            for (const Person& r : registered)
                found = found || r.name == name;
            if (!found)
                errors << fe(QLatin1String(key), label, missing.arg(name), name);
            else
                *out << name;
        }
    };
    people("assessors", e->assessors, Tr::tr("考评人员"),
           Tr::tr("“%1”不在该企业登记的考评人员名单中，请先在企业登记中补充。"), &p.assessors);
    people("supervisors", e->supervisors, Tr::tr("质量督导人员"),
           Tr::tr("“%1”不在该企业登记的质量督导人员名单中，请先在企业登记中补充。"), &p.supervisors);
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("认定计划有 %1 处需要修改，未保存。").arg(errors.size()), errors);

    WorkCalendar calendar(m_db);
    auto deadline = calendar.addWorkingDays(p.start, -LeadWorkingDays);
    if (!deadline)
        return deadline.error();
    p.deadline = *deadline;
    p.late = p.submitted > p.deadline;
    auto policy = latePolicy();
    if (!policy)
        return policy.error();
    if (p.late && *policy == QStringLiteral("refuse"))
        // Names the field, so that a form marks the date that is too late.
        return Error{ErrorCode::NotAllowed,
                     Tr::tr("认定计划应在开始前 %1 个工作日（%2 前）报送，%3 报送已逾期，按规定不予接收。")
                         .arg(LeadWorkingDays)
                         .arg(d(p.deadline), d(p.submitted)),
                     {},
                     {FieldError{QStringLiteral("submitted"), Tr::tr("报送日期"),
                                 Tr::tr("已逾期：应不晚于 %1。").arg(d(p.deadline)), 0, d(p.submitted)}}};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto ins = m_db.insert(QStringLiteral("INSERT INTO certification_plans (enterprise_id, submitted, start_date, end_date, candidates, sites, "
                                        "late, deadline, actor, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                         {p.enterpriseId, d(p.submitted), d(p.start), d(p.end), p.candidates, p.sites, p.late ? 1 : 0,
                          d(p.deadline), m_session.user, m_db.clock().now().toString(Qt::ISODateWithMs)});
    if (!ins)
        return ins.error();
    p.id = ins.value();
    int pos = 0;
    for (const PlanOccupation& o : p.occupations) {
        auto w = m_db.exec(QStringLiteral("INSERT INTO plan_occupations (plan_id, position, code, name, levels) VALUES (?,?,?,?,?)"),
                           {p.id, pos++, o.code, o.name, validation::formatLevels(o.levels)});
        if (!w)
            return w.error();
    }
    int person = 0;
    for (const auto& [role, names] : {std::make_pair(QStringLiteral("assessor"), p.assessors),
                                      std::make_pair(QStringLiteral("supervisor"), p.supervisors)})
        for (const QString& n : names) {
            auto w = m_db.exec(QStringLiteral("INSERT INTO plan_people (plan_id, role, name, position) VALUES (?,?,?,?)"),
                               {p.id, role, n, ++person});
            if (!w)
                return w.error();
        }
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("create"), QStringLiteral("plan"), QString::number(p.id), {},
                                         toJson(p));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<QList<CertificationPlan>> PlanService::list(qint64 enterpriseId) const
{
    return load(enterpriseId, 0);
}

Result<QList<CertificationPlan>> PlanService::load(qint64 enterpriseId, qint64 planId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT p.id, p.enterprise_id, e.name, p.submitted, p.start_date, p.end_date, p.candidates, p.sites, "
                                      "p.late, p.deadline FROM certification_plans p JOIN enterprises e ON e.id = p.enterprise_id "
                                      "WHERE (? = 0 OR p.enterprise_id = ?) AND (? = 0 OR p.id = ?) ORDER BY p.start_date, p.id"),
                       {enterpriseId, enterpriseId, planId, planId});
    if (!q)
        return q.error();
    QList<CertificationPlan> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        CertificationPlan p;
        p.id = r.value(0).toLongLong();
        p.enterpriseId = r.value(1).toLongLong();
        p.enterpriseName = r.value(2).toString();
        p.submitted = pd(r.value(3));
        p.start = pd(r.value(4));
        p.end = pd(r.value(5));
        p.candidates = r.value(6).toInt();
        p.sites = r.value(7).toString();
        p.late = r.value(8).toInt() != 0;
        p.deadline = pd(r.value(9));
        out << p;
    }
    for (CertificationPlan& p : out) {
        auto o = m_db.exec(QStringLiteral("SELECT code, name, levels FROM plan_occupations WHERE plan_id = ? ORDER BY position"), {p.id});
        if (!o)
            return o.error();
        while (o.value().next()) {
            PlanOccupation po{o.value().value(0).toString(), o.value().value(1).toString(), {}};
            validation::parseLevels(o.value().value(2).toString(), &po.levels);
            p.occupations << po;
        }
        auto pp = m_db.exec(QStringLiteral("SELECT role, name FROM plan_people WHERE plan_id = ? ORDER BY position"), {p.id});
        if (!pp)
            return pp.error();
        while (pp.value().next())
            (pp.value().value(0).toString() == QStringLiteral("assessor") ? p.assessors : p.supervisors) << pp.value().value(1).toString();
    }
    return out;
}

Result<CertificationPlan> PlanService::get(qint64 id) const
{
    auto one = load(0, id);
    if (!one)
        return one.error();
    if (id <= 0 || one->isEmpty())
        return Error::notFound(Tr::tr("认定计划 %1 不存在。").arg(id));
    return one->first();
}

QStringList PlanService::warnings(const CertificationPlan& p) const
{
    QStringList w;
    if (p.late)
        w << Tr::tr("逾期报送：应在开始前 %1 个工作日（%2 前）报送，实际 %3 报送。").arg(LeadWorkingDays).arg(d(p.deadline), d(p.submitted));
    const QString coverage = WorkCalendar(m_db).coverageWarning(p.start, p.deadline);
    if (!coverage.isEmpty())
        w << coverage;
    if (p.assessors.isEmpty())
        w << Tr::tr("未指定考评人员。");
    if (p.supervisors.isEmpty())
        w << Tr::tr("未指定质量督导人员。");
    return w;
}

} // namespace jd
