#include "ui/security/PasswordDialog.h"

#include "core/users/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

PasswordDialog::PasswordDialog(Mode mode, const QString& userName, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_current(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::Own ? tr("修改密码") : tr("重设“%1”的密码").arg(userName));
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    for (QLineEdit* e : {m_current, m_password, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("至少 8 位，须同时包含字母和数字"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("用户名"), new QLabel(userName, this));
    if (mode == Mode::Own)
        form->addRow(tr("当前密码"), m_current);
    else
        m_current->hide();
    form->addRow(tr("新密码"), m_password);
    form->addRow(tr("确认新密码"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("确定"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::Reset) {
        auto* hint = new QLabel(tr("重设后请把新密码当面告知本人，并请其登录后自行修改。"), this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_current, m_password, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &PasswordDialog::updateProblem);
    updateProblem();
    setMinimumWidth(420);
}

QString PasswordDialog::currentPassword() const
{
    return m_current->text();
}

QString PasswordDialog::newPassword() const
{
    return m_password->text();
}

std::optional<QString> PasswordDialog::problem() const
{
    if (m_mode == Mode::Own && m_current->text().isEmpty())
        return tr("请输入当前密码。");
    if (auto p = UserService::passwordProblem(m_password->text()))
        return *p;
    if (m_confirm->text() != m_password->text())
        return tr("两次输入的新密码不一致。");
    return std::nullopt;
}

void PasswordDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PasswordDialog::updateProblem()
{
    const auto p = problem();
    m_ok->setEnabled(!p);
    const bool started = !m_password->text().isEmpty() || !m_confirm->text().isEmpty();
    showMessage(p && started ? *p : QString());
}

} // namespace jd::ui
