#pragma once
// LoginDialog: asks for a user name and password and signs in through
// UserService::authenticate; a wrong password, a lock-out or a disabled account is shown
// in the dialog, which stays open. tryLogin() lets tests sign in without exec().

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace jd {
class Database;
}

namespace jd::ui {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const Database& db, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // Signs in with what the fields hold; on failure shows the reason and clears the password.
    Result<Session> tryLogin();
    // The session of the last successful sign-in.
    const std::optional<Session>& session() const { return m_session; }
    // The message shown under the fields (empty when none).
    QString message() const;
    void setUserName(const QString& name);

public slots:
    // 登录: accepts only after a successful sign-in.
    void accept() override;

private:
    void showMessage(const QString& text);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    const Database& m_db;
    std::optional<Session> m_session;
};

} // namespace jd::ui
