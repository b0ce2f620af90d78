// main() of the desktop app: options, database, sign-in, main window. Wiring only.
#include "core/db/Database.h"
#include "ui/MainWindow.h"
#include "ui/common/Language.h"
#include "ui/review/ReviewerWindow.h"
#include "ui/security/DatabaseOpener.h"
#include "ui/security/FirstRunWizard.h"
#include "ui/security/RecentDatabases.h"
#include "ui/security/SignIn.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>

#include <utility>

namespace {
constexpr int kExitStorage = 5; // CLI.md: database or file error
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("jianding"));
    QApplication::setApplicationName(QStringLiteral("jianding"));
    QApplication::setApplicationVersion(QStringLiteral(JIANDING_VERSION));
    // The UI is written in Chinese; English when chosen in 系统 → 界面语言. Qt's own dialogs
    // (files, printing) follow.
    jd::ui::language::install(jd::ui::language::current());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "鉴定 Jianding"));

    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(cjk)) {
        QFont font(cjk);
        font.setPointSizeF(QApplication::font().pointSizeF());
        QApplication::setFont(font);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "企业职业技能等级认定试点管理客户端"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "使用指定的数据库：数据库文件，或服务器地址 "
                                "postgresql://用户名@服务器:端口/数据库（密码在启动后询问）。"),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    // Reviewer mode: an expert scores an offline package; no database is opened or created.
    const QCommandLineOption packageOption(QStringLiteral("review-package"),
                                           QApplication::translate("main", "离线评分：打开专家评分包（*.jdreview），不使用数据库。"),
                                           QStringLiteral("FILE"));
    const QCommandLineOption reviewerOption(QStringLiteral("reviewer"),
                                            QApplication::translate("main", "离线评分：以评审专家模式启动，不使用数据库。"));
    parser.addOption(packageOption);
    parser.addOption(reviewerOption);
    parser.process(app);
    if (parser.isSet(packageOption) || parser.isSet(reviewerOption)) {
        jd::ui::ReviewerWindow::launch(nullptr, parser.value(packageOption));
        return app.exec();
    }
    // Without --db: the database used last (a file still there, or a server), else the
    // default file, which the first-run wizard sets up when it does not exist yet.
    const QString defaultPath = jd::Database::defaultPath();
    QString location = parser.value(dbOption);
    if (!parser.isSet(dbOption)) {
        const QString last = jd::ui::RecentDatabases::list().value(0);
        const bool usable =
            jd::Database::isServerLocation(last) || (!last.isEmpty() && QFileInfo::exists(last));
        location = usable ? last : defaultPath;
    }

    std::shared_ptr<jd::Database> database;
    std::optional<jd::Session> firstSession;
    if (!parser.isSet(dbOption) && location == defaultPath && !QFileInfo::exists(defaultPath)) {
        // First start: the wizard creates or opens the database and signs the administrator in.
        jd::ui::FirstRunWizard wizard(defaultPath);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        database = wizard.database();
        firstSession = wizard.session();
        jd::ui::RecentDatabases::add(database->path());
    } else {
        // A server asks for its password (ServerConnectionDialog); cancelling it ends the app.
        database = jd::ui::DatabaseOpener::open(nullptr, location);
        if (!database)
            return jd::Database::isServerLocation(location) ? 0 : kExitStorage;
    }

    // Sign in, work, and after 切换用户/注销 (or a restore) sign in again; after 文件 →
    // 打开数据库文件, 连接服务器数据库 or 最近打开, sign in to the database chosen. Cancelling ends
    // the app.
    for (;;) {
        const std::optional<jd::Session> session =
            firstSession ? std::exchange(firstSession, std::nullopt) : jd::ui::SignIn::ask(*database);
        if (!session)
            return 0;
        std::shared_ptr<jd::Database> next;
        int code = 0;
        bool signedOut = false;
        {
            jd::ui::MainWindow window(*database, *session);
            if (!database->warning().isEmpty())
                window.showStatusMessage(database->warning());
            window.show();
            code = app.exec();
            next = window.takeNextDatabase();
            signedOut = window.isSigningOut();
        }
        // The window, which works on the old database, is gone before that database closes.
        if (next) {
            database = std::move(next);
            continue;
        }
        if (!signedOut)
            return code;
    }
}
