#include "core/demo/DemoGenerator.h"
#include "core/registry/EnterpriseJson.h"
#include "core/registry/EnterpriseService.h"
#include "core/validation/Validators.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

QByteArray dump(test::TestDatabase& t)
{
    EnterpriseService s(t.db(), Session{});
    QByteArray out;
    const auto list = s.list();
    REQUIRE(list.ok());
    for (const EnterpriseSummary& sum : *list) {
        QJsonObject o = enterprise_json::toJson(*s.get(sum.id));
        o.remove(QStringLiteral("created_at"));
        o.remove(QStringLiteral("updated_at"));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return out;
}

} // namespace

TEST_CASE("Demo data is valid and the same seed gives the same data", "[demo]")
{
    test::TestDatabase a;
    test::TestDatabase b;
    auto ra = DemoGenerator(a.db(), Session{}).generate({25, 0, 42});
    auto rb = DemoGenerator(b.db(), Session{}).generate({25, 0, 42});
    REQUIRE(ra.ok());
    REQUIRE(rb.ok());
    CHECK(ra->enterprises == 25);
    CHECK(ra->people > 25 * 8 - 1);
    CHECK(dump(a) == dump(b));

    test::TestDatabase c;
    REQUIRE(DemoGenerator(c.db(), Session{}).generate({25, 0, 43}).ok());
    CHECK(dump(c) != dump(a));
}

TEST_CASE("Generated identifiers pass their own validators", "[demo]")
{
    quint32 state = 7;
    for (int i = 0; i < 500; ++i) {
        CHECK(validation::uscc(DemoGenerator::randomUscc(state)).ok);
        CHECK(validation::residentId(DemoGenerator::randomResidentId(state), QDate(2026, 1, 1)).ok);
    }
}
