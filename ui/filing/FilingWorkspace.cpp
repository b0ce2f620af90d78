#include "ui/filing/FilingWorkspace.h"

#include "core/filing/FilingService.h"
#include "core/numbering/NumberingService.h"
#include "core/registry/EnterpriseService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/filing/DashboardView.h"
#include "ui/filing/FilingListView.h"
#include "ui/filing/FilingView.h"
#include "ui/filing/PilotCatalogueView.h"
#include "ui/numbering/NumberingView.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

namespace jd::ui {

FilingWorkspace::FilingWorkspace(const Database& db, Session session,
                                 EnterpriseService& enterprises, QWidget* window)
    : QObject(window), m_db(db), m_session(std::move(session)), m_enterprises(enterprises),
      m_window(window), m_filings(std::make_unique<FilingService>(db, m_session)),
      m_numbering(std::make_unique<NumberingService>(db, m_session)),
      m_dashboard(new DashboardView(*m_filings, *m_numbering, db, window)),
      m_list(new FilingListView(*m_filings, enterprises, db, window)),
      m_catalogue(new PilotCatalogueView(*m_filings, window)),
      m_numberingView(new NumberingView(*m_numbering, *m_filings, db, m_session, window))
{
    connect(m_list.data(), &FilingListView::openRequested, this, &FilingWorkspace::openFiling);
    connect(m_dashboard.data(), &DashboardView::filingRequested, this,
            &FilingWorkspace::openFiling);
    connect(m_dashboard.data(), &DashboardView::statusRequested, this, [this](FilingStatus s) {
        m_list->setStatusFilter(s);
        m_list->setBatchFilter(0);
        showPage(m_list.data());
    });
    connect(m_dashboard.data(), &DashboardView::allFilingsRequested, this, [this] {
        m_list->setStatusFilter(std::nullopt);
        showPage(m_list.data());
    });
    connect(m_dashboard.data(), &DashboardView::catalogueRequested, this,
            [this] { showPage(m_catalogue.data()); });
    connect(m_dashboard.data(), &DashboardView::numberingRequested, this,
            [this] { showPage(m_numberingView.data()); });
    // Names and USCCs shown on every page come from the registry.
    connect(&enterprises, &EnterpriseService::changed, this, &FilingWorkspace::refreshAll);
}

FilingWorkspace::~FilingWorkspace()
{
    // The views hold references to the services: they go first.
    for (const QPointer<FilingView>& v : std::as_const(m_views))
        delete v.data();
    delete m_dashboard.data();
    delete m_list.data();
    delete m_catalogue.data();
    delete m_numberingView.data();
}

void FilingWorkspace::install(QListWidget* nav, QStackedWidget* pages, QWidget* after)
{
    m_nav = nav;
    m_pages = pages;
    nav->insertItem(0, tr("工作台"));
    pages->insertWidget(0, m_dashboard.data());
    int at = after ? pages->indexOf(after) + 1 : pages->count();
    if (at <= 0)
        at = pages->count();
    const QList<std::pair<QString, QWidget*>> rest = {{tr("备案申请"), m_list.data()},
                                                      {tr("试点企业目录"), m_catalogue.data()},
                                                      {tr("证书号段"), m_numberingView.data()}};
    for (const auto& [label, page] : rest) {
        nav->insertItem(at, label);
        pages->insertWidget(at, page);
        ++at;
    }
    nav->setCurrentRow(0);
    pages->setCurrentIndex(0);
}

QMenu* FilingWorkspace::installMenu(QMenuBar* bar, QAction* before)
{
    auto* menu = new QMenu(tr("备案(&L)"), bar);
    menu->setObjectName(QStringLiteral("filingMenu"));
    QAction* dashboard =
        menu->addAction(tr("工作台(&D)"), this, [this] { showPage(m_dashboard.data()); });
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* list = menu->addAction(tr("备案申请(&L)"), this, [this] { showPage(m_list.data()); });
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    menu->addAction(tr("新建备案申请(&N)…"), m_list.data(), &FilingListView::newFiling)
        ->setStatusTip(tr("登记一份收到的纸质备案申请"));
    menu->addAction(tr("申报批次(&B)…"), m_list.data(), &FilingListView::manageBatches);
    menu->addSeparator();
    menu->addAction(tr("试点企业目录(&C)"), this, [this] { showPage(m_catalogue.data()); });
    menu->addAction(tr("证书号段(&R)"), this, [this] { showPage(m_numberingView.data()); });
    menu->addSeparator();
    QAction* refresh = menu->addAction(tr("刷新(&F)"), this, &FilingWorkspace::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WindowShortcut);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    if (before)
        bar->insertMenu(before, menu);
    else
        bar->addMenu(menu);
    return menu;
}

DashboardView* FilingWorkspace::dashboard() const
{
    return m_dashboard.data();
}

FilingListView* FilingWorkspace::filingList() const
{
    return m_list.data();
}

PilotCatalogueView* FilingWorkspace::catalogue() const
{
    return m_catalogue.data();
}

NumberingView* FilingWorkspace::numberingView() const
{
    return m_numberingView.data();
}

QList<FilingView*> FilingWorkspace::openViews() const
{
    QList<FilingView*> out;
    for (const QPointer<FilingView>& v : m_views)
        if (v)
            out << v.data();
    return out;
}

void FilingWorkspace::showPage(QWidget* page)
{
    if (!m_pages || !m_nav)
        return;
    const int i = m_pages->indexOf(page);
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

void FilingWorkspace::refreshAll()
{
    if (m_dashboard)
        m_dashboard->refresh();
    if (m_list)
        m_list->refresh();
    if (m_catalogue)
        m_catalogue->refresh();
    if (m_numberingView)
        m_numberingView->refresh();
    for (FilingView* v : openViews())
        v->refresh();
}

FilingView* FilingWorkspace::openFiling(qint64 id)
{
    for (FilingView* v : openViews()) {
        if (v->filingId() == id) {
            v->show();
            v->raise();
            v->activateWindow();
            return v;
        }
    }
    auto* view = new FilingView(*m_filings, m_enterprises, m_db, m_session, m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    if (Status s = view->load(id); !s) {
        ErrorPresenter::show(m_window, s.error());
        delete view;
        return nullptr;
    }
    connect(view, &FilingView::enterpriseRequested, this, &FilingWorkspace::enterpriseRequested);
    m_views.removeAll(nullptr);
    m_views << view;
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

} // namespace jd::ui
