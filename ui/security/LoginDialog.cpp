#include "ui/security/LoginDialog.h"

#include "core/db/Database.h"
#include "core/users/UserService.h"
#include "ui/review/ReviewerWindow.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/RecentDatabases.h"

#include "security/ui_LoginDialog.h"

#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace jd::ui {

LoginDialog::LoginDialog(const Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->subtitleLabel->setStyleSheet(QStringLiteral("color: #555;"));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_ui->messageLabel->hide();
    // With several databases in use (files, the centre's server) people see which one this is.
    auto* database = new QLabel(
        db.isServer() ? tr("服务器数据库：%1").arg(RecentDatabases::displayName(db.path()))
                      : tr("数据库：%1").arg(RecentDatabases::displayName(db.path())),
        this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setToolTip(RecentDatabases::describe(db.path()));
    database->setStyleSheet(QStringLiteral("color: #555;"));
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->subtitleLabel) + 1, database);
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::accept);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &LoginDialog::reject);
    // Experts scoring an offline package need no account: reviewer mode opens over the dialog.
    auto* reviewer = new QPushButton(tr("离线评分（评审专家）…"), this);
    reviewer->setObjectName(QStringLiteral("reviewerModeButton"));
    reviewer->setToolTip(tr("打开中心导出的离线评分包（*.jdreview），凭访问码评分，无需登录"));
    reviewer->setAutoDefault(false);
    reviewer->setFlat(true);
    reviewer->setStyleSheet(QStringLiteral("color: #1a5fb4; text-decoration: underline;"));
    m_ui->buttonLayout->insertWidget(0, reviewer);
    connect(reviewer, &QPushButton::clicked, this, [this] { ReviewerWindow::launch(this); });
    // A new attempt starts without the message of the last one.
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { showMessage({}); });

    const QString last = QSettings().value(QStringLiteral("login/lastUser")).toString();
    setUserName(last);
    setMinimumWidth(440);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString& name)
{
    m_ui->userNameEdit->setText(name);
    if (name.isEmpty())
        m_ui->userNameEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

QString LoginDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void LoginDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

Result<Session> LoginDialog::tryLogin()
{
    const QString name = m_ui->userNameEdit->text().trimmed();
    if (name.isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        const Error e = Error::invalid(tr("请输入用户名和密码。"));
        showMessage(e.message);
        (name.isEmpty() ? m_ui->userNameEdit : m_ui->passwordEdit)->setFocus();
        return e;
    }
    // Signing in is the one call made before anyone is known: the service checks the password.
    UserService users(m_db, Session{});
    Result<Session> result = [&] {
        const BusyCursor busy; // Argon2id takes a moment
        return users.authenticate(name, m_ui->passwordEdit->text());
    }();
    m_ui->passwordEdit->clear();
    if (!result) {
        showMessage(result.error().message);
        m_ui->passwordEdit->setFocus();
        return result;
    }
    showMessage({});
    m_session = *result;
    QSettings().setValue(QStringLiteral("login/lastUser"), name);
    return result;
}

void LoginDialog::accept()
{
    if (tryLogin())
        QDialog::accept();
}

} // namespace jd::ui
