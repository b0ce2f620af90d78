#pragma once
// Runs jianding-cli as a separate process, as scripts do: exit code, stdout, stderr.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace jd::test {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline CliRun cli(const QStringList& args, const QByteArray& stdinData = {}, const QString& lang = {},
                  const QString& password = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang.isEmpty() ? QStringLiteral("zh_CN.UTF-8") : lang);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("JIANDING_PASSWORD"), password);
    else
        env.remove(QStringLiteral("JIANDING_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JD_CLI), args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return CliRun{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// Through the CLI as a clerk would: draws a panel of five for `filingId` (seed 7) and
// imports a score file giving every criterion `fraction` × max (veto items: met).
inline void reviewViaCli(const QString& db, const QString& filingId, const QString& folder, double fraction = 0.8)
{
    auto on = [&](QStringList args) { return QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + args; };
    auto panel = cli(on({QStringLiteral("panel"), QStringLiteral("draw"), filingId, QStringLiteral("--size"), QStringLiteral("5"),
                         QStringLiteral("--seed"), QStringLiteral("7")}));
    INFO(panel.err.toStdString());
    REQUIRE(panel.code == 0);
    auto tmpl = cli(on({QStringLiteral("review"), QStringLiteral("template"), QStringLiteral("show")}));
    REQUIRE(tmpl.code == 0);
    QString csv = QStringLiteral("filing_id,expert_id,criterion,score\n");
    const QJsonArray members = panel.json().object().value(QStringLiteral("members")).toArray();
    for (const QJsonValue& m : members)
        for (const QJsonValue& c : tmpl.json().object().value(QStringLiteral("criteria")).toArray()) {
            const double max = c.toObject().value(QStringLiteral("max")).toDouble();
            csv += QStringLiteral("%1,%2,%3,%4\n")
                       .arg(filingId)
                       .arg(m.toObject().value(QStringLiteral("expert_id")).toInteger())
                       .arg(c.toObject().value(QStringLiteral("id")).toString())
                       .arg(c.toObject().value(QStringLiteral("veto")).toBool() ? max : max * fraction);
        }
    const QString path = folder + QStringLiteral("/scores-%1.csv").arg(filingId);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();
    auto imported = cli(on({QStringLiteral("review"), QStringLiteral("scores"), QStringLiteral("import"), path}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
}

} // namespace jd::test
