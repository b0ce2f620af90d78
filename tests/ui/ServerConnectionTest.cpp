// Server databases in the desktop app: the connection dialog (fields, messages, the address
// it builds, a failed connection kept in the dialog), the recent-databases list, the first-run
// wizard's server choice and switching databases from the 文件 menu. With JD_TEST_PG_URL (a
// throwaway server reachable without password), connections that succeed as well.
#include "core/db/Database.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/users/UserService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/Widgets.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"
#include "ui/security/FirstRunWizard.h"
#include "ui/security/RecentDatabases.h"
#include "ui/security/ServerConnectionDialog.h"
#include "ui/security/ServerConnectionForm.h"
#include "ui/security/SystemMenu.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

using test::child;

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

struct ErrorCatcher
{
    ErrorCatcher()
    {
        ui::ErrorPresenter::setSink([this](QWidget*, const Error& e) { errors << e; });
    }
    ~ErrorCatcher() { ui::ErrorPresenter::setSink({}); }
    QList<Error> errors;
};

// Everything the app wrote to its settings, as stored on disk.
QByteArray settingsFileContent()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void fillServer(QWidget& w, const QString& host, int port, const QString& database,
                const QString& user, const QString& schema = {}, const QString& password = {})
{
    child<QLineEdit>(w, "serverHostEdit")->setText(host);
    child<QSpinBox>(w, "serverPortSpin")->setValue(port);
    child<QLineEdit>(w, "serverDatabaseEdit")->setText(database);
    child<QLineEdit>(w, "serverUserEdit")->setText(user);
    child<QLineEdit>(w, "serverSchemaEdit")->setText(schema);
    child<QLineEdit>(w, "serverPasswordEdit")->setText(password);
}

// A schema of its own on the test server (JD_TEST_PG_URL), dropped at the end.
struct ServerSchema
{
    ServerSchema()
    {
        static int counter = 0;
        name = QStringLiteral("jd_ui%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        QUrl url(test::TestDatabase::serverUrl());
        url.setQuery(QStringLiteral("schema=") + name);
        location = url.toString();
    }
    ~ServerSchema()
    {
        if (auto db = Database::open(test::TestDatabase::serverUrl()); db)
            (void)(*db)->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(name));
    }
    QString name;
    QString location;
};

} // namespace

TEST_CASE("The server connection dialog names the field that is missing or wrong", "[ui][server]")
{
    ui::ServerConnectionDialog dialog;
    dialog.show();
    settle();
    ui::ServerConnectionForm* form = dialog.form();
    auto* host = child<QLineEdit>(dialog, "serverHostEdit");
    auto* port = child<QSpinBox>(dialog, "serverPortSpin");
    auto* address = child<QLabel>(dialog, "serverAddressLabel");
    auto* password = child<QLineEdit>(dialog, "serverPasswordEdit");
    CHECK(port->minimum() == 1);
    CHECK(port->maximum() == 65535);
    CHECK(port->value() == 5432);
    CHECK(password->echoMode() == QLineEdit::Password);

    // Empty: the host is asked for first, and nothing can be connected.
    REQUIRE(form->problem().has_value());
    CHECK(form->problem()->contains(QStringLiteral("“服务器”")));
    CHECK(form->location().isEmpty());
    CHECK(address->text() == *form->problem());
    CHECK_FALSE(dialog.tryConnect());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(form->errorText().contains(QStringLiteral("“服务器”")));
    CHECK(ui::FieldErrorStyle::isMarked(host));
    CHECK_FALSE(dialog.database());

    fillServer(dialog, QStringLiteral("db.example"), 5433, QStringLiteral("jianding"),
               QStringLiteral("jd"));
    // Editing clears the message of the last attempt.
    CHECK(form->errorText().isEmpty());
    CHECK_FALSE(ui::FieldErrorStyle::isMarked(host));
    CHECK_FALSE(form->problem().has_value());

    SECTION("host")
    {
        host->setText(QStringLiteral("db.example:5433"));
        REQUIRE(form->problem());
        CHECK(form->problem()->contains(QStringLiteral("“端口”")));
        CHECK(form->problem()->contains(QStringLiteral("5433")));
        host->setText(QStringLiteral("postgresql://jd@db.example/jianding"));
        REQUIRE(form->problem());
        CHECK(form->problem()->contains(QStringLiteral("“服务器”")));
        host->setText(QStringLiteral("db example"));
        REQUIRE(form->problem());
        CHECK(form->problem()->contains(QStringLiteral("不是有效的服务器名或 IP 地址")));
        host->setText(QStringLiteral("   "));
        REQUIRE(form->problem());
        CHECK(form->problem()->startsWith(QStringLiteral("请填写“服务器”")));
    }
    SECTION("port")
    {
        // The spin box takes digits only; what it cannot hold is named as the port's problem.
        auto* portText = port->findChild<QLineEdit*>();
        REQUIRE(portText);
        for (const QString& text : {QString(), QStringLiteral("0")}) {
            portText->setText(text);
            INFO(text.toStdString());
            REQUIRE(form->problem());
            CHECK(form->problem()->contains(QStringLiteral("“端口”")));
            CHECK(form->problem()->contains(QStringLiteral("1 到 65535")));
            CHECK(form->location().isEmpty());
        }
        CHECK_FALSE(dialog.tryConnect());
        CHECK(form->errorText().contains(QStringLiteral("“端口”")));
    }
    SECTION("database, user, schema")
    {
        auto* database = child<QLineEdit>(dialog, "serverDatabaseEdit");
        database->clear();
        REQUIRE(form->problem());
        CHECK(form->problem()->contains(QStringLiteral("“数据库”")));
        database->setText(QStringLiteral("a/b"));
        REQUIRE(form->problem());
        CHECK(form->problem()->contains(QStringLiteral("“数据库”")));
        database->setText(QStringLiteral("jianding"));
        child<QLineEdit>(dialog, "serverUserEdit")->clear();
        REQUIRE(form->problem());
        CHECK(form->problem()->contains(QStringLiteral("“用户名”")));
        child<QLineEdit>(dialog, "serverUserEdit")->setText(QStringLiteral("jd"));
        child<QLineEdit>(dialog, "serverSchemaEdit")->setText(QStringLiteral("Centre-1"));
        REQUIRE(form->problem());
        CHECK(form->problem()->contains(QStringLiteral("“模式”")));
    }
}

TEST_CASE("The server connection dialog builds the address and reads one back", "[ui][server]")
{
    ui::ServerConnectionDialog dialog;
    ui::ServerConnectionForm* form = dialog.form();
    fillServer(dialog, QStringLiteral(" 192.168.1.10 "), 5433, QStringLiteral("jianding"),
               QStringLiteral("jd"), QStringLiteral("tianjin"), QStringLiteral("Secret-2026"));
    const QString url = QStringLiteral("postgresql://jd@192.168.1.10:5433/jianding?schema=tianjin");
    CHECK(form->location() == url);
    CHECK(child<QLabel>(dialog, "serverAddressLabel")->text() ==
          QStringLiteral("连接地址：") + url);
    // The password is the field's only, never part of the address.
    CHECK_FALSE(form->location().contains(QStringLiteral("Secret")));
    CHECK(form->password() == QStringLiteral("Secret-2026"));
    const auto parsed = Database::Server::parse(form->location());
    REQUIRE(parsed);
    CHECK(parsed->host == QStringLiteral("192.168.1.10"));
    CHECK(parsed->port == 5433);
    CHECK(parsed->schema == QStringLiteral("tianjin"));
    child<QLineEdit>(dialog, "serverSchemaEdit")->clear();
    CHECK(form->location() == QStringLiteral("postgresql://jd@192.168.1.10:5433/jianding"));

    // Prefilled from a recent entry: only the password is left to type.
    ui::ServerConnectionDialog again(url);
    CHECK(child<QLineEdit>(again, "serverHostEdit")->text() == QStringLiteral("192.168.1.10"));
    CHECK(child<QSpinBox>(again, "serverPortSpin")->value() == 5433);
    CHECK(child<QLineEdit>(again, "serverDatabaseEdit")->text() == QStringLiteral("jianding"));
    CHECK(child<QLineEdit>(again, "serverUserEdit")->text() == QStringLiteral("jd"));
    CHECK(child<QLineEdit>(again, "serverSchemaEdit")->text() == QStringLiteral("tianjin"));
    CHECK(child<QLineEdit>(again, "serverPasswordEdit")->text().isEmpty());
    CHECK(again.form()->firstEmptyField() == child<QLineEdit>(again, "serverPasswordEdit"));
    CHECK(again.form()->location() == url);
    CHECK(again.form()->errorText().isEmpty());

    // An address with a password in it is not taken over: the rest is, and the dialog says why.
    ui::ServerConnectionDialog withPassword(
        QStringLiteral("postgresql://jd:Secret-2026@db.example:5432/jianding"));
    CHECK(child<QLineEdit>(withPassword, "serverHostEdit")->text() == QStringLiteral("db.example"));
    CHECK(child<QLineEdit>(withPassword, "serverUserEdit")->text() == QStringLiteral("jd"));
    CHECK(child<QLineEdit>(withPassword, "serverPasswordEdit")->text().isEmpty());
    CHECK(withPassword.form()->errorText().contains(QStringLiteral("密码")));
}

TEST_CASE(
    "A failed connection is shown in the dialog, which stays open; the password is not stored",
    "[ui][server]")
{
    ErrorCatcher catcher;
    QSettings().remove(ui::RecentDatabases::settingsKey());
    ui::ServerConnectionDialog dialog;
    dialog.show();
    settle();
    // Port 1 on this computer: nothing listens there, the connection is refused at once.
    fillServer(dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("jianding"),
               QStringLiteral("jd"), QString(), QStringLiteral("Geheim-4711"));
    auto* password = child<QLineEdit>(dialog, "serverPasswordEdit");
    auto* error = child<QLabel>(dialog, "serverErrorLabel");
    CHECK(error->isHidden());

    // Enter in the password field is 连接.
    password->setFocus();
    QTest::keyClick(password, Qt::Key_Return);
    settle();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.database());
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("127.0.0.1")));
    CHECK(dialog.form()->errorText() == error->text());
    CHECK(catcher.errors.isEmpty()); // inline, not in a message box

    // Kept for another try; the button does the same as Enter.
    CHECK(password->text() == QStringLiteral("Geheim-4711"));
    password->setText(QStringLiteral("Geheim-4712"));
    CHECK(error->isHidden());
    child<QPushButton>(dialog, "connectButton")->click();
    settle();
    CHECK(dialog.isVisible());
    CHECK_FALSE(error->isHidden());

    // Nothing of it reaches the settings: no password, and a failed server is no recent entry.
    CHECK_FALSE(settingsFileContent().contains("Geheim"));
    CHECK(ui::RecentDatabases::list().isEmpty());
    dialog.reject();
}

TEST_CASE("Recent databases: newest first, no duplicates, at most eight, never a password",
          "[ui][server]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::RecentDatabases::clear();
    CHECK(ui::RecentDatabases::list().isEmpty());

    QStringList files;
    for (int i = 1; i <= 10; ++i)
        files << dir.filePath(QStringLiteral("中心%1.sqlite").arg(i));
    for (const QString& f : files)
        CHECK(ui::RecentDatabases::add(f));
    QStringList list = ui::RecentDatabases::list();
    REQUIRE(list.size() == ui::RecentDatabases::MaxEntries);
    CHECK(list.first() == files.at(9));
    CHECK(list.last() == files.at(2)); // the two oldest went

    // Opening one again moves it up instead of listing it twice.
    CHECK(ui::RecentDatabases::add(files.at(5)));
    list = ui::RecentDatabases::list();
    CHECK(list.size() == 8);
    CHECK(list.first() == files.at(5));
    CHECK(list.count(files.at(5)) == 1);
    // The same file written another way is the same entry.
    CHECK(ui::RecentDatabases::add(dir.path() + QStringLiteral("/./中心6.sqlite")));
    CHECK(ui::RecentDatabases::list() == list);

    // A server with a password in its address is kept without it.
    CHECK(ui::RecentDatabases::add(
        QStringLiteral("postgres://jd:Geheim-0815@db.example:5433/jianding?schema=tj")));
    const QString server = QStringLiteral("postgresql://jd@db.example:5433/jianding?schema=tj");
    list = ui::RecentDatabases::list();
    CHECK(list.first() == server);
    CHECK(list.size() == 8);
    CHECK_FALSE(settingsFileContent().contains("Geheim"));
    CHECK_FALSE(QSettings()
                    .value(ui::RecentDatabases::settingsKey())
                    .toStringList()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("Geheim")));
    CHECK(ui::RecentDatabases::add(server));
    CHECK(ui::RecentDatabases::list().count(server) == 1);
    // One written by hand into the settings with a password is read back without it.
    QSettings().setValue(
        ui::RecentDatabases::settingsKey(),
        QStringList{QStringLiteral("postgresql://jd:Geheim@db.example:5433/jianding?schema=tj")});
    CHECK(ui::RecentDatabases::list() == QStringList{server});
    // Not a location: nothing stored.
    CHECK_FALSE(ui::RecentDatabases::add(QString()));
    CHECK_FALSE(
        ui::RecentDatabases::add(QStringLiteral("postgresql://db.example/jianding"))); // no user

    CHECK(ui::RecentDatabases::displayName(server) ==
          QStringLiteral("db.example/jianding（模式 tj）"));
    CHECK(ui::RecentDatabases::displayName(
              QStringLiteral("postgresql://jd@db.example:5433/jianding")) ==
          QStringLiteral("db.example/jianding"));
    CHECK(ui::RecentDatabases::displayName(files.at(0)) == QStringLiteral("中心1.sqlite"));
    CHECK(ui::RecentDatabases::describe(server) == server);

    ui::RecentDatabases::remove(server);
    CHECK(ui::RecentDatabases::list().isEmpty());
    ui::RecentDatabases::clear();
}

TEST_CASE("The first-run wizard offers the server and shows its fields when chosen",
          "[ui][server][firstrun]")
{
    ErrorCatcher catcher;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("jianding.sqlite")));
    wizard.show();
    settle();
    auto* server = child<QRadioButton>(wizard, "serverRadio");
    auto* form = child<ui::ServerConnectionForm>(wizard, "serverConnectionForm");
    CHECK(server->isEnabled());
    CHECK(form->isHidden());
    server->setChecked(true);
    settle();
    CHECK(form->isVisible());
    for (const char* name : {"serverHostEdit", "serverPortSpin", "serverDatabaseEdit",
                             "serverUserEdit", "serverSchemaEdit", "serverPasswordEdit"})
        CHECK(child<QWidget>(wizard, name)->isVisible());
    CHECK(child<QLineEdit>(wizard, "serverPasswordEdit")->echoMode() == QLineEdit::Password);
    // Next waits for a complete address, and the page says what is missing.
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(wizard, "serverAddressLabel")->text().contains(QStringLiteral("“服务器”")));

    fillServer(wizard, QStringLiteral("127.0.0.1"), 1, QStringLiteral("jianding"),
               QStringLiteral("jd"));
    settle();
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    // A server that cannot be reached keeps the wizard on this page, the reason under the fields.
    wizard.button(QWizard::NextButton)->click();
    settle();
    CHECK(wizard.currentId() == ui::FirstRunWizard::DatabasePage);
    CHECK(form->errorText().contains(QStringLiteral("127.0.0.1")));
    CHECK(catcher.errors.isEmpty());
    CHECK_FALSE(wizard.database());

    // Back to a file: the fields go out of the way.
    child<QRadioButton>(wizard, "newDefaultRadio")->setChecked(true);
    settle();
    CHECK(form->isHidden());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.reject();
}

TEST_CASE("The 文件 menu switches to another database file and lists the recent ones",
          "[ui][server]")
{
    ErrorCatcher catcher;
    ui::RecentDatabases::clear();
    test::TestDatabase tdb;
    const Session admin{QStringLiteral("admin"), Role::Admin};
    REQUIRE(UserService(tdb.db(), Session{})
                .add(admin.user, Role::Admin, QStringLiteral("Admin2026x"))
                .ok());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString other = dir.filePath(QStringLiteral("分中心.sqlite"));
    REQUIRE(Database::open(other).ok()); // created, then closed again
    const QString missing = dir.filePath(QStringLiteral("已删除.sqlite"));
    ui::RecentDatabases::add(missing);
    ui::RecentDatabases::add(other);
    ui::RecentDatabases::add(tdb.path());

    ui::MainWindow window(tdb.db(), admin);
    window.show();
    settle();
    // Which database is in use: the title and the status bar.
    if (!tdb.db().isServer()) {
        CHECK(window.windowTitle().contains(QFileInfo(tdb.path()).fileName()));
        CHECK(child<QLabel>(window, "pathStatusLabel")
                  ->text()
                  .contains(QDir::toNativeSeparators(tdb.path())));
        CHECK(window.systemMenu()->restoreAction()->isEnabled());
    }
    REQUIRE(window.openFileAction());
    CHECK(window.openFileAction()->isEnabled());
    CHECK(window.connectServerAction()->isEnabled());

    window.updateRecentMenu();
    QMenu* recent = window.recentMenu();
    REQUIRE(recent);
    QList<QAction*> entries;
    for (QAction* a : recent->actions())
        if (a->objectName().startsWith(QStringLiteral("recentDatabaseAction")))
            entries << a;
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0)->data().toString() == ui::RecentDatabases::normalised(tdb.path()));
    CHECK(entries.at(0)->isChecked()); // the one in use
    CHECK_FALSE(entries.at(0)->isEnabled());
    CHECK(entries.at(1)->text() == QStringLiteral("&2 分中心.sqlite"));
    CHECK(entries.at(1)->isEnabled());
    CHECK(recent->findChild<QAction*>(QStringLiteral("clearRecentAction")));

    // The database in use is not opened a second time.
    CHECK_FALSE(window.openLocation(tdb.path()));
    CHECK(window.isVisible());
    // A file that went is said so and leaves the list; the window stays.
    CHECK_FALSE(window.openLocation(missing));
    REQUIRE(catcher.errors.size() == 1);
    CHECK(catcher.errors.first().message.contains(QStringLiteral("不存在")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(ui::RecentDatabases::list().contains(missing));
    CHECK(window.isVisible());
    CHECK_FALSE(window.takeNextDatabase());

    // Another file: the window closes as for 切换用户/注销 and hands the database over.
    REQUIRE(window.openLocation(other));
    settle();
    CHECK_FALSE(window.isVisible());
    CHECK(window.isSigningOut());
    std::shared_ptr<Database> next = window.takeNextDatabase();
    REQUIRE(next);
    CHECK(QFileInfo(next->path()) == QFileInfo(other));
    CHECK_FALSE(window.takeNextDatabase()); // taken once
    CHECK(ui::RecentDatabases::list().first() == ui::RecentDatabases::normalised(other));
    // Reference data were loaded: people can work there at once.
    auto catalogue = OccupationCatalogue(*next).count();
    REQUIRE(catalogue.ok());
    CHECK(*catalogue > 0);
    CHECK(catcher.errors.size() == 1);
    ui::RecentDatabases::clear();
}

TEST_CASE("Connecting to a server through the dialog, the wizard and the main window",
          "[ui][server][postgresql]")
{
    if (test::TestDatabase::serverUrl().isEmpty()) {
        WARN("JD_TEST_PG_URL is not set: the connections to a PostgreSQL server are not tested.");
        return;
    }
    ErrorCatcher catcher;
    ui::RecentDatabases::clear();

    SECTION("dialog")
    {
        ServerSchema schema;
        ui::ServerConnectionDialog dialog(schema.location);
        dialog.show();
        settle();
        child<QPushButton>(dialog, "connectButton")->click();
        settle();
        INFO(dialog.form()->errorText().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.database());
        CHECK(dialog.database()->isServer());
        CHECK(dialog.database()->engine() == Engine::PostgreSQL);
        CHECK(dialog.location() == ui::RecentDatabases::normalised(schema.location));
        CHECK(
            child<QLineEdit>(dialog, "serverPasswordEdit")->text().isEmpty()); // cleared after use
    }
    SECTION("wizard and main window")
    {
        ServerSchema schema;
        std::shared_ptr<Database> db;
        std::optional<Session> session;
        {
            QTemporaryDir dir;
            ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("jianding.sqlite")));
            wizard.show();
            settle();
            child<QRadioButton>(wizard, "serverRadio")->setChecked(true);
            child<ui::ServerConnectionForm>(wizard, "serverConnectionForm")
                ->setLocation(schema.location);
            settle();
            wizard.button(QWizard::NextButton)->click();
            settle();
            INFO(child<ui::ServerConnectionForm>(wizard, "serverConnectionForm")
                     ->errorText()
                     .toStdString());
            REQUIRE(wizard.currentId() == ui::FirstRunWizard::AdminPage);
            child<QLineEdit>(wizard, "userNameEdit")->setText(QStringLiteral("zhangwei"));
            child<QLineEdit>(wizard, "passwordEdit")->setText(QStringLiteral("Tianjin2026"));
            child<QLineEdit>(wizard, "confirmEdit")->setText(QStringLiteral("Tianjin2026"));
            settle();
            wizard.button(QWizard::NextButton)->click();
            settle();
            REQUIRE(wizard.currentId() == ui::FirstRunWizard::SamplePage);
            wizard.button(QWizard::NextButton)->click();
            settle();
            REQUIRE(wizard.currentId() == ui::FirstRunWizard::SummaryPage);
            CHECK(child<QLabel>(wizard, "summaryLabel")
                      ->text()
                      .contains(QStringLiteral("服务器数据库")));
            wizard.button(QWizard::FinishButton)->click();
            settle();
            INFO((catcher.errors.isEmpty() ? QString() : catcher.errors.first().fullText())
                     .toStdString());
            CHECK(wizard.result() == QDialog::Accepted);
            db = wizard.database();
            session = wizard.session();
            CHECK(wizard.databasePath() == ui::RecentDatabases::normalised(schema.location));
        }
        REQUIRE(db);
        REQUIRE(session);
        CHECK(db->isServer());
        // The administrator is on the server: another connection signs in with it.
        auto other = Database::open(schema.location);
        REQUIRE(other.ok());
        CHECK(UserService(**other, Session{})
                  .authenticate(QStringLiteral("zhangwei"), QStringLiteral("Tianjin2026"))
                  .ok());

        ui::MainWindow window(*db, *session);
        window.show();
        settle();
        CHECK(window.windowTitle().contains(ui::RecentDatabases::displayName(db->path())));
        CHECK(child<QLabel>(window, "pathStatusLabel")
                  ->text()
                  .startsWith(QStringLiteral("服务器数据库：")));
        // Restoring a file over the shared server database is not offered, and says why.
        QAction* restore = window.systemMenu()->restoreAction();
        CHECK_FALSE(restore->isEnabled());
        CHECK(restore->toolTip().contains(QStringLiteral("服务器数据库")));
        CHECK(window.systemMenu()->backupAction()->isEnabled());
        // 连接服务器数据库 starts from the server in use; the same one is not opened twice.
        CHECK_FALSE(window.switchTo(*std::move(other)));
        CHECK(window.isVisible());
        window.signOut();
        db.reset();
    }
    ui::RecentDatabases::clear();
}

TEST_CASE("Screenshots of the server connection dialog and the wizard's server choice",
          "[.screenshot]")
{
    ErrorCatcher catcher;
    QDir dir(QStringLiteral(JD_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    auto save = [&](QWidget& w, const char* name) {
        w.show();
        settle();
        const QPixmap shot = w.grab();
        REQUIRE_FALSE(shot.isNull());
        REQUIRE(shot.save(dir.filePath(QString::fromLatin1(name))));
    };
    {
        // Port 1 here: the connection is refused, as a wrong address would be.
        ui::ServerConnectionDialog dialog(
            QStringLiteral("postgresql://jianding@127.0.0.1:1/jianding"));
        child<QLineEdit>(dialog, "serverPasswordEdit")->setText(QStringLiteral("Tianjin2026"));
        dialog.show();
        settle();
        CHECK_FALSE(dialog.tryConnect());
        dialog.adjustSize();
        save(dialog, "server-connection.png");
    }
    {
        QTemporaryDir temp;
        ui::FirstRunWizard wizard(temp.filePath(QStringLiteral("jianding.sqlite")));
        wizard.show();
        settle();
        child<QRadioButton>(wizard, "serverRadio")->setChecked(true);
        child<ui::ServerConnectionForm>(wizard, "serverConnectionForm")
            ->setLocation(QStringLiteral("postgresql://jianding@192.168.1.10:5432/jianding"));
        settle();
        save(wizard, "first-run-server.png");
    }
}
