// Several people on one database at once: each test opens a second connection, as a
// second clerk's program would, on the SQLite file and on a server alike.
#include "core/registry/EnterpriseService.h"
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace jd;

TEST_CASE("Two clerks edit one enterprise: the second save is refused and names who saved first", "[concurrency][registry]")
{
    test::TestDatabase t;
    const Session admin{QStringLiteral("admin"), Role::Admin};
    UserService users(t.db(), admin);
    REQUIRE(users.add(QStringLiteral("admin"), Role::Admin, QStringLiteral("Admin-Passw0rd!"), QStringLiteral("管理员")).ok());
    REQUIRE(users.add(QStringLiteral("clerk1"), Role::Clerk, QStringLiteral("Clerk-Passw0rd!"), QStringLiteral("李娜")).ok());
    REQUIRE(users.add(QStringLiteral("clerk2"), Role::Clerk, QStringLiteral("Clerk-Passw0rd!"), QStringLiteral("王强")).ok());

    std::shared_ptr<Database> other = t.openAnother();
    EnterpriseService first(t.db(), Session{QStringLiteral("clerk1"), Role::Clerk});
    EnterpriseService second(*other, Session{QStringLiteral("clerk2"), Role::Clerk});
    auto id = first.create(test::sampleEnterprise(1));
    REQUIRE(id.ok());

    // Both open the same enterprise; clerk2 saves first.
    Enterprise mine = *first.get(*id);
    Enterprise theirs = *second.get(*id);
    theirs.contact = QStringLiteral("赵敏");
    REQUIRE(second.update(theirs).ok());

    mine.contact = QStringLiteral("孙磊");
    auto stale = first.update(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::NotAllowed);
    INFO(stale.error().message.toStdString());
    CHECK(stale.error().message.contains(QStringLiteral("王强（clerk2）")));
    CHECK(stale.error().message.contains(QStringLiteral("未保存")));
    // Nothing of clerk1's change was written, on either connection.
    CHECK(first.get(*id)->contact == QStringLiteral("赵敏"));
    CHECK(second.get(*id)->contact == QStringLiteral("赵敏"));

    // Reopened, clerk1's save goes through.
    Enterprise fresh = *first.get(*id);
    fresh.contact = QStringLiteral("孙磊");
    CHECK(first.update(fresh).ok());
}

TEST_CASE("Saves racing from two connections: exactly one wins each round, none is lost silently", "[concurrency][registry]")
{
    test::TestDatabase t;
    EnterpriseService setup(t.db(), Session{QStringLiteral("clerk1"), Role::Clerk});
    auto id = setup.create(test::sampleEnterprise(2));
    REQUIRE(id.ok());
    const QString location = t.path();
    std::atomic<int> saved{0}, refused{0}, failed{0};
    auto clerk = [&](const QString& name) {
        auto db = Database::open(location);
        if (!db) {
            ++failed;
            return;
        }
        EnterpriseService s(**db, Session{name, Role::Clerk});
        for (int i = 0; i < 20; ++i) {
            auto got = s.get(*id);
            if (!got) {
                ++failed;
                continue;
            }
            Enterprise e = *got;
            e.contact = QStringLiteral("%1-%2").arg(name).arg(i);
            auto r = s.update(e);
            if (r)
                ++saved;
            else if (r.error().code == ErrorCode::NotAllowed)
                ++refused;
            else
                ++failed;
        }
    };
    std::thread a(clerk, QStringLiteral("clerk1")), b(clerk, QStringLiteral("clerk2"));
    a.join();
    b.join();
    CHECK(failed == 0);
    CHECK(saved + refused == 40);
    // Every successful save raised the row version by one: none overwrote another unseen.
    CHECK(setup.get(*id)->rowVersion == 1 + saved);
}
