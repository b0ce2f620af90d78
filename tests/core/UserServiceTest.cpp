#include "core/audit/AuditLog.h"
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace jd;

namespace {
const QString kPw = QStringLiteral("Tianjin2019");
}

TEST_CASE("The first user must be an administrator; then only administrators add users", "[users]")
{
    test::TestDatabase t;
    UserService anyone(t.db(), Session{});
    CHECK_FALSE(*anyone.hasUsers());
    auto clerkFirst = anyone.add(QStringLiteral("lvbs"), Role::Clerk, kPw);
    REQUIRE_FALSE(clerkFirst.ok());
    CHECK(clerkFirst.error().message.contains(QStringLiteral("管理员")));
    auto admin = anyone.add(QStringLiteral("admin"), Role::Admin, kPw, QStringLiteral("吕本顺"));
    INFO(test::why(admin));
    REQUIRE(admin.ok());
    CHECK(*anyone.hasUsers());

    UserService clerk(t.db(), Session{QStringLiteral("clerk"), Role::Clerk});
    auto refused = clerk.add(QStringLiteral("other"), Role::Clerk, kPw);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);

    UserService byAdmin(t.db(), Session{QStringLiteral("admin"), Role::Admin});
    REQUIRE(byAdmin.add(QStringLiteral("clerk1"), Role::Clerk, kPw).ok());
    auto dup = byAdmin.add(QStringLiteral("clerk1"), Role::Clerk, kPw);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().fullText().contains(QStringLiteral("已存在")));
    CHECK(byAdmin.list()->size() == 2);
    CHECK_FALSE(clerk.list().ok());
}

TEST_CASE("Passwords are Argon2id hashes and must be strong enough", "[users]")
{
    const QString hash = UserService::hashPassword(kPw);
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(UserService::verifyPassword(hash, kPw));
    CHECK_FALSE(UserService::verifyPassword(hash, QStringLiteral("tianjin2019")));
    CHECK(UserService::passwordProblem(QStringLiteral("short1")).has_value());
    CHECK(UserService::passwordProblem(QStringLiteral("onlyletters")).has_value());
    CHECK(UserService::passwordProblem(QStringLiteral("12345678")).has_value());
    CHECK_FALSE(UserService::passwordProblem(kPw).has_value());
    test::TestDatabase t;
    UserService u(t.db(), Session{});
    auto weak = u.add(QStringLiteral("admin"), Role::Admin, QStringLiteral("abc"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().fields.first().field == QStringLiteral("password"));
    auto stored = t.db().exec(QStringLiteral("SELECT count(*) FROM users"));
    stored.value().next();
    CHECK(stored.value().value(0).toInt() == 0);
}

TEST_CASE("Sign-in: success, wrong password, lock-out after five failures, unlock", "[users]")
{
    test::TestDatabase t;
    UserService setup(t.db(), Session{});
    REQUIRE(setup.add(QStringLiteral("admin"), Role::Admin, kPw).ok());
    UserService admin(t.db(), Session{QStringLiteral("admin"), Role::Admin});
    REQUIRE(admin.add(QStringLiteral("clerk1"), Role::Clerk, kPw).ok());

    UserService login(t.db(), Session{});
    auto ok = login.authenticate(QStringLiteral("clerk1"), kPw);
    REQUIRE(ok.ok());
    CHECK(ok->user == QStringLiteral("clerk1"));
    CHECK(ok->role == Role::Clerk);
    auto unknown = login.authenticate(QStringLiteral("nobody"), kPw);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotAllowed);

    for (int i = 1; i < UserService::MaxFailedAttempts; ++i) {
        auto wrong = login.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-pass-1"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message == QStringLiteral("用户名或密码不正确。"));
    }
    auto locking = login.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-pass-1"));
    REQUIRE_FALSE(locking.ok());
    CHECK(locking.error().message.contains(QStringLiteral("已锁定")));
    // Locked: even the right password is refused until the lock expires.
    auto locked = login.authenticate(QStringLiteral("clerk1"), kPw);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("锁定")));
    t.clock().advanceSecs(UserService::LockMinutes * 60 + 1);
    CHECK(login.authenticate(QStringLiteral("clerk1"), kPw).ok());

    for (int i = 0; i < UserService::MaxFailedAttempts; ++i)
        (void)login.authenticate(QStringLiteral("clerk1"), QStringLiteral("wrong-pass-1"));
    CHECK_FALSE(login.authenticate(QStringLiteral("clerk1"), kPw).ok());
    REQUIRE(admin.unlock(QStringLiteral("clerk1")).ok());
    CHECK(login.authenticate(QStringLiteral("clerk1"), kPw).ok());

    auto entries = AuditLog(t.db()).entries({});
    int locks = 0;
    for (const AuditEntry& e : *entries)
        locks += e.action == QStringLiteral("lock");
    CHECK(locks == 2);
}

TEST_CASE("Disabled accounts cannot sign in; the last administrator stays", "[users]")
{
    test::TestDatabase t;
    REQUIRE(UserService(t.db(), Session{}).add(QStringLiteral("admin"), Role::Admin, kPw).ok());
    UserService admin(t.db(), Session{QStringLiteral("admin"), Role::Admin});
    REQUIRE(admin.add(QStringLiteral("rev"), Role::Reviewer, kPw).ok());
    REQUIRE(admin.setActive(QStringLiteral("rev"), false).ok());
    auto disabled = UserService(t.db(), Session{}).authenticate(QStringLiteral("rev"), kPw);
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().message.contains(QStringLiteral("停用")));
    CHECK_FALSE(admin.setRole(QStringLiteral("admin"), Role::Clerk).ok());
    CHECK_FALSE(admin.setActive(QStringLiteral("admin"), false).ok());
    REQUIRE(admin.setRole(QStringLiteral("rev"), Role::Admin).ok());
    REQUIRE(admin.setActive(QStringLiteral("rev"), true).ok());
    CHECK(admin.setRole(QStringLiteral("admin"), Role::Supervisor).ok());
    CHECK(admin.setRole(QStringLiteral("nobody"), Role::Clerk).error().code == ErrorCode::NotFound);
}

TEST_CASE("Everyone may change their own password, only administrators others'", "[users]")
{
    test::TestDatabase t;
    REQUIRE(UserService(t.db(), Session{}).add(QStringLiteral("admin"), Role::Admin, kPw).ok());
    UserService admin(t.db(), Session{QStringLiteral("admin"), Role::Admin});
    REQUIRE(admin.add(QStringLiteral("clerk1"), Role::Clerk, kPw).ok());
    REQUIRE(admin.add(QStringLiteral("clerk2"), Role::Clerk, kPw).ok());
    UserService clerk1(t.db(), Session{QStringLiteral("clerk1"), Role::Clerk});
    REQUIRE(clerk1.setPassword(QStringLiteral("clerk1"), QStringLiteral("NewPass2020")).ok());
    CHECK(clerk1.setPassword(QStringLiteral("clerk2"), QStringLiteral("NewPass2020")).error().code == ErrorCode::NotAllowed);
    CHECK(UserService(t.db(), Session{}).authenticate(QStringLiteral("clerk1"), QStringLiteral("NewPass2020")).ok());
    CHECK_FALSE(UserService(t.db(), Session{}).authenticate(QStringLiteral("clerk1"), kPw).ok());
}
