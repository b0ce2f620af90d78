// The filing workflow through the CLI contract (CLI.md): JSON shapes and exit codes.
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
} // namespace

TEST_CASE("cli: a filing from creation to the published catalogue", "[cli][filing]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("f.sqlite"));
    // A registry without the demo's filings: enterprise import of one generated enterprise.
    REQUIRE(cli(on(db, split("demo generate --enterprises 1 --seed 3"))).code == 0);
    auto batches = cli(on(db, split("batch list"))).json().array();
    REQUIRE(batches.size() == 1); // the demo's batch
    auto batch = cli(on(db, split("batch create 2019年第二批 --deadline 2019-09-30")));
    REQUIRE(batch.code == 0);
    const QString batchId = QString::number(batch.json().object().value(QStringLiteral("id")).toInt());
    CHECK(cli(on(db, split("batch create 坏批次 --deadline 2019-13-01"))).code == 2);

    // The demo enterprise already has a filing; a second enterprise gets one here.
    REQUIRE(cli(on(db, split("demo generate --enterprises 1 --seed 4"))).code == 0); // adds enterprise 2 with a filing
    auto list = cli(on(db, split("filing list --status submitted"))).json().array();
    REQUIRE_FALSE(list.isEmpty());
    const QString id = QString::number(list.last().toObject().value(QStringLiteral("id")).toInt());

    auto shown = cli(on(db, {QStringLiteral("filing"), QStringLiteral("show"), id}));
    REQUIRE(shown.code == 0);
    const QJsonObject f = shown.json().object();
    for (const char* key : {"id", "enterprise_id", "batch_id", "status", "received", "late", "history", "checklist"})
        CHECK(f.contains(QLatin1String(key)));
    CHECK(f.value(QStringLiteral("history")).toArray().at(0).toObject().contains(QStringLiteral("actor")));
    CHECK(f.value(QStringLiteral("checklist")).toArray().size() == 17);

    // Illegal: exit 4, state unchanged.
    CHECK(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("publish")})).code == 4);
    CHECK(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("fly")})).code == 2);
    // Missing materials: exit 1.
    CHECK(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("accept")})).code == 1);
    auto item = cli(on(db, {QStringLiteral("filing"), QStringLiteral("checklist"), id, QStringLiteral("a2_licence"),
                            QStringLiteral("defective"), QStringLiteral("--note"), QStringLiteral("未盖章")}));
    REQUIRE(item.code == 0);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("return")})).code == 0);
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("correction"), id, QStringLiteral("--pdf"), pdf}).code == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("receipt"), id, QStringLiteral("--pdf"), pdf}).code == 4);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("resubmit")})).code == 0);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("checklist"), id, QStringLiteral("--all-received")})).code == 0);
    auto accepted = cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("accept")}));
    REQUIRE(accepted.code == 0);
    CHECK(accepted.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("materials_accepted"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("receipt"), id, QStringLiteral("--pdf"), pdf}).code == 0);
    CHECK(QFile(pdf).size() > 10000);
    // A date in the future is refused.
    CHECK(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("schedule"), QStringLiteral("--date"),
                      QStringLiteral("2099-01-01")}))
              .code == 1);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("schedule")})).code == 0);
    // 完成评分 waits for the panel's sheets.
    CHECK(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("score")})).code == 1);
    jd::test::reviewViaCli(db, id, dir.path());
    for (const char* action : {"score", "recommend"})
        REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QLatin1String(action)})).code == 0);
    CHECK(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("approve")})).code == 1);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("approve"), QStringLiteral("--doc-number"),
                        QStringLiteral("津人社函〔2026〕1号")}))
                .code == 0);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("report")})).code == 0);
    REQUIRE(cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("ministry_accept"),
                        QStringLiteral("--doc-number"), QStringLiteral("人社鉴函〔2026〕2号")}))
                .code == 0);
    auto published = cli(on(db, {QStringLiteral("filing"), QStringLiteral("advance"), id, QStringLiteral("publish")}));
    INFO(published.err.toStdString());
    REQUIRE(published.code == 0);

    auto catalogue = cli(on(db, split("catalogue show")));
    REQUIRE(catalogue.code == 0);
    const QJsonObject c = catalogue.json().object();
    CHECK(c.value(QStringLiteral("version")).toInt() >= 1);
    bool found = false;
    for (const QJsonValue& e : c.value(QStringLiteral("entries")).toArray()) {
        CHECK(e.toObject().value(QStringLiteral("org_serial")).toString().size() == 6);
        found = found || QString::number(e.toObject().value(QStringLiteral("enterprise_id")).toInt()) ==
                             QString::number(f.value(QStringLiteral("enterprise_id")).toInt());
    }
    CHECK(found);
    CHECK(cli(on(db, split("catalogue show --version 1"))).code == 0);
    CHECK(cli(on(db, split("catalogue show --version 999"))).code == 3);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("catalogue"), QStringLiteral("0"),
               QStringLiteral("--pdf"), dir.filePath(QStringLiteral("c.pdf"))})
              .code == 0);
    auto eval = cli(on(db, {QStringLiteral("filing"), QStringLiteral("evaluate"), id, QStringLiteral("--result"), QStringLiteral("pass"),
                            QStringLiteral("--note"), QStringLiteral("台账完整")}));
    REQUIRE(eval.code == 0);
    CHECK(eval.json().object().value(QStringLiteral("status")).toString() == QStringLiteral("formal"));
    CHECK(cli(on(db, split("check"))).code == 0);
}

TEST_CASE("cli: certno parse, range list and the assignment notice", "[cli][numbering]")
{
    auto parsed = cli({QStringLiteral("--json"), QStringLiteral("certno"), QStringLiteral("parse"), QStringLiteral("Y000012000003194000123")});
    REQUIRE(parsed.code == 0);
    const QJsonObject n = parsed.json().object();
    CHECK(n.value(QStringLiteral("type")).toString() == QStringLiteral("Y"));
    CHECK(n.value(QStringLiteral("ministry")).toString() == QStringLiteral("0000"));
    CHECK(n.value(QStringLiteral("province")).toString() == QStringLiteral("12"));
    CHECK(n.value(QStringLiteral("org")).toString() == QStringLiteral("000003"));
    CHECK(n.value(QStringLiteral("year")).toInt() == 2019);
    CHECK(n.value(QStringLiteral("level")).toInt() == 4);
    CHECK(n.value(QStringLiteral("serial")).toInt() == 123);
    auto legacy = cli({QStringLiteral("--json"), QStringLiteral("certno"), QStringLiteral("parse"), QStringLiteral("1912000000301234")});
    CHECK(legacy.json().object().value(QStringLiteral("legacy")).toBool());
    auto bad = cli({QStringLiteral("certno"), QStringLiteral("parse"), QStringLiteral("Y000012000003196000123")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("第 16 位")));

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("n.sqlite"));
    REQUIRE(cli(on(db, split("demo generate --enterprises 4 --seed 11"))).code == 0);
    auto ranges = cli(on(db, split("range list")));
    REQUIRE(ranges.code == 0);
    const QJsonArray list = ranges.json().array();
    REQUIRE_FALSE(list.isEmpty());
    const QJsonObject first = list.first().toObject();
    CHECK(first.value(QStringLiteral("org_serial")).toString() == QStringLiteral("000001"));
    const QString enterprise = QString::number(first.value(QStringLiteral("enterprise_id")).toInt());
    auto reserved = cli(on(db, {QStringLiteral("range"), QStringLiteral("reserve"), enterprise, QStringLiteral("--year"), QStringLiteral("2020"),
                                QStringLiteral("--level"), QStringLiteral("3"), QStringLiteral("--count"), QStringLiteral("120")}));
    REQUIRE(reserved.code == 0);
    auto again = cli(on(db, split("range list"))).json().array().first().toObject().value(QStringLiteral("blocks")).toArray();
    REQUIRE(again.size() == 1);
    CHECK(again.first().toObject().value(QStringLiteral("first")).toInt() == 1);
    CHECK(again.first().toObject().value(QStringLiteral("last")).toInt() == 120);
    CHECK(cli(on(db, {QStringLiteral("certno"), QStringLiteral("void"), QStringLiteral("Y000012000001203000005"), QStringLiteral("--reason"),
                      QStringLiteral("打印损坏")}))
              .code == 0);
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("notice"), enterprise, QStringLiteral("--pdf"), pdf}).code == 0);
    CHECK(QFile(pdf).size() > 10000);
}
