// The expert review through the CLI contract (CLI.md): expert list, panel draw, review
// template show, review scores import, review result, offline packages, score sheets.
#include "tests/cli/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using jd::test::cli;

namespace {
QStringList on(const QString& db, QStringList args)
{
    return QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + args;
}
QStringList split(const char* s) { return QString::fromUtf8(s).split(QLatin1Char(' ')); }
QString write(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return dir.filePath(name);
}
// The id of the demo's first filing in `status`.
QString filingIn(const QString& db, const char* status)
{
    auto list = cli(on(db, {QStringLiteral("filing"), QStringLiteral("list"), QStringLiteral("--status"), QLatin1String(status)}));
    REQUIRE(list.code == 0);
    REQUIRE_FALSE(list.json().array().isEmpty());
    return QString::number(list.json().array().first().toObject().value(QStringLiteral("id")).toInteger());
}
} // namespace

TEST_CASE("cli: expert pool, panel draw, score import and the review result", "[cli][review]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    REQUIRE(cli(on(db, split("demo generate --enterprises 12 --seed 5"))).code == 0);

    auto experts = cli(on(db, split("expert list")));
    REQUIRE(experts.code == 0);
    REQUIRE(experts.json().array().size() >= 16);
    for (const char* key : {"id", "name", "employer", "specialties"})
        CHECK(experts.json().array().first().toObject().contains(QLatin1String(key)));

    // A pool file with one bad row: nothing imported, the row and column named.
    const QString pool = write(dir, QStringLiteral("pool.csv"),
                               QStringLiteral("姓名,证件类型,证件号码,工作单位,职称或技能等级,地区,联系电话,专业领域,备注\n"
                                              "钱学明,居民身份证,11010519491231002X,天津大学,教授,南开区,,6-31,\n"
                                              "孙一,居民身份证,110105194912310021,天津大学,教授,南开区,,6-31,\n"));
    auto bad = cli(on(db, {QStringLiteral("expert"), QStringLiteral("import"), pool}));
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("第 3 行")));
    CHECK(cli(on(db, split("expert list"))).json().array().size() == experts.json().array().size());

    // The template the scores name.
    auto tmpl = cli(on(db, split("review template show")));
    REQUIRE(tmpl.code == 0);
    const QJsonObject t = tmpl.json().object();
    CHECK(t.value(QStringLiteral("version")).toInt() == 1);
    CHECK(t.value(QStringLiteral("pass_line")).toDouble() == 70);
    double weights = 0;
    for (const QJsonValue& c : t.value(QStringLiteral("criteria")).toArray())
        weights += c.toObject().value(QStringLiteral("weight")).toDouble();
    CHECK(weights == Approx(100));

    // A filing waiting for its panel: the demo leaves one in materials_accepted.
    const QString id = filingIn(db, "materials_accepted");
    CHECK(cli(on(db, {QStringLiteral("panel"), QStringLiteral("draw"), id, QStringLiteral("--size"), QStringLiteral("4")})).code == 1);
    auto drawn = cli(on(db, {QStringLiteral("panel"), QStringLiteral("draw"), id, QStringLiteral("--size"), QStringLiteral("5"),
                             QStringLiteral("--seed"), QStringLiteral("2019")}));
    INFO(drawn.err.toStdString());
    REQUIRE(drawn.code == 0);
    const QJsonObject panel = drawn.json().object();
    CHECK(panel.value(QStringLiteral("seed")).toInteger() == 2019);
    REQUIRE(panel.value(QStringLiteral("members")).toArray().size() == 5);
    CHECK(panel.value(QStringLiteral("members")).toArray().first().toObject().contains(QStringLiteral("expert_id")));
    CHECK(panel.value(QStringLiteral("verified")).toBool());
    // The same seed draws the same panel.
    auto again = cli(on(db, {QStringLiteral("panel"), QStringLiteral("draw"), id, QStringLiteral("--seed"), QStringLiteral("2019")}));
    REQUIRE(again.code == 0);
    CHECK(again.json().object().value(QStringLiteral("members")) == panel.value(QStringLiteral("members")));
    REQUIRE(cli(on(db, {QStringLiteral("panel"), QStringLiteral("visit"), id, QStringLiteral("--date"), QStringLiteral("2019-07-20"),
                        QStringLiteral("--place"), QStringLiteral("企业实训基地")}))
                .code == 0);

    // Scores before the visit is scheduled are refused (exit 1, the reason in the file's error list).
    const QJsonArray members = panel.value(QStringLiteral("members")).toArray();
    const QString first = QString::number(members.first().toObject().value(QStringLiteral("expert_id")).toInteger());
    const QString early = write(dir, QStringLiteral("early.csv"), QStringLiteral("filing_id,expert_id,criterion,score\n%1,%2,c1.2,8\n").arg(id, first));
    CHECK(cli(on(db, {QStringLiteral("review"), QStringLiteral("scores"), QStringLiteral("import"), early})).code == 1);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("schedule")})).code == 0);

    // Bad rows: out of range, unknown criterion, an expert not on the panel — nothing written.
    const QString wrong = write(dir, QStringLiteral("wrong.csv"),
                                QStringLiteral("filing_id,expert_id,criterion,score\n%1,%2,c1.2,11\n%1,%2,zz,5\n%1,999999,c1.2,5\n").arg(id, first));
    auto refused = cli(on(db, {QStringLiteral("review"), QStringLiteral("scores"), QStringLiteral("import"), wrong}));
    CHECK(refused.code == 1);
    CHECK(refused.json().object().value(QStringLiteral("errors")).toArray().size() == 3);
    auto none = cli(on(db, {QStringLiteral("review"), QStringLiteral("result"), id}));
    REQUIRE(none.code == 0);
    CHECK_FALSE(none.json().object().value(QStringLiteral("complete")).toBool());
    for (const QJsonValue& c : none.json().object().value(QStringLiteral("criteria")).toArray())
        CHECK(c.toObject().value(QStringLiteral("experts")).toInt() == 0);

    // Every member gives 7 of 10 except one who gives 9 on c1.2: trimmed mean 7, spread 2.
    QString csv = QStringLiteral("filing_id,expert_id,criterion,score,comment\n");
    for (const QJsonValue& m : members)
        for (const QJsonValue& c : t.value(QStringLiteral("criteria")).toArray()) {
            const QString cid = c.toObject().value(QStringLiteral("id")).toString();
            const bool veto = c.toObject().value(QStringLiteral("veto")).toBool();
            const bool high = m == members.first() && cid == QStringLiteral("c1.2");
            csv += QStringLiteral("%1,%2,%3,%4,\n").arg(id).arg(m.toObject().value(QStringLiteral("expert_id")).toInteger()).arg(cid).arg(veto ? 1 : (high ? 9 : 7));
        }
    auto imported = cli(on(db, {QStringLiteral("review"), QStringLiteral("scores"), QStringLiteral("import"), write(dir, QStringLiteral("s.csv"), csv)}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().object().value(QStringLiteral("sheets")).toInt() == 5);
    auto result = cli(on(db, {QStringLiteral("review"), QStringLiteral("result"), id}));
    REQUIRE(result.code == 0);
    const QJsonObject r = result.json().object();
    CHECK(r.value(QStringLiteral("method")).toString() == QStringLiteral("trimmed_mean"));
    CHECK(r.value(QStringLiteral("total")).toDouble() == Approx(70));
    CHECK_FALSE(r.value(QStringLiteral("veto")).toBool());
    CHECK(r.value(QStringLiteral("recommended")).toBool());
    const QJsonObject c12 = r.value(QStringLiteral("criteria")).toArray().at(1).toObject();
    CHECK(c12.value(QStringLiteral("criterion")).toString() == QStringLiteral("c1.2"));
    CHECK(c12.value(QStringLiteral("score")).toDouble() == Approx(7));
    CHECK(c12.value(QStringLiteral("spread")).toDouble() == Approx(2));
    CHECK_FALSE(c12.value(QStringLiteral("flagged")).toBool());

    // The documents: blank and filled score sheets, the panel summary, the recommended list.
    for (QStringList args : {QStringList{QStringLiteral("scoresheet"), id}, QStringList{QStringLiteral("scoresheet"), id, QStringLiteral("--expert"), first},
                             QStringList{QStringLiteral("panel"), id}}) {
        const QString pdf = dir.filePath(QStringLiteral("doc.pdf"));
        QFile::remove(pdf);
        auto printed = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("print")} + args + QStringList{QStringLiteral("--pdf"), pdf});
        INFO(printed.err.toStdString());
        CHECK(printed.code == 0);
        CHECK(QFile(pdf).size() > 10000);
    }
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("score")})).code == 0);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("recommend")})).code == 0);
    auto shown = cli(on(db, {QStringLiteral("filing"), QStringLiteral("show"), id}));
    CHECK(shown.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("recommended"));
    CHECK(cli(on(db, split("check"))).code == 0);
}

TEST_CASE("cli: an offline package goes out, is filled without the database, and comes back once", "[cli][review]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.sqlite"));
    REQUIRE(cli(on(db, split("demo generate --enterprises 12 --seed 6"))).code == 0);
    const QString id = filingIn(db, "site_visit"); // the demo draws its panel when it schedules the visit
    auto panel = cli(on(db, {QStringLiteral("panel"), QStringLiteral("show"), id}));
    REQUIRE(panel.code == 0);
    const QString expert = QString::number(panel.json().object().value(QStringLiteral("members")).toArray().at(2).toObject().value(QStringLiteral("expert_id")).toInteger());
    const QString pkg = dir.filePath(QStringLiteral("sheet.jdreview"));
    auto exported = cli(on(db, {QStringLiteral("review"), QStringLiteral("package"), QStringLiteral("export"), id, QStringLiteral("--expert"),
                                expert, QStringLiteral("--out"), pkg}));
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    const QString code = exported.json().object().value(QStringLiteral("access_code")).toString();
    CHECK(code.size() == 14);

    auto tmpl = cli(on(db, split("review template show")));
    QString scores = QStringLiteral("criterion,score,comment\n");
    for (const QJsonValue& c : tmpl.json().object().value(QStringLiteral("criteria")).toArray())
        scores += QStringLiteral("%1,%2,现场核实\n").arg(c.toObject().value(QStringLiteral("id")).toString()).arg(c.toObject().value(QStringLiteral("veto")).toBool() ? 1 : 8);
    const QString scoreFile = write(dir, QStringLiteral("mine.csv"), scores);
    // The laptop: no --db at all. A wrong code changes nothing.
    auto wrongCode = cli({QStringLiteral("review"), QStringLiteral("package"), QStringLiteral("fill"), pkg, QStringLiteral("--scores"), scoreFile,
                          QStringLiteral("--code"), QStringLiteral("AAAA-AAAA-AAAA")});
    CHECK(wrongCode.code == 1);
    CHECK(wrongCode.err.contains(QStringLiteral("访问码")));
    auto filled = cli({QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("package"), QStringLiteral("fill"), pkg,
                       QStringLiteral("--scores"), scoreFile, QStringLiteral("--code"), code, QStringLiteral("--opinion"), QStringLiteral("符合条件")});
    INFO(filled.err.toStdString());
    REQUIRE(filled.code == 0);
    CHECK(filled.json().object().value(QStringLiteral("complete")).toBool());
    CHECK(filled.json().object().value(QStringLiteral("total")).toDouble() == Approx(80));

    // A copy with one byte changed is refused; the real one imports once.
    QFile in(pkg);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    bytes.replace("\"score\": 8", "\"score\": 9");
    const QString tampered = dir.filePath(QStringLiteral("t.jdreview"));
    QFile out(tampered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    auto refused = cli(on(db, {QStringLiteral("review"), QStringLiteral("package"), QStringLiteral("import"), tampered}));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("改动")));
    auto imported = cli(on(db, {QStringLiteral("review"), QStringLiteral("package"), QStringLiteral("import"), pkg}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().object().value(QStringLiteral("source")).toString() == QStringLiteral("package"));
    auto twice = cli(on(db, {QStringLiteral("review"), QStringLiteral("package"), QStringLiteral("import"), pkg}));
    CHECK(twice.code == 4);
    CHECK(twice.err.contains(QStringLiteral("重复导入")));
    auto sheet = cli(on(db, {QStringLiteral("review"), QStringLiteral("sheet"), id, expert}));
    REQUIRE(sheet.code == 0);
    CHECK(sheet.json().object().value(QStringLiteral("opinion")).toString() == QStringLiteral("符合条件"));
}
