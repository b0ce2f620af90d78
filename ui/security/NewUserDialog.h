#pragma once
// NewUserDialog: the fields of a new account (user name, full name, role, password
// twice); says what is wrong as people type. The caller creates the user through
// UserService and keeps the dialog open when the service refuses.

#include "core/users/Session.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jd::ui {

class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(QWidget* parent = nullptr);

    QString userName() const;
    QString fullName() const;
    Role role() const;
    QString password() const;
    std::optional<QString> problem() const;
    void showMessage(const QString& text);

private:
    void updateProblem();

    QLineEdit* m_name;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace jd::ui
