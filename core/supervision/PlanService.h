#pragma once
// PlanService: certification plans (认定实施计划) of published enterprises. A plan names
// occupations and levels the enterprise is filed for, its dates, sites, expected
// candidates, and assessors and supervisors from the enterprise's registered people.
// It is due at least 10 working days before the start (notice §七(二)1): a later one is
// flagged, or refused when the setting plan.late_policy is "refuse".

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace jd {

class Database;

struct PlanOccupation
{
    QString code;
    QString name;
    QList<int> levels;
};

struct CertificationPlan
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QDate submitted;
    QDate start;
    QDate end;
    int candidates = 0;
    QString sites;
    bool late = false;
    QDate deadline; // 10 working days before start
    QList<PlanOccupation> occupations;
    QStringList assessors;   // names
    QStringList supervisors; // names
};

class PlanService
{
public:
    static constexpr int LeadWorkingDays = 10;

    PlanService(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    // From the JSON of CLI.md: enterprise_id, submitted, start, end, candidates,
    // occupations [{code, levels}], optional sites, assessors and supervisors (names).
    Result<CertificationPlan> create(const QJsonObject& plan);
    Result<CertificationPlan> get(qint64 id) const;
    Result<QList<CertificationPlan>> list(qint64 enterpriseId = 0) const;
    // "warn" (default) or "refuse"; administrators change it.
    Result<QString> latePolicy() const;
    Status setLatePolicy(const QString& policy);
    // Warnings for a plan (late, calendar coverage); empty when none.
    QStringList warnings(const CertificationPlan& p) const;

    static QJsonObject toJson(const CertificationPlan& p);

private:
    Result<QList<CertificationPlan>> load(qint64 enterpriseId, qint64 planId) const;
    const Database& m_db;
    Session m_session;
};

} // namespace jd
