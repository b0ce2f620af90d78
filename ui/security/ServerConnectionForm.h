#pragma once
// ServerConnectionForm: the fields of a centre's PostgreSQL server (服务器, 端口, 数据库,
// 用户名, 模式, 密码), the connection address they make, and the connection itself. Used by
// ServerConnectionDialog and the first-run wizard. A field that is missing or wrong, and a
// connection that fails, are shown under the fields in Chinese naming what to correct; the
// password stays in the field and is handed to Database::open only, never to QSettings.

#include "core/db/Database.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace jd::ui {

class ServerConnectionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ServerConnectionForm(QWidget* parent = nullptr);
    ~ServerConnectionForm() override;

    // Fills the fields from postgresql://USER@HOST:PORT/DBNAME[?schema=NAME] (a recent entry,
    // --db). A location that does not parse fills what it can and shows why underneath.
    void setLocation(const QString& location);
    // What keeps the fields from making a server address, naming the field; none when fine.
    std::optional<QString> problem() const;
    // The address the fields make (never with the password); empty while problem() is set.
    QString location() const;
    QString password() const;
    void clearPassword();

    // Checks the fields and opens the database with the password. On failure the message
    // stays under the fields, the field concerned gets the focus, and nullptr is returned.
    std::shared_ptr<Database> connectDatabase(const Database::Options& options = {});

    // The message under the fields (a problem found on connecting, or the server's answer).
    QString errorText() const;
    void showError(const QString& message, const QString& detail = {});
    void clearError();
    // The first field still empty (the password when all others are filled): where typing starts.
    QWidget* firstEmptyField() const;

signals:
    // Any field changed: location() and problem() may have changed.
    void changed();

private:
    struct Problem
    {
        QString message;
        QWidget* field = nullptr;
    };
    std::optional<Problem> check() const;
    void updateAddress();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_schema;
    QLineEdit* m_password;
    QLabel* m_address;
    QLabel* m_error;
    QWidget* m_marked = nullptr;
};

} // namespace jd::ui
