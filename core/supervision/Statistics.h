#pragma once
// Statistics and the per-enterprise ledger (工作台账). Statistics group result lists by
// enterprise × occupation × level over a period of issue dates: candidates, passed,
// pass rate and certificates; levels 1–3 count as 高技能. The ledger gathers one
// enterprise's plans, spot checks, result filings and certificates with its late items.

#include "core/common/Result.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"
#include "core/supervision/SpotCheckService.h"
#include "core/users/Session.h"

#include <QDate>

namespace jd {

class Database;

struct StatRow
{
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString occupationCode;
    QString occupationName;
    int level = 0;
    int candidates = 0;
    int passed = 0;
    int certificates = 0; // valid certificates issued in the period
    double passRate() const { return candidates ? double(passed) / candidates : 0.0; }
    bool highSkill() const { return level >= 1 && level <= 3; }
};

struct StatFilter
{
    QDate from; // issue / confirmation dates, inclusive
    QDate to;
    qint64 enterpriseId = 0;
};

struct Ledger
{
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString orgSerial;
    QList<CertificationPlan> plans;
    QList<SpotCheck> checks;
    QList<ResultFiling> results;
    QMap<int, int> certificatesByLevel;
    int revoked = 0;
    QStringList lateItems;
};

class Statistics
{
public:
    Statistics(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    Result<QList<StatRow>> compute(const StatFilter& f) const;
    // The table as CSV or XLSX (by extension), with a total line.
    Status exportTo(const QList<StatRow>& rows, const QString& path) const;
    Result<Ledger> ledger(qint64 enterpriseId) const;

private:
    const Database& m_db;
    Session m_session;
};

} // namespace jd
