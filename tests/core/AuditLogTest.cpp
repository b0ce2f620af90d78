#include "core/audit/AuditLog.h"
#include "core/common/TableFile.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

void addEntries(test::TestDatabase& t, int n)
{
    EnterpriseService s(t.db(), Session{QStringLiteral("clerk1"), Role::Clerk});
    for (int i = 1; i <= n; ++i)
        REQUIRE(s.create(test::sampleEnterprise(i)).ok());
}

// Tampering as someone with a SQL shell would: drop the triggers first.
void tamper(test::TestDatabase& t, const QString& sql)
{
    QSqlQuery q(t.db().connection());
    const QString on = t.db().isServer() ? QStringLiteral(" ON audit_log") : QString();
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update") + on));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete") + on));
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("Every write is audited with who, when and the values", "[audit]")
{
    test::TestDatabase t;
    addEntries(t, 2);
    auto entries = AuditLog(t.db()).entries({});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    CHECK(entries->first().actor == QStringLiteral("clerk1"));
    CHECK(entries->first().action == QStringLiteral("create"));
    CHECK(entries->first().entity == QStringLiteral("enterprise"));
    CHECK(entries->first().afterJson.contains(QStringLiteral("天津市海河重型机械制造有限公司2")));
    CHECK(entries->first().at == t.clock().now());
    auto ok = AuditLog(t.db()).verify();
    REQUIRE(ok.ok());
    CHECK(ok->isEmpty());
}

TEST_CASE("The audit log refuses updates and deletes", "[audit]")
{
    test::TestDatabase t;
    addEntries(t, 1);
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")).ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM audit_log")).ok());
}

TEST_CASE("The hash chain catches an edited entry", "[audit]")
{
    test::TestDatabase t;
    addEntries(t, 3);
    tamper(t, QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 2"));
    auto problems = AuditLog(t.db()).verify();
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().contains(QStringLiteral("第 2 条")));
    CHECK(problems->first().contains(QStringLiteral("修改")));
}

TEST_CASE("The hash chain catches a deleted entry", "[audit]")
{
    test::TestDatabase t;
    addEntries(t, 3);
    tamper(t, QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    auto problems = AuditLog(t.db()).verify();
    REQUIRE(problems.ok());
    REQUIRE_FALSE(problems->isEmpty());
    CHECK(problems->join(QString()).contains(QStringLiteral("第 3 条")));
}

TEST_CASE("The hash chain catches an inserted entry", "[audit]")
{
    test::TestDatabase t;
    addEntries(t, 2);
    // A forged entry appended with a made-up hash, and one squeezed in between.
    tamper(t, QStringLiteral("INSERT INTO audit_log VALUES (3, '2019-07-01T10:00:00.000', 'x', 'delete', "
                             "'enterprise', '1', '', '', 'abc', 'def')"));
    auto problems = AuditLog(t.db()).verify();
    REQUIRE(problems.ok());
    CHECK_FALSE(problems->isEmpty());
}

TEST_CASE("The audit log exports to CSV or Excel, for its owner only, and the export is audited", "[audit]")
{
    test::TestDatabase t;
    addEntries(t, 3);
    AuditLog log(t.db());
    auto entries = log.entries({});
    REQUIRE(entries.ok());
    const Session admin{QStringLiteral("admin"), Role::Admin};
    for (const QString& name : {QStringLiteral("/audit.xlsx"), QStringLiteral("/audit.csv")}) {
        const QString path = t.dir() + name;
        REQUIRE(log.exportTo(*entries, path, admin).ok());
        auto read = table::read(path);
        REQUIRE(read.ok());
        REQUIRE(read->rows.size() == 4);
        CHECK(read->rows.first().first() == QStringLiteral("序号"));
        CHECK(read->rows.at(1).at(2) == QStringLiteral("clerk1"));
        CHECK(read->rows.at(1).at(8) == entries->first().hash);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        CHECK((QFileInfo(path).permissions() & others) == 0);
    }
    // Each export is itself an entry; clerks may not export.
    CHECK(log.entries({})->size() == 5);
    CHECK(log.exportTo(*entries, t.dir() + QStringLiteral("/c.csv"), Session{QStringLiteral("c"), Role::Clerk}).error().code ==
          ErrorCode::NotAllowed);
}
