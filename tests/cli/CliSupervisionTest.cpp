// Working days and certification plans through the CLI contract.
#include "tests/cli/CliRunner.h"

#include <QFile>
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
