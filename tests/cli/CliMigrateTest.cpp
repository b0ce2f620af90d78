// `migrate --from A --to B`: a centre moves between its SQLite file and a server, with
// the row counts of every table checked; the copy keeps working in both directions.
#include "core/db/Database.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using jd::test::cli;
using jd::test::CliRun;

namespace {

const QString kPw = QStringLiteral("Tianjin2019");

QString s(const char* text) { return QString::fromUtf8(text); }

// Every table's count as the JSON report gives it; all must match on both sides.
QMap<QString, qint64> counts(const CliRun& r)
{
    QMap<QString, qint64> out;
    for (const QJsonValue& v : r.json().object().value(QStringLiteral("tables")).toArray()) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("source")).toInteger() == o.value(QStringLiteral("target")).toInteger());
        out.insert(o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("target")).toInteger());
    }
    return out;
}

int listed(const QString& db, const QStringList& args, const QString& user = {})
{
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--json")};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    CliRun r = cli(all + args, {}, {}, user.isEmpty() ? QString() : kPw);
    REQUIRE(r.code == 0);
    return static_cast<int>(r.json().array().size());
}

} // namespace

TEST_CASE("cli: migrate copies every table with its counts checked, only into an empty database", "[cli][migrate]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), a, s("demo"), s("generate"), s("--enterprises"), s("6"), s("--certificates"), s("40")}).code == 0);
    REQUIRE(cli({QStringLiteral("--db"), a, s("user"), s("add"), s("admin"), s("--role"), s("admin")}, kPw.toUtf8() + "\n").code == 0);
    REQUIRE(cli({QStringLiteral("--db"), a, s("--user"), s("admin"), s("user"), s("add"), s("clerk1"), s("--role"), s("clerk")},
                kPw.toUtf8() + "\n", {}, kPw)
                .code == 0);

    // The register leaves only with an administrator of the source.
    CliRun anonymous = cli({s("migrate"), s("--from"), a, s("--to"), b});
    CHECK(anonymous.code == 4);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    CHECK(cli({s("migrate"), s("--from"), a, s("--to"), b, s("--user"), s("clerk1")}, {}, {}, kPw).code == 4);
    CHECK(cli({s("migrate"), s("--from"), a}).code == 2);
    CHECK(cli({s("migrate"), s("--from"), dir.filePath(s("missing.sqlite")), s("--to"), b}).code == 3);
    CliRun badUrl = cli({s("migrate"), s("--from"), a, s("--to"), s("postgresql://127.0.0.1/jianding"), s("--user"), s("admin")}, {}, {}, kPw);
    CHECK(badUrl.code == 2);
    CHECK(badUrl.err.contains(QStringLiteral("用户名")));

    CliRun moved = cli({s("--json"), s("migrate"), s("--from"), a, s("--to"), b, s("--user"), s("admin")}, {}, {}, kPw);
    INFO(moved.err.toStdString());
    REQUIRE(moved.code == 0);
    const QMap<QString, qint64> n = counts(moved);
    CHECK(n.value(s("enterprises")) == 6);
    CHECK(n.value(s("certificates")) == 40);
    CHECK(n.value(s("users")) == 2);
    CHECK(moved.json().object().value(s("rows")).toInteger() > 100);
    CHECK(moved.err.contains(QStringLiteral("迁移中")));
    // The copy is a whole database: the same users sign in, the same rows are listed, and
    // its audit chain (with the copy recorded at its end) checks out.
    CHECK(listed(b, {s("enterprise"), s("list")}, s("admin")) == 6);
    CHECK(cli({s("--db"), b, s("--user"), s("admin"), s("check")}, {}, {}, kPw).code == 0);
    CliRun audit = cli({s("--db"), b, s("--user"), s("admin"), s("--json"), s("audit"), s("list"), s("--entity"), s("database")}, {}, {}, kPw);
    REQUIRE(audit.code == 0);
    CHECK(audit.out.contains("copy"));

    // A second copy into a database that holds data is refused; nothing changes there.
    CliRun again = cli({s("migrate"), s("--from"), a, s("--to"), b, s("--user"), s("admin")}, {}, {}, kPw);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("已有数据")));
    CHECK(listed(b, {s("enterprise"), s("list")}, s("admin")) == 6);
}

TEST_CASE("cli: a centre moves to a PostgreSQL server and back", "[cli][migrate][postgresql]")
{
    const QString server = jd::test::TestDatabase::serverUrl();
    if (server.isEmpty()) {
        WARN("JD_TEST_PG_URL is not set: this test runs in the PostgreSQL pass of ctest.");
        return;
    }
    const QString schema = QStringLiteral("jd_cli_%1").arg(QCoreApplication::applicationPid());
    const QString url = server + QStringLiteral("?schema=") + schema;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    REQUIRE(cli({s("--db"), a, s("demo"), s("generate"), s("--enterprises"), s("8"), s("--certificates"), s("60")}).code == 0);

    CliRun up = cli({s("--json"), s("migrate"), s("--from"), a, s("--to"), url});
    INFO(up.err.toStdString());
    REQUIRE(up.code == 0);
    const QMap<QString, qint64> n = counts(up);
    CHECK(n.value(s("certificates")) == 60);
    // Work goes on on the server: the same commands, the same answers.
    CHECK(listed(url, {s("enterprise"), s("list")}) == 8);
    CHECK(cli({s("--db"), url, s("check")}).code == 0);
    CliRun found = cli({s("--db"), url, s("--json"), s("cert"), s("find"), s("--name"), s("张")});
    CHECK(found.code == 0);
    REQUIRE(cli({s("--db"), url, s("batch"), s("create"), s("第二批"), s("--deadline"), s("2026-12-31")}).code == 0);

    CliRun down = cli({s("--json"), s("migrate"), s("--from"), url, s("--to"), back});
    INFO(down.err.toStdString());
    REQUIRE(down.code == 0);
    const QMap<QString, qint64> m = counts(down);
    CHECK(m.value(s("certificates")) == 60);
    CHECK(m.value(s("batches")) == n.value(s("batches")) + 1);
    CHECK(cli({s("--db"), back, s("check")}).code == 0);
    CHECK(listed(back, {s("enterprise"), s("list")}) == 8);

    auto db = jd::Database::open(url);
    REQUIRE(db.ok());
    auto dropped = (*db)->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    INFO((dropped.ok() ? std::string() : dropped.error().detail.toStdString()));
    CHECK(dropped.ok());
}
