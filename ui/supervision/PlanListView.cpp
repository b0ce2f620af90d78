#include "ui/supervision/PlanListView.h"

#include "core/db/Database.h"
#include "core/filing/FilingService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/PermissionGate.h"
#include "ui/supervision/NewPlanDialog.h"
#include "ui/supervision/PlanListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jd::ui {

PlanListView::PlanListView(const Database& db, Session session, EnterpriseService& enterprises,
                           QWidget* parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_enterprises(enterprises),
      m_plans(db, m_session), m_model(new PlanListModel(this)), m_table(new QTableView(this)),
      m_enterpriseFilter(new QComboBox(this)), m_policy(new QComboBox(this)),
      m_count(new QLabel(this)), m_runDialog([](QDialog* d) { d->exec(); })
{
    setObjectName(QStringLiteral("planListView"));
    m_enterpriseFilter->setObjectName(QStringLiteral("planEnterpriseFilter"));
    m_enterpriseFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_enterpriseFilter->setMinimumWidth(260);
    m_policy->setObjectName(QStringLiteral("latePolicyCombo"));
    m_policy->addItem(tr("提示（接收并标记逾期）"), QStringLiteral("warn"));
    m_policy->addItem(tr("拒收"), QStringLiteral("refuse"));
    if (auto p = m_plans.latePolicy())
        m_policy->setCurrentIndex(std::max(0, m_policy->findData(*p)));
    PermissionGate::apply(m_policy, m_session, Permission::EditReferenceData);
    if (m_policy->isEnabled())
        m_policy->setToolTip(
            tr("开始前不足 %1 个工作日报送的计划如何处理").arg(PlanService::LeadWorkingDays));
    auto* newButton = new QPushButton(tr("新建计划…"), this);
    newButton->setObjectName(QStringLiteral("newPlanButton"));
    newButton->setToolTip(tr("登记企业报送的认定实施计划"));
    PermissionGate::apply(newButton, m_session, Permission::EditRegistry);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("企业"), this));
    bar->addWidget(m_enterpriseFilter);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("逾期计划"), this));
    bar->addWidget(m_policy);
    bar->addSpacing(12);
    bar->addWidget(newButton);

    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanListModel::Occupations, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("planCountLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_enterpriseFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(m_policy, &QComboBox::activated, this, [this] {
        if (Status s = setLatePolicy(m_policy->currentData().toString()); !s)
            ErrorPresenter::show(this, s.error());
    });
    connect(newButton, &QPushButton::clicked, this, &PlanListView::newPlan);
    refresh();
}

QList<std::pair<qint64, QString>> PlanListView::pilots() const
{
    FilingService filings(m_db, m_session);
    auto all = filings.list();
    QList<std::pair<qint64, QString>> out;
    if (!all)
        return out;
    // The latest filing of each enterprise decides, as PlanService::create does.
    QMap<qint64, FilingSummary> latest;
    for (const FilingSummary& f : *all)
        if (!latest.contains(f.enterpriseId) || latest.value(f.enterpriseId).id < f.id)
            latest.insert(f.enterpriseId, f);
    for (const FilingSummary& f : std::as_const(latest))
        if (f.status == FilingStatus::Published || f.status == FilingStatus::Formal)
            out.append({f.enterpriseId, f.enterpriseName});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.second.localeAwareCompare(b.second) < 0;
    });
    return out;
}

void PlanListView::refresh()
{
    const qint64 current = m_enterpriseFilter->currentData().toLongLong();
    auto all = m_plans.list();
    if (!all) {
        ErrorPresenter::show(this, all.error());
        return;
    }
    m_updating = true;
    QMap<QString, qint64> names;
    for (const CertificationPlan& p : *all)
        names.insert(p.enterpriseName, p.enterpriseId);
    m_enterpriseFilter->clear();
    m_enterpriseFilter->addItem(tr("全部企业"), qint64(0));
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_enterpriseFilter->addItem(it.key(), it.value());
    m_enterpriseFilter->setCurrentIndex(std::max(0, m_enterpriseFilter->findData(current)));
    m_updating = false;
    const qint64 filter = m_enterpriseFilter->currentData().toLongLong();
    QList<CertificationPlan> shown;
    int late = 0;
    for (const CertificationPlan& p : *all)
        if (filter == 0 || p.enterpriseId == filter) {
            shown << p;
            late += p.late ? 1 : 0;
        }
    m_model->setRows(shown);
    QString text =
        shown.isEmpty() ? tr("没有认定计划。") : tr("共 %1 份认定计划").arg(shown.size());
    if (late > 0)
        text += tr("，其中逾期报送 %1 份").arg(late);
    m_count->setText(text);
}

void PlanListView::setEnterpriseFilter(qint64 enterpriseId)
{
    m_enterpriseFilter->setCurrentIndex(std::max(0, m_enterpriseFilter->findData(enterpriseId)));
}

Status PlanListView::setLatePolicy(const QString& policy)
{
    Status s = m_plans.setLatePolicy(policy);
    if (auto p = m_plans.latePolicy()) {
        const QSignalBlocker block(m_policy);
        m_policy->setCurrentIndex(std::max(0, m_policy->findData(*p)));
    }
    return s;
}

void PlanListView::newPlan()
{
    NewPlanDialog dialog(m_plans, m_enterprises, m_db, pilots(), this);
    m_runDialog(&dialog);
    if (dialog.created().id != 0) {
        refresh();
        const int row = m_model->rowOf(dialog.created().id);
        if (row >= 0)
            m_table->selectRow(row);
        emit plansChanged();
    }
}

} // namespace jd::ui
