#pragma once
// ReviewWorkspace: the expert-review part of the main window: one ExpertService and one
// ReviewService shared by the 专家库, 评分标准 and 建议名单 pages it adds to the navigation
// and by the 评审 menu. Pages are refreshed when shown and when the services (or the
// filings and enterprises they read) change.

#include "core/users/Session.h"

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
class ExpertService;
class ReviewService;
} // namespace jd

namespace jd::ui {

class ExpertPoolView;
class FilingWorkspace;
class RecommendedListView;
class ReviewTemplateView;

class ReviewWorkspace : public QObject
{
    Q_OBJECT
public:
    ReviewWorkspace(const Database& db, Session session, EnterpriseService& enterprises,
                    FilingWorkspace& filing, QWidget* window);
    ~ReviewWorkspace() override;

    // Adds the pages after `after` (or at the end).
    void install(QListWidget* nav, QStackedWidget* pages, QWidget* after);
    // Adds the 评审 menu before `before` (or at the end).
    QMenu* installMenu(QMenuBar* bar, QAction* before);

    ExpertService& experts() const { return *m_experts; }
    ReviewService& reviews() const { return *m_reviews; }
    ExpertPoolView* pool() const;
    ReviewTemplateView* templates() const;
    RecommendedListView* recommended() const;

public slots:
    void showPage(QWidget* page);
    void refreshAll();

private:
    void refreshPage(QWidget* page);

    Session m_session;
    std::unique_ptr<ExpertService> m_experts;
    std::unique_ptr<ReviewService> m_reviews;
    // Guarded: once installed, the pages belong to the page stack and may go before us.
    QPointer<ExpertPoolView> m_pool;
    QPointer<ReviewTemplateView> m_templates;
    QPointer<RecommendedListView> m_recommended;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace jd::ui
