#include "core/certificates/NationalExport.h"
#include "core/common/XlsxReader.h"
#include "core/demo/DemoGenerator.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"
#include "core/validation/Validators.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <xlsxwriter.h>

using namespace jd;

namespace {

// Writes a result list as Excel would: header, rows, and optionally a formula and a merged cell.
void writeXlsx(const QString& path, const QList<QStringList>& rows, bool formula, bool merged)
{
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(book);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            bool isNumber = false;
            const double n = rows[r][c].toDouble(&isNumber);
            if (isNumber && r > 0 && (c == 8 || c == 9))
                worksheet_write_number(sheet, r, c, n, nullptr); // scores as numbers
            else
                worksheet_write_string(sheet, r, c, rows[r][c].toUtf8().constData(), nullptr);
        }
    if (formula)
        worksheet_write_formula(sheet, 1, 10, "=(I2+J2)/2", nullptr);
    if (merged)
        worksheet_merge_range(sheet, 2, 6, 2, 7, "合并", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

} // namespace

TEST_CASE("XLSX result lists import like CSV; formulas and merged cells are refused", "[results][xlsx]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({4, 20, 2}).ok());
    auto plan = PlanService(t.db(), Session{}).get(1);
    REQUIRE(plan.ok());
    const PlanOccupation& occ = plan->occupations.first();
    QList<QStringList> rows{ResultService::header()};
    quint32 seed = 99;
    for (int i = 0; i < 3; ++i) {
        QString id;
        do
            id = DemoGenerator::randomResidentId(seed);
        while (id.at(16).digitValue() % 2 == 0); // men
        rows << QStringList{QStringLiteral("考生%1").arg(i + 1), QString(), id, QStringLiteral("男"), occ.code, occ.name, QString(),
                            QString::number(occ.levels.first()), QStringLiteral("81"), QStringLiteral("77.5"), QString(), QStringLiteral("是"),
                            QStringLiteral("是")};
    }
    const QString bad = t.dir() + QStringLiteral("/bad.xlsx");
    writeXlsx(bad, rows, true, true);
    ResultService results(t.db(), Session{});
    auto refused = results.importFile(1, bad, plan->end.addDays(1));
    REQUIRE_FALSE(refused.ok());
    const QString text = refused.error().fullText();
    CHECK(text.contains(QStringLiteral("K2 含公式")));
    CHECK(text.contains(QStringLiteral("G3:H3")));
    const int before = static_cast<int>(results.list()->size());

    const QString good = t.dir() + QStringLiteral("/good.xlsx");
    writeXlsx(good, rows, false, false);
    auto imported = results.importFile(1, good, plan->end.addDays(1));
    INFO(test::why(imported));
    REQUIRE(imported.ok());
    CHECK(imported->imported == 3);
    CHECK(results.list()->size() == before + 1);
    auto stored = results.rows(imported->resultId);
    CHECK(*stored->first().practical == 77.5);

    QFile junk(t.dir() + QStringLiteral("/junk.xlsx"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a zip at all");
    junk.close();
    CHECK(results.importFile(1, junk.fileName(), plan->end.addDays(1)).error().message.contains(QStringLiteral("不是有效的 XLSX")));
}

TEST_CASE("What the national export writes as XLSX reads back cell for cell", "[xlsx]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({6, 30, 2}).ok());
    const QString xlsx = t.dir() + QStringLiteral("/n.xlsx");
    const QString csvPath = t.dir() + QStringLiteral("/n.csv");
    REQUIRE(NationalExport(t.db(), Session{}).write(xlsx).ok());
    auto sheet = XlsxReader::read(xlsx);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 31);
    CHECK(sheet->rows.first() == NationalExport::header());
    CHECK(sheet->formulaCells.isEmpty());
    CHECK(XlsxReader::columnName(1) == QStringLiteral("A"));
    CHECK(XlsxReader::columnName(28) == QStringLiteral("AB"));
}
