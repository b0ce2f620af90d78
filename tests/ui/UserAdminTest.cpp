// User management and what each role sees of the main window.
#include "core/registry/EnterpriseService.h"
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/registry/EnterpriseEditor.h"
#include "ui/registry/EnterpriseListView.h"
#include "ui/security/SystemMenu.h"
#include "ui/security/UserAdminDialog.h"
#include "ui/security/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

const Session kAdmin{QStringLiteral("admin"), Role::Admin};

void addAdmin(test::TestDatabase& tdb)
{
    REQUIRE(UserService(tdb.db(), Session{}).add(QStringLiteral("admin"), Role::Admin, QStringLiteral("Admin2026x")).ok());
}

std::optional<User> userNamed(test::TestDatabase& tdb, const QString& name)
{
    auto users = UserService(tdb.db(), kAdmin).list();
    REQUIRE(users.ok());
    for (const User& u : *users)
        if (u.name == name)
            return u;
    return std::nullopt;
}

// Errors shown through ErrorPresenter, collected instead of a modal box.
struct ShownErrors
{
    QList<Error> errors;
    ShownErrors()
    {
        ui::ErrorPresenter::setSink([this](QWidget*, const Error& e) { errors << e; });
    }
    ~ShownErrors() { ui::ErrorPresenter::setSink({}); }
};

} // namespace

TEST_CASE("User management creates, changes role, disables and unlocks through UserService", "[ui][security][users]")
{
    test::TestDatabase tdb;
    addAdmin(tdb);
    ShownErrors shown;
    ui::UserAdminDialog dialog(tdb.db(), kAdmin);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.model()->rowCount() == 1);

    REQUIRE(dialog.createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Clerk, QStringLiteral("Clerk2026a")).ok());
    CHECK(dialog.model()->rowCount() == 2);
    CHECK(dialog.currentUserName() == QStringLiteral("wangfang"));
    auto u = userNamed(tdb, QStringLiteral("wangfang"));
    REQUIRE(u);
    CHECK(u->role == Role::Clerk);
    CHECK(u->fullName == QStringLiteral("王芳"));
    CHECK(dialog.model()->index(1, ui::UserTableModel::RoleName).data().toString() == QStringLiteral("录入员"));

    // A taken name and a weak password are refused and shown.
    CHECK_FALSE(dialog.createUser(QStringLiteral("wangfang"), {}, Role::Clerk, QStringLiteral("Clerk2026a")).ok());
    CHECK_FALSE(dialog.createUser(QStringLiteral("zhaolei"), {}, Role::Clerk, QStringLiteral("weak")).ok());
    CHECK(shown.errors.size() == 2);
    CHECK_FALSE(userNamed(tdb, QStringLiteral("zhaolei")));

    REQUIRE(dialog.changeRole(QStringLiteral("wangfang"), Role::Supervisor).ok());
    CHECK(userNamed(tdb, QStringLiteral("wangfang"))->role == Role::Supervisor);
    CHECK(dialog.model()->index(1, ui::UserTableModel::RoleName).data().toString() == QStringLiteral("审核员"));

    REQUIRE(dialog.setActive(QStringLiteral("wangfang"), false).ok());
    CHECK_FALSE(userNamed(tdb, QStringLiteral("wangfang"))->active);
    CHECK(dialog.model()->index(1, ui::UserTableModel::Active).data().toString() == QStringLiteral("已停用"));
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("toggleActiveButton"))->text() == QStringLiteral("启用"));
    CHECK_FALSE(UserService(tdb.db(), Session{}).authenticate(QStringLiteral("wangfang"), QStringLiteral("Clerk2026a")).ok());
    REQUIRE(dialog.setActive(QStringLiteral("wangfang"), true).ok());
    CHECK(userNamed(tdb, QStringLiteral("wangfang"))->active);

    // Five wrong passwords lock the account; 解锁 (the button) lifts the lock.
    for (int i = 0; i < UserService::MaxFailedAttempts; ++i)
        CHECK_FALSE(UserService(tdb.db(), Session{}).authenticate(QStringLiteral("wangfang"), QStringLiteral("nope")).ok());
    CHECK(userNamed(tdb, QStringLiteral("wangfang"))->lockedUntil > tdb.clock().now());
    dialog.refresh();
    REQUIRE(dialog.selectUser(QStringLiteral("wangfang")));
    CHECK(dialog.model()->index(1, ui::UserTableModel::Locked).data().toString().startsWith(QStringLiteral("锁定至")));
    auto* unlock = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
    REQUIRE(unlock->isEnabled());
    unlock->click();
    CHECK_FALSE(userNamed(tdb, QStringLiteral("wangfang"))->lockedUntil.isValid());
    CHECK(UserService(tdb.db(), Session{}).authenticate(QStringLiteral("wangfang"), QStringLiteral("Clerk2026a")).ok());

    REQUIRE(dialog.resetPassword(QStringLiteral("wangfang"), QStringLiteral("NewPass2026")).ok());
    CHECK(UserService(tdb.db(), Session{}).authenticate(QStringLiteral("wangfang"), QStringLiteral("NewPass2026")).ok());

    // The last administrator cannot be demoted: the service refuses, the dialog shows it.
    shown.errors.clear();
    CHECK_FALSE(dialog.changeRole(QStringLiteral("admin"), Role::Clerk).ok());
    REQUIRE(shown.errors.size() == 1);
    CHECK(shown.errors.first().message.contains(QStringLiteral("唯一的管理员")));
    CHECK(userNamed(tdb, QStringLiteral("admin"))->role == Role::Admin);
}

TEST_CASE("A clerk's main window has no user management, audit log, restore or delete", "[ui][security][roles]")
{
    test::TestDatabase tdb;
    addAdmin(tdb);
    EnterpriseService(tdb.db(), kAdmin).create(test::sampleEnterprise(1)).value();
    ShownErrors shown;
    const Session clerk{QStringLiteral("wangfang"), Role::Clerk};
    ui::MainWindow window(tdb.db(), clerk);
    CHECK(window.windowTitle().contains(QStringLiteral("wangfang（录入员）")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("userStatusLabel"))->text() == QStringLiteral("当前用户：wangfang（录入员）"));

    ui::SystemMenu* system = window.systemMenu();
    REQUIRE(system);
    for (QAction* a : {system->userAdminAction(), system->auditLogAction(), system->restoreAction(), system->backupAction()}) {
        INFO(a->text().toStdString());
        CHECK_FALSE(a->isEnabled());
        CHECK(a->toolTip().contains(QStringLiteral("无权")));
        CHECK(a->toolTip().contains(QStringLiteral("录入员")));
    }
    CHECK(system->changePasswordAction()->isEnabled());
    CHECK(system->signOutAction()->isEnabled());
    CHECK(system->checkAction()->isEnabled());
    // Asked anyway (e.g. by a shortcut), the refusal is explained, not silently ignored.
    CHECK(system->openUserAdmin() == nullptr);
    REQUIRE(shown.errors.size() == 1);
    CHECK(shown.errors.first().code == ErrorCode::NotAllowed);

    ui::EnterpriseListView* list = window.enterpriseList();
    list->table()->selectRow(0);
    REQUIRE(list->currentId() != 0);
    auto* del = list->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    CHECK(list->findChild<QPushButton*>(QStringLiteral("openButton"))->isEnabled());
    CHECK_FALSE(del->isEnabled());
    CHECK(del->toolTip().contains(QStringLiteral("删除企业")));
    CHECK(list->findChild<QPushButton*>(QStringLiteral("newButton"))->isEnabled());
    list->deleteCurrent();
    CHECK(shown.errors.size() == 2);
    CHECK(EnterpriseService(tdb.db(), kAdmin).list()->size() == 1);
}

TEST_CASE("A reviewer sees the enterprise editor read-only; an administrator may do everything",
          "[ui][security][roles]")
{
    test::TestDatabase tdb;
    addAdmin(tdb);
    const qint64 id = EnterpriseService(tdb.db(), kAdmin).create(test::sampleEnterprise(1)).value();
    ShownErrors shown;
    {
        ui::MainWindow window(tdb.db(), Session{QStringLiteral("liqiang"), Role::Reviewer});
        CHECK_FALSE(window.enterpriseList()->findChild<QPushButton*>(QStringLiteral("newButton"))->isEnabled());
        CHECK_FALSE(window.enterpriseList()->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        ui::EnterpriseEditor* editor = window.openEditor(id);
        REQUIRE(editor);
        CHECK(editor->isReadOnly());
        CHECK(editor->windowTitle().contains(QStringLiteral("只读")));
        auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveButton"));
        CHECK_FALSE(save->isEnabled());
        CHECK(save->toolTip().contains(QStringLiteral("评审专家")));
        CHECK(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isReadOnly());
        CHECK_FALSE(editor->findChild<QPushButton*>(QStringLiteral("addOccupationButton"))->isEnabled());
        // Masked ID numbers come from the service; saving them back is impossible.
        CHECK_FALSE(editor->save());
        REQUIRE(shown.errors.size() == 1);
        CHECK(shown.errors.first().code == ErrorCode::NotAllowed);
        editor->close();
    }
    ui::MainWindow window(tdb.db(), kAdmin);
    ui::SystemMenu* system = window.systemMenu();
    for (QAction* a : {system->userAdminAction(), system->auditLogAction(), system->restoreAction(), system->backupAction()})
        CHECK(a->isEnabled());
    ui::EnterpriseEditor* editor = window.openEditor(id);
    REQUIRE(editor);
    CHECK_FALSE(editor->isReadOnly());
    CHECK_FALSE(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isReadOnly());
    editor->close();
}
