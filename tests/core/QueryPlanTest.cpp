// The hot queries stay on their indexes: EXPLAIN QUERY PLAN of the SQL the services run.
// Dropping or renaming an index, or rewriting a query so that it scans, fails here rather
// than as a slow register at two million certificates.
#include "core/certificates/CertificateRegistry.h"
#include "core/db/Database.h"
#include "core/supervision/ResultService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace jd;

namespace {

QString planOf(const Database& db, const QString& sql, const QVariantList& values)
{
    auto plan = db.queryPlan(sql, values);
    REQUIRE(plan.ok());
    return plan->join(QLatin1Char('\n'));
}

// No full scan of a large table, and no temporary B-tree for sorting a large result.
void checkNoScan(const QString& plan)
{
    INFO(plan.toStdString());
    for (const QString& line : plan.split(QLatin1Char('\n'))) {
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN c")));
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN certificates")));
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN h")));
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN f")));
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN result_rows")));
    }
}

} // namespace

TEST_CASE("Certificate look-ups by number, ID number, name prefix and result use their indexes", "[db][plan][sqlite]")
{
    test::TestDatabase t;
    struct Case
    {
        CertificateQuery query;
        const char* index;
    };
    CertificateQuery byNumber;
    byNumber.number = QStringLiteral("Y000012000003194000123");
    CertificateQuery byId;
    byId.idNumber = test::validId(1);
    CertificateQuery byName;
    byName.namePrefix = QStringLiteral("王");
    CertificateQuery byResult;
    byResult.resultId = 7;
    for (const Case& c : {Case{byNumber, "sqlite_autoindex_certificates_1 (number=?)"},
                          Case{byId, "certificates_id_number (id_number=?)"},
                          Case{byName, "certificates_name (name>? AND name<?)"},
                          Case{byResult, "certificates_result (result_id=?)"}}) {
        QVariantList values;
        const QString sql = CertificateRegistry::findSql(c.query, &values);
        const QString plan = planOf(t.db(), sql, values);
        INFO(plan.toStdString());
        CHECK(plan.contains(QStringLiteral("SEARCH c USING INDEX ") + QString::fromLatin1(c.index)));
        // The termination flag looks the enterprise's history up by index too.
        CHECK(plan.contains(QStringLiteral("USING INDEX filing_history_filing")));
        checkNoScan(plan);
    }
}

TEST_CASE("Duplicate checks of result lists find people by ID number through an index", "[db][plan][sqlite]")
{
    test::TestDatabase t;
    // ResultService's check: people already certified or passed in another open list.
    const QVariantList ids{test::validId(2), test::validId(3)};
    const QString plan = planOf(t.db(), ResultService::earlierPassesSql(2), ids + ids);
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("USING INDEX certificates_id_number (id_number=?)")));
    CHECK(plan.contains(QStringLiteral("USING INDEX result_rows_id_number (id_number=?)")));
    checkNoScan(plan);
}
