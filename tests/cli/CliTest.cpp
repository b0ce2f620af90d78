// The CLI contract of CLI.md, run as scripts run it: a separate process, exit codes,
// JSON on stdout, messages on stderr.
#include "core/registry/EnterpriseJson.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Builders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using Run = jd::test::CliRun;

namespace {
Run cli(const QStringList& args, const QByteArray& stdinData = {}, const QString& lang = QStringLiteral("zh_CN.UTF-8"))
{
    return jd::test::cli(args, stdinData, lang);
}
} // namespace

TEST_CASE("cli: validate exit codes and normalised output", "[cli]")
{
    CHECK(cli({QStringLiteral("validate"), QStringLiteral("uscc"), QStringLiteral("91350100M000100Y43")}).code == 0);
    Run bad = cli({QStringLiteral("validate"), QStringLiteral("uscc"), QStringLiteral("91350100M000100Y44")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("校验位")));
    Run id = cli({QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("110105491231002")});
    CHECK(id.code == 0);
    CHECK(id.out.trimmed() == "11010519491231002X");
    CHECK(cli({QStringLiteral("validate"), QStringLiteral("id"), QStringLiteral("110105194912310021")}).code == 1);
    CHECK(cli({QStringLiteral("validate"), QStringLiteral("nothing"), QStringLiteral("x")}).code == 2);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    Run version = cli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith("jianding-cli "));
}

TEST_CASE("cli: validate occupation against the catalogue", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("validate"), QStringLiteral("occupation"),
               QStringLiteral("6-31-01-03")})
              .code == 0);
    Run group2 = cli({QStringLiteral("validate"), QStringLiteral("occupation"), QStringLiteral("2-02-07-04"),
                      QStringLiteral("--db"), db});
    CHECK(group2.code == 1);
    CHECK(group2.err.contains(QStringLiteral("第 2 大类")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("validate"), QStringLiteral("occupation"),
               QStringLiteral("5-03-01-01")})
              .code == 1);
}

TEST_CASE("cli: enterprise import, list, show and delete with JSON", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("e.sqlite"));
    const QString file = dir.filePath(QStringLiteral("in.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonArray{jd::enterprise_json::toJson(jd::test::sampleEnterprise(1)),
                                     jd::enterprise_json::toJson(jd::test::sampleEnterprise(2))})
                .toJson());
    f.close();
    Run imp = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("enterprise"),
                   QStringLiteral("import"), file});
    REQUIRE(imp.code == 0);
    CHECK(imp.json().object().value(QStringLiteral("imported")).toInt() == 2);
    CHECK(imp.json().object().value(QStringLiteral("errors")).toArray().isEmpty());

    // Global options after the command work too.
    Run list = cli({QStringLiteral("enterprise"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    REQUIRE(list.code == 0);
    const QJsonArray rows = list.json().array();
    REQUIRE(rows.size() == 2);
    const int id = rows.at(0).toObject().value(QStringLiteral("id")).toInt();

    Run show = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("show"),
                    QString::number(id)});
    REQUIRE(show.code == 0);
    const QJsonObject o = show.json().object();
    for (const char* key : {"id", "name", "uscc", "kind", "occupations", "equipment", "staff", "experts", "assessors",
                            "supervisors", "documents"}) {
        INFO(key);
        CHECK(o.contains(QLatin1String(key)));
    }
    const QJsonObject occ = o.value(QStringLiteral("occupations")).toArray().at(0).toObject();
    CHECK(occ.value(QStringLiteral("code")).toString() == QStringLiteral("6-31-01-03"));
    CHECK(occ.value(QStringLiteral("levels")).toArray() == QJsonArray{2, 3, 4});

    // Importing the same file again is refused: USCCs already exist. Nothing is written.
    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("enterprise"),
                     QStringLiteral("import"), file});
    CHECK(again.code == 1);
    const QJsonArray errors = again.json().object().value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).toObject().value(QStringLiteral("row")).toInt() == 1);
    CHECK(errors.at(0).toObject().value(QStringLiteral("column")).toString() == QStringLiteral("统一社会信用代码"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("list")})
              .json()
              .array()
              .size() == 2);

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("enterprise"), QStringLiteral("show"), QStringLiteral("999")}).code == 3);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("enterprise"), QStringLiteral("delete"), QString::number(id)}).code == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("enterprise"), QStringLiteral("delete"), QString::number(id)}).code == 3);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
}

TEST_CASE("cli: a damaged database file exits 5 with a message", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bad.sqlite"));
    QFile f(db);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'j'));
    f.close();
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("enterprise"), QStringLiteral("list")});
    CHECK(r.code == 5);
    CHECK(r.err.contains(QStringLiteral("不是 Jianding 数据库")));
}

TEST_CASE("cli: demo generate is reproducible and print form writes a PDF", "[cli]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    for (const QString& db : {a, b})
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("generate"),
                     QStringLiteral("--enterprises"), QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("9")})
                    .code == 0);
    Run la = cli({QStringLiteral("--db"), a, QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("list")});
    Run lb = cli({QStringLiteral("--db"), b, QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("list")});
    REQUIRE(la.json().array().size() == 6);
    for (int i = 0; i < 6; ++i)
        CHECK(la.json().array().at(i).toObject().value(QStringLiteral("uscc")) ==
              lb.json().array().at(i).toObject().value(QStringLiteral("uscc")));
    const QString pdf = dir.filePath(QStringLiteral("form.pdf"));
    Run p = cli({QStringLiteral("--db"), a, QStringLiteral("print"), QStringLiteral("form"), QStringLiteral("1"),
                 QStringLiteral("--pdf"), pdf});
    CHECK(p.code == 0);
    CHECK(QFile(pdf).size() > 10000);
    CHECK(cli({QStringLiteral("--db"), a, QStringLiteral("print"), QStringLiteral("form"), QStringLiteral("77"),
               QStringLiteral("--pdf"), pdf})
              .code == 3);
    CHECK(cli({QStringLiteral("--db"), a, QStringLiteral("print"), QStringLiteral("form"), QStringLiteral("1")}).code == 2);
}

TEST_CASE("cli: English messages with LANG=en", "[cli]")
{
    Run r = cli({QStringLiteral("frobnicate")}, {}, QStringLiteral("en_US.UTF-8"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("unknown command group")));

    // The core's messages follow LANG too: why a code fails its check, why a record is missing.
    static const QRegularExpression cjk(QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]"));
    Run uscc = cli({QStringLiteral("validate"), QStringLiteral("uscc"), QStringLiteral("91350100M000100Y44")}, {},
                   QStringLiteral("en_US.UTF-8"));
    CHECK(uscc.code == 1);
    CHECK(uscc.err.contains(QStringLiteral("check"), Qt::CaseInsensitive));
    CHECK_FALSE(cjk.match(uscc.err).hasMatch());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("en.sqlite"));
    Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("enterprise"), QStringLiteral("show"),
                       QStringLiteral("999")},
                      {}, QStringLiteral("en_US.UTF-8"));
    CHECK(missing.code == 3);
    INFO(missing.err.toStdString());
    CHECK(missing.err.contains(QStringLiteral("999")));
    CHECK_FALSE(cjk.match(missing.err).hasMatch());
    // The same failure in Chinese by default.
    Run zh = cli({QStringLiteral("--db"), db, QStringLiteral("enterprise"), QStringLiteral("show"), QStringLiteral("999")});
    CHECK(zh.code == 3);
    CHECK(cjk.match(zh.err).hasMatch());
}
