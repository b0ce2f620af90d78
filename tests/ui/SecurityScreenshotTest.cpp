// Screenshots of the sign-in and administration screens for docs/screenshots.
// Hidden tag: run on purpose with `ui_tests "[.screenshot]"`.
#include "core/registry/EnterpriseService.h"
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/AuditLogView.h"
#include "ui/security/AuditTableModel.h"
#include "ui/security/FirstAdminDialog.h"
#include "ui/security/LoginDialog.h"
#include "ui/security/UserAdminDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

void save(QWidget& w, const char* name)
{
    w.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QDir dir(QStringLiteral(JD_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    const QPixmap shot = w.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(dir.filePath(QString::fromLatin1(name))));
}

void setText(QWidget& w, const char* name, const QString& text)
{
    auto* edit = w.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(edit);
    edit->setText(text);
}

} // namespace

TEST_CASE("Screenshots of sign-in, user management and the audit log", "[.screenshot]")
{
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });

    {
        ui::FirstAdminDialog first(tdb.db());
        setText(first, "fullNameEdit", QStringLiteral("张伟"));
        setText(first, "passwordEdit", QStringLiteral("Tianjin"));
        first.adjustSize();
        save(first, "first-admin.png");
    }

    const Session admin{QStringLiteral("admin"), Role::Admin};
    REQUIRE(UserService(tdb.db(), Session{}).add(admin.user, Role::Admin, QStringLiteral("Admin2026x"), QStringLiteral("张伟")).ok());
    UserService users(tdb.db(), admin);
    struct Account
    {
        const char* name;
        const char* fullName;
        Role role;
    };
    const Account accounts[] = {{"wangfang", "王芳", Role::Clerk},
                                {"liuyang", "刘洋", Role::Clerk},
                                {"liqiang", "李强", Role::Reviewer},
                                {"zhaomin", "赵敏", Role::Supervisor},
                                {"chenjing", "陈静", Role::Clerk}};
    for (const Account& a : accounts) {
        tdb.clock().advanceSecs(600);
        REQUIRE(users.add(QString::fromLatin1(a.name), a.role, QStringLiteral("Passw0rd2026"), QString::fromUtf8(a.fullName)).ok());
    }
    REQUIRE(users.setActive(QStringLiteral("chenjing"), false).ok());

    const Session clerk{QStringLiteral("wangfang"), Role::Clerk};
    EnterpriseService clerkService(tdb.db(), clerk);
    (void)UserService(tdb.db(), Session{}).authenticate(clerk.user, QStringLiteral("Passw0rd2026"));
    QList<qint64> ids;
    for (int v = 1; v <= 4; ++v) {
        tdb.clock().advanceSecs(900);
        ids << *clerkService.create(test::sampleEnterprise(v));
    }
    tdb.clock().advanceSecs(1200);
    Enterprise e = *clerkService.get(ids.first());
    e.contact = QStringLiteral("马晓峰");
    e.mobile = QStringLiteral("13920451867");
    REQUIRE(clerkService.update(e).ok());
    tdb.clock().advanceSecs(600);
    REQUIRE(EnterpriseService(tdb.db(), Session{QStringLiteral("zhaomin"), Role::Supervisor}).remove(ids.last()).ok());

    // A lock-out still running when the pictures are taken.
    for (int i = 0; i < UserService::MaxFailedAttempts; ++i)
        (void)UserService(tdb.db(), Session{}).authenticate(QStringLiteral("liuyang"), QStringLiteral("guess%1").arg(i));
    {
        QSettings().setValue(QStringLiteral("login/lastUser"), QStringLiteral("wangfang"));
        ui::LoginDialog login(tdb.db());
        setText(login, "passwordEdit", QStringLiteral("Passw0rd2026"));
        login.adjustSize();
        save(login, "login.png");
    }
    {
        ui::UserAdminDialog dialog(tdb.db(), admin);
        dialog.resize(900, 460);
        REQUIRE(dialog.selectUser(QStringLiteral("liuyang")));
        save(dialog, "users.png");
    }
    {
        ui::AuditLogView view(tdb.db(), Session{QStringLiteral("zhaomin"), Role::Supervisor});
        view.resize(1280, 800);
        view.setFilter({}, {});
        int update = -1;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            if (view.model()->entries().at(r).action == QStringLiteral("update"))
                update = r;
        REQUIRE(update >= 0);
        view.showEntry(update);
        REQUIRE(view.verifyChain().ok());
        save(view, "audit-log.png");
    }
    ui::ErrorPresenter::setSink({});
}
