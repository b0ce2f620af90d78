#include "ui/filing/DashboardView.h"

#include "core/db/Database.h"
#include "core/numbering/NumberingService.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Language.h"
#include "ui/filing/StatusStyle.h"

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace jd::ui {

namespace {
constexpr int kColumns = 6;
}

DashboardView::DashboardView(FilingService& filings, NumberingService& numbering,
                             const Database& db, QWidget* parent)
    : QWidget(parent), m_filings(filings), m_numbering(numbering), m_db(db),
      m_total(new QLabel(this)), m_todo(new QTreeWidget(this)), m_catalogue(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    setStyleSheet(QStringLiteral(
        "QToolButton[role=\"statusCard\"] { border: 1px solid #c9d3e0; border-radius: 4px; "
        "background: #f6f8fb;"
        " padding: 6px 10px; text-align: left; }"
        " QToolButton[role=\"statusCard\"]:hover { background: #e8eef7; border-color: #7f9cc5; }"
        " QToolButton[role=\"statusCard\"]:focus { border: 2px solid #3d6db5; }"
        " QLabel#dashboardTitle { font-size: 15pt; font-weight: bold; }"));

    auto* title = new QLabel(tr("工作台"), this);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    const QDate today = db.clock().today();
    auto* date = new QLabel(
        tr("今天是 %1").arg(language::locale().toString(today, tr("yyyy年M月d日 dddd"))), this);
    date->setObjectName(QStringLiteral("todayLabel"));
    m_total->setObjectName(QStringLiteral("totalLabel"));
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(16);
    head->addWidget(date);
    head->addStretch(1);
    head->addWidget(m_total);

    // One card per status, in the order of the life of a filing.
    auto* statusGroup = new QGroupBox(tr("各状态备案申请（点击查看）"), this);
    auto* grid = new QGridLayout(statusGroup);
    grid->setSpacing(8);
    const QList<FilingStatus> statuses = allStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const FilingStatus s = statuses.at(i);
        auto* button = new QToolButton(statusGroup);
        button->setObjectName(QStringLiteral("statusButton_") + statusKey(s));
        button->setProperty("role", QStringLiteral("statusCard"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(StatusStyle::dot(StatusStyle::statusColor(s)));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(button->fontMetrics().height() * 2 + 20);
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::clicked, this, [this, s] { emit statusRequested(s); });
        grid->addWidget(button, i / kColumns, i % kColumns);
        m_buttons.insert(s, button);
    }
    auto* all = new QPushButton(tr("查看全部申请"), statusGroup);
    all->setObjectName(QStringLiteral("allFilingsButton"));
    connect(all, &QPushButton::clicked, this, &DashboardView::allFilingsRequested);
    grid->addWidget(all, static_cast<int>((statuses.size() + kColumns - 1) / kColumns),
                    kColumns - 1);

    m_todo->setObjectName(QStringLiteral("todoTree"));
    m_todo->setColumnCount(4);
    m_todo->setHeaderLabels({tr("事项"), tr("企业"), tr("日期"), tr("说明")});
    m_todo->setRootIsDecorated(true);
    m_todo->setUniformRowHeights(true);
    m_todo->setAlternatingRowColors(true);
    m_todo->header()->setStretchLastSection(true);
    m_todo->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_todo, &QTreeWidget::itemActivated, this, &DashboardView::activateItem);
    auto* todoGroup = new QGroupBox(tr("待办事项（双击或按回车打开）"), this);
    auto* todoLayout = new QVBoxLayout(todoGroup);
    todoLayout->addWidget(m_todo);

    m_catalogue->setObjectName(QStringLiteral("catalogueSummaryLabel"));
    m_catalogue->setWordWrap(true);
    m_catalogue->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_catalogue->setTextFormat(Qt::RichText);
    auto* openCatalogue = new QPushButton(tr("查看试点企业目录"), this);
    openCatalogue->setObjectName(QStringLiteral("openCatalogueButton"));
    connect(openCatalogue, &QPushButton::clicked, this, &DashboardView::catalogueRequested);
    auto* openNumbering = new QPushButton(tr("查看证书号段"), this);
    openNumbering->setObjectName(QStringLiteral("openNumberingButton"));
    connect(openNumbering, &QPushButton::clicked, this, &DashboardView::numberingRequested);
    auto* catalogueGroup = new QGroupBox(tr("最新试点企业目录"), this);
    auto* catalogueLayout = new QVBoxLayout(catalogueGroup);
    catalogueLayout->addWidget(m_catalogue, 1);
    catalogueLayout->addWidget(openCatalogue);
    catalogueLayout->addWidget(openNumbering);

    auto* lower = new QHBoxLayout;
    lower->addWidget(todoGroup, 3);
    lower->addWidget(catalogueGroup, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(statusGroup);
    layout->addLayout(lower, 1);

    connect(&m_filings, &FilingService::changed, this, &DashboardView::refresh);
    refresh();
}

int DashboardView::shownCount(FilingStatus s) const
{
    return m_counts.value(s, -1);
}

QTreeWidgetItem* DashboardView::addGroup(const QString& title, const QString& empty, int count)
{
    auto* group = new QTreeWidgetItem(m_todo, {tr("%1（%2）").arg(title).arg(count)});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    if (count == 0) {
        auto* none = new QTreeWidgetItem(group, {empty});
        none->setForeground(0, QColor(0x70, 0x70, 0x70));
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
    group->setExpanded(true);
    return group;
}

void DashboardView::refresh()
{
    auto counts = m_filings.countsByStatus();
    if (!counts) {
        ErrorPresenter::show(this, counts.error());
        return;
    }
    m_counts = *counts;
    int total = 0;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int n = m_counts.value(it.key());
        total += n;
        it.value()->setText(tr("%1\n%2 件").arg(statusText(it.key())).arg(n));
        it.value()->setToolTip(tr("查看状态为“%1”的 %2 件申请").arg(statusText(it.key())).arg(n));
        QPalette p = it.value()->palette();
        p.setColor(QPalette::ButtonText,
                   n == 0 ? QColor(0x90, 0x90, 0x90) : StatusStyle::statusColor(it.key()));
        it.value()->setPalette(p);
    }
    m_total->setText(tr("备案申请共 %1 件").arg(total));

    auto all = m_filings.list();
    if (!all) {
        ErrorPresenter::show(this, all.error());
        return;
    }
    const QDate today = m_db.clock().today();
    QList<FilingSummary> submitted, overdue, filed;
    for (const FilingSummary& f : *all) {
        if (f.status == FilingStatus::Submitted)
            submitted << f;
        if (m_filings.overdue(f))
            overdue << f;
        if (f.status == FilingStatus::Filed)
            filed << f;
    }
    // 按备案顺序: the order FilingService::advance enforces for publication (the ministry's
    // date, which is the filed filing's latest step, then receipt, then id).
    std::sort(filed.begin(), filed.end(), [](const FilingSummary& a, const FilingSummary& b) {
        return std::tie(a.lastDate, a.received, a.id) < std::tie(b.lastDate, b.received, b.id);
    });
    std::sort(overdue.begin(), overdue.end(), [](const FilingSummary& a, const FilingSummary& b) {
        return a.lastDate < b.lastDate;
    });

    m_todo->clear();
    auto addFiling = [](QTreeWidgetItem* group, const FilingSummary& f, const QDate& date,
                        const QString& note) {
        auto* item = new QTreeWidgetItem(
            group, {tr("编号 %1").arg(f.id), f.enterpriseName, date.toString(Qt::ISODate), note});
        item->setData(0, FilingIdRole, f.id);
        item->setToolTip(1, f.enterpriseName);
        return item;
    };
    QTreeWidgetItem* g = addGroup(tr("待审查的申请"), tr("没有等待审查的申请。"),
                                  static_cast<int>(submitted.size()));
    g->setToolTip(0, tr("已提交、等待核对材料并决定受理的申请"));
    for (const FilingSummary& f : submitted) {
        QTreeWidgetItem* item = addFiling(g, f, f.received,
                                          f.late ? tr("逾期提交；核对材料后决定是否受理")
                                                 : tr("核对材料后决定是否受理"));
        if (f.late)
            item->setForeground(3, StatusStyle::warningColor());
    }
    g = addGroup(tr("超期未办"), tr("没有超期的申请。"), static_cast<int>(overdue.size()));
    g->setToolTip(0, tr("等待中心办理超过 %1 天的申请").arg(FilingService::OverdueDays));
    for (const FilingSummary& f : overdue) {
        QTreeWidgetItem* item = addFiling(
            g, f, f.lastDate,
            tr("“%1”已 %2 天未办理").arg(statusText(f.status)).arg(f.lastDate.daysTo(today)));
        item->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setForeground(3, StatusStyle::errorColor());
    }
    g = addGroup(tr("待公布（按备案顺序）"), tr("没有等待公布的申请。"),
                 static_cast<int>(filed.size()));
    g->setToolTip(0, tr("人社部复核通过、等待公布并赋予评价机构序列码的申请；须按此顺序公布"));
    for (qsizetype i = 0; i < filed.size(); ++i)
        addFiling(g, filed.at(i), filed.at(i).lastDate,
                  i == 0 ? tr("第 1 位：可以公布")
                         : tr("第 %1 位：须在前面的申请公布之后").arg(i + 1));
    auto warnings = m_numbering.warnings();
    const QStringList w = warnings ? *warnings : QStringList{warnings.error().message};
    g = addGroup(tr("证书号段预警"), tr("没有使用超过 90% 的号段。"), static_cast<int>(w.size()));
    for (const QString& text : w) {
        auto* item = new QTreeWidgetItem(g, {text});
        item->setFirstColumnSpanned(true);
        item->setData(0, NumberingRole, true);
        item->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setForeground(0, StatusStyle::warningColor());
    }
    const QFontMetrics fm = m_todo->fontMetrics();
    // Group titles span the row, so the first column only needs the filing numbers.
    m_todo->setColumnWidth(0, fm.horizontalAdvance(tr("编号 00000")) + 64);
    int nameWidth = fm.horizontalAdvance(QStringLiteral("天津市某某某某某某有限公司"));
    for (const QList<FilingSummary>* group : {&submitted, &overdue, &filed})
        for (const FilingSummary& f : *group)
            nameWidth = std::max(nameWidth, fm.horizontalAdvance(f.enterpriseName));
    m_todo->setColumnWidth(1,
                           std::min(nameWidth, fm.horizontalAdvance(QLatin1Char('M')) * 40) + 24);
    m_todo->setColumnWidth(2, fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 20);

    auto catalogue = m_filings.catalogue();
    if (!catalogue) {
        m_catalogue->setText(catalogue.error().message.toHtmlEscaped());
    } else if (catalogue->version == 0) {
        m_catalogue->setText(tr("尚未公布试点企业目录。第一家企业公布后生成第 1 版。"));
    } else {
        m_catalogue->setText(
            tr("<p><b>第 %1 版</b>，%2 生效</p><p>共 %3 家试点企业</p><p>调整原因：%4</p>")
                .arg(catalogue->version)
                .arg(catalogue->effectiveDate.toString(Qt::ISODate))
                .arg(catalogue->entries.size())
                .arg(catalogue->reason.toHtmlEscaped()));
    }
}

void DashboardView::activateItem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    if (const qint64 id = item->data(0, FilingIdRole).toLongLong())
        emit filingRequested(id);
    else if (item->data(0, NumberingRole).toBool())
        emit numberingRequested();
}

} // namespace jd::ui
