#include "core/documents/DocumentRenderer.h"
#include "core/documents/FilingDocuments.h"
#include "tests/support/Builders.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

Filing sampleFiling()
{
    Filing f;
    f.id = 12;
    f.enterpriseName = QStringLiteral("天津市海河重型机械制造有限公司1");
    f.batchName = QStringLiteral("2019年第一批");
    f.batchDeadline = QDate(2019, 6, 30);
    f.received = QDate(2019, 6, 20);
    f.status = FilingStatus::MaterialsAccepted;
    ChecklistItem licence;
    licence.item = QStringLiteral("a2_licence");
    licence.label = QStringLiteral("企业营业执照复印件");
    licence.group = QStringLiteral("附件2");
    licence.state = ItemState::Received;
    f.checklist << licence;
    HistoryEntry ret;
    ret.action = QStringLiteral("return");
    ret.date = QDate(2019, 6, 24);
    ret.defects = {QStringLiteral("企业营业执照复印件：有缺陷（未盖章）")};
    HistoryEntry acc;
    acc.action = QStringLiteral("accept");
    acc.date = QDate(2019, 7, 1);
    f.history << ret << acc;
    return f;
}

} // namespace

TEST_CASE("Receipt and correction notice name the enterprise, dates and materials", "[documents][filing]")
{
    const Enterprise e = test::sampleEnterprise(1);
    const PrintableDocument receipt = filingReceipt(sampleFiling(), e, QDate(2019, 7, 2));
    CHECK(receipt.html.contains(QStringLiteral("受理回执")));
    CHECK(receipt.html.contains(QStringLiteral("2019年6月20日")));
    CHECK(receipt.html.contains(QStringLiteral("于2019年7月1日予以受理")));
    CHECK(receipt.html.contains(QStringLiteral("企业营业执照复印件")));
    CHECK(receipt.html.contains(QStringLiteral("天津市职业技能鉴定指导中心")));
    const PrintableDocument notice = correctionNotice(sampleFiling(), e);
    CHECK(notice.html.contains(QStringLiteral("补正通知")));
    CHECK(notice.html.contains(QStringLiteral("未盖章")));
    Filing neverReturned = sampleFiling();
    neverReturned.history.removeFirst();
    CHECK(correctionNotice(neverReturned, e).html.isEmpty());
}

TEST_CASE("The catalogue prints every entry with its OrgSerial", "[documents][catalogue]")
{
    CatalogueVersion c;
    c.version = 3;
    c.effectiveDate = QDate(2019, 9, 5);
    c.reason = QStringLiteral("新增：天津甲公司");
    c.entries << CatalogueEntry{1, 7, 9, QStringLiteral("天津甲公司"), QStringLiteral("91120000MA05X0000X"),
                                QStringLiteral("000001"), {QStringLiteral("电工 6-31-01-03（三级、四级）")}};
    const PrintableDocument doc = catalogueDocument(c);
    CHECK(doc.orientation == QPageLayout::Landscape);
    CHECK(doc.html.contains(QStringLiteral("全市开展职业技能等级认定试点企业目录")));
    CHECK(doc.html.contains(QStringLiteral("第3版")));
    CHECK(doc.html.contains(QStringLiteral("000001")));
    CHECK(doc.html.contains(QStringLiteral("电工 6-31-01-03（三级、四级）")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalogue.pdf"));
    REQUIRE(DocumentRenderer::toPdf(doc, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("NotoSansCJK"));
}
