#include "core/demo/DemoGenerator.h"
#include "core/documents/DocumentRenderer.h"
#include "core/documents/LedgerDocument.h"
#include "core/supervision/Statistics.h"
#include "tests/support/TestDatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("The ledger prints every section with the enterprise's data", "[documents][ledger]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({12, 300, 4}).ok());
    Statistics stats(t.db(), Session{});
    auto l = stats.ledger(stats.compute({})->first().enterpriseId);
    REQUIRE(l.ok());
    const PrintableDocument doc = ledgerDocument(*l, QDate(2026, 11, 2));
    for (const char* s : {"职业技能等级认定工作台账", "一、认定实施计划", "二、抽查监督", "三、认定结果备案", "四、证书核发", "五、逾期事项"})
        CHECK(doc.html.contains(QString::fromUtf8(s)));
    CHECK(doc.html.contains(l->orgSerial));
    CHECK(doc.html.contains(l->plans.first().start.toString(Qt::ISODate)));
    const QString path = t.dir() + QStringLiteral("/ledger.pdf");
    REQUIRE(DocumentRenderer::toPdf(doc, path).ok());
    CHECK(QFile(path).size() > 10000);
}
