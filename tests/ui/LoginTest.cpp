// The first-administrator and login dialogs, driven through their widgets without exec().
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/security/FirstAdminDialog.h"
#include "ui/security/LoginDialog.h"

#include <QLineEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

void setText(QWidget& dialog, const char* name, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(edit != nullptr);
    edit->setText(text);
}

} // namespace

TEST_CASE("The first-administrator dialog refuses weak or mismatched passwords, then creates the admin",
          "[ui][security][login]")
{
    test::TestDatabase tdb;
    REQUIRE_FALSE(*UserService(tdb.db(), Session{}).hasUsers());
    ui::FirstAdminDialog dialog(tdb.db());
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createButton"));
    REQUIRE(create);

    setText(dialog, "userNameEdit", QStringLiteral("zhangwei"));
    setText(dialog, "fullNameEdit", QStringLiteral("张伟"));
    setText(dialog, "passwordEdit", QStringLiteral("short1"));
    // Shown as people type, before anything is pressed.
    CHECK(dialog.message() == QStringLiteral("密码至少 8 位。"));
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(dialog.tryCreate().ok());
    setText(dialog, "passwordEdit", QStringLiteral("onlyletters"));
    CHECK(dialog.message() == QStringLiteral("密码须同时包含字母和数字。"));
    CHECK_FALSE(dialog.tryCreate().ok());

    setText(dialog, "passwordEdit", QStringLiteral("Tianjin2026"));
    setText(dialog, "confirmEdit", QStringLiteral("Tianjin2025"));
    CHECK(dialog.message() == QStringLiteral("两次输入的密码不一致。"));
    CHECK_FALSE(dialog.tryCreate().ok());
    CHECK_FALSE(*UserService(tdb.db(), Session{}).hasUsers());

    setText(dialog, "confirmEdit", QStringLiteral("Tianjin2026"));
    CHECK(dialog.message().isEmpty());
    CHECK(create->isEnabled());
    auto session = dialog.tryCreate();
    REQUIRE(session.ok());
    CHECK(session->user == QStringLiteral("zhangwei"));
    CHECK(session->role == Role::Admin);
    REQUIRE(dialog.session().has_value());

    auto users = UserService(tdb.db(), *session).list();
    REQUIRE(users.ok());
    REQUIRE(users->size() == 1);
    CHECK(users->first().name == QStringLiteral("zhangwei"));
    CHECK(users->first().fullName == QStringLiteral("张伟"));
    CHECK(users->first().role == Role::Admin);
    CHECK(UserService(tdb.db(), Session{}).authenticate(QStringLiteral("zhangwei"), QStringLiteral("Tianjin2026")).ok());
}

TEST_CASE("The login dialog returns the session, shows wrong passwords and locks after five", "[ui][security][login]")
{
    test::TestDatabase tdb;
    UserService setup(tdb.db(), Session{});
    REQUIRE(setup.add(QStringLiteral("admin"), Role::Admin, QStringLiteral("Admin2026x")).ok());
    UserService admin(tdb.db(), Session{QStringLiteral("admin"), Role::Admin});
    REQUIRE(admin.add(QStringLiteral("liqiang"), Role::Reviewer, QStringLiteral("Review2026"), QStringLiteral("李强")).ok());

    ui::LoginDialog dialog(tdb.db());
    setText(dialog, "userNameEdit", QStringLiteral("liqiang"));
    setText(dialog, "passwordEdit", QStringLiteral("Review2026"));
    auto ok = dialog.tryLogin();
    REQUIRE(ok.ok());
    CHECK(ok->user == QStringLiteral("liqiang"));
    CHECK(ok->role == Role::Reviewer);
    CHECK(dialog.session()->role == Role::Reviewer);
    CHECK(dialog.message().isEmpty());

    ui::LoginDialog second(tdb.db());
    // The last user name is remembered for the next start.
    CHECK(second.findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->text() == QStringLiteral("liqiang"));
    for (int i = 1; i <= 4; ++i) {
        setText(second, "passwordEdit", QStringLiteral("wrong-%1").arg(i));
        second.accept(); // what 登录 does: the dialog must stay open
        CHECK(second.result() != QDialog::Accepted);
        CHECK(second.message() == QStringLiteral("用户名或密码不正确。"));
        CHECK(second.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
    }
    setText(second, "passwordEdit", QStringLiteral("wrong-5"));
    CHECK_FALSE(second.tryLogin().ok());
    CHECK(second.message().contains(QStringLiteral("已锁定")));
    // Locked: even the right password is refused, and the dialog says why.
    setText(second, "passwordEdit", QStringLiteral("Review2026"));
    auto locked = second.tryLogin();
    CHECK_FALSE(locked.ok());
    CHECK(second.message().contains(QStringLiteral("锁定")));
    CHECK_FALSE(second.session().has_value());

    setText(second, "userNameEdit", QStringLiteral("nobody"));
    setText(second, "passwordEdit", QStringLiteral("Whatever1"));
    CHECK_FALSE(second.tryLogin().ok());
    CHECK(second.message() == QStringLiteral("用户名或密码不正确。"));
}
