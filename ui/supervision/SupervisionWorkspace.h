#pragma once
// SupervisionWorkspace: the supervision part of the main window after an enterprise is
// published: 工作日历, 认定计划, 抽查监督, 认定结果, 证书登记 and 上报与统计 pages added to the
// navigation; a page is refreshed when it is shown, since the others change what it reads.

#include "core/users/Session.h"

#include <QObject>
#include <QPointer>

class QListWidget;
class QStackedWidget;
class QWidget;

namespace jd {
class Database;
class EnterpriseService;
} // namespace jd

namespace jd::ui {

class CalendarView;
class CertificateView;
class PlanListView;
class ResultListView;
class SpotCheckView;
class StatisticsView;

class SupervisionWorkspace : public QObject
{
    Q_OBJECT
public:
    SupervisionWorkspace(const Database& db, Session session, EnterpriseService& enterprises,
                         QWidget* window);
    ~SupervisionWorkspace() override;

    // Adds the pages after `after` (or at the end).
    void install(QListWidget* nav, QStackedWidget* pages, QWidget* after);

    CalendarView* calendar() const;
    PlanListView* plans() const;
    SpotCheckView* spotChecks() const;
    ResultListView* results() const;
    CertificateView* certificates() const;
    StatisticsView* statistics() const;

public slots:
    void showPage(QWidget* page);

private:
    void refreshPage(QWidget* page);

    QPointer<CalendarView> m_calendar;
    QPointer<PlanListView> m_plans;
    QPointer<SpotCheckView> m_checks;
    QPointer<ResultListView> m_results;
    QPointer<CertificateView> m_certificates;
    QPointer<StatisticsView> m_statistics;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace jd::ui
