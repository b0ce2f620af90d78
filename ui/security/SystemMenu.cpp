#include "ui/security/SystemMenu.h"

#include "core/db/Database.h"
#include "core/users/UserService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Language.h"
#include "ui/security/AuditLogView.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/PasswordDialog.h"
#include "ui/security/PermissionGate.h"
#include "ui/security/UserAdminDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace jd::ui {

SystemMenu::SystemMenu(Database& db, Session session, QWidget* window)
    : QObject(window), m_db(db), m_session(std::move(session)), m_window(window),
      m_menu(new QMenu(tr("系统(&S)"), window))
{
    setObjectName(QStringLiteral("systemMenuActions"));
    m_menu->setObjectName(QStringLiteral("systemMenu"));
    m_menu->setToolTipsVisible(true); // the reason a disabled action is refused

    m_userAdmin = m_menu->addAction(tr("用户管理(&U)…"), this, [this] { openUserAdmin(); });
    m_userAdmin->setObjectName(QStringLiteral("userAdminAction"));
    m_userAdmin->setStatusTip(tr("新建用户，重设密码，修改角色，停用或解锁账户"));
    PermissionGate::apply(m_userAdmin, m_session, Permission::ManageUsers);
    m_changePassword = m_menu->addAction(tr("修改密码(&P)…"), this, &SystemMenu::changePasswordWithDialog);
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    m_language =
        m_menu->addAction(tr("界面语言(&G)…"), this, &SystemMenu::chooseLanguageWithDialog);
    m_language->setObjectName(QStringLiteral("languageAction"));
    m_language->setStatusTip(tr("选择界面语言（中文或英文），重新启动程序后生效"));
    m_menu->addSeparator();
    m_auditLog = m_menu->addAction(tr("操作日志(&L)…"), this, [this] { openAuditLog(); });
    m_auditLog->setObjectName(QStringLiteral("auditLogAction"));
    m_auditLog->setStatusTip(tr("查看、筛选、校验和导出操作日志"));
    PermissionGate::apply(m_auditLog, m_session, Permission::ViewAudit);
    m_menu->addSeparator();
    m_backup = m_menu->addAction(tr("备份数据库(&B)…"), this, &SystemMenu::backupWithDialog);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setStatusTip(tr("把整个数据库复制到一个备份文件"));
    PermissionGate::apply(m_backup, m_session, Permission::Backup);
    m_restore = m_menu->addAction(tr("恢复数据库(&R)…"), this, &SystemMenu::restoreWithDialog);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setStatusTip(tr("用备份文件替换当前的全部数据"));
    PermissionGate::apply(m_restore, m_session, Permission::Restore);
    m_check = m_menu->addAction(tr("检查数据库(&C)"), this, &SystemMenu::checkWithDialog);
    m_check->setObjectName(QStringLiteral("checkDatabaseAction"));
    m_check->setStatusTip(tr("检查数据库文件的完整性、数据之间的引用和操作日志链"));
    if (m_db.isServer()) {
        // A server's data are shared: they are not replaced from a file here (the core refuses
        // it too), a backup is a SQLite copy, and the server keeps its own files sound.
        const QString why = serverRestoreReason();
        m_restore->setEnabled(false);
        m_restore->setToolTip(why);
        m_restore->setStatusTip(why);
        m_backup->setStatusTip(tr("把服务器上的全部数据复制到一个 SQLite 备份文件"));
        m_check->setStatusTip(tr("检查操作日志链（服务器自身保证数据文件完整和数据引用正确）"));
    }
    m_menu->addSeparator();
    m_signOut = m_menu->addAction(tr("切换用户/注销(&O)"), this, &SystemMenu::signOutRequested);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setStatusTip(tr("退出当前用户，回到登录窗口"));
}

SystemMenu::~SystemMenu() = default;

QString SystemMenu::serverRestoreReason()
{
    return tr("服务器数据库不能在程序里从备份恢复，以免覆盖其他人正在使用的数据。"
              "请由服务器管理员用 jianding-cli migrate 把备份迁入一个新数据库。");
}

QString SystemMenu::summary(const BackupInfo& info)
{
    return tr("文件：%1\n大小：%2\n数据结构版本：%3\n企业：%4 家\n用户：%5 个\n操作日志：%6 条")
        .arg(QDir::toNativeSeparators(info.path), language::locale().formattedDataSize(info.bytes))
        .arg(info.schemaVersion)
        .arg(info.enterprises)
        .arg(info.users)
        .arg(info.auditEntries);
}

bool SystemMenu::setLanguage(const QString& code)
{
    if (!language::available().contains(code))
        return false;
    language::setCurrent(code);
    return true;
}

void SystemMenu::chooseLanguageWithDialog()
{
    const QStringList codes = language::available();
    QStringList names;
    for (const QString& code : codes)
        names << language::displayName(code); // each language in its own script
    const QString current = language::current();
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, tr("界面语言"), tr("界面语言："), names,
                              std::max(0, int(codes.indexOf(current))), false, &ok);
    if (!ok || chosen.isEmpty())
        return;
    const QString code = codes.value(names.indexOf(chosen));
    if (code == current || !setLanguage(code))
        return;
    // The windows are built with the language of the start; switching them live would leave
    // half-translated dialogs and models behind, so the choice applies from the next start.
    QMessageBox::information(m_window, tr("界面语言"),
                             tr("界面语言已设为“%1”，重新启动程序后生效。").arg(chosen));
}

UserAdminDialog* SystemMenu::openUserAdmin()
{
    if (auto refused = m_session.refuse(Permission::ManageUsers)) {
        ErrorPresenter::show(m_window, *refused);
        return nullptr;
    }
    if (!m_userAdminDialog) {
        m_userAdminDialog = new UserAdminDialog(m_db, m_session, m_window);
        m_userAdminDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userAdminDialog->show();
    m_userAdminDialog->raise();
    m_userAdminDialog->activateWindow();
    return m_userAdminDialog;
}

AuditLogView* SystemMenu::openAuditLog()
{
    if (auto refused = m_session.refuse(Permission::ViewAudit)) {
        ErrorPresenter::show(m_window, *refused);
        return nullptr;
    }
    if (!m_auditLogView) {
        m_auditLogView = new AuditLogView(m_db, m_session, m_window);
        m_auditLogView->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditLogView->refresh();
    }
    m_auditLogView->show();
    m_auditLogView->raise();
    m_auditLogView->activateWindow();
    return m_auditLogView;
}

Result<BackupInfo> SystemMenu::backupTo(const QString& path, const Maintenance::Progress& progress)
{
    const BusyCursor busy;
    return Maintenance::backup(m_db, m_session, path, progress);
}

Result<BackupInfo> SystemMenu::restoreFrom(const QString& path, const RestoreConfirm& confirm,
                                           const Maintenance::Progress& progress)
{
    auto restored = restoreOnly(path, confirm, progress);
    if (restored) {
        emit databaseReplaced();
        emit signOutRequested();
    }
    return restored;
}

Result<BackupInfo> SystemMenu::restoreOnly(const QString& path, const RestoreConfirm& confirm,
                                           const Maintenance::Progress& progress)
{
    if (auto refused = m_session.refuse(Permission::Restore))
        return *refused;
    if (m_db.isServer()) // refused before anything is asked
        return Error::notAllowed(serverRestoreReason());
    auto inspected = [&] {
        const BusyCursor busy;
        return Maintenance::inspect(path, progress);
    }();
    if (!inspected)
        return inspected;
    if (!confirm(*inspected))
        return Error::invalid(tr("已取消恢复，当前数据未改变。"));
    auto restored = [&] {
        const BusyCursor busy;
        return Maintenance::restore(m_db, m_session, path, progress);
    }();
    return restored;
}

Result<QStringList> SystemMenu::checkDatabase()
{
    const BusyCursor busy;
    return Maintenance::check(m_db);
}

Status SystemMenu::changeOwnPassword(const QString& current, const QString& password)
{
    const BusyCursor busy;
    UserService users(m_db, m_session);
    // The current password is checked the way a sign-in is, lock-out included.
    if (auto again = users.authenticate(m_session.user, current); !again)
        return Error::notAllowed(tr("未能确认当前密码：%1").arg(again.error().message));
    return users.setPassword(m_session.user, password);
}

void SystemMenu::changePasswordWithDialog()
{
    PasswordDialog dialog(PasswordDialog::Mode::Own, m_session.user, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        if (Status s = changeOwnPassword(dialog.currentPassword(), dialog.newPassword()); !s) {
            dialog.showMessage(s.error().message);
            continue;
        }
        QMessageBox::information(m_window, tr("修改密码"), tr("密码已修改，下次登录请使用新密码。"));
        return;
    }
}

void SystemMenu::backupWithDialog()
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("paths/backup")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("鉴定数据库备份-%1.sqlite").arg(m_db.clock().now().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("备份数据库"), QDir(dir).filePath(name),
                                                      tr("数据库备份 (*.sqlite)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/backup"), QFileInfo(path).absolutePath());
    QProgressDialog progress(tr("正在备份数据库…"), tr("取消"), 0, 1000, m_window);
    progress.setWindowTitle(tr("备份数据库"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto info = backupTo(path, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (!info) {
        ErrorPresenter::show(m_window, info.error(), tr("备份未完成"));
        return;
    }
    QMessageBox::information(m_window, tr("备份完成"), tr("数据库已备份。\n\n%1").arg(summary(*info)));
}

bool SystemMenu::confirmRestore(const BackupInfo& info)
{
    QMessageBox box(QMessageBox::Warning, tr("恢复数据库"),
                    tr("确定用这个备份替换当前的全部数据吗？"), QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("%1\n\n当前数据库中的企业、备案、用户和操作日志都将被备份中的内容替换，"
                              "尚未保存的修改将丢失。恢复后需要重新登录。建议先备份当前数据库。")
                               .arg(summary(info)));
    QPushButton* go = box.addButton(tr("替换当前数据"), QMessageBox::DestructiveRole);
    box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == go;
}

void SystemMenu::restoreWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("paths/backup")).toString();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("恢复数据库"), dir, tr("数据库备份 (*.sqlite);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    bool cancelled = false;
    // A large backup takes a while to check and then to copy back: both show their
    // progress, and 取消 before the end leaves the current data as it was.
    QProgressDialog progress(tr("正在检查备份文件…"), tr("取消"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("restoreProgress"));
    progress.setWindowTitle(tr("恢复数据库"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto restored = restoreOnly(
        path,
        [&](const BackupInfo& info) {
            progress.reset(); // out of the way of the question
            cancelled = !confirmRestore(info);
            return !cancelled;
        },
        [&progress](qint64 done, qint64 total) {
            if (total == 0) { // checking the file: how far is not known
                progress.setLabelText(tr("正在检查备份文件…"));
                progress.setRange(0, 0);
                progress.setValue(0); // starts the clock that shows the dialog
            } else {
                progress.setLabelText(tr("正在恢复数据库…"));
                progress.setRange(0, 1000);
                progress.setValue(static_cast<int>(done * 1000 / total));
            }
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.close();
    if (cancelled)
        return;
    if (!restored) {
        ErrorPresenter::show(m_window, restored.error(), tr("恢复未完成"));
        return;
    }
    // Told before the sign-out, which ends the main window's event loop.
    QMessageBox::information(m_window, tr("恢复完成"),
                             tr("已从备份恢复数据库，请重新登录。\n\n%1").arg(summary(*restored)));
    emit databaseReplaced();
    emit signOutRequested();
}

void SystemMenu::checkWithDialog()
{
    auto findings = checkDatabase();
    if (!findings) {
        ErrorPresenter::show(m_window, findings.error());
        return;
    }
    if (findings->isEmpty()) {
        QMessageBox::information(m_window, tr("检查数据库"),
                                 tr("未发现问题：数据库文件完整，数据之间的引用正确，操作日志链完好。"));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("检查数据库"),
                    tr("发现 %1 处问题，请联系管理员，必要时从备份恢复。").arg(findings->size()),
                    QMessageBox::Ok, m_window);
    box.setDetailedText(findings->join(QLatin1Char('\n')));
    box.setInformativeText(findings->mid(0, 10).join(QLatin1Char('\n')));
    box.exec();
}

} // namespace jd::ui
