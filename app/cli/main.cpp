// jianding-cli: wiring only. The GUI application object is created just for printing,
// on the offscreen platform when no display is set, so batch jobs run on servers.
#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>
#include <memory>

int main(int argc, char** argv)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (jd::Cli::needsGui(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Batch jobs under cron or a service have no session: a private folder will do.
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/jianding-runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("jianding"));
    QCoreApplication::setApplicationName(QStringLiteral("jianding"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIANDING_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    jd::Cli cli(QCoreApplication::arguments(), out, err);
    const int code = cli.run();
    out.flush();
    err.flush();
    return code;
}
