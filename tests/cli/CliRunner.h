#pragma once
// Runs jianding-cli as a separate process, as scripts do: exit code, stdout, stderr.

#include <QJsonDocument>
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

} // namespace jd::test
