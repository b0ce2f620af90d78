// Backup, restore and the rotating backup on close, driven through the 系统 menu's functions.
#include "core/registry/EnterpriseService.h"
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/AutoBackup.h"
#include "ui/security/SystemMenu.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("Backup then restore through the 系统 menu brings the data back and asks for a new sign-in",
          "[ui][security][maintenance]")
{
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    const Session admin{QStringLiteral("admin"), Role::Admin};
    REQUIRE(UserService(tdb.db(), Session{}).add(admin.user, Role::Admin, QStringLiteral("Admin2026x")).ok());
    EnterpriseService service(tdb.db(), admin);
    REQUIRE(service.create(test::sampleEnterprise(1)).ok());

    ui::MainWindow window(tdb.db(), admin);
    window.show();
    ui::SystemMenu* system = window.systemMenu();
    const QString file = QDir(tdb.dir()).filePath(QStringLiteral("备份.sqlite"));
    auto backed = system->backupTo(file);
    REQUIRE(backed.ok());
    CHECK(backed->enterprises == 1);
    CHECK(QFile::exists(file));
    CHECK(ui::SystemMenu::summary(*backed).contains(QStringLiteral("企业：1 家")));

    REQUIRE(service.create(test::sampleEnterprise(2)).ok());
    REQUIRE(UserService(tdb.db(), admin).add(QStringLiteral("wangfang"), Role::Clerk, QStringLiteral("Clerk2026a")).ok());
    REQUIRE(service.list()->size() == 2);

    // Declining the summary changes nothing.
    QSignalSpy signOut(system, &ui::SystemMenu::signOutRequested);
    auto declined = system->restoreFrom(file, [](const BackupInfo&) { return false; });
    CHECK_FALSE(declined.ok());
    CHECK(service.list()->size() == 2);
    CHECK(signOut.isEmpty());

    BackupInfo shown;
    auto restored = system->restoreFrom(file, [&](const BackupInfo& info) {
        shown = info;
        return true;
    });
    REQUIRE(restored.ok());
    CHECK(shown.enterprises == 1);
    CHECK(shown.users == 1);
    CHECK(shown.schemaVersion == tdb.db().schemaVersion());
    CHECK(service.list()->size() == 1);
    CHECK_FALSE(UserService(tdb.db(), Session{}).authenticate(QStringLiteral("wangfang"), QStringLiteral("Clerk2026a")).ok());
    // Back to the login dialog: the window closed as a sign-out, without the automatic backup.
    CHECK(signOut.size() == 1);
    CHECK(window.isSigningOut());
    CHECK_FALSE(window.isVisible());
    ui::ErrorPresenter::setSink({});
}

TEST_CASE("Only administrators restore, and a broken file is refused before anything is asked", "[ui][security][maintenance]")
{
    test::TestDatabase tdb;
    QList<Error> errors;
    ui::ErrorPresenter::setSink([&](QWidget*, const Error& e) { errors << e; });
    REQUIRE(EnterpriseService(tdb.db(), Session{}).create(test::sampleEnterprise(1)).ok());
    const QString file = QDir(tdb.dir()).filePath(QStringLiteral("b.sqlite"));
    {
        ui::MainWindow window(tdb.db(), Session{QStringLiteral("zhaomin"), Role::Supervisor});
        CHECK_FALSE(window.systemMenu()->restoreAction()->isEnabled());
        REQUIRE(window.systemMenu()->backupTo(file).ok()); // supervisors may back up
        bool asked = false;
        auto r = window.systemMenu()->restoreFrom(file, [&](const BackupInfo&) { return asked = true; });
        CHECK_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotAllowed);
        CHECK_FALSE(asked);
    }
    ui::MainWindow window(tdb.db(), Session{QStringLiteral("admin"), Role::Admin});
    const QString junk = QDir(tdb.dir()).filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    bool asked = false;
    auto r = window.systemMenu()->restoreFrom(junk, [&](const BackupInfo&) { return asked = true; });
    CHECK_FALSE(r.ok());
    CHECK_FALSE(asked);
    auto check = window.systemMenu()->checkDatabase();
    REQUIRE(check.ok());
    CHECK(check->isEmpty());
    CHECK(errors.isEmpty());
    ui::ErrorPresenter::setSink({});
}

TEST_CASE("Closing the main window makes a rotating backup into the configured folder", "[ui][security][maintenance]")
{
    test::TestDatabase tdb;
    QList<Error> errors;
    ui::ErrorPresenter::setSink([&](QWidget*, const Error& e) { errors << e; });
    REQUIRE(EnterpriseService(tdb.db(), Session{}).create(test::sampleEnterprise(1)).ok());
    QSettings().remove(QStringLiteral("backup"));
    CHECK(ui::AutoBackup::keep() == 10);
    CHECK(ui::AutoBackup::folder().endsWith(QStringLiteral("/backups")));

    const QString folder = QDir(tdb.dir()).filePath(QStringLiteral("auto"));
    ui::AutoBackup::setFolder(folder);
    ui::AutoBackup::setKeep(2);
    for (int i = 0; i < 3; ++i) {
        ui::MainWindow window(tdb.db(), Session{QStringLiteral("admin"), Role::Admin});
        window.show();
        REQUIRE(window.close());
        tdb.clock().advanceSecs(60);
    }
    const QStringList files = QDir(folder).entryList({QStringLiteral("jianding-*.sqlite")}, QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("jianding-20261102-090100.sqlite"),
                               QStringLiteral("jianding-20261102-090200.sqlite")});
    CHECK(errors.isEmpty());

    // A folder that cannot be made is reported, and the window still closes.
    QFile blocker(QDir(tdb.dir()).filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ui::AutoBackup::setFolder(QDir(tdb.dir()).filePath(QStringLiteral("file/backups")));
    {
        ui::MainWindow window(tdb.db(), Session{QStringLiteral("admin"), Role::Admin});
        window.show();
        CHECK(window.close());
        CHECK_FALSE(window.isVisible());
    }
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.contains(QStringLiteral("自动备份")));
    QSettings().remove(QStringLiteral("backup"));
    ui::ErrorPresenter::setSink({});
}
