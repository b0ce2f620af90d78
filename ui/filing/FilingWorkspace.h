#pragma once
// FilingWorkspace: the filing and numbering part of the main window: one FilingService and
// one NumberingService shared by the 工作台, 备案申请, 试点企业目录 and 证书号段 pages it
// adds to the navigation, the 备案 menu, and the filing windows it opens (one per filing).

#include "core/users/Session.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QMenuBar;
class QStackedWidget;
class QWidget;

namespace jd {
class Database;
class EnterpriseService;
class FilingService;
class NumberingService;
} // namespace jd

namespace jd::ui {

class DashboardView;
class FilingListView;
class FilingView;
class NumberingView;
class PilotCatalogueView;

class FilingWorkspace : public QObject
{
    Q_OBJECT
public:
    FilingWorkspace(const Database& db, Session session, EnterpriseService& enterprises,
                    QWidget* window);
    ~FilingWorkspace() override;

    // Adds the pages: 工作台 first (and current), the others after `after` (or at the end).
    void install(QListWidget* nav, QStackedWidget* pages, QWidget* after);
    // Adds the 备案 menu before `before` (or at the end).
    QMenu* installMenu(QMenuBar* bar, QAction* before);

    FilingService& filings() const { return *m_filings; }
    NumberingService& numbering() const { return *m_numbering; }
    DashboardView* dashboard() const;
    FilingListView* filingList() const;
    PilotCatalogueView* catalogue() const;
    NumberingView* numberingView() const;
    // The open filing windows.
    QList<FilingView*> openViews() const;

public slots:
    // Opens the window of a filing, or raises it when it is already open.
    FilingView* openFiling(qint64 id);
    void showPage(QWidget* page);
    void refreshAll();

signals:
    void enterpriseRequested(qint64 enterpriseId);

private:
    const Database& m_db;
    Session m_session;
    EnterpriseService& m_enterprises;
    QWidget* m_window;
    std::unique_ptr<FilingService> m_filings;
    std::unique_ptr<NumberingService> m_numbering;
    // Guarded: once installed, the pages belong to the page stack and may go before us.
    QPointer<DashboardView> m_dashboard;
    QPointer<FilingListView> m_list;
    QPointer<PilotCatalogueView> m_catalogue;
    QPointer<NumberingView> m_numberingView;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<QPointer<FilingView>> m_views;
};

} // namespace jd::ui
