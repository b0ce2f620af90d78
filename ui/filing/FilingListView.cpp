#include "ui/filing/FilingListView.h"

#include "core/db/Database.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/filing/BatchDialog.h"
#include "ui/filing/FilingListModel.h"
#include "ui/filing/NewFilingDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace jd::ui {

FilingListView::FilingListView(FilingService& service, EnterpriseService& enterprises,
                               const Database& db, QWidget* parent)
    : QWidget(parent), m_service(service), m_enterprises(enterprises), m_db(db),
      m_model(new FilingListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_status(new QComboBox(this)), m_batch(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_open(new QPushButton(tr("打开"), this)),
      m_count(new QLabel(this)), m_runDialog([](QDialog* d) { d->exec(); })
{
    setObjectName(QStringLiteral("filingListView"));
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->setToolTip(tr("按状态筛选；括号内为该状态的申请件数"));
    m_status->setMaxVisibleItems(20);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batch->setObjectName(QStringLiteral("batchFilterCombo"));
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("filingSearchEdit"));
    m_search->setPlaceholderText(tr("按企业名称查找"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);

    auto* newButton = new QPushButton(tr("新建申请…"), this);
    newButton->setObjectName(QStringLiteral("newFilingButton"));
    newButton->setToolTip(tr("登记一份收到的纸质备案申请"));
    auto* batches = new QPushButton(tr("申报批次…"), this);
    batches->setObjectName(QStringLiteral("batchesButton"));
    m_open->setObjectName(QStringLiteral("openFilingButton"));
    for (QPushButton* b : {newButton, batches, m_open})
        b->setMinimumWidth(b->sizeHint().width() + 12);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("状态"), this));
    bar->addWidget(m_status);
    bar->addWidget(new QLabel(tr("批次"), this));
    bar->addWidget(m_batch);
    bar->addWidget(m_search, 1);
    bar->addStretch(1);
    bar->addWidget(newButton);
    bar->addWidget(m_open);
    bar->addWidget(batches);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FilingListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(FilingListModel::Enterprise);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("filingTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FilingListModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(FilingListModel::Enterprise, QHeaderView::Stretch);
    for (int c : {FilingListModel::Id, FilingListModel::Batch, FilingListModel::Status,
                  FilingListModel::Received, FilingListModel::Late, FilingListModel::Overdue,
                  FilingListModel::LastDate})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_count->setObjectName(QStringLiteral("filingCountLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    setTabOrder(m_status, m_batch);
    setTabOrder(m_batch, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, newButton);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingFilters)
            refresh();
    });
    connect(m_batch, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingFilters)
            refresh();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(newButton, &QPushButton::clicked, this, &FilingListView::newFiling);
    connect(batches, &QPushButton::clicked, this, &FilingListView::manageBatches);
    connect(m_open, &QPushButton::clicked, this, &FilingListView::openCurrent);
    // "activated" is Enter and the platform's double-click on a row.
    connect(m_table, &QTableView::activated, this, &FilingListView::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FilingListView::updateButtons);
    connect(&m_service, &FilingService::changed, this, &FilingListView::refresh);

    refresh();
}

void FilingListView::refreshFilters()
{
    // Texts are updated in place: the combo may be the one whose change runs this.
    m_updatingFilters = true;
    if (auto counts = m_service.countsByStatus()) {
        const QList<FilingStatus> statuses = allStatuses();
        int total = 0;
        for (int n : *counts)
            total += n;
        if (m_status->count() != statuses.size() + 1) {
            m_status->clear();
            m_status->addItem(QString(), -1);
            for (FilingStatus s : statuses)
                m_status->addItem(QString(), static_cast<int>(s));
        }
        m_status->setItemText(0, tr("全部状态（%1）").arg(total));
        for (int i = 0; i < statuses.size(); ++i)
            m_status->setItemText(
                i + 1,
                tr("%1（%2）").arg(statusText(statuses.at(i))).arg(counts->value(statuses.at(i))));
    }
    if (auto batches = m_service.batches()) {
        bool same = m_batch->count() == batches->size() + 1;
        for (int i = 0; same && i < batches->size(); ++i)
            same = m_batch->itemData(i + 1).toLongLong() == batches->at(i).id;
        if (!same) {
            const qint64 current = m_batch->currentData().toLongLong();
            m_batch->clear();
            m_batch->addItem(tr("全部批次"), qint64(0));
            for (const Batch& b : *batches)
                m_batch->addItem(b.name, b.id);
            const int i = m_batch->findData(current);
            m_batch->setCurrentIndex(i < 0 ? 0 : i);
        }
    }
    m_updatingFilters = false;
}

void FilingListView::refresh()
{
    refreshFilters();
    FilingFilter filter;
    filter.status = statusFilter();
    filter.batchId = m_batch->currentData().toLongLong();
    auto rows = m_service.list(filter);
    if (!rows) {
        ErrorPresenter::show(this, rows.error());
        return;
    }
    const QDate today = m_db.clock().today();
    QList<FilingRow> out;
    for (const FilingSummary& s : *rows) {
        FilingRow r{s, m_service.overdue(s), 0};
        if (r.overdue)
            r.waitingDays = static_cast<int>(s.lastDate.daysTo(today));
        out << r;
    }
    m_model->setRows(out);
    updateCount();
    updateButtons();
}

void FilingListView::updateCount()
{
    const int shown = m_proxy->rowCount();
    int overdue = 0, late = 0;
    for (int r = 0; r < shown; ++r) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(r, 0));
        const FilingRow& row = m_model->rows().at(source.row());
        overdue += row.overdue ? 1 : 0;
        late += row.summary.late ? 1 : 0;
    }
    const bool filtered = statusFilter() || m_batch->currentData().toLongLong() != 0 ||
                          !m_search->text().trimmed().isEmpty();
    QString text;
    if (shown == 0)
        text = filtered ? tr("没有符合条件的备案申请。")
                        : tr("还没有备案申请。点击“新建申请…”登记收到的纸质申请。");
    else
        text = (filtered ? tr("符合条件的申请 %1 件") : tr("共 %1 件备案申请")).arg(shown);
    if (overdue > 0)
        text += tr("，其中超期 %1 件").arg(overdue);
    if (late > 0)
        text += tr("，逾期提交 %1 件").arg(late);
    m_count->setText(text);
}

std::optional<FilingStatus> FilingListView::statusFilter() const
{
    const int s = m_status->currentData().toInt();
    if (m_status->currentIndex() <= 0 || s < 0)
        return std::nullopt;
    return static_cast<FilingStatus>(s);
}

void FilingListView::setStatusFilter(std::optional<FilingStatus> status)
{
    const int i = m_status->findData(status ? static_cast<int>(*status) : -1);
    if (i >= 0)
        m_status->setCurrentIndex(i);
}

void FilingListView::setBatchFilter(qint64 batchId)
{
    const int i = m_batch->findData(batchId);
    if (i >= 0)
        m_batch->setCurrentIndex(i);
}

qint64 FilingListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(FilingListModel::IdRole).toLongLong();
}

QList<qint64> FilingListView::shownIds() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, 0).data(FilingListModel::IdRole).toLongLong();
    return ids;
}

void FilingListView::updateButtons()
{
    m_open->setEnabled(currentId() != 0);
}

void FilingListView::openCurrent()
{
    if (const qint64 id = currentId())
        emit openRequested(id);
}

void FilingListView::newFiling()
{
    NewFilingDialog dialog(m_service, m_enterprises, m_db.clock().today(), this);
    m_runDialog(&dialog);
    if (dialog.created().id != 0) {
        refresh();
        emit openRequested(dialog.created().id);
    }
}

void FilingListView::manageBatches()
{
    BatchDialog dialog(m_service, m_db.clock().today(), this);
    connect(&dialog, &BatchDialog::batchCreated, this, &FilingListView::refresh);
    m_runDialog(&dialog);
}

} // namespace jd::ui
