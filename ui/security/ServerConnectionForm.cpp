#include "ui/security/ServerConnectionForm.h"

#include "ui/common/FieldErrorStyle.h"
#include "ui/security/BusyCursor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace jd::ui {

namespace {

constexpr int kDefaultPort = 5432;

// The address line: grey while it explains what is missing, red after a refused attempt.
const QString kHintStyle = QStringLiteral("color: #5f6368;");
const QString kErrorStyle = QStringLiteral("color: #b03a2e;");

QLineEdit* lineEdit(const char* name, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

ServerConnectionForm::ServerConnectionForm(QWidget* parent)
    : QWidget(parent),
      m_host(lineEdit("serverHostEdit", tr("服务器名或 IP 地址，如 192.168.1.10"))),
      m_port(new QSpinBox), m_database(lineEdit("serverDatabaseEdit", tr("如 jianding"))),
      m_user(lineEdit("serverUserEdit", tr("服务器管理员分配的数据库用户"))),
      m_schema(lineEdit("serverSchemaEdit", tr("可不填（使用服务器的默认模式 public）"))),
      m_password(lineEdit("serverPasswordEdit", tr("每次连接时输入，不会保存"))),
      m_address(new QLabel), m_error(new QLabel)
{
    setObjectName(QStringLiteral("serverConnectionForm"));
    setStyleSheet(FieldErrorStyle::styleSheet());
    m_port->setObjectName(QStringLiteral("serverPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_port->setAccelerated(true);
    // Wide enough for five digits, not the whole row.
    m_port->setSizePolicy(QSizePolicy::Fixed, m_port->sizePolicy().verticalPolicy());
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("65535")) * 2);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);

    m_address->setObjectName(QStringLiteral("serverAddressLabel"));
    m_address->setWordWrap(true);
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("serverErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    auto addRow = [form](const QString& text, const char* name, QWidget* field) {
        auto* label = new QLabel(text);
        label->setObjectName(QString::fromLatin1(name));
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("服务器(&H)"), "serverHostLabel", m_host);
    addRow(tr("端口(&T)"), "serverPortLabel", m_port);
    addRow(tr("数据库(&A)"), "serverDatabaseLabel", m_database);
    addRow(tr("用户名(&U)"), "serverUserLabel", m_user);
    addRow(tr("模式(&M)"), "serverSchemaLabel", m_schema);
    addRow(tr("密码(&P)"), "serverPasswordLabel", m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_address);
    layout->addWidget(m_error);

    // Tab goes down the fields in the order they are read.
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_schema);
    setTabOrder(m_schema, m_password);

    auto edited = [this] {
        clearError();
        updateAddress();
        emit changed();
    };
    for (QLineEdit* edit : {m_host, m_database, m_user, m_schema, m_password})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_port, &QSpinBox::textChanged, this, edited);
    updateAddress();
}

ServerConnectionForm::~ServerConnectionForm() = default;

void ServerConnectionForm::setLocation(const QString& location)
{
    QString why;
    if (const auto server = Database::Server::parse(location.trimmed(), &why)) {
        m_host->setText(server->host);
        m_port->setValue(server->port);
        m_database->setText(server->database);
        m_user->setText(server->user);
        m_schema->setText(server->schema);
        return;
    }
    // What can be read is kept, so only the wrong part has to be typed again; a password
    // written into the address is not taken over.
    const QUrl url(location.trimmed(), QUrl::TolerantMode);
    if (url.isValid()) {
        m_host->setText(url.host());
        const int port = url.port(kDefaultPort);
        if (port >= 1 && port <= 65535)
            m_port->setValue(port);
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName());
        m_schema->setText(QUrlQuery(url).queryItemValue(QStringLiteral("schema")));
    }
    showError(why);
}

std::optional<ServerConnectionForm::Problem> ServerConnectionForm::check() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return Problem{tr("请填写“服务器”：服务器名或 IP 地址，例如 192.168.1.10。"), m_host};
    if (host.contains(QStringLiteral("://")) || host.contains(QLatin1Char('@')) ||
        host.contains(QLatin1Char('/')))
        return Problem{tr("“服务器”一栏只填服务器名或 IP 地址，不填完整的连接地址。"), m_host};
    static const QRegularExpression withPort(QStringLiteral("^[^:\\[\\]]+:(\\d*)$"));
    if (const auto m = withPort.match(host); m.hasMatch())
        return Problem{tr("“服务器”一栏只填服务器名或 IP 地址；端口%1请填在“端口”一栏。")
                           .arg(m.captured(1).isEmpty()
                                    ? QString()
                                    : QLatin1Char(' ') + m.captured(1) + QLatin1Char(' ')),
                       m_host};
    {
        QUrl probe;
        probe.setHost(host, QUrl::StrictMode);
        if (!probe.isValid() || probe.host().isEmpty())
            return Problem{tr("“服务器”一栏的“%1”不是有效的服务器名或 IP 地址。").arg(host),
                           m_host};
    }
    if (!m_port->hasAcceptableInput())
        return Problem{tr("“端口”应是 1 到 65535 之间的整数（PostgreSQL 通常为 5432）。"), m_port};
    const QString database = m_database->text().trimmed();
    if (database.isEmpty())
        return Problem{tr("请填写“数据库”：服务器上 Jianding 数据库的名称，例如 jianding。"),
                       m_database};
    if (database.contains(QLatin1Char('/')) || database.contains(QLatin1Char('?')) ||
        database.contains(QLatin1Char(' ')))
        return Problem{tr("“数据库”名称不能包含空格、“/”或“?”。"), m_database};
    if (m_user->text().trimmed().isEmpty())
        return Problem{tr("请填写“用户名”：服务器上的数据库用户。"), m_user};
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    const QString schema = m_schema->text().trimmed();
    if (!schema.isEmpty() && !identifier.match(schema).hasMatch())
        return Problem{tr("“模式”只能由小写字母、数字和下划线组成，且不以数字开头；不需要时留空。"),
                       m_schema};
    // Whatever else the address needs is the core's rule, with its own words.
    Database::Server server;
    server.host = host;
    server.port = m_port->value();
    server.database = database;
    server.user = m_user->text().trimmed();
    server.schema = schema;
    QString why;
    if (!Database::Server::parse(server.url(), &why))
        return Problem{why, m_host};
    return std::nullopt;
}

std::optional<QString> ServerConnectionForm::problem() const
{
    if (auto p = check())
        return p->message;
    return std::nullopt;
}

QString ServerConnectionForm::location() const
{
    if (check())
        return {};
    Database::Server server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.schema = m_schema->text().trimmed();
    return server.url();
}

QString ServerConnectionForm::password() const
{
    return m_password->text();
}

void ServerConnectionForm::clearPassword()
{
    m_password->clear();
}

void ServerConnectionForm::updateAddress()
{
    if (const auto p = check()) {
        m_address->setText(p->message);
        m_address->setStyleSheet(kHintStyle);
    } else {
        m_address->setText(tr("连接地址：%1").arg(location()));
        m_address->setStyleSheet(QString());
    }
}

QString ServerConnectionForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ServerConnectionForm::showError(const QString& message, const QString& detail)
{
    m_error->setText(message);
    // The server's own words (in English from libpq) help whoever runs the server.
    m_error->setToolTip(detail);
    m_error->setVisible(!message.isEmpty());
}

void ServerConnectionForm::clearError()
{
    showError(QString());
    m_address->show();
    if (m_marked) {
        FieldErrorStyle::clear(m_marked, nullptr);
        m_marked = nullptr;
    }
}

QWidget* ServerConnectionForm::firstEmptyField() const
{
    for (QLineEdit* edit : {m_host, m_database, m_user})
        if (edit->text().trimmed().isEmpty())
            return edit;
    return m_password;
}

std::shared_ptr<Database> ServerConnectionForm::connectDatabase(const Database::Options& options)
{
    clearError();
    if (const auto p = check()) {
        showError(p->message);
        m_address->hide(); // the same words, now in red underneath
        FieldErrorStyle::mark(p->field, nullptr, p->message);
        m_marked = p->field;
        p->field->setFocus(Qt::OtherFocusReason);
        return nullptr;
    }
    Database::Options withPassword = options;
    withPassword.password = m_password->text();
    auto opened = [&] {
        const BusyCursor busy;
        return Database::open(location(), withPassword);
    }();
    if (!opened) {
        const Error& e = opened.error();
        showError(e.message, e.detail);
        // A refused password is typed again; anything else is about the address.
        QLineEdit* focus = e.code == ErrorCode::NotAllowed ? m_password : m_host;
        focus->setFocus(Qt::OtherFocusReason);
        focus->selectAll();
        return nullptr;
    }
    return *std::move(opened);
}

} // namespace jd::ui
