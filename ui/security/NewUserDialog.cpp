#include "ui/security/NewUserDialog.h"

#include "core/users/UserService.h"
#include "ui/common/CoreLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

NewUserDialog::NewUserDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_fullName(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("新建用户"));
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setPlaceholderText(tr("2–32 个字母、数字或汉字，登录时使用"));
    m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : {Role::Clerk, Role::Reviewer, Role::Supervisor, Role::Admin})
        m_role->addItem(roleText(r), static_cast<int>(r));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("至少 8 位，须同时包含字母和数字"));
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("用户名"), m_name);
    form->addRow(tr("姓名"), m_fullName);
    form->addRow(tr("角色"), m_role);
    form->addRow(tr("密码"), m_password);
    form->addRow(tr("确认密码"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("创建"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_name, m_password, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &NewUserDialog::updateProblem);
    updateProblem();
    setMinimumWidth(440);
}

QString NewUserDialog::userName() const
{
    return m_name->text().trimmed();
}

QString NewUserDialog::fullName() const
{
    return m_fullName->text().trimmed();
}

Role NewUserDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

QString NewUserDialog::password() const
{
    return m_password->text();
}

std::optional<QString> NewUserDialog::problem() const
{
    if (userName().isEmpty())
        return tr("请填写用户名。");
    if (auto p = UserService::passwordProblem(m_password->text()))
        return *p;
    if (m_confirm->text() != m_password->text())
        return tr("两次输入的密码不一致。");
    return std::nullopt;
}

void NewUserDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NewUserDialog::updateProblem()
{
    const auto p = problem();
    m_ok->setEnabled(!p);
    const bool started = !m_password->text().isEmpty() || !m_confirm->text().isEmpty();
    showMessage(p && started ? *p : QString());
}

} // namespace jd::ui
