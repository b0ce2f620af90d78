#pragma once
// PasswordDialog: a new password typed twice, and for one's own password also the current
// one; shows the password rules as people type. The caller makes the change.

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace jd::ui {

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Own, Reset };

    PasswordDialog(Mode mode, const QString& userName, QWidget* parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    std::optional<QString> problem() const;
    void showMessage(const QString& text);

private:
    void updateProblem();

    Mode m_mode;
    QLineEdit* m_current;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace jd::ui
