#include "ui/review/ReviewWorkspace.h"

#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/review/ExpertService.h"
#include "core/review/ReviewService.h"
#include "ui/filing/FilingWorkspace.h"
#include "ui/review/ExpertPoolView.h"
#include "ui/review/RecommendedListView.h"
#include "ui/review/ReviewTemplateView.h"
#include "ui/security/PermissionGate.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

namespace jd::ui {

ReviewWorkspace::ReviewWorkspace(const Database& db, Session session,
                                 EnterpriseService& enterprises, FilingWorkspace& filing,
                                 QWidget* window)
    : QObject(window), m_session(session), m_experts(std::make_unique<ExpertService>(db, session)),
      m_reviews(std::make_unique<ReviewService>(db, session)),
      m_pool(new ExpertPoolView(*m_experts, enterprises, session, window)),
      m_templates(new ReviewTemplateView(*m_reviews, session, window)),
      m_recommended(new RecommendedListView(*m_reviews, filing.filings(), db, window))
{
    connect(m_recommended.data(), &RecommendedListView::filingRequested, &filing,
            &FilingWorkspace::openFiling);
    // Scores, panels and filings decide the list; the registry names the enterprises.
    connect(m_reviews.get(), &ReviewService::changed, this,
            [this] { refreshPage(m_recommended.data()); });
    connect(&filing.filings(), &FilingService::changed, this,
            [this] { refreshPage(m_recommended.data()); });
    connect(&enterprises, &EnterpriseService::changed, this, [this] {
        refreshPage(m_pool.data());
        refreshPage(m_recommended.data());
    });
}

ReviewWorkspace::~ReviewWorkspace()
{
    // The pages hold references to the services: they go first.
    delete m_pool.data();
    delete m_templates.data();
    delete m_recommended.data();
}

ExpertPoolView* ReviewWorkspace::pool() const
{
    return m_pool.data();
}

ReviewTemplateView* ReviewWorkspace::templates() const
{
    return m_templates.data();
}

RecommendedListView* ReviewWorkspace::recommended() const
{
    return m_recommended.data();
}

void ReviewWorkspace::install(QListWidget* nav, QStackedWidget* pages, QWidget* after)
{
    m_nav = nav;
    m_pages = pages;
    int at = after ? pages->indexOf(after) + 1 : pages->count();
    if (at <= 0)
        at = pages->count();
    const QList<std::pair<QString, QWidget*>> entries = {{tr("专家库"), m_pool.data()},
                                                         {tr("评分标准"), m_templates.data()},
                                                         {tr("建议名单"), m_recommended.data()}};
    for (const auto& [label, page] : entries) {
        nav->insertItem(at, label);
        pages->insertWidget(at, page);
        ++at;
    }
    connect(pages, &QStackedWidget::currentChanged, this,
            [this, pages](int i) { refreshPage(pages->widget(i)); });
}

QMenu* ReviewWorkspace::installMenu(QMenuBar* bar, QAction* before)
{
    auto* menu = new QMenu(tr("评审(&R)"), bar);
    menu->setObjectName(QStringLiteral("reviewMenu"));
    menu->addAction(tr("专家库(&P)"), this, [this] { showPage(m_pool.data()); });
    QAction* add = menu->addAction(tr("新增专家(&N)…"), this, [this] {
        showPage(m_pool.data());
        m_pool->newExpert();
    });
    add->setObjectName(QStringLiteral("newExpertAction"));
    PermissionGate::apply(add, m_session, Permission::EditRegistry);
    QAction* import = menu->addAction(tr("导入专家名单(&I)…"), this, [this] {
        showPage(m_pool.data());
        m_pool->importWithDialog();
    });
    import->setObjectName(QStringLiteral("importExpertsAction"));
    PermissionGate::apply(import, m_session, Permission::ImportRegistry);
    import->setStatusTip(tr("导入按模板填写的专家名单（CSV 或 XLSX），有任何错误时整份文件不导入"));
    QAction* exportPool =
        menu->addAction(tr("导出专家库(&X)…"), m_pool.data(), &ExpertPoolView::exportWithDialog);
    exportPool->setObjectName(QStringLiteral("exportExpertsAction"));
    QAction* tmpl = menu->addAction(tr("导出专家名单模板(&T)…"), m_pool.data(),
                                    &ExpertPoolView::exportTemplateWithDialog);
    tmpl->setObjectName(QStringLiteral("expertTemplateAction"));
    menu->addSeparator();
    menu->addAction(tr("评分标准(&C)"), this, [this] { showPage(m_templates.data()); });
    QAction* saveTemplate = menu->addAction(tr("评分标准保存为新版本(&V)"), this, [this] {
        showPage(m_templates.data());
        m_templates->saveAsNewVersion();
    });
    saveTemplate->setObjectName(QStringLiteral("saveTemplateAction"));
    PermissionGate::apply(saveTemplate, m_session, Permission::EditReferenceData);
    menu->addSeparator();
    menu->addAction(tr("建议名单(&L)"), this, [this] { showPage(m_recommended.data()); });
    QAction* print = menu->addAction(tr("打印建议名单(&R)…"), this, [this] {
        showPage(m_recommended.data());
        m_recommended->printPreview();
    });
    print->setObjectName(QStringLiteral("printRecommendedAction"));
    QAction* pdf = menu->addAction(tr("建议名单导出 PDF(&D)…"), this, [this] {
        showPage(m_recommended.data());
        m_recommended->exportPdf();
    });
    pdf->setObjectName(QStringLiteral("exportRecommendedPdfAction"));
    if (before)
        bar->insertMenu(before, menu);
    else
        bar->addMenu(menu);
    return menu;
}

void ReviewWorkspace::showPage(QWidget* page)
{
    if (!m_pages || !m_nav)
        return;
    const int i = m_pages->indexOf(page);
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

void ReviewWorkspace::refreshAll()
{
    for (QWidget* page :
         {static_cast<QWidget*>(m_pool.data()), static_cast<QWidget*>(m_templates.data()),
          static_cast<QWidget*>(m_recommended.data())})
        refreshPage(page);
}

void ReviewWorkspace::refreshPage(QWidget* page)
{
    if (!page)
        return;
    if (page == m_pool.data())
        m_pool->refresh();
    else if (page == m_templates.data())
        m_templates->refresh();
    else if (page == m_recommended.data())
        m_recommended->refresh();
}

} // namespace jd::ui
