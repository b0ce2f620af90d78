// Working days and certification plans through the CLI contract.
#include "core/common/TableFile.h"
#include "tests/cli/CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using jd::test::cli;

TEST_CASE("cli: workdays add and count", "[cli][calendar]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.sqlite"));
    auto back = cli({QStringLiteral("--db"), db, QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2019-10-08"),
                     QStringLiteral("-10")});
    REQUIRE(back.code == 0);
    CHECK(back.out.trimmed() == "2019-09-18");
    auto json = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("workdays"), QStringLiteral("count"),
                     QStringLiteral("2019-09-30"), QStringLiteral("2019-10-14")});
    CHECK(json.out.trimmed() == "6");
    auto uncovered = cli({QStringLiteral("--db"), db, QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2031-03-02"),
                          QStringLiteral("1")});
    CHECK(uncovered.code == 0);
    CHECK(uncovered.err.contains(QStringLiteral("2031")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2019-02-30"),
               QStringLiteral("1")})
              .code == 2);
}

TEST_CASE("cli: plan create, list and show", "[cli][plan]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--enterprises"),
                 QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("8")})
                .code == 0);
    // Demo enterprise 1 ends published (the first demo stage): find what it is filed for.
    auto shown = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("show"),
                      QStringLiteral("1")});
    const QJsonObject e = shown.json().object();
    const QJsonObject occ = e.value(QStringLiteral("occupations")).toArray().first().toObject();
    const QString assessor = e.value(QStringLiteral("assessors")).toArray().first().toObject().value(QStringLiteral("name")).toString();
    QJsonObject plan{{QStringLiteral("enterprise_id"), 1},
                     {QStringLiteral("submitted"), QStringLiteral("2019-09-18")},
                     {QStringLiteral("start"), QStringLiteral("2019-10-08")},
                     {QStringLiteral("end"), QStringLiteral("2019-10-09")},
                     {QStringLiteral("candidates"), 30},
                     {QStringLiteral("occupations"),
                      QJsonArray{QJsonObject{{QStringLiteral("code"), occ.value(QStringLiteral("code"))},
                                             {QStringLiteral("levels"), QJsonArray{occ.value(QStringLiteral("levels")).toArray().first()}}}}},
                     {QStringLiteral("assessors"), QJsonArray{assessor}}};
    const QString file = dir.filePath(QStringLiteral("plan.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(plan).toJson());
    f.close();
    auto created = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("create"), file});
    INFO(created.err.toStdString());
    REQUIRE(created.code == 0);
    const QJsonObject p = created.json().object();
    for (const char* key : {"id", "enterprise_id", "submitted", "start", "end", "late", "occupations"})
        CHECK(p.contains(QLatin1String(key)));
    CHECK_FALSE(p.value(QStringLiteral("late")).toBool());
    CHECK(p.value(QStringLiteral("occupations")).toArray().first().toObject().contains(QStringLiteral("name")));
    auto list = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("list"),
                     QStringLiteral("--enterprise"), QStringLiteral("1")});
    CHECK(list.json().array().size() == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("1")}).code == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("9")}).code == 3);
    // A level the enterprise is not filed for: exit 1, nothing written.
    plan.insert(QStringLiteral("occupations"),
                QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2-02-01-01")}, {QStringLiteral("levels"), QJsonArray{3}}}});
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(plan).toJson());
    f.close();
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("plan"), QStringLiteral("create"), file}).code == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("list")}).json().array().size() == 1);
}

TEST_CASE("cli: results import with an error report, confirm, and cert find", "[cli][results]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    auto demo = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("generate"),
                     QStringLiteral("--enterprises"), QStringLiteral("4"), QStringLiteral("--certificates"), QStringLiteral("50"),
                     QStringLiteral("--seed"), QStringLiteral("2")});
    REQUIRE(demo.code == 0);
    CHECK(demo.json().object().value(QStringLiteral("certificates")).toInt() == 50);
    auto plan = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("1")});
    REQUIRE(plan.code == 0);
    const QJsonObject occ = plan.json().object().value(QStringLiteral("occupations")).toArray().first().toObject();
    const QString end = plan.json().object().value(QStringLiteral("end")).toString();

    // A list with one bad row: exit 1, the contract's JSON, the report file, nothing written.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("姓名,证件类型,证件号码,性别,职业编码,职业名称,工种/职业方向,等级,理论知识成绩,操作技能成绩,综合评审成绩,是否合格,天津参保\n"
                           "高婷,,11010519491231002X,女,%1,%2,,%3,80,80,,是,是\n"
                           "罗玉兰,,110105194912310021,女,%1,%2,,%3,80,80,,是,是\n")
                .arg(occ.value(QStringLiteral("code")).toString(), occ.value(QStringLiteral("name")).toString())
                .arg(occ.value(QStringLiteral("levels")).toArray().first().toInt())
                .toUtf8());
    f.close();
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    auto refused = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("results"), QStringLiteral("import"),
                        QStringLiteral("1"), bad, QStringLiteral("--received"), end, QStringLiteral("--report"), report});
    CHECK(refused.code == 1);
    const QJsonObject o = refused.json().object();
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 1);
    const QJsonObject first = o.value(QStringLiteral("errors")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("row")).toInt() == 2);
    CHECK(first.value(QStringLiteral("column")).toString() == QStringLiteral("证件号码"));
    QFile r(report);
    REQUIRE(r.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(r.readAll()).contains(QStringLiteral("110105194912310021")));
    // The same report as a workbook: a header and the one problem, naming the file.
    const QString workbook = dir.filePath(QStringLiteral("report.xlsx"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("results"), QStringLiteral("import"), QStringLiteral("1"), bad,
               QStringLiteral("--received"), end, QStringLiteral("--report"), workbook})
              .code == 1);
    auto sheet = jd::table::read(workbook);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 2);
    CHECK(sheet->rows.at(1).value(0) == QFileInfo(bad).fileName());
    CHECK(sheet->rows.at(1).value(1) == QStringLiteral("2"));
    CHECK(sheet->rows.at(1).value(2) == QStringLiteral("证件号码"));

    // The good row alone imports and confirms into a new block after the demo's.
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("姓名,证件类型,证件号码,性别,职业编码,职业名称,工种/职业方向,等级,理论知识成绩,操作技能成绩,综合评审成绩,是否合格,天津参保\n"
                           "高婷,居民身份证,11010519491231002X,女,%1,%2,,%3,80,80,,是,是\n")
                .arg(occ.value(QStringLiteral("code")).toString(), occ.value(QStringLiteral("name")).toString())
                .arg(occ.value(QStringLiteral("levels")).toArray().first().toInt())
                .toUtf8());
    f.close();
    auto imported = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("results"), QStringLiteral("import"),
                         QStringLiteral("1"), bad, QStringLiteral("--received"), end});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const QString id = QString::number(imported.json().object().value(QStringLiteral("result_id")).toInt());
    auto confirmed = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("results"), QStringLiteral("confirm"), id});
    REQUIRE(confirmed.code == 0);
    const QJsonArray blocks = confirmed.json().object().value(QStringLiteral("blocks")).toArray();
    REQUIRE(blocks.size() == 1);
    CHECK(blocks.first().toObject().value(QStringLiteral("first")).toInt() == blocks.first().toObject().value(QStringLiteral("last")).toInt());
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("results"), QStringLiteral("confirm"), id}).code == 4);

    auto found = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("find"),
                      QStringLiteral("--id-number"), QStringLiteral("11010519491231002x")});
    REQUIRE(found.code == 0);
    const QJsonObject c = found.json().array().first().toObject();
    for (const char* key : {"number", "name", "id_type", "id_number", "occupation_code", "occupation_name", "trade", "level",
                            "issue_date", "enterprise_id", "status"})
        CHECK(c.contains(QLatin1String(key)));
    CHECK(c.value(QStringLiteral("name")).toString() == QStringLiteral("高婷"));
    const QString number = c.value(QStringLiteral("number")).toString();
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("find"), QStringLiteral("--number"), number})
              .json()
              .array()
              .size() == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("find"), QStringLiteral("--name"),
               QStringLiteral("不存在")})
              .out.trimmed() == "[\n]");
    const QString list = dir.filePath(QStringLiteral("list.txt"));
    QFile l(list);
    REQUIRE(l.open(QIODevice::WriteOnly));
    l.write((number + QStringLiteral("\n\n11010519491231002X\n")).toUtf8());
    l.close();
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cert"), QStringLiteral("find"), QStringLiteral("--file"), list})
              .json()
              .array()
              .size() == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("cert"), QStringLiteral("revoke"), number, QStringLiteral("--reason"),
               QStringLiteral("材料造假")})
              .code == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("cert"), QStringLiteral("revoke"), number, QStringLiteral("--reason"), QStringLiteral("x")})
              .code == 4);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
}
