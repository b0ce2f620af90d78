#include "ui/security/FirstRunWizard.h"

#include "core/db/Database.h"
#include "core/db/ReferenceData.h"
#include "core/demo/DemoGenerator.h"
#include "core/users/UserService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/FirstAdminDialog.h"
#include "ui/security/ServerConnectionForm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace jd::ui {

namespace {

// A page whose Next/Finish follows a check of the wizard's own widgets.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete ? m_complete() : true; }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QLabel* messageLabel(const char* name)
{
    auto* label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A database file this wizard created and could not set up goes again, with SQLite's
// side files, so the next start does not take it for a working database.
void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

FirstRunWizard::FirstRunWizard(const QString& defaultPath, QWidget* parent)
    : QWizard(parent), m_defaultPath(defaultPath)
{
    buildPages(true);
}

FirstRunWizard::FirstRunWizard(const Database& db, QWidget* parent) : QWizard(parent), m_given(&db)
{
    buildPages(false);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::buildPages(bool withDatabasePage)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("开始使用 — 鉴定 Jianding"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::NextButton, tr("下一步(&N) >"));
    setButtonText(QWizard::BackButton, tr("< 上一步(&B)"));
    setButtonText(QWizard::FinishButton, tr("完成(&F)"));
    setButtonText(QWizard::CancelButton, tr("取消"));
    if (withDatabasePage)
        setPage(DatabasePage, makeDatabasePage());
    setPage(AdminPage, makeAdminPage());
    setPage(SamplePage, makeSamplePage());
    setPage(SummaryPage, makeSummaryPage());
    setStartId(withDatabasePage ? DatabasePage : AdminPage);
    setMinimumWidth(620);
}

QWizardPage* FirstRunWizard::makeDatabasePage()
{
    auto* page = new CheckedPage([this] { return !chosenPath().isEmpty(); });
    page->setObjectName(QStringLiteral("databasePage"));
    page->setTitle(tr("数据库"));
    page->setSubTitle(tr("所有登记、备案和证书数据都保存在数据库中。第一次使用时新建一个即可；"
                         "已有的数据库文件（例如从另一台电脑复制来的）可以直接打开；"
                         "中心统一使用服务器时，连接服务器数据库。"));

    m_newDefaultRadio = new QRadioButton(tr("在默认位置新建数据库(&D)"));
    m_newDefaultRadio->setObjectName(QStringLiteral("newDefaultRadio"));
    m_newDefaultRadio->setChecked(true);
    auto* defaultPathLabel = new QLabel(QDir::toNativeSeparators(m_defaultPath));
    defaultPathLabel->setObjectName(QStringLiteral("defaultPathLabel"));
    defaultPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    defaultPathLabel->setWordWrap(true);

    m_newOtherRadio = new QRadioButton(tr("新建数据库，保存到其他位置(&O)"));
    m_newOtherRadio->setObjectName(QStringLiteral("newOtherRadio"));
    m_newPathEdit = new QLineEdit;
    m_newPathEdit->setObjectName(QStringLiteral("newPathEdit"));
    m_newPathEdit->setPlaceholderText(tr("新数据库文件的位置和名称"));
    m_newBrowse = new QPushButton(tr("浏览(&W)…"));
    m_newBrowse->setObjectName(QStringLiteral("newBrowseButton"));

    m_openRadio = new QRadioButton(tr("打开已有的数据库文件(&E)"));
    m_openRadio->setObjectName(QStringLiteral("openExistingRadio"));
    m_openPathEdit = new QLineEdit;
    m_openPathEdit->setObjectName(QStringLiteral("openPathEdit"));
    m_openPathEdit->setPlaceholderText(tr("已有数据库文件（*.sqlite）"));
    m_openBrowse = new QPushButton(tr("浏览(&R)…"));
    m_openBrowse->setObjectName(QStringLiteral("openBrowseButton"));

    m_serverRadio = new QRadioButton(tr("连接中心的服务器数据库（PostgreSQL）(&S)"));
    m_serverRadio->setObjectName(QStringLiteral("serverRadio"));
    m_serverRadio->setToolTip(tr("多台电脑共用中心服务器上的一个 PostgreSQL 数据库。"
                                 "连接信息由服务器管理员提供；密码不会保存。"));
    m_serverForm = new ServerConnectionForm;

    auto* group = new QButtonGroup(page);
    for (QRadioButton* r : {m_newDefaultRadio, m_newOtherRadio, m_openRadio, m_serverRadio})
        group->addButton(r);

    auto* grid = new QGridLayout(page);
    grid->setColumnMinimumWidth(0, 24);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(8);
    grid->addWidget(m_newDefaultRadio, 0, 0, 1, 3);
    grid->addWidget(defaultPathLabel, 1, 1, 1, 2);
    grid->addWidget(m_newOtherRadio, 2, 0, 1, 3);
    grid->addWidget(m_newPathEdit, 3, 1);
    grid->addWidget(m_newBrowse, 3, 2);
    grid->addWidget(m_openRadio, 4, 0, 1, 3);
    grid->addWidget(m_openPathEdit, 5, 1);
    grid->addWidget(m_openBrowse, 5, 2);
    grid->addWidget(m_serverRadio, 6, 0, 1, 3);
    grid->addWidget(m_serverForm, 7, 1, 1, 2);
    grid->setRowStretch(8, 1);

    auto update = [this, page] {
        m_newPathEdit->setEnabled(m_newOtherRadio->isChecked());
        m_newBrowse->setEnabled(m_newOtherRadio->isChecked());
        m_openPathEdit->setEnabled(m_openRadio->isChecked());
        m_openBrowse->setEnabled(m_openRadio->isChecked());
        // The server's fields only when the server is chosen: the page stays short for a file.
        m_serverForm->setVisible(m_serverRadio->isChecked());
        page->changed();
    };
    connect(group, &QButtonGroup::buttonToggled, page, update);
    connect(m_newPathEdit, &QLineEdit::textChanged, page, update);
    connect(m_openPathEdit, &QLineEdit::textChanged, page, update);
    connect(m_serverForm, &ServerConnectionForm::changed, page, update);
    connect(m_serverRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (!on)
            return;
        m_serverForm->firstEmptyField()->setFocus(Qt::OtherFocusReason);
        // The wizard keeps its size when a page grows: make room for the fields now shown.
        QTimer::singleShot(0, this, [this] { resize(size().expandedTo(sizeHint())); });
    });
    connect(m_newBrowse, &QPushButton::clicked, this, &FirstRunWizard::browseNew);
    connect(m_openBrowse, &QPushButton::clicked, this, &FirstRunWizard::browseExisting);
    update();
    return page;
}

QWizardPage* FirstRunWizard::makeAdminPage()
{
    auto* page = new CheckedPage([this] { return !adminProblem(); });
    page->setObjectName(QStringLiteral("adminPage"));
    page->setTitle(tr("管理员"));
    page->setSubTitle(tr("管理员负责添加其他用户、分配角色，以及备份和恢复数据库。"
                         "密码至少 8 位，须同时包含字母和数字。"));

    m_userNameEdit = new QLineEdit(QStringLiteral("admin"));
    m_userNameEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_userNameEdit->setPlaceholderText(tr("登录时使用，如 admin"));
    m_fullNameEdit = new QLineEdit;
    m_fullNameEdit->setObjectName(QStringLiteral("fullNameEdit"));
    m_fullNameEdit->setPlaceholderText(tr("可不填"));
    m_passwordEdit = new QLineEdit;
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit = new QLineEdit;
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_userNameMessage = messageLabel("userNameMessage");
    m_passwordMessage = messageLabel("passwordMessage");
    m_confirmMessage = messageLabel("confirmMessage");

    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    auto addRow = [form](const QString& text, const char* name, QLineEdit* edit, QLabel* message) {
        auto* label = new QLabel(text);
        label->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        form->addRow(label, edit);
        if (message)
            form->addRow(QString(), message);
    };
    addRow(tr("用户名(&U)"), "userNameLabel", m_userNameEdit, m_userNameMessage);
    addRow(tr("姓名(&A)"), "fullNameLabel", m_fullNameEdit, nullptr);
    addRow(tr("密码(&P)"), "passwordLabel", m_passwordEdit, m_passwordMessage);
    addRow(tr("确认密码(&C)"), "confirmLabel", m_confirmEdit, m_confirmMessage);

    for (QLineEdit* edit : {m_userNameEdit, m_passwordEdit, m_confirmEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &FirstRunWizard::updateAdminMessages);
        connect(edit, &QLineEdit::textChanged, page, &CheckedPage::changed);
    }
    return page;
}

QWizardPage* FirstRunWizard::makeSamplePage()
{
    auto* page = new QWizardPage;
    page->setObjectName(QStringLiteral("samplePage"));
    page->setTitle(tr("示例数据"));
    page->setSubTitle(tr("示例数据是虚构的企业、人员、备案申请和认定计划，用于培训和试用。"
                         "正式使用的数据库不要生成示例数据。"));
    m_sampleCheck = new QCheckBox(tr("生成示例数据（用于培训和试用）(&G)"));
    m_sampleCheck->setObjectName(QStringLiteral("sampleDataCheck"));
    m_enterpriseSpin = new QSpinBox;
    m_enterpriseSpin->setObjectName(QStringLiteral("enterpriseCountSpin"));
    m_enterpriseSpin->setRange(1, 500);
    m_enterpriseSpin->setValue(20);
    m_enterpriseSpin->setEnabled(false);
    auto* countLabel = new QLabel(tr("企业数量(&Q)"));
    countLabel->setObjectName(QStringLiteral("enterpriseCountLabel"));
    countLabel->setBuddy(m_enterpriseSpin);
    countLabel->setEnabled(false);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_sampleCheck);
    auto* row = new QHBoxLayout;
    row->addSpacing(24);
    row->addWidget(countLabel);
    row->addWidget(m_enterpriseSpin);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_sampleCheck, &QCheckBox::toggled, m_enterpriseSpin, &QWidget::setEnabled);
    connect(m_sampleCheck, &QCheckBox::toggled, countLabel, &QWidget::setEnabled);
    return page;
}

QWizardPage* FirstRunWizard::makeSummaryPage()
{
    auto* page = new QWizardPage;
    page->setObjectName(QStringLiteral("summaryPage"));
    page->setTitle(tr("确认"));
    page->setSubTitle(tr("点“完成”后按以下设置准备数据库，然后以管理员身份登录。"));
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addStretch(1);
    return page;
}

void FirstRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != SummaryPage)
        return;
    QStringList lines;
    if (m_given)
        lines << (m_given->isServer()
                      ? tr("服务器数据库：%1").arg(m_given->path())
                      : tr("数据库：%1").arg(QDir::toNativeSeparators(m_given->path())));
    else if (usesServer())
        lines << tr("服务器数据库：%1").arg(chosenPath());
    else if (createsNew())
        lines << tr("新建数据库：%1").arg(QDir::toNativeSeparators(chosenPath()));
    else
        lines << tr("打开数据库：%1").arg(QDir::toNativeSeparators(chosenPath()));
    if (m_existingHasUsers) {
        lines << tr("此数据库已有用户，不再创建管理员。点“完成”后请用已有的账户登录。");
    } else {
        lines << tr("管理员：%1").arg(m_userNameEdit->text().trimmed());
        lines << (m_sampleCheck->isChecked()
                      ? tr("示例数据：生成 %1 家企业的示例数据").arg(m_enterpriseSpin->value())
                      : tr("示例数据：不生成"));
    }
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
}

std::optional<QString> FirstRunWizard::adminProblem() const
{
    return FirstAdminDialog::problemFor(m_userNameEdit->text(), m_passwordEdit->text(),
                                        m_confirmEdit->text());
}

void FirstRunWizard::updateAdminMessages()
{
    // The message stands next to the field it is about; nothing typed yet is not a mistake.
    const auto p = adminProblem();
    const bool started = !m_passwordEdit->text().isEmpty() || !m_confirmEdit->text().isEmpty();
    QLabel* at = nullptr;
    if (p && (started || m_userNameEdit->text().trimmed().isEmpty())) {
        if (m_userNameEdit->text().trimmed().isEmpty())
            at = m_userNameMessage;
        else if (UserService::passwordProblem(m_passwordEdit->text()))
            at = m_passwordMessage;
        else
            at = m_confirmMessage;
    }
    for (QLabel* label : {m_userNameMessage, m_passwordMessage, m_confirmMessage})
        setMessage(label, label == at ? *p : QString());
}

void FirstRunWizard::browseNew()
{
    const QString start = m_newPathEdit->text().isEmpty()
                              ? QDir::homePath() + QStringLiteral("/jianding.sqlite")
                              : m_newPathEdit->text();
    // Overwriting is refused on Next anyway; an existing file is opened, never replaced.
    const QString path = QFileDialog::getSaveFileName(this, tr("新建数据库"), start,
                                                      tr("数据库 (*.sqlite);;所有文件 (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_newPathEdit->setText(QDir::toNativeSeparators(path));
}

void FirstRunWizard::browseExisting()
{
    const QString start =
        m_openPathEdit->text().isEmpty() ? QDir::homePath() : m_openPathEdit->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("打开数据库"), start,
                                                      tr("数据库 (*.sqlite *.db);;所有文件 (*)"));
    if (!path.isEmpty())
        m_openPathEdit->setText(QDir::toNativeSeparators(path));
}

QString FirstRunWizard::chosenPath() const
{
    if (m_given)
        return m_given->path();
    if (m_newDefaultRadio->isChecked())
        return m_defaultPath;
    if (m_newOtherRadio->isChecked())
        return QDir::fromNativeSeparators(m_newPathEdit->text().trimmed());
    if (m_openRadio->isChecked())
        return QDir::fromNativeSeparators(m_openPathEdit->text().trimmed());
    if (m_serverRadio->isChecked())
        return m_serverForm->location(); // empty while a field is missing or wrong
    return {};
}

bool FirstRunWizard::usesServer() const
{
    return !m_given && m_serverRadio->isChecked();
}

bool FirstRunWizard::createsNew() const
{
    return !m_given && (m_newDefaultRadio->isChecked() || m_newOtherRadio->isChecked());
}

QString FirstRunWizard::databasePath() const
{
    return m_given ? m_given->path() : m_ownedPath;
}

void FirstRunWizard::closeOwned()
{
    m_owned.reset();
    m_ownedPath.clear();
    m_ownedIsNew = false;
}

void FirstRunWizard::refuseExisting(const QString& path)
{
    ErrorPresenter::show(
        this,
        Error::invalid(tr("文件“%1”已经存在。要使用它，请选择“打开已有的数据库文件”；"
                          "要新建，请换一个文件名。")
                           .arg(QDir::toNativeSeparators(path))),
        tr("无法新建数据库"));
}

bool FirstRunWizard::ensureOpen()
{
    const QString path = chosenPath();
    if (m_owned && m_ownedPath == path)
        return true;
    closeOwned();
    const bool isNew = createsNew();
    if (isNew && QFileInfo::exists(path)) {
        refuseExisting(path);
        return false;
    }
    std::shared_ptr<Database> db;
    if (usesServer()) {
        // An empty server database is set up as a new one; the form shows why a connection fails.
        Database::Options options;
        options.createIfMissing = true;
        db = m_serverForm->connectDatabase(options);
        if (!db)
            return false;
    } else {
        Database::Options options;
        options.createIfMissing = isNew;
        auto opened = Database::open(path, options);
        if (!opened) {
            if (isNew && QFileInfo::exists(path))
                removeDatabaseFiles(path);
            ErrorPresenter::show(this, opened.error(),
                                 isNew ? tr("无法新建数据库") : tr("无法打开数据库"));
            return false;
        }
        db = *std::move(opened);
    }
    // Every program loads the reference data after opening a database (ReferenceData.h).
    if (Status s = seedReferenceData(*db); !s) {
        db.reset(); // closed before its file goes
        if (isNew)
            removeDatabaseFiles(path);
        ErrorPresenter::show(this, s.error(), tr("无法载入职业目录"));
        return false;
    }
    m_owned = std::move(db);
    m_ownedPath = path;
    m_ownedIsNew = isNew;
    return true;
}

bool FirstRunWizard::validateDatabasePage()
{
    m_existingHasUsers = false;
    if (createsNew()) {
        // Created at Finish; a file left by an earlier attempt of this wizard is reused.
        const QString path = chosenPath();
        if (QFileInfo::exists(path) && !(m_owned && m_ownedIsNew && m_ownedPath == path)) {
            refuseExisting(path);
            return false;
        }
        return true;
    }
    // An existing file is opened now: with users in it there is no administrator to create.
    if (!ensureOpen())
        return false;
    auto any = UserService(*m_owned, Session{}).hasUsers();
    if (!any) {
        ErrorPresenter::show(this, any.error(), tr("无法读取用户"));
        return false;
    }
    m_existingHasUsers = *any;
    return true;
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case DatabasePage:
        return m_existingHasUsers ? SummaryPage : AdminPage;
    case AdminPage:
        return SamplePage;
    case SamplePage:
        return SummaryPage;
    default:
        return -1;
    }
}

bool FirstRunWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    switch (currentId()) {
    case DatabasePage:
        return validateDatabasePage();
    case AdminPage:
        return !adminProblem();
    case SummaryPage:
        return finish();
    default:
        return true;
    }
}

void FirstRunWizard::goBackTo(int id)
{
    if (!visitedIds().contains(id))
        return;
    while (currentId() != id)
        back();
}

bool FirstRunWizard::finish()
{
    if (!m_given && !ensureOpen()) {
        goBackTo(DatabasePage);
        return false;
    }
    if (m_existingHasUsers)
        return true; // people sign in with their account as usual
    const Database& db = m_given ? *m_given : *m_owned;

    if (!m_session) {
        const QString name = m_userNameEdit->text().trimmed();
        const QString password = m_passwordEdit->text();
        Result<Session> session = Error::invalid(QString());
        {
            const BusyCursor busy;
            // Before the first user the service accepts an administrator from anyone.
            UserService users(db, Session{});
            auto added = users.add(name, Role::Admin, password, m_fullNameEdit->text().trimmed());
            session = added ? users.authenticate(name, password) : Result<Session>(added.error());
        }
        if (!session) {
            Error error = session.error();
            for (const FieldError& f : error.fields) {
                if (f.field == QStringLiteral("name"))
                    setMessage(m_userNameMessage, f.message);
                else if (f.field == QStringLiteral("password"))
                    setMessage(m_passwordMessage, f.message);
            }
            if (!error.fields.isEmpty())
                error.message += QLatin1Char('\n') + ErrorPresenter::fieldLines(error.fields);
            if (m_ownedIsNew)
                error.message += QLatin1Char('\n') +
                                 tr("数据库文件已经建立，但其中还没有用户。改正后再点“完成”，"
                                    "会继续使用这个文件。");
            goBackTo(AdminPage);
            ErrorPresenter::show(this, error, tr("无法创建管理员"));
            return false;
        }
        m_session = *session;
        m_ownedIsNew = false;
        QSettings().setValue(QStringLiteral("login/lastUser"), name);
        // Created: another name or password would no longer apply.
        for (QLineEdit* edit : {m_userNameEdit, m_fullNameEdit, m_passwordEdit, m_confirmEdit})
            edit->setReadOnly(true);
        // ... nor another database, which would be left without its administrator.
        if (!m_given) {
            for (QWidget* w : std::initializer_list<QWidget*>{
                     m_newDefaultRadio, m_newOtherRadio, m_openRadio, m_newPathEdit, m_openPathEdit,
                     m_newBrowse, m_openBrowse, m_serverRadio, m_serverForm})
                w->setEnabled(false);
        }
    }

    if (m_sampleCheck->isChecked() && m_sampleCheck->isEnabled()) {
        QProgressDialog progress(tr("正在生成示例数据，请稍候…"), QString(), 0, 0, this);
        progress.setObjectName(QStringLiteral("sampleProgress"));
        progress.setWindowTitle(tr("示例数据"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.show();
        QCoreApplication::processEvents();
        DemoOptions options;
        options.enterprises = m_enterpriseSpin->value();
        Result<DemoSummary> demo = Error::invalid(QString());
        {
            const BusyCursor busy;
            demo = DemoGenerator(db, *m_session).generate(options);
        }
        progress.close();
        if (!demo) {
            Error error = demo.error();
            error.message += QLatin1Char('\n') + tr("管理员已经创建，已写入的示例数据会保留。"
                                                    "可以取消勾选示例数据后点“完成”继续。");
            goBackTo(SamplePage);
            ErrorPresenter::show(this, error, tr("示例数据未能全部生成"));
            return false;
        }
        // Generated once: Finish again (after a later problem) must not add a second set.
        m_sampleCheck->setEnabled(false);
        m_enterpriseSpin->setEnabled(false);
    }
    return true;
}

} // namespace jd::ui
