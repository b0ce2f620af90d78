#include "ui/security/FirstAdminDialog.h"

#include "core/db/Database.h"
#include "core/users/UserService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/BusyCursor.h"

#include "security/ui_FirstAdminDialog.h"

#include <QFont>
#include <QSettings>

namespace jd::ui {

FirstAdminDialog::FirstAdminDialog(const Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->messageLabel->hide();
    m_ui->userNameEdit->setText(QStringLiteral("admin"));
    connect(m_ui->createButton, &QPushButton::clicked, this, &FirstAdminDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FirstAdminDialog::reject);
    for (QLineEdit* edit : {m_ui->userNameEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &FirstAdminDialog::updateProblem);
    updateProblem();
    setMinimumWidth(500);
    m_ui->fullNameEdit->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

std::optional<QString> FirstAdminDialog::problem() const
{
    return problemFor(m_ui->userNameEdit->text(), m_ui->passwordEdit->text(), m_ui->confirmEdit->text());
}

std::optional<QString> FirstAdminDialog::problemFor(const QString& userName, const QString& password,
                                                    const QString& confirm)
{
    if (userName.trimmed().isEmpty())
        return tr("请填写用户名。");
    if (auto p = UserService::passwordProblem(password))
        return *p;
    if (confirm != password)
        return tr("两次输入的密码不一致。");
    return std::nullopt;
}

void FirstAdminDialog::updateProblem()
{
    const auto p = problem();
    m_ui->createButton->setEnabled(!p);
    // Nothing typed yet is not a mistake; say so once the password has been started.
    const bool started = !m_ui->passwordEdit->text().isEmpty() || !m_ui->confirmEdit->text().isEmpty();
    showMessage(p && started ? *p : QString());
}

QString FirstAdminDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void FirstAdminDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

Result<Session> FirstAdminDialog::tryCreate()
{
    if (const auto p = problem()) {
        showMessage(*p);
        return Error::invalid(*p);
    }
    const QString name = m_ui->userNameEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    const BusyCursor busy;
    // Before the first user the service accepts an administrator from anyone.
    UserService users(m_db, Session{});
    auto added = users.add(name, Role::Admin, password, m_ui->fullNameEdit->text().trimmed());
    if (!added) {
        const QString text = added.error().fields.isEmpty()
                                 ? added.error().message
                                 : added.error().message + QLatin1Char('\n') + ErrorPresenter::fieldLines(added.error().fields);
        showMessage(text);
        return added.error();
    }
    auto session = users.authenticate(name, password);
    if (!session) {
        showMessage(session.error().message);
        return session;
    }
    m_session = *session;
    QSettings().setValue(QStringLiteral("login/lastUser"), name);
    return session;
}

void FirstAdminDialog::accept()
{
    if (tryCreate())
        QDialog::accept();
}

} // namespace jd::ui
