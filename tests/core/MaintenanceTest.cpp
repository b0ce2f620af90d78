#include "core/audit/AuditLog.h"
#include "core/db/Maintenance.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

// Every row of every table, in a stable order, as text.
QStringList dump(const Database& db, const QString& table, int limit = -1)
{
    auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid LIMIT ?").arg(table), {limit});
    REQUIRE(q.ok());
    QStringList rows;
    while (q.value().next()) {
        QStringList cells;
        for (int i = 0; i < q.value().record().count(); ++i)
            cells << q.value().value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

const QStringList kTables = {QStringLiteral("enterprises"), QStringLiteral("enterprise_occupations"),
                             QStringLiteral("enterprise_equipment"), QStringLiteral("enterprise_people"),
                             QStringLiteral("enterprise_documents"), QStringLiteral("occupation_catalogue"),
                             QStringLiteral("qualification_items"), QStringLiteral("users"), QStringLiteral("settings")};

} // namespace

TEST_CASE("A backup restores to an identical database", "[maintenance][sqlite]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({15, 0, 5}).ok());
    const QString file = t.dir() + QStringLiteral("/backup.sqlite");
    auto info = Maintenance::backup(t.db(), Session{}, file);
    REQUIRE(info.ok());
    CHECK(info->enterprises == 15);
    CHECK_FALSE(QFile::permissions(file).testFlag(QFileDevice::ReadOther));
    QMap<QString, QStringList> before;
    for (const QString& table : kTables)
        before.insert(table, dump(t.db(), table));
    const QStringList auditBefore = dump(t.db(), QStringLiteral("audit_log"));

    // Change things after the backup: they must be gone after the restore.
    EnterpriseService s(t.db(), Session{});
    REQUIRE(s.create(test::sampleEnterprise(99)).ok());
    REQUIRE(s.remove(1).ok());

    auto restored = Maintenance::restore(t.db(), Session{}, file);
    REQUIRE(restored.ok());
    for (const QString& table : kTables) {
        INFO(table.toStdString());
        CHECK(dump(t.db(), table) == before.value(table));
    }
    // The backup's own entry is written after the copy, so the file ends one entry earlier;
    // the restore adds its entry on top. The chain stays intact.
    const QStringList auditAfter = dump(t.db(), QStringLiteral("audit_log"));
    CHECK(auditAfter.mid(0, auditBefore.size() - 1) == auditBefore.mid(0, auditBefore.size() - 1));
    CHECK(auditAfter.last().contains(QStringLiteral("restore")));
    CHECK(Maintenance::check(t.db())->isEmpty());
    t.reopen();
    CHECK(EnterpriseService(t.db(), Session{}).list()->size() == 15);
}

TEST_CASE("Restore refuses damaged, foreign or tampered files and changes nothing", "[maintenance][sqlite]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({3, 0, 5}).ok());
    const QStringList before = dump(t.db(), QStringLiteral("enterprises"));

    const QString garbage = t.dir() + QStringLiteral("/garbage.sqlite");
    QFile g(garbage);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(20000, 'z'));
    g.close();
    auto a = Maintenance::restore(t.db(), Session{}, garbage);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.contains(QStringLiteral("不能用于恢复")));

    CHECK(Maintenance::restore(t.db(), Session{}, t.dir() + QStringLiteral("/missing.sqlite")).error().code ==
          ErrorCode::NotFound);

    // A backup whose audit log was edited behind the program's back.
    const QString tampered = t.dir() + QStringLiteral("/tampered.sqlite");
    REQUIRE(Maintenance::backup(t.db(), Session{}, tampered).ok());
    {
        Database::Options o;
        o.createIfMissing = false;
        auto other = Database::open(tampered, o);
        REQUIRE(other.ok());
        QSqlQuery q((*other)->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'ghost' WHERE id = 1")));
    }
    auto c = Maintenance::restore(t.db(), Session{}, tampered);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message.contains(QStringLiteral("操作日志")));
    CHECK(dump(t.db(), QStringLiteral("enterprises")) == before);
}

TEST_CASE("Rotating backups keep the newest ones", "[maintenance]")
{
    test::TestDatabase t;
    const QString folder = t.dir() + QStringLiteral("/backups");
    for (int i = 0; i < 5; ++i) {
        REQUIRE(Maintenance::rotate(t.db(), folder, 3).ok());
        t.clock().advanceSecs(3600);
    }
    const QStringList files = QDir(folder).entryList({QStringLiteral("jianding-*.sqlite")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 3);
    CHECK(files.first() == QStringLiteral("jianding-20261102-110000.sqlite"));
    CHECK(files.last() == QStringLiteral("jianding-20261102-130000.sqlite"));
    CHECK(Maintenance::inspect(QDir(folder).filePath(files.last())).ok());
}

TEST_CASE("Network shares are recognised so WAL is not used there", "[maintenance]")
{
    CHECK(Database::isNetworkFileSystem("nfs4"));
    CHECK(Database::isNetworkFileSystem("cifs"));
    CHECK(Database::isNetworkFileSystem("SMB3"));
    CHECK_FALSE(Database::isNetworkFileSystem("ext4"));
    CHECK_FALSE(Database::isNetworkFileSystem("tmpfs"));
}

TEST_CASE("check finds a dangling child row", "[maintenance][sqlite]")
{
    test::TestDatabase t;
    REQUIRE(EnterpriseService(t.db(), Session{}).create(test::sampleEnterprise(1)).ok());
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO enterprise_equipment (enterprise_id, position, name) VALUES (42, 0, 'x')")));
    auto findings = Maintenance::check(t.db());
    REQUIRE(findings.ok());
    REQUIRE(findings->size() == 1);
    CHECK(findings->first().contains(QStringLiteral("enterprise_equipment")));
}

TEST_CASE("A backup opens on its own as a file; a server is restored by migrate, not in place", "[maintenance]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({6, 20, 3}).ok());
    const QString file = t.dir() + QStringLiteral("/copy.sqlite");
    const Session admin{QStringLiteral("admin"), Role::Admin};
    auto info = Maintenance::backup(t.db(), admin, file);
    REQUIRE(info.ok());
    CHECK(info->enterprises == 6);
    {
        // Whatever the engine, the backup is a SQLite file with the same rows and a sound chain.
        Database::Options existing;
        existing.createIfMissing = false;
        existing.backupBeforeUpgrade = false;
        auto copy = Database::open(file, existing);
        REQUIRE(copy.ok());
        CHECK_FALSE((*copy)->isServer());
        for (const char* table : {"enterprises", "certificates", "audit_log", "serial_blocks"}) {
            const QLatin1String name(table);
            auto a = t.db().exec(QStringLiteral("SELECT count(*) FROM %1").arg(name));
            auto b = (*copy)->exec(QStringLiteral("SELECT count(*) FROM %1").arg(name));
            REQUIRE((a.ok() && b.ok() && a.value().next() && b.value().next()));
            INFO(table);
            qint64 expected = a.value().value(0).toLongLong();
            if (name == QLatin1String("audit_log")) {
                // The live log gained the backup's entry after the copy was taken; a server's
                // copy records where it came from at its own end.
                expected -= 1;
                if (t.db().isServer())
                    expected += 1;
            }
            CHECK(b.value().value(0).toLongLong() == expected);
        }
        auto findings = Maintenance::check(**copy);
        REQUIRE(findings.ok());
        CHECK(findings->isEmpty());
    }
    auto restored = Maintenance::restore(t.db(), admin, file);
    if (t.db().isServer()) {
        // Others may be working on the server: it is never replaced in place.
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().code == ErrorCode::NotAllowed);
        CHECK(restored.error().message.contains(QStringLiteral("migrate")));
    } else {
        CHECK(restored.ok());
    }
}

TEST_CASE("A backup reports its progress and can be cancelled, leaving no file behind", "[maintenance]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({6, 200, 3}).ok());
    const Session admin{QStringLiteral("admin"), Role::Admin};
    const QString file = t.dir() + QStringLiteral("/progress.sqlite");
    qint64 lastDone = -1, lastTotal = 0;
    int calls = 0;
    REQUIRE(Maintenance::backup(t.db(), admin, file, [&](qint64 done, qint64 total) {
                CHECK(done >= lastDone); // never goes back
                CHECK(done <= total);
                lastDone = done;
                lastTotal = total;
                ++calls;
                return true;
            }).ok());
    CHECK(calls > 0);
    CHECK(lastTotal > 0);
    CHECK(lastDone == lastTotal);

    const QString cancelled = t.dir() + QStringLiteral("/cancelled.sqlite");
    auto stopped = Maintenance::backup(t.db(), admin, cancelled, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("已取消")));
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK_FALSE(QFile::exists(cancelled + QStringLiteral(".partial")));
}

TEST_CASE("A restore reports its progress and, cancelled before the end, leaves the data as it was",
          "[maintenance][sqlite]")
{
    const Session admin{QStringLiteral("admin"), Role::Admin};
    auto count = [](const Database& db, const char* table) {
        auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toInt();
    };
    // A backup of several megabytes (photos), so that the copy takes several steps.
    test::TestDatabase source;
    for (int i = 0; i < 24; ++i)
        REQUIRE(source.db()
                    .exec(QStringLiteral("INSERT INTO candidate_photos (id_number, mime_type, image, sha256, added_at) "
                                         "VALUES (?, 'image/jpeg', ?, 'x', '2019-10-25')"),
                          {QStringLiteral("ID%1").arg(i), QByteArray(200 * 1024, static_cast<char>('a' + i))})
                    .ok());
    const QString file = source.dir() + QStringLiteral("/photos.sqlite");
    REQUIRE(Maintenance::backup(source.db(), admin, file).ok());

    test::TestDatabase live;
    REQUIRE(EnterpriseService(live.db(), admin).create(test::sampleEnterprise(1)).ok());
    int calls = 0;
    auto stopped = Maintenance::restore(live.db(), admin, file, [&calls](qint64 done, qint64 total) {
        if (total == 0)
            return true; // still checking the file
        ++calls;
        CHECK(done < total); // cancelled at the first step of the copy, long before the end
        return false;
    });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("恢复已取消")));
    CHECK(calls == 1);
    CHECK(count(live.db(), "enterprises") == 1);
    CHECK(count(live.db(), "candidate_photos") == 0);
    CHECK(Maintenance::check(live.db())->isEmpty());

    qint64 lastDone = -1, lastTotal = 0;
    REQUIRE(Maintenance::restore(live.db(), admin, file, [&](qint64 done, qint64 total) {
                if (total == 0)
                    return true; // checking the file
                CHECK(done >= lastDone);
                lastDone = done;
                lastTotal = total;
                return true;
            }).ok());
    CHECK(lastTotal > 256); // more than one step of pages
    CHECK(lastDone == lastTotal);
    CHECK(count(live.db(), "enterprises") == 0);
    CHECK(count(live.db(), "candidate_photos") == 24);
}

TEST_CASE("Checking a backup before a restore reports that it is working and can be cancelled", "[maintenance][sqlite]")
{
    const Session admin{QStringLiteral("admin"), Role::Admin};
    // Many rows, so that the integrity check takes millions of steps.
    test::TestDatabase source;
    {
        Transaction tx(source.db());
        REQUIRE(tx.started());
        int written = 0;
        for (int i = 0; i < 40000; ++i)
            written += source.db()
                           .exec(QStringLiteral("INSERT INTO candidate_photos (id_number, mime_type, image, sha256, added_at) "
                                                "VALUES (?, 'image/jpeg', ?, 'x', '2019-10-25')"),
                                 {QStringLiteral("ID%1").arg(i), QByteArray(16, 'a')})
                           .ok();
        REQUIRE(written == 40000);
        REQUIRE(tx.commit().ok());
    }
    const QString file = source.dir() + QStringLiteral("/photos.sqlite");
    REQUIRE(Maintenance::backup(source.db(), admin, file).ok());

    // Going on: asked before the check and again while the integrity check runs.
    int calls = 0;
    auto checked = Maintenance::inspect(file, [&calls](qint64 done, qint64 total) {
        CHECK(done == 0);
        CHECK(total == 0); // how far is not known
        ++calls;
        return true;
    });
    REQUIRE(checked.ok());
    CHECK(calls >= 2);

    // Stopped in the middle of the check, and right at its start: nothing restored.
    for (const int stopAt : {2, 1}) {
        int asked = 0;
        auto stopped = Maintenance::inspect(file, [&](qint64, qint64) { return ++asked < stopAt; });
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().message.contains(QStringLiteral("已取消检查")));
        CHECK(asked == stopAt);
    }
    test::TestDatabase live;
    REQUIRE(EnterpriseService(live.db(), admin).create(test::sampleEnterprise(1)).ok());
    auto restore = Maintenance::restore(live.db(), admin, file, [](qint64, qint64 total) { return total > 0; });
    REQUIRE_FALSE(restore.ok()); // cancelled while checking, before any page is copied
    CHECK(EnterpriseService(live.db(), admin).list({})->size() == 1);
}
