#pragma once
// UserAdminDialog: 用户管理 for administrators: the list of accounts and 新建用户,
// 重设密码, 修改角色, 停用/启用, 解锁. Every change goes through UserService; a refusal
// (e.g. demoting the last administrator) is shown through ErrorPresenter and returned.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace jd {
class Database;
}

namespace jd::ui {

class UserTableModel;

class UserAdminDialog : public QDialog
{
    Q_OBJECT
public:
    UserAdminDialog(const Database& db, Session session, QWidget* parent = nullptr);

    UserTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The user name of the selected row; empty when none.
    QString currentUserName() const;
    bool selectUser(const QString& name);

    // The operations behind the buttons, without their dialogs (also used by tests).
    Status createUser(const QString& name, const QString& fullName, Role role, const QString& password);
    Status resetPassword(const QString& name, const QString& password);
    Status changeRole(const QString& name, Role role);
    Status setActive(const QString& name, bool active);
    Status unlock(const QString& name);

public slots:
    void refresh();

private:
    void newUserWithDialog();
    void resetPasswordWithDialog();
    void changeRoleWithDialog();
    void toggleActiveWithDialog();
    void unlockCurrent();
    void updateButtons();
    // Shows a failure and returns it, so callers and tests see the same outcome.
    Status presented(const Status& s, const QString& title);

    const Database& m_db;
    Session m_session;
    UserTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_resetPassword;
    QPushButton* m_changeRole;
    QPushButton* m_toggleActive;
    QPushButton* m_unlock;
    QLabel* m_status;
};

} // namespace jd::ui
