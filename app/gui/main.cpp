// main() of the desktop app: options, database, sign-in, main window. Wiring only.
#include "core/db/Database.h"
#include "core/db/ReferenceData.h"
#include "ui/MainWindow.h"
#include "ui/common/Language.h"
#include "ui/review/ReviewerWindow.h"
#include "ui/security/FirstRunWizard.h"
#include "ui/security/SignIn.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>

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
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "使用指定的数据库文件。"),
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
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : jd::Database::defaultPath();

    std::shared_ptr<jd::Database> database;
    std::optional<jd::Session> firstSession;
    if (!parser.isSet(dbOption) && !QFileInfo::exists(path)) {
        // First start: the wizard creates or opens the database and signs the administrator in.
        jd::ui::FirstRunWizard wizard(path);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        database = wizard.database();
        firstSession = wizard.session();
    } else {
        auto db = jd::Database::open(path);
        if (!db) {
            QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "无法打开数据库"),
                            db.error().message);
            box.setInformativeText(QApplication::translate("main", "文件：%1").arg(path));
            if (!db.error().detail.isEmpty())
                box.setDetailedText(db.error().detail);
            box.exec();
            return kExitStorage;
        }
        database = *std::move(db);
        if (jd::Status s = jd::seedReferenceData(*database); !s) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "无法载入职业目录"), s.error().fullText());
            return kExitStorage;
        }
    }

    // Sign in, work, and after 切换用户/注销 (or a restore) sign in again; cancelling ends the app.
    for (;;) {
        const std::optional<jd::Session> session =
            firstSession ? std::exchange(firstSession, std::nullopt) : jd::ui::SignIn::ask(*database);
        if (!session)
            return 0;
        jd::ui::MainWindow window(*database, *session);
        if (!database->warning().isEmpty())
            window.showStatusMessage(database->warning());
        window.show();
        const int code = app.exec();
        if (!window.isSigningOut())
            return code;
    }
}
