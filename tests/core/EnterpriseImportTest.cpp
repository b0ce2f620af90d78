#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/registry/EnterpriseJson.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

QByteArray csvOf(const QList<QStringList>& rows)
{
    QString out = csv::line(EnterpriseService::csvHeader());
    for (const QStringList& r : rows)
        out += csv::line(r);
    return out.toUtf8();
}

// One template row: main fields (15), occupation (5), equipment (5), person (8).
QStringList rowFor(const QString& uscc, const QString& name, const QStringList& occ = {}, const QStringList& eq = {},
                   const QStringList& person = {})
{
    QStringList r{uscc, name, QStringLiteral("天津市西青区津静公路1号"), QStringLiteral("天津市西青区市场监督管理局"),
                  QStringLiteral("天津注册企业"), QString(), QStringLiteral("马振华"), QStringLiteral("部长"),
                  QStringLiteral("022-27391234"), QStringLiteral("13602001234"), QString(), QString(), QString(), QString(),
                  QString()};
    if (name.isEmpty())
        for (int i = 2; i < 15; ++i)
            r[i].clear();
    auto pad = [](QStringList l, int n) {
        while (l.size() < n)
            l << QString();
        return l;
    };
    return r + pad(occ, 5) + pad(eq, 5) + pad(person, 8);
}

} // namespace

TEST_CASE("A registry CSV with several lines per enterprise imports every part", "[import]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    const QString a = test::validUscc(11);
    const QString b = test::validUscc(12);
    const QByteArray file = csvOf({
        rowFor(a, QStringLiteral("天津津门焊接技术有限公司"),
               {QStringLiteral("6-18-02-04"), QStringLiteral("焊工"), QString(), QStringLiteral("焊工国家职业技能标准"),
                QStringLiteral("3,4,5")},
               {QStringLiteral("逆变直流焊机"), QStringLiteral("津门"), QStringLiteral("ZX7-400"), QStringLiteral("10"),
                QStringLiteral("企业自有")},
               {QStringLiteral("考评人员"), QStringLiteral("高春生"), QStringLiteral("居民身份证"), test::validId(5),
                QStringLiteral("天津津门焊接技术有限公司"), QStringLiteral("高级技师"), QStringLiteral("大专"),
                QStringLiteral("焊工")}),
        rowFor(a, QString(), {},
               {QStringLiteral("焊接烟尘净化器"), QString(), QString(), QStringLiteral("4"), QStringLiteral("企业自有")},
               {QStringLiteral("质量督导人员"), QStringLiteral("罗玉兰"), QString(), test::validId(6), QString(),
                QStringLiteral("高级工程师"), QStringLiteral("本科"), QStringLiteral("焊工")}),
        QStringList(),
        rowFor(b, QStringLiteral("天津渤海保育服务有限公司"),
               {QStringLiteral("4-10-01-03"), QStringLiteral("保育员"), QString(), QString(), QStringLiteral("四级、五级")}),
    });
    auto r = s.importCsv(file);
    REQUIRE(r.ok());
    CHECK(r->imported == 2);
    CHECK(r->encoding == QStringLiteral("UTF-8"));
    auto first = s.get(r->ids.at(0));
    REQUIRE(first.ok());
    CHECK(first->occupations.size() == 1);
    CHECK(first->occupations[0].levels == QList<int>{3, 4, 5});
    CHECK(first->equipment.size() == 2);
    CHECK(first->assessors.size() == 1);
    CHECK(first->supervisors.size() == 1);
    CHECK(s.get(r->ids.at(1))->occupations[0].levels == QList<int>{4, 5});
}

TEST_CASE("A registry CSV with bad rows writes nothing and reports each row and column", "[import]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    const QByteArray file = csvOf({
        rowFor(test::validUscc(21), QStringLiteral("天津甲有限公司"),
               {QStringLiteral("6-31-01-03"), QStringLiteral("电工"), QString(), QString(), QStringLiteral("3")}),
        rowFor(QStringLiteral("91350100M000100Y44"), QStringLiteral("天津乙有限公司")),
        rowFor(test::validUscc(22), QStringLiteral("天津丙有限公司"),
               {QStringLiteral("4-07-05-01"), QStringLiteral("保安员"), QString(), QString(), QStringLiteral("七级")}),
        rowFor(test::validUscc(23), QStringLiteral("=HYPERLINK(\"x\")")),
    });
    auto r = s.importCsv(file);
    REQUIRE_FALSE(r.ok());
    const QList<FieldError>& errors = r.error().fields;
    auto at = [&](int row, const QString& field) {
        for (const FieldError& f : errors)
            if (f.row == row && f.field == field)
                return true;
        return false;
    };
    CHECK(at(2, QStringLiteral("uscc")));
    CHECK(at(3, QStringLiteral("occ_levels")));
    CHECK(at(3, QStringLiteral("occupations[1].code")));
    CHECK(r.error().fullText().contains(QStringLiteral("准入类")));
    bool formula = false;
    for (const FieldError& f : errors)
        formula = formula || (f.row == 4 && f.message.contains(QStringLiteral("公式")));
    CHECK(formula);
    CHECK(s.list()->isEmpty());
}

TEST_CASE("Unknown or missing header columns are refused", "[import]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    auto r = s.importCsv(QStringLiteral("企业名称,电话号码\n天津甲,123\n").toUtf8());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().fullText().contains(QStringLiteral("电话号码")));
    CHECK(r.error().fullText().contains(QStringLiteral("统一社会信用代码")));
}

TEST_CASE("A GBK registry CSV from Excel is detected and imported", "[import]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    const QString text = QString::fromUtf8(csvOf({rowFor(test::validUscc(31), QStringLiteral("天津宏达模具有限公司"),
                                                         {QStringLiteral("6-18-04-01"), QStringLiteral("模具工"),
                                                          QString(), QString(), QStringLiteral("4")})}));
    QStringEncoder gbk("GB18030");
    auto r = s.importCsv(gbk.encode(text));
    REQUIRE(r.ok());
    CHECK(r->encoding == QStringLiteral("GB18030"));
    CHECK(s.get(r->ids.first())->name == QStringLiteral("天津宏达模具有限公司"));
}

TEST_CASE("What `enterprise show` prints, `enterprise import` accepts", "[import][json]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    auto id = s.create(test::sampleEnterprise(1));
    REQUIRE(id.ok());
    const Enterprise original = *s.get(*id);
    QJsonObject shown = enterprise_json::toJson(original);
    REQUIRE(s.remove(*id).ok()); // frees the USCC; import always creates
    auto r = s.importJson(QJsonDocument(shown).toJson());
    REQUIRE(r.ok());
    REQUIRE(r->imported == 1);
    CHECK(r->ids.first() != *id); // the id in the file is ignored
    Enterprise copy = *s.get(r->ids.first());
    CHECK(copy.name == original.name);
    CHECK(copy.occupations == original.occupations);
    CHECK(copy.equipment == original.equipment);
    CHECK(copy.staff == original.staff);
    CHECK(copy.experts == original.experts);
    CHECK(copy.assessors == original.assessors);
    CHECK(copy.supervisors == original.supervisors);
}

TEST_CASE("A JSON array with one bad item writes nothing", "[import][json]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    QJsonObject good = enterprise_json::toJson(test::sampleEnterprise(1));
    QJsonObject bad = enterprise_json::toJson(test::sampleEnterprise(2));
    bad.insert(QStringLiteral("kind"), QStringLiteral("shanghai"));
    bad.insert(QStringLiteral("email"), QStringLiteral("x@"));
    auto r = s.importJson(QJsonDocument(QJsonArray{good, bad}).toJson());
    REQUIRE_FALSE(r.ok());
    bool kindRow2 = false;
    for (const FieldError& f : r.error().fields)
        kindRow2 = kindRow2 || (f.row == 2 && f.field == QStringLiteral("kind"));
    CHECK(kindRow2);
    CHECK(s.list()->isEmpty());
    auto twice = s.importJson(QJsonDocument(QJsonArray{good, good}).toJson());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().fullText().contains(QStringLiteral("与第 1 行重复")));
    CHECK_FALSE(s.importJson("{ not json").ok());
}

TEST_CASE("A registry XLSX imports like the CSV; the template is written in either format", "[import][xlsx]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    QTemporaryDir dir;
    const QString a = test::validUscc(21);
    QList<QStringList> rows{EnterpriseService::csvHeader(),
                            rowFor(a, QStringLiteral("天津海河电气安装有限公司"),
                                   {QStringLiteral("6-31-01-03"), QStringLiteral("电工"), QString(), QString(), QStringLiteral("3,4")},
                                   {QStringLiteral("电工实训考核装置"), QStringLiteral("津门"), QStringLiteral("THPDG-1"),
                                    QStringLiteral("6"), QStringLiteral("企业自有")}),
                            rowFor(a, QString(), {QStringLiteral("6-18-02-04"), QStringLiteral("焊工"), QString(), QString(), QStringLiteral("4")})};
    const QString path = dir.filePath(QStringLiteral("registry.xlsx"));
    REQUIRE(table::write(path, rows).ok());
    auto r = s.importFile(path);
    INFO(test::why(r));
    REQUIRE(r.ok());
    CHECK(r->imported == 1);
    auto e = s.get(r->ids.at(0));
    REQUIRE(e.ok());
    CHECK(e->occupations.size() == 2);
    CHECK(e->equipment.size() == 1);
    // A bad row in the workbook: nothing imported, the row named.
    rows << rowFor(QStringLiteral("91120000ABCDEFGH1X"), QStringLiteral("天津错误代码有限公司"));
    REQUIRE(table::write(dir.filePath(QStringLiteral("bad.xlsx")), rows).ok());
    auto bad = s.importFile(dir.filePath(QStringLiteral("bad.xlsx")));
    REQUIRE_FALSE(bad.ok());
    bool named = false;
    for (const FieldError& f : bad.error().fields)
        named = named || f.row == 3;
    CHECK(named);
    // The template, as a workbook, reads back with the same header.
    REQUIRE(table::write(dir.filePath(QStringLiteral("t.xlsx")), {EnterpriseService::csvHeader()}).ok());
    auto back = table::read(dir.filePath(QStringLiteral("t.xlsx")));
    REQUIRE(back.ok());
    CHECK(back->rows.first() == EnterpriseService::csvHeader());
}
