#include "core/common/TableFile.h"
#include "core/registry/OccupationCatalogue.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("The shipped catalogue is loaded and every code is skill-type", "[catalogue]")
{
    test::TestDatabase t;
    OccupationCatalogue c(t.db());
    REQUIRE(c.count().ok());
    CHECK(*c.count() >= 10);
    auto all = c.search(QString(), 10000);
    REQUIRE(all.ok());
    for (const CatalogueOccupation& o : *all) {
        INFO(o.code.toStdString());
        CHECK(o.edition == QStringLiteral("2015"));
        CHECK(validation::occupationCodeFormat(o.code).ok);
    }
    CHECK(*c.nameOf(QStringLiteral("6-31-01-03")) == QStringLiteral("电工"));
    CHECK(c.nameOf(QStringLiteral("6-99-99-99"))->isEmpty());
}

TEST_CASE("Occupation check: catalogue items, name mismatch, unknown codes", "[catalogue]")
{
    test::TestDatabase t;
    OccupationCatalogue c(t.db());
    CHECK(c.check(QStringLiteral("6-31-01-03"), QStringLiteral("电工")).ok);
    CHECK(c.check(QStringLiteral("6-31-01-03"), QString()).ok);
    const auto mismatch = c.check(QStringLiteral("6-31-01-03"), QStringLiteral("焊工"));
    CHECK_FALSE(mismatch.ok);
    CHECK(mismatch.message.contains(QStringLiteral("“电工”")));
    // 家畜繁殖员 is an access-type item of the 国家职业资格目录.
    const auto excluded = c.check(QStringLiteral("5-03-01-01"), QString());
    CHECK_FALSE(excluded.ok);
    CHECK(excluded.message.contains(QStringLiteral("家畜繁殖员")));
    CHECK_FALSE(c.check(QStringLiteral("4-07-05-01"), QStringLiteral("保安员")).ok);
    // A code missing from the shipped catalogue is accepted on format alone.
    CHECK(c.check(QStringLiteral("6-20-01-01"), QStringLiteral("任意名称")).ok);
    CHECK_FALSE(c.check(QStringLiteral("8-00-00-00"), QString()).ok);
}

TEST_CASE("A fuller catalogue is imported from CSV all-or-nothing", "[catalogue]")
{
    test::TestDatabase t;
    OccupationCatalogue c(t.db());
    const int before = *c.count();
    auto bad = c.importCsv(QStringLiteral("edition,code,name\n2022,6-31-01-03,电工\n2022,631,错\n").toUtf8(), Session{});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().fields.first().row == 2);
    CHECK(*c.count() == before);
    auto good = c.importCsv(QStringLiteral("版本,职业编码,职业名称\n2022,6-31-01-03,电工\n2022,4-10-01-05,养老护理员\n").toUtf8(),
                            Session{});
    REQUIRE(good.ok());
    CHECK(*good == 2);
    CHECK(*c.count() == before + 2);
    CHECK(*c.nameOf(QStringLiteral("4-10-01-05")) == QStringLiteral("养老护理员"));
    auto found = c.search(QStringLiteral("护理"));
    REQUIRE(found.ok());
    CHECK(found->size() == 1);
}

TEST_CASE("The catalogue is imported from an Excel workbook too", "[catalogue]")
{
    test::TestDatabase t;
    OccupationCatalogue c(t.db());
    const int before = *c.count();
    const QString path = t.dir() + QStringLiteral("/catalogue.xlsx");
    REQUIRE(table::write(path, {{QStringLiteral("职业编码"), QStringLiteral("职业名称"), QStringLiteral("版本")},
                                {QStringLiteral("4-10-01-05"), QStringLiteral("养老护理员"), QStringLiteral("2022")},
                                {QStringLiteral("6-31-01-03"), QStringLiteral("电工"), QStringLiteral("2022")}})
                .ok());
    auto imported = c.importFile(path, Session{});
    INFO(test::why(imported));
    REQUIRE(imported.ok());
    CHECK(*imported == 2);
    CHECK(*c.count() == before + 2);
    CHECK(*c.nameOf(QStringLiteral("4-10-01-05")) == QStringLiteral("养老护理员"));
    CHECK_FALSE(c.importFile(t.dir() + QStringLiteral("/missing.xlsx"), Session{}).ok());
}
