#include "ui/supervision/SupervisionWorkspace.h"

#include "core/registry/EnterpriseService.h"
#include "ui/certificates/CertificateView.h"
#include "ui/supervision/CalendarView.h"
#include "ui/supervision/PlanListView.h"
#include "ui/supervision/ResultListView.h"
#include "ui/supervision/SpotCheckView.h"
#include "ui/supervision/StatisticsView.h"

#include <QListWidget>
#include <QStackedWidget>

namespace jd::ui {

SupervisionWorkspace::SupervisionWorkspace(const Database& db, Session session,
                                           EnterpriseService& enterprises, QWidget* window)
    : QObject(window), m_calendar(new CalendarView(db, session, window)),
      m_plans(new PlanListView(db, session, enterprises, window)),
      m_checks(new SpotCheckView(db, session, window)),
      m_results(new ResultListView(db, session, window)),
      m_certificates(new CertificateView(db, session, window)),
      m_statistics(new StatisticsView(db, session, window))
{
    // Deadlines depend on the calendar; plans feed checks and results; results feed the rest.
    connect(m_calendar.data(), &CalendarView::calendarChanged, this,
            [this] { refreshPage(m_plans.data()); });
    connect(m_plans.data(), &PlanListView::plansChanged, this,
            [this] { refreshPage(m_checks.data()); });
    connect(m_results.data(), &ResultListView::resultsChanged, this, [this] {
        refreshPage(m_certificates.data());
        refreshPage(m_statistics.data());
    });
    connect(m_certificates.data(), &CertificateView::certificatesChanged, this,
            [this] { refreshPage(m_statistics.data()); });
    connect(&enterprises, &EnterpriseService::changed, this,
            [this] { refreshPage(m_plans.data()); });
}

SupervisionWorkspace::~SupervisionWorkspace()
{
    // The pages hold references to the database and services of the window: they go first.
    delete m_calendar.data();
    delete m_plans.data();
    delete m_checks.data();
    delete m_results.data();
    delete m_certificates.data();
    delete m_statistics.data();
}

CalendarView* SupervisionWorkspace::calendar() const
{
    return m_calendar.data();
}

PlanListView* SupervisionWorkspace::plans() const
{
    return m_plans.data();
}

SpotCheckView* SupervisionWorkspace::spotChecks() const
{
    return m_checks.data();
}

ResultListView* SupervisionWorkspace::results() const
{
    return m_results.data();
}

CertificateView* SupervisionWorkspace::certificates() const
{
    return m_certificates.data();
}

StatisticsView* SupervisionWorkspace::statistics() const
{
    return m_statistics.data();
}

void SupervisionWorkspace::install(QListWidget* nav, QStackedWidget* pages, QWidget* after)
{
    m_nav = nav;
    m_pages = pages;
    int at = after ? pages->indexOf(after) + 1 : pages->count();
    if (at <= 0)
        at = pages->count();
    const QList<std::pair<QString, QWidget*>> entries = {
        {tr("工作日历"), m_calendar.data()},     {tr("认定计划"), m_plans.data()},
        {tr("抽查监督"), m_checks.data()},       {tr("认定结果"), m_results.data()},
        {tr("证书登记"), m_certificates.data()}, {tr("上报与统计"), m_statistics.data()}};
    for (const auto& [label, page] : entries) {
        nav->insertItem(at, label);
        pages->insertWidget(at, page);
        ++at;
    }
    connect(pages, &QStackedWidget::currentChanged, this,
            [this, pages](int i) { refreshPage(pages->widget(i)); });
}

void SupervisionWorkspace::refreshPage(QWidget* page)
{
    if (!page)
        return;
    if (page == m_calendar.data())
        m_calendar->refresh();
    else if (page == m_plans.data())
        m_plans->refresh();
    else if (page == m_checks.data())
        m_checks->refresh();
    else if (page == m_results.data())
        m_results->refresh();
    else if (page == m_certificates.data())
        m_certificates->refresh();
    else if (page == m_statistics.data())
        m_statistics->refresh();
}

void SupervisionWorkspace::showPage(QWidget* page)
{
    if (!m_pages || !m_nav)
        return;
    const int i = m_pages->indexOf(page);
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

} // namespace jd::ui
