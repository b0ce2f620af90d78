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
#include "ui/security/PermissionGate.h"
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
    setWindowTitle(tr("鉴定 Jianding — %1 — %2（%3）")
                       .arg(QFileInfo(db.path()).fileName(), session.user, roleText(session.role)));

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
    m_pathLabel->setText(tr("数据库：%1").arg(QDir::toNativeSeparators(db.path())));
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
                           .arg(QStringLiteral(JIANDING_VERSION), QDir::toNativeSeparators(m_db.path()).toHtmlEscaped())
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

} // namespace jd::ui
