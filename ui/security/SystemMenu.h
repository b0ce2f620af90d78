#pragma once
// SystemMenu: the 系统 menu of the main window: 用户管理, 修改密码, 界面语言, 操作日志,
// backup, restore, the database check and 切换用户/注销. Actions a role may not use are disabled
// with the reason as tooltip, and so is restore on a server database. The *To/*From
// functions do the work without dialogs.

#include "core/common/Result.h"
#include "core/db/Maintenance.h"
#include "core/users/Session.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace jd {
class Database;
}

namespace jd::ui {

class AuditLogView;
class UserAdminDialog;

class SystemMenu : public QObject
{
    Q_OBJECT
public:
    // Asked before a restore replaces the data; true to go ahead.
    using RestoreConfirm = std::function<bool(const BackupInfo&)>;

    SystemMenu(Database& db, Session session, QWidget* window);
    ~SystemMenu() override;

    QMenu* menu() const { return m_menu; }
    QAction* userAdminAction() const { return m_userAdmin; }
    QAction* changePasswordAction() const { return m_changePassword; }
    QAction* languageAction() const { return m_language; }
    QAction* auditLogAction() const { return m_auditLog; }
    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }
    QAction* checkAction() const { return m_check; }
    QAction* signOutAction() const { return m_signOut; }

    // Opens (or raises) the window; nullptr when the role may not use it.
    UserAdminDialog* openUserAdmin();
    AuditLogView* openAuditLog();

    Result<BackupInfo> backupTo(const QString& path, const Maintenance::Progress& progress = {});
    // Inspects the file, asks `confirm` with its summary, restores, then asks for a new sign-in.
    Result<BackupInfo> restoreFrom(const QString& path, const RestoreConfirm& confirm,
                                   const Maintenance::Progress& progress = {});
    Result<QStringList> checkDatabase();
    // Changes the signed-in user's own password after checking the current one.
    Status changeOwnPassword(const QString& current, const QString& password);

    static QString summary(const BackupInfo& info);
    // Why 恢复数据库 is disabled on a server database.
    static QString serverRestoreReason();
    // Stores the UI language (a code of language::available()), used from the next start;
    // false when it is not one of them.
    static bool setLanguage(const QString& code);

signals:
    // 切换用户/注销, and after a restore (the users may have changed).
    void signOutRequested();
    // The data were replaced by a restore: open editors hold stale content.
    void databaseReplaced();

private:
    void backupWithDialog();
    void restoreWithDialog();
    void checkWithDialog();
    void changePasswordWithDialog();
    void chooseLanguageWithDialog();
    bool confirmRestore(const BackupInfo& info);
    Result<BackupInfo> restoreOnly(const QString& path, const RestoreConfirm& confirm,
                                   const Maintenance::Progress& progress = {});

    Database& m_db;
    Session m_session;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_userAdmin;
    QAction* m_changePassword;
    QAction* m_language;
    QAction* m_auditLog;
    QAction* m_backup;
    QAction* m_restore;
    QAction* m_check;
    QAction* m_signOut;
    QPointer<UserAdminDialog> m_userAdminDialog;
    QPointer<AuditLogView> m_auditLogView;
};

} // namespace jd::ui
