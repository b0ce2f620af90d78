#include "ui/MainWindow.h"
#include "ui/common/CoreLabels.h"

#include "core/common/TableFile.h"
#include "core/db/Database.h"
#include "core/documents/ApplicationForm.h"
#include "core/registry/EnterpriseService.h"
#include "core/registry/OccupationCatalogue.h"
#include "ui/catalogue/OccupationCatalogueView.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/filing/FilingWorkspace.h"
#include "ui/numbering/NumberingView.h"
#include "ui/registry/EnterpriseEditor.h"
#include "ui/registry/EnterpriseListView.h"
#include "ui/review/ReviewWorkspace.h"
#include "ui/security/AutoBackup.h"
#include "ui/security/DatabaseOpener.h"
#include "ui/security/PermissionGate.h"
#include "ui/security/RecentDatabases.h"
#include "ui/security/SystemMenu.h"
#include "ui/supervision/SupervisionWorkspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace jd::ui {

MainWindow::MainWindow(Database& db, Session session, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_session(session), m_service(new EnterpriseService(db, session, this)),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)), m_list(new EnterpriseListView(*m_service, this)),
      m_catalogue(new OccupationCatalogueView(db, session, this)), m_countLabel(new QLabel(this)),
      m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        tr("鉴定 Jianding — %1 — %2（%3）")
            .arg(RecentDatabases::displayName(db.path()), session.user, roleText(session.role)));

    m_nav->setObjectName(QStringLiteral("navList"));
    m_nav->addItem(tr("企业登记"));
    m_nav->addItem(tr("职业目录"));
    m_nav->setFixedWidth(std::max(150, m_nav->fontMetrics().horizontalAdvance(tr("企业登记")) * 2));
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // labels are short; never a stray scrollbar
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navList::item { padding: 6px 8px; }"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_catalogue);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("countStatusLabel"));
    m_pathLabel->setObjectName(QStringLiteral("pathStatusLabel"));
    m_pathLabel->setText(db.isServer()
                             ? tr("服务器数据库：%1").arg(RecentDatabases::describe(db.path()))
                             : tr("数据库：%1").arg(RecentDatabases::describe(db.path())));
    m_pathLabel->setToolTip(m_pathLabel->text());
    auto* userLabel = new QLabel(tr("当前用户：%1（%2）").arg(session.user, roleText(session.role)), this);
    userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    statusBar()->addPermanentWidget(userLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    setupMenus();
    m_list->setPermissions(m_session);
    // 工作台 first, then the filing pages after the registry; the 备案 menu before 系统.
    m_filingWorkspace = new FilingWorkspace(db, m_session, *m_service, this);
    m_filingWorkspace->install(m_nav, m_pages, m_list);
    m_filingWorkspace->installMenu(menuBar(), m_system ? m_system->menu()->menuAction() : nullptr);
    connect(m_filingWorkspace, &FilingWorkspace::enterpriseRequested, this, &MainWindow::openEditor);
    // Supervision after publication: after the filing pages.
    m_supervisionWorkspace = new SupervisionWorkspace(db, m_session, *m_service, this);
    m_supervisionWorkspace->install(m_nav, m_pages, m_filingWorkspace->numberingView());
    // Expert review after the filing pages (before supervision); the 评审 menu after 备案.
    auto* review = new ReviewWorkspace(db, m_session, *m_service, *m_filingWorkspace, this);
    review->install(m_nav, m_pages, m_filingWorkspace->numberingView());
    review->installMenu(menuBar(), m_system ? m_system->menu()->menuAction() : nullptr);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_list, &EnterpriseListView::openRequested, this, &MainWindow::openEditor);
    connect(m_list, &EnterpriseListView::newRequested, this, &MainWindow::newEnterprise);
    connect(m_service, &EnterpriseService::changed, this, &MainWindow::updateCounts);
    connect(m_catalogue, &OccupationCatalogueView::catalogueChanged, this, &MainWindow::updateCounts);
    // "Print" in the main window prints the editor last worked in, if one is open.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (auto* editor = now ? qobject_cast<EnterpriseEditor*>(now->window()) : nullptr)
            m_lastEditor = editor;
    });
    m_nav->setCurrentRow(0);
    updateCounts();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("main/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("main/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::setupMenus()
{
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    QAction* newAction = file->addAction(tr("新建企业(&N)"), this, &MainWindow::newEnterprise);
    newAction->setShortcut(QKeySequence::New);
    PermissionGate::apply(newAction, m_session, Permission::EditRegistry);
    QAction* print = file->addAction(tr("打印(&P)…"), this, &MainWindow::printCurrent);
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("打印正在编辑或在列表中选中的企业的备案申请表"));
    file->addSeparator();
    // Another database: this window closes and people sign in to the one chosen.
    m_openFile = file->addAction(tr("打开数据库文件(&O)…"), this, &MainWindow::openDatabaseFile);
    m_openFile->setObjectName(QStringLiteral("openDatabaseFileAction"));
    m_openFile->setShortcut(QKeySequence::Open);
    m_openFile->setStatusTip(tr("改用另一个数据库文件（*.sqlite），并在其中重新登录"));
    m_connectServer =
        file->addAction(tr("连接服务器数据库(&S)…"), this, &MainWindow::connectServer);
    m_connectServer->setObjectName(QStringLiteral("connectServerAction"));
    m_connectServer->setStatusTip(tr("连接中心服务器（PostgreSQL）上的数据库，并在其中重新登录"));
    m_recentMenu = file->addMenu(tr("最近打开(&R)"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("退出(&Q)"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* registry = menuBar()->addMenu(tr("企业(&E)"));
    QAction* import = registry->addAction(tr("导入(&I)…"), m_list, &EnterpriseListView::importWithDialog);
    import->setStatusTip(tr("导入企业按模板填写的 CSV、Excel 或 JSON 文件"));
    PermissionGate::apply(import, m_session, Permission::ImportRegistry);
    QAction* tmpl = registry->addAction(tr("导出模板(&T)…"), this, &MainWindow::exportTemplate);
    tmpl->setStatusTip(tr("导出企业导入模板（Excel 或 CSV），发给企业填写"));

    m_system = new SystemMenu(m_db, m_session, this);
    menuBar()->addMenu(m_system->menu());
    connect(m_system, &SystemMenu::signOutRequested, this, &MainWindow::signOut);
    // After a restore the open editors hold data that no longer exists: close without asking.
    connect(m_system, &SystemMenu::databaseReplaced, this, [this] {
        for (const QPointer<EnterpriseEditor>& e : std::as_const(m_editors))
            if (e)
                e->setUnsavedPrompt([](EnterpriseEditor*) { return EnterpriseEditor::UnsavedDecision::Discard; });
    });

    QMenu* help = menuBar()->addMenu(tr("帮助(&H)"));
    QAction* aboutAction = help->addAction(tr("关于(&A)"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text);
}

void MainWindow::updateCounts()
{
    auto listed = m_service->list();
    auto catalogue = OccupationCatalogue(m_db).count();
    QStringList parts;
    if (listed)
        parts << tr("企业 %1 家").arg(listed->size());
    if (catalogue)
        parts << tr("职业目录 %1 条").arg(*catalogue);
    m_countLabel->setText(parts.join(tr("，")));
}

EnterpriseEditor* MainWindow::createEditor()
{
    auto* editor = new EnterpriseEditor(*m_service, m_db, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setModal(false);
    editor->setReadOnly(PermissionGate::reason(m_session, Permission::EditRegistry));
    m_editors.removeAll(nullptr);
    m_editors << editor;
    connect(editor, &EnterpriseEditor::saved, this,
            [this](qint64 id) { statusBar()->showMessage(tr("已保存企业（编号 %1）。").arg(id), 5000); });
    return editor;
}

void MainWindow::newEnterprise()
{
    EnterpriseEditor* editor = createEditor();
    editor->startNew();
    editor->show();
    editor->raise();
    editor->activateWindow();
}

EnterpriseEditor* MainWindow::openEditor(qint64 id)
{
    for (const QPointer<EnterpriseEditor>& e : std::as_const(m_editors)) {
        if (e && e->enterpriseId() == id) {
            e->show();
            e->raise();
            e->activateWindow();
            return e;
        }
    }
    EnterpriseEditor* editor = createEditor();
    if (Status s = editor->load(id); !s) {
        ErrorPresenter::show(this, s.error());
        editor->deleteLater();
        return nullptr;
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void MainWindow::printCurrent()
{
    if (m_lastEditor && m_lastEditor->isVisible()) {
        m_lastEditor->printPreview();
        return;
    }
    const qint64 id = m_list->currentId();
    if (id == 0) {
        statusBar()->showMessage(tr("请先在企业列表中选择要打印的企业，或打开企业后再打印。"), 5000);
        return;
    }
    auto e = m_service->get(id);
    if (!e) {
        ErrorPresenter::show(this, e.error());
        return;
    }
    PrintActions::preview(this, applicationForm(*e));
}

void MainWindow::exportTemplate()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("导出企业导入模板"),
                                                      QDir(dir).filePath(tr("企业导入模板.xlsx")),
                                                      tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    // CSV is written UTF-8 with BOM, so Excel on Chinese Windows shows the headers correctly.
    if (Status s = table::write(path, {EnterpriseService::csvHeader()}, tr("企业")); !s) {
        ErrorPresenter::show(this, s.error());
        return;
    }
    statusBar()->showMessage(tr("模板已保存到 %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("关于 鉴定 Jianding"),
                       tr("<h3>鉴定 Jianding %1</h3>"
                          "<p>天津市职业技能鉴定指导中心 企业职业技能等级认定试点 管理客户端。</p>"
                          "<p>依据：津人社办发〔2019〕82号。</p>"
                          "<p>数据库：%2<br/>数据结构版本：%3</p>")
                           .arg(QStringLiteral(JIANDING_VERSION),
                                RecentDatabases::describe(m_db.path()).toHtmlEscaped())
                           .arg(m_db.schemaVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Each open editor may still hold unsaved edits: let each one ask.
    for (const QPointer<EnterpriseEditor>& e : std::as_const(m_editors)) {
        if (e && e->isVisible() && !e->confirmClose()) {
            e->raise();
            e->activateWindow();
            event->ignore();
            return;
        }
    }
    for (const QPointer<EnterpriseEditor>& e : std::as_const(m_editors))
        if (e)
            e->hide();
    QSettings settings;
    settings.setValue(QStringLiteral("main/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("main/state"), saveState());
    // User management, the audit log and other windows of this one close with it.
    for (QDialog* d : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        d->close();
    if (!m_signingOut)
        AutoBackup::runOnClose(m_db, this);
    event->accept();
}

void MainWindow::signOut()
{
    m_signingOut = true;
    if (!close())
        m_signingOut = false;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QString current = RecentDatabases::normalised(m_db.path());
    const QStringList entries = RecentDatabases::list();
    for (int i = 0; i < entries.size(); ++i) {
        const QString& location = entries.at(i);
        const QString name = RecentDatabases::displayName(location);
        // Numbered for the keyboard; a server is marked as one, its address in the tooltip.
        QString label = Database::isServerLocation(location) ? tr("%1（服务器）").arg(name) : name;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = QStringLiteral("&%1 %2").arg(QString::number(i + 1), label);
        QAction* action =
            m_recentMenu->addAction(text, this, [this, location] { openLocation(location); });
        action->setObjectName(QStringLiteral("recentDatabaseAction%1").arg(i));
        action->setData(location);
        action->setToolTip(RecentDatabases::describe(location));
        action->setStatusTip(RecentDatabases::describe(location));
        if (location == current) {
            action->setCheckable(true);
            action->setChecked(true);
            action->setEnabled(false);
            action->setToolTip(tr("正在使用：%1").arg(RecentDatabases::describe(location)));
        }
    }
    if (entries.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("（没有最近打开的数据库）"));
        none->setObjectName(QStringLiteral("recentEmptyAction"));
        none->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("清除列表(&C)"), this, [this] {
        RecentDatabases::clear();
        // The database in use stays listed: it is open, and the next start opens it.
        RecentDatabases::add(m_db.path());
        updateRecentMenu();
    });
    clear->setObjectName(QStringLiteral("clearRecentAction"));
}

void MainWindow::openDatabaseFile()
{
    QString dir = m_db.isServer() ? QString() : QFileInfo(m_db.path()).absolutePath();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("打开数据库文件"), dir,
                                                      tr("数据库 (*.sqlite *.db);;所有文件 (*)"));
    if (!path.isEmpty())
        openLocation(path);
}

void MainWindow::connectServer()
{
    // Start from the server in use, or else the last server used: usually only the password is new.
    QString prefill = m_db.isServer() ? m_db.path() : QString();
    if (prefill.isEmpty()) {
        for (const QString& location : RecentDatabases::list()) {
            if (Database::isServerLocation(location)) {
                prefill = location;
                break;
            }
        }
    }
    if (auto db = DatabaseOpener::connectServer(this, prefill))
        switchTo(std::move(db));
}

bool MainWindow::openLocation(const QString& location)
{
    if (RecentDatabases::normalised(location) == RecentDatabases::normalised(m_db.path())) {
        statusBar()->showMessage(tr("正在使用这个数据库。"), 5000);
        return false;
    }
    const bool server = Database::isServerLocation(location);
    if (!server && !QFileInfo::exists(location)) {
        // A file that was moved or deleted leaves the list; nothing is created in its place.
        RecentDatabases::remove(location);
        ErrorPresenter::show(
            this,
            Error::notFound(
                tr("数据库文件“%1”不存在，可能已被移动或删除。已从最近打开的列表中去掉。")
                    .arg(RecentDatabases::describe(location))),
            tr("无法打开数据库"));
        return false;
    }
    Database::Options options;
    options.createIfMissing = server; // a server database may be empty still; a file must exist
    auto db = DatabaseOpener::open(this, location, options);
    return db && switchTo(std::move(db));
}

bool MainWindow::switchTo(std::shared_ptr<Database> db)
{
    if (!db)
        return false;
    if (RecentDatabases::normalised(db->path()) == RecentDatabases::normalised(m_db.path())) {
        statusBar()->showMessage(tr("正在使用这个数据库。"), 5000);
        return false;
    }
    m_next = std::move(db);
    signOut();
    if (!m_signingOut) {
        m_next.reset(); // an editor kept the window open: stay with this database
        return false;
    }
    return true;
}

} // namespace jd::ui
