// The first-run wizard driven through its widgets: a new database with its administrator and
// sample data; Next held back while the passwords differ; a file that exists is not replaced.
#include "ui/security/FirstRunWizard.h"
#include "core/db/Database.h"
#include "core/users/UserService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/Widgets.h"
#include "ui/common/ErrorPresenter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

using test::child;

int enterpriseCount(const Database& db)
{
    auto result = db.exec(QStringLiteral("SELECT count(*) FROM enterprises"));
    if (!result)
        return -1;
    QSqlQuery query = *std::move(result);
    return query.next() ? query.value(0).toInt() : -1;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void next(ui::FirstRunWizard& wizard)
{
    QAbstractButton* button = wizard.button(QWizard::NextButton);
    REQUIRE(button->isEnabled());
    button->click();
    settle();
}

// Errors are collected instead of shown in a modal box.
struct ErrorCatcher
{
    ErrorCatcher()
    {
        ui::ErrorPresenter::setSink([this](QWidget*, const Error& e) { errors << e; });
    }
    ~ErrorCatcher() { ui::ErrorPresenter::setSink({}); }
    QList<Error> errors;
};

void fillAdmin(ui::FirstRunWizard& wizard, const QString& password, const QString& confirm)
{
    child<QLineEdit>(wizard, "userNameEdit")->setText(QStringLiteral("zhangwei"));
    child<QLineEdit>(wizard, "fullNameEdit")->setText(QStringLiteral("张伟"));
    child<QLineEdit>(wizard, "passwordEdit")->setText(password);
    child<QLineEdit>(wizard, "confirmEdit")->setText(confirm);
    settle();
}

} // namespace

TEST_CASE("The first-run wizard creates a database, its administrator and sample data",
          "[ui][firstrun]")
{
    ErrorCatcher catcher;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString defaultPath = dir.filePath(QStringLiteral("default/jianding.sqlite"));
    const QString path = dir.filePath(QStringLiteral("centre.sqlite"));

    std::shared_ptr<Database> db;
    {
        ui::FirstRunWizard wizard(defaultPath);
        wizard.show();
        settle();
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::DatabasePage);
        CHECK(child<QLabel>(wizard, "defaultPathLabel")->text() ==
              QDir::toNativeSeparators(defaultPath));
        // The server is offered; its fields show only when it is chosen (ServerConnectionTest).
        auto* server = child<QRadioButton>(wizard, "serverRadio");
        CHECK(server->isEnabled());
        CHECK(child<QWidget>(wizard, "serverConnectionForm")->isHidden());

        // Another place: Next waits for a file name.
        child<QRadioButton>(wizard, "newOtherRadio")->setChecked(true);
        settle();
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        child<QLineEdit>(wizard, "newPathEdit")->setText(QDir::toNativeSeparators(path));
        settle();
        next(wizard);
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::AdminPage);
        // Nothing is written before Finish.
        CHECK_FALSE(QFileInfo::exists(path));

        fillAdmin(wizard, QStringLiteral("Tianjin2026"), QStringLiteral("Tianjin2026"));
        CHECK_FALSE(wizard.adminProblem().has_value());
        next(wizard);
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::SamplePage);

        auto* sample = child<QCheckBox>(wizard, "sampleDataCheck");
        auto* count = child<QSpinBox>(wizard, "enterpriseCountSpin");
        CHECK_FALSE(sample->isChecked()); // off by default
        CHECK(count->value() == 20);
        CHECK_FALSE(count->isEnabled());
        sample->setChecked(true);
        CHECK(count->isEnabled());
        count->setValue(3);
        next(wizard);
        REQUIRE(wizard.currentId() == ui::FirstRunWizard::SummaryPage);
        const QString summary = child<QLabel>(wizard, "summaryLabel")->text();
        CHECK(summary.contains(QDir::toNativeSeparators(path)));
        CHECK(summary.contains(QStringLiteral("zhangwei")));
        CHECK(summary.contains(QStringLiteral("3")));

        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        REQUIRE(finish->isVisible());
        finish->click();
        settle();
        INFO((catcher.errors.isEmpty() ? QString() : catcher.errors.first().fullText())
                 .toStdString());
        CHECK(catcher.errors.isEmpty());
        CHECK(wizard.result() == QDialog::Accepted);
        REQUIRE(wizard.session().has_value());
        CHECK(wizard.session()->user == QStringLiteral("zhangwei"));
        CHECK(wizard.session()->role == Role::Admin);
        CHECK(QFileInfo(wizard.databasePath()) == QFileInfo(path));
        db = wizard.database();
        REQUIRE(db);
    }
    CHECK(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(defaultPath));

    // The database stays usable after the wizard is gone, and a second start finds the same.
    db.reset();
    auto reopened = Database::open(path, Database::Options{false, false, false, {}});
    REQUIRE(reopened.ok());
    UserService users(**reopened, Session{});
    auto admin = users.authenticate(QStringLiteral("zhangwei"), QStringLiteral("Tianjin2026"));
    REQUIRE(admin.ok());
    CHECK(admin->role == Role::Admin);
    auto list = UserService(**reopened, *admin).list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().fullName == QStringLiteral("张伟"));
    CHECK(enterpriseCount(**reopened) == 3);
}

TEST_CASE("The first-run wizard keeps Next back while the passwords differ", "[ui][firstrun]")
{
    ErrorCatcher catcher;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jianding.sqlite"));
    ui::FirstRunWizard wizard(path);
    wizard.show();
    settle();
    next(wizard); // the default place
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::AdminPage);
    QAbstractButton* nextButton = wizard.button(QWizard::NextButton);
    // An untouched form says nothing yet but does not go on.
    CHECK_FALSE(nextButton->isEnabled());
    CHECK(child<QLabel>(wizard, "passwordMessage")->isHidden());

    fillAdmin(wizard, QStringLiteral("short1"), QString());
    CHECK_FALSE(nextButton->isEnabled());
    CHECK(child<QLabel>(wizard, "passwordMessage")->text() == QStringLiteral("密码至少 8 位。"));
    CHECK(child<QLabel>(wizard, "passwordMessage")->isVisibleTo(&wizard));

    fillAdmin(wizard, QStringLiteral("Tianjin2026"), QStringLiteral("Tianjin2025"));
    CHECK_FALSE(nextButton->isEnabled());
    auto* confirmMessage = child<QLabel>(wizard, "confirmMessage");
    CHECK(confirmMessage->isVisibleTo(&wizard));
    CHECK(confirmMessage->text() == QStringLiteral("两次输入的密码不一致。"));
    CHECK(child<QLabel>(wizard, "passwordMessage")->isHidden());
    nextButton->click(); // disabled: stays
    settle();
    CHECK(wizard.currentId() == ui::FirstRunWizard::AdminPage);

    child<QLineEdit>(wizard, "confirmEdit")->setText(QStringLiteral("Tianjin2026"));
    settle();
    CHECK(nextButton->isEnabled());
    CHECK(confirmMessage->isHidden());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(catcher.errors.isEmpty());
}

TEST_CASE("The first-run wizard does not replace an existing file and opens one with users for "
          "signing in",
          "[ui][firstrun]")
{
    ErrorCatcher catcher;
    test::TestDatabase tdb;
    REQUIRE(UserService(tdb.db(), Session{})
                .add(QStringLiteral("admin"), Role::Admin, QStringLiteral("Admin2026x"))
                .ok());
    const QFileInfo before(tdb.path());

    ui::FirstRunWizard wizard(tdb.path());
    wizard.show();
    settle();
    // 新建 at a place where a database already is: refused on Next, the file untouched.
    wizard.button(QWizard::NextButton)->click();
    settle();
    CHECK(wizard.currentId() == ui::FirstRunWizard::DatabasePage);
    REQUIRE(catcher.errors.size() == 1);
    CHECK(catcher.errors.first().message.contains(QStringLiteral("已经存在")));
    CHECK(QFileInfo(tdb.path()).size() == before.size());

    child<QRadioButton>(wizard, "openExistingRadio")->setChecked(true);
    child<QLineEdit>(wizard, "openPathEdit")->setText(tdb.path());
    settle();
    next(wizard);
    // Users there already: no administrator to create, straight to the summary.
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::SummaryPage);
    wizard.button(QWizard::FinishButton)->click();
    settle();
    CHECK(catcher.errors.size() == 1);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE(wizard.session().has_value());
    REQUIRE(wizard.database());
    CHECK(wizard.databasePath() == tdb.path());
}

TEST_CASE("The first-run wizard on a database without users asks for the administrator only",
          "[ui][firstrun]")
{
    ErrorCatcher catcher;
    test::TestDatabase tdb;
    ui::FirstRunWizard wizard(tdb.db());
    wizard.show();
    settle();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::AdminPage);
    CHECK(wizard.findChild<QWidget*>(QStringLiteral("databasePage")) == nullptr);
    fillAdmin(wizard, QStringLiteral("Tianjin2026"), QStringLiteral("Tianjin2026"));
    next(wizard);
    next(wizard); // no sample data
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::SummaryPage);
    wizard.button(QWizard::FinishButton)->click();
    settle();
    CHECK(catcher.errors.isEmpty());
    REQUIRE(wizard.session().has_value());
    CHECK(wizard.databasePath() == tdb.path());
    CHECK(UserService(tdb.db(), Session{})
              .authenticate(QStringLiteral("zhangwei"), QStringLiteral("Tianjin2026"))
              .ok());
    CHECK(enterpriseCount(tdb.db()) == 0);
}

TEST_CASE("Screenshot of the first-run wizard", "[.screenshot]")
{
    QTemporaryDir dir;
    ui::FirstRunWizard wizard(dir.filePath(QStringLiteral("jianding.sqlite")));
    wizard.show();
    settle();
    next(wizard);
    child<QLineEdit>(wizard, "fullNameEdit")->setText(QStringLiteral("张伟"));
    child<QLineEdit>(wizard, "passwordEdit")->setText(QStringLiteral("Tianjin2026"));
    child<QLineEdit>(wizard, "confirmEdit")->setText(QStringLiteral("Tianjin"));
    settle();
    QDir shots(QStringLiteral(JD_SCREENSHOT_DIR));
    shots.mkpath(QStringLiteral("."));
    const QPixmap shot = wizard.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(shots.filePath(QStringLiteral("first-run.png"))));
}
