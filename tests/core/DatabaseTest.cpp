#include "core/db/Database.h"
#include "core/db/Migrations.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

QString pragma(Database& db, const char* name)
{
    auto q = db.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toString();
}

// Writes a plain SQLite file with another program's tables or version, outside Database.
void rawSqlite(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("A new database is migrated, uses WAL and foreign keys, and is private", "[db][sqlite]")
{
    test::TestDatabase t;
    CHECK(t.db().schemaVersion() == migrations::latestVersion());
    CHECK(pragma(t.db(), "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(t.db(), "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(t.db(), "busy_timeout").toInt() >= 5000);
    CHECK(pragma(t.db(), "application_id").toInt() == Database::ApplicationId);
    const auto perms = QFile::permissions(t.path());
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    t.reopen();
    CHECK(t.db().schemaVersion() == migrations::latestVersion());
}

TEST_CASE("A database written by a newer version is refused, not changed", "[db][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    rawSqlite(path, {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
                     QStringLiteral("CREATE TABLE future (x)"),
                     QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 5)});
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Storage);
    CHECK(db.error().message.contains(QStringLiteral("请升级")));
}

TEST_CASE("Another program's SQLite file and a damaged file are refused with a message", "[db][sqlite]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    rawSqlite(foreign, {QStringLiteral("CREATE TABLE photos (id INTEGER)")});
    auto a = Database::open(foreign);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.contains(QStringLiteral("不是 Jianding 数据库")));

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(garbage);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto b = Database::open(garbage);
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().code == ErrorCode::Storage);
    CHECK(b.error().message.contains(QStringLiteral("损坏")));
    f.open(QIODevice::ReadOnly);
    CHECK(f.readAll() == QByteArray(8192, 'x')); // untouched

    auto c = Database::open(dir.path());
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message.contains(QStringLiteral("文件夹")));
}

TEST_CASE("A transaction rolls back unless committed", "[db]")
{
    test::TestDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE(tx.started());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")).ok());
    }
    auto q = t.db().exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'a'"));
    REQUIRE(q.ok());
    q.value().next();
    CHECK(q.value().value(0).toInt() == 0);
    {
        Transaction tx(t.db());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")).ok());
        REQUIRE(tx.commit().ok());
    }
    auto q2 = t.db().exec(QStringLiteral("SELECT value FROM settings WHERE key = 'a'"));
    REQUIRE(q2.ok());
    REQUIRE(q2.value().next());
    CHECK(q2.value().value(0).toString() == QStringLiteral("1"));
}

TEST_CASE("Every migration step applies on top of the previous schema", "[db][migrations][sqlite]")
{
    // Each stored fixture is a database as an older version left it; opening it must
    // bring it to the latest version, keep its rows, and leave a backup of the old file.
    QDir fixtures(QStringLiteral(JD_FIXTURES "/schema"));
    const QStringList files = fixtures.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        REQUIRE(QFile::copy(fixtures.filePath(name), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto db = Database::open(path);
        INFO(name.toStdString());
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == migrations::latestVersion());
        const int fixtureVersion = name.mid(1, name.indexOf(QLatin1Char('.')) - 1).toInt();
        if (fixtureVersion < migrations::latestVersion())
            CHECK(QFile::exists((*db)->upgradeBackupPath()));
        auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM enterprises"));
        REQUIRE(q.ok());
        q.value().next();
        CHECK(q.value().value(0).toInt() > 0);
        // Kept counts match the rows they count.
        auto counts = (*db)->exec(QStringLiteral("SELECT count(*) FROM result_filings f WHERE row_count <> "
                                                 "(SELECT count(*) FROM result_rows r WHERE r.result_id = f.id) OR passed_count <> "
                                                 "(SELECT count(*) FROM result_rows r WHERE r.result_id = f.id AND r.passed = 1)"));
        REQUIRE(counts.ok());
        counts.value().next();
        CHECK(counts.value().value(0).toInt() == 0);
    }
    CHECK(migrations::latestVersion() >= 1);
}
