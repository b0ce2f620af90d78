#include "ui/security/ServerConnectionDialog.h"

#include "ui/security/ServerConnectionForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

ServerConnectionDialog::ServerConnectionDialog(const QString& location, QWidget* parent)
    : QDialog(parent), m_form(new ServerConnectionForm(this))
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(tr("连接服务器数据库"));

    auto* intro = new QLabel(
        tr("填写中心服务器（PostgreSQL）的连接信息。服务器、数据库和用户名由服务器管理员提供；"
           "密码只用于这次连接，不会保存。"));
    intro->setObjectName(QStringLiteral("serverIntroLabel"));
    intro->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("连接(&C)"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true); // Enter in any field connects
    QPushButton* cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    if (!location.isEmpty())
        m_form->setLocation(location);
    m_form->firstEmptyField()->setFocus(Qt::OtherFocusReason);
}

ServerConnectionDialog::~ServerConnectionDialog() = default;

bool ServerConnectionDialog::tryConnect()
{
    m_connect->setEnabled(false);
    std::shared_ptr<Database> db = m_form->connectDatabase(m_options);
    m_connect->setEnabled(true);
    if (!db)
        return false;
    m_database = std::move(db);
    m_form->clearPassword();
    accept();
    return true;
}

QString ServerConnectionDialog::location() const
{
    return m_database ? m_database->path() : m_form->location();
}

} // namespace jd::ui
