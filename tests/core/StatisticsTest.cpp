#include "core/certificates/CertificateRegistry.h"
#include "core/demo/DemoGenerator.h"
#include "core/supervision/Statistics.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("Statistics add up to the register and split by enterprise, occupation and level", "[stats]")
{
    test::TestDatabase t;
    auto demo = DemoGenerator(t.db(), Session{}).generate({12, 900, 4});
    REQUIRE(demo.ok());
    Statistics stats(t.db(), Session{});
    auto rows = stats.compute({});
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->isEmpty());
    int certificates = 0, passed = 0, candidates = 0;
    for (const StatRow& r : *rows) {
        certificates += r.certificates;
        passed += r.passed;
        candidates += r.candidates;
        CHECK(r.passed <= r.candidates);
        CHECK(r.highSkill() == (r.level <= 3));
    }
    CHECK(certificates == 900);
    CHECK(passed == 900);
    CHECK(candidates > passed);
    // A revoked certificate no longer counts; a period before everything is empty.
    CertificateQuery any;
    any.limit = 1;
    REQUIRE(CertificateRegistry(t.db(), Session{}).revoke(CertificateRegistry(t.db(), Session{}).find(any)->first().number,
                                                          QStringLiteral("作废"))
                .ok());
    int after = 0;
    for (const StatRow& r : *stats.compute({}))
        after += r.certificates;
    CHECK(after == 899);
    CHECK(stats.compute({QDate(2000, 1, 1), QDate(2000, 12, 31), 0})->isEmpty());
    const QString csvPath = t.dir() + QStringLiteral("/stats.csv");
    REQUIRE(stats.exportTo(*rows, csvPath).ok());
    CHECK(stats.exportTo(*rows, t.dir() + QStringLiteral("/stats.pdf")).error().code == ErrorCode::Invalid);
}

TEST_CASE("The ledger gathers plans, checks, results and certificates of one enterprise", "[stats][ledger]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({12, 300, 4}).ok());
    Statistics stats(t.db(), Session{});
    auto rows = stats.compute({});
    const qint64 enterprise = rows->first().enterpriseId;
    auto l = stats.ledger(enterprise);
    REQUIRE(l.ok());
    CHECK(l->orgSerial.size() == 6);
    CHECK_FALSE(l->plans.isEmpty());
    CHECK_FALSE(l->results.isEmpty());
    CHECK_FALSE(l->certificatesByLevel.isEmpty());
    CHECK(stats.ledger(9999).error().code == ErrorCode::NotFound);
}
