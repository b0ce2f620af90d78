// Each permission rule, checked where it is enforced: in the core services.
#include "core/audit/AuditLog.h"
#include "core/db/Maintenance.h"
#include "core/registry/EnterpriseJson.h"
#include "core/registry/EnterpriseService.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

Session as(Role r) { return Session{roleKey(r), r}; }

bool refused(const Error& e) { return e.code == ErrorCode::NotAllowed; }

QByteArray oneEnterpriseJson(int variant)
{
    return QJsonDocument(QJsonArray{enterprise_json::toJson(test::sampleEnterprise(variant))}).toJson();
}

} // namespace

TEST_CASE("Permission table by role", "[permissions]")
{
    const Session clerk = as(Role::Clerk), reviewer = as(Role::Reviewer), supervisor = as(Role::Supervisor),
                  admin = as(Role::Admin);
    CHECK(clerk.can(Permission::EditRegistry));
    CHECK(clerk.can(Permission::ImportRegistry));
    CHECK_FALSE(clerk.can(Permission::DeleteEnterprise));
    CHECK_FALSE(clerk.can(Permission::ViewAudit));
    CHECK_FALSE(reviewer.can(Permission::EditRegistry));
    CHECK_FALSE(reviewer.can(Permission::ViewFullIdNumbers));
    CHECK(reviewer.can(Permission::ViewRegistry));
    CHECK(supervisor.can(Permission::DeleteEnterprise));
    CHECK(supervisor.can(Permission::Backup));
    CHECK_FALSE(supervisor.can(Permission::Restore));
    CHECK_FALSE(supervisor.can(Permission::ManageUsers));
    CHECK(admin.can(Permission::Restore));
    CHECK(admin.can(Permission::EditReferenceData));
    const auto why = reviewer.refuse(Permission::EditRegistry);
    REQUIRE(why.has_value());
    CHECK(why->message.contains(QStringLiteral("评审专家")));
    CHECK(why->message.contains(QStringLiteral("录入或修改企业信息")));
}

TEST_CASE("A clerk enters and imports but cannot delete; nothing changes when refused", "[permissions]")
{
    test::TestDatabase t;
    EnterpriseService clerk(t.db(), as(Role::Clerk));
    auto id = clerk.create(test::sampleEnterprise(1));
    REQUIRE(id.ok());
    REQUIRE(clerk.importJson(oneEnterpriseJson(2)).ok());
    auto del = clerk.remove(*id);
    REQUIRE_FALSE(del.ok());
    CHECK(refused(del.error()));
    CHECK(clerk.list()->size() == 2);
    EnterpriseService supervisor(t.db(), as(Role::Supervisor));
    CHECK(supervisor.remove(*id).ok());
}

TEST_CASE("A reviewer reads with masked ID numbers and cannot write", "[permissions]")
{
    test::TestDatabase t;
    auto id = EnterpriseService(t.db(), as(Role::Clerk)).create(test::sampleEnterprise(1));
    REQUIRE(id.ok());
    EnterpriseService reviewer(t.db(), as(Role::Reviewer));
    auto e = reviewer.get(*id);
    REQUIRE(e.ok());
    const QString full = test::sampleEnterprise(1).assessors[0].idNumber;
    CHECK(e->assessors[0].idNumber != full);
    CHECK(e->assessors[0].idNumber.startsWith(full.left(4)));
    CHECK(e->assessors[0].idNumber.contains(QStringLiteral("**********")));
    CHECK(e->supervisors[0].idNumber == QStringLiteral("*******78"));
    Enterprise changed = *e;
    changed.contact = QStringLiteral("改名");
    CHECK(refused(reviewer.update(changed).error()));
    CHECK(refused(reviewer.create(test::sampleEnterprise(2)).error()));
    CHECK(refused(reviewer.importJson(oneEnterpriseJson(3)).error()));
    CHECK(EnterpriseService(t.db(), as(Role::Clerk)).get(*id)->assessors[0].idNumber == full);
    CHECK(EnterpriseService(t.db(), as(Role::Clerk)).get(*id)->contact == test::sampleEnterprise(1).contact);
}

TEST_CASE("Reference data, audit, backup and restore are limited by role", "[permissions][sqlite]")
{
    test::TestDatabase t;
    const QByteArray csv = QStringLiteral("edition,code,name\n2022,6-31-01-03,电工\n").toUtf8();
    CHECK(refused(OccupationCatalogue(t.db()).importCsv(csv, as(Role::Supervisor)).error()));
    CHECK(OccupationCatalogue(t.db()).importCsv(csv, as(Role::Admin)).ok());
    CHECK(refused(AuditLog(t.db()).entries({}, as(Role::Clerk)).error()));
    CHECK(AuditLog(t.db()).entries({}, as(Role::Supervisor)).ok());
    const QString file = t.dir() + QStringLiteral("/b.sqlite");
    CHECK(refused(Maintenance::backup(t.db(), as(Role::Clerk), file).error()));
    REQUIRE(Maintenance::backup(t.db(), as(Role::Supervisor), file).ok());
    CHECK(refused(Maintenance::restore(t.db(), as(Role::Supervisor), file).error()));
    CHECK(Maintenance::restore(t.db(), as(Role::Admin), file).ok());
    CHECK(refused(UserService(t.db(), as(Role::Supervisor)).list().error()));
}
