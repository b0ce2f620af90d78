#pragma once
// DemoGenerator: realistic, valid and reproducible sample data (same seed, same data),
// written through the services so it passes the same validation and audit as real input.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDate>

namespace jd {

class Database;

struct DemoOptions
{
    int enterprises = 10;
    int certificates = 0;
    quint32 seed = 20190623;
};

struct DemoSummary
{
    int enterprises = 0;
    int occupations = 0;
    int people = 0;
    int equipment = 0;
    int filings = 0;
    int published = 0;
    int plans = 0;
    int certificates = 0;
    quint32 seed = 0;
};

class DemoGenerator
{
public:
    DemoGenerator(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}
    Result<DemoSummary> generate(const DemoOptions& options);

    // Valid identifiers from a seeded generator, for tests and benchmarks too.
    static QString randomUscc(quint32& state);
    static QString randomResidentId(quint32& state, int birthYearFrom = 1965, int birthYearTo = 1998);

private:
    Status generateFilings(const QList<qint64>& enterpriseIds, quint32& state, DemoSummary* summary);
    Status generateCertificates(int wanted, quint32& state, DemoSummary* summary);
    // The centre's expert pool, panels drawn at scheduling, sheets filled before scoring.
    Status demoExperts(quint32& state);
    Status demoPanel(qint64 filingId, const QDate& visit, quint32& state);
    Status demoScores(qint64 filingId, double base, quint32& state);
    const Database& m_db;
    Session m_session;
};

} // namespace jd
