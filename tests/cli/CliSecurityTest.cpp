// Sign-in, roles, backup/restore and crash safety through the CLI, as scripts use it.
#include "core/registry/EnterpriseJson.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/Builders.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using jd::test::cli;
using jd::test::CliRun;

namespace {
const QString kPw = QStringLiteral("Tianjin2019");
QStringList with(const QString& db, const QString& user, QStringList args)
{
    QStringList out{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        out << QStringLiteral("--user") << user;
    return out + args;
}
} // namespace

TEST_CASE("cli: the first administrator, then every command signs in", "[cli][security]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    // A clerk cannot be the first user.
    CHECK(cli(with(db, {}, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"), QStringLiteral("--role"),
                            QStringLiteral("clerk")}),
              kPw.toUtf8() + "\n")
              .code == 1);
    CliRun admin = cli(with(db, {}, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                                     QStringLiteral("--role"), QStringLiteral("admin")}),
                       kPw.toUtf8() + "\n");
    REQUIRE(admin.code == 0);
    CHECK(admin.json().object().value(QStringLiteral("role")).toString() == QStringLiteral("admin"));

    CliRun anonymous = cli(with(db, {}, {QStringLiteral("enterprise"), QStringLiteral("list")}));
    CHECK(anonymous.code == 4);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    CHECK(cli(with(db, QStringLiteral("admin"), {QStringLiteral("enterprise"), QStringLiteral("list")}), {}, {},
              QStringLiteral("wrong-password"))
              .code == 4);
    CHECK(cli(with(db, QStringLiteral("ghost"), {QStringLiteral("enterprise"), QStringLiteral("list")}), {}, {}, kPw).code == 4);
    CHECK(cli(with(db, QStringLiteral("admin"), {QStringLiteral("enterprise"), QStringLiteral("list")}), {}, {}, kPw).code == 0);

    REQUIRE(cli(with(db, QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                                                   QStringLiteral("--role"), QStringLiteral("clerk")}),
                kPw.toUtf8() + "\n", {}, kPw)
                .code == 0);
    REQUIRE(cli(with(db, QStringLiteral("clerk1"), {QStringLiteral("demo"), QStringLiteral("generate"),
                                                    QStringLiteral("--enterprises"), QStringLiteral("2")}),
                {}, {}, kPw)
                .code == 0);
    // A clerk may not delete, manage users, read the audit log or back up: exit 4.
    CliRun del = cli(with(db, QStringLiteral("clerk1"), {QStringLiteral("enterprise"), QStringLiteral("delete"), QStringLiteral("1")}),
                     {}, {}, kPw);
    CHECK(del.code == 4);
    CHECK(del.err.contains(QStringLiteral("录入员")));
    CHECK(cli(with(db, QStringLiteral("clerk1"), {QStringLiteral("user"), QStringLiteral("list")}), {}, {}, kPw).code == 4);
    CHECK(cli(with(db, QStringLiteral("clerk1"), {QStringLiteral("audit"), QStringLiteral("list")}), {}, {}, kPw).code == 4);
    CHECK(cli(with(db, QStringLiteral("clerk1"), {QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x"))}),
              {}, {}, kPw)
              .code == 4);

    CliRun audit = cli(with(db, QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                                          QStringLiteral("--actor"), QStringLiteral("clerk1")}),
                       {}, {}, kPw);
    REQUIRE(audit.code == 0);
    bool imported = false;
    for (const QJsonValue& v : audit.json().array())
        imported = imported || v.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("import");
    CHECK(imported);
    const QString exported = dir.filePath(QStringLiteral("操作日志（含个人信息）.csv"));
    REQUIRE(cli(with(db, QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--out"), exported}),
                {}, {}, kPw)
                .code == 0);
    CHECK(QFileInfo(exported).size() > 100);
    CliRun last = cli(with(db, QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                                         QStringLiteral("--entity"), QStringLiteral("audit_log")}),
                      {}, {}, kPw);
    CHECK(last.json().array().at(0).toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("export_personal_data"));
    // Five wrong passwords lock the account: even the right one is refused now.
    for (int i = 0; i < 5; ++i)
        cli(with(db, QStringLiteral("clerk1"), {QStringLiteral("enterprise"), QStringLiteral("list")}), {}, {}, QStringLiteral("nope-123"));
    CliRun locked = cli(with(db, QStringLiteral("clerk1"), {QStringLiteral("enterprise"), QStringLiteral("list")}), {}, {}, kPw);
    CHECK(locked.code == 4);
    CHECK(locked.err.contains(QStringLiteral("锁定")));
    CHECK(cli(with(db, QStringLiteral("admin"), {QStringLiteral("check")}), {}, {}, kPw).code == 0);
}

TEST_CASE("cli: backup and restore", "[cli][maintenance]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("m.sqlite"));
    const QString bak = dir.filePath(QStringLiteral("m.bak"));
    REQUIRE(cli(with(db, {}, {QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--enterprises"), QStringLiteral("5")})).code == 0);
    CliRun b = cli(with(db, {}, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--out"), bak}));
    REQUIRE(b.code == 0);
    CHECK(b.json().object().value(QStringLiteral("enterprises")).toInt() == 5);
    REQUIRE(cli(with(db, {}, {QStringLiteral("enterprise"), QStringLiteral("delete"), QStringLiteral("3")})).code == 0);
    CHECK(cli(with(db, {}, {QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("list")})).json().array().size() == 4);
    CliRun r = cli(with(db, {}, {QStringLiteral("restore"), bak}));
    REQUIRE(r.code == 0);
    CHECK(cli(with(db, {}, {QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("list")})).json().array().size() == 5);
    CHECK(cli(with(db, {}, {QStringLiteral("restore"), dir.filePath(QStringLiteral("none.bak"))})).code == 3);
    CHECK(cli(with(db, {}, {QStringLiteral("restore"), db + QStringLiteral("-nothing")})).code == 3);
    CHECK(cli(with(db, {}, {QStringLiteral("check")})).code == 0);
}

TEST_CASE("cli: a process killed during a large import leaves the database as it was", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    REQUIRE(cli(with(db, {}, {QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--enterprises"), QStringLiteral("3")})).code == 0);
    const QByteArray before = cli(with(db, {}, {QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("list")})).out;

    QJsonArray big;
    for (int i = 1; i <= 4000; ++i)
        big.append(jd::enterprise_json::toJson(jd::test::sampleEnterprise(1000 + i)));
    const QString file = dir.filePath(QStringLiteral("big.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(big).toJson(QJsonDocument::Compact));
    f.close();

    QProcess p;
    p.start(QStringLiteral(JD_CLI), with(db, {}, {QStringLiteral("enterprise"), QStringLiteral("import"), file}));
    REQUIRE(p.waitForStarted());
    // Kill it once the transaction has written a good part of its pages to the WAL.
    const QString wal = db + QStringLiteral("-wal");
    bool killedMidway = false;
    for (int i = 0; i < 30000 && p.state() == QProcess::Running; ++i) {
        if (QFileInfo(wal).size() > 2 * 1024 * 1024) {
            p.kill(); // SIGKILL
            killedMidway = true;
            break;
        }
        QThread::msleep(1);
    }
    p.waitForFinished(10000);
    REQUIRE(killedMidway);
    CHECK(p.exitStatus() == QProcess::CrashExit);

    CHECK(cli(with(db, {}, {QStringLiteral("--json"), QStringLiteral("enterprise"), QStringLiteral("list")})).out == before);
    CHECK(cli(with(db, {}, {QStringLiteral("check")})).code == 0);
}
