#include "ui/review/RecommendedListView.h"

#include "core/db/Database.h"
#include "core/documents/ReviewDocuments.h"
#include "core/filing/FilingService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/review/RecommendedListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jd::ui {

RecommendedListView::RecommendedListView(ReviewService& reviews, FilingService& filings,
                                         const Database& db, QWidget* parent)
    : QWidget(parent), m_reviews(reviews), m_filings(filings), m_db(db),
      m_model(new RecommendedListModel(this)), m_batch(new QComboBox(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_print(new QPushButton(tr("打印预览(&P)…"), this)),
      m_pdf(new QPushButton(tr("导出 PDF(&D)…"), this))
{
    setObjectName(QStringLiteral("recommendedListView"));
    m_batch->setObjectName(QStringLiteral("recommendedBatchCombo"));
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batch->setMinimumWidth(220);
    auto* batchLabel = new QLabel(tr("申报批次(&B)"), this);
    batchLabel->setBuddy(m_batch);
    m_print->setObjectName(QStringLiteral("printRecommendedButton"));
    m_print->setToolTip(tr("预览并打印本批次的《企业职业技能等级认定试点评审建议名单》"));
    m_pdf->setObjectName(QStringLiteral("exportRecommendedPdfButton"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(batchLabel);
    bar->addWidget(m_batch);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);

    m_table->setObjectName(QStringLiteral("recommendedTable"));
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
    header->setSectionResizeMode(RecommendedListModel::Opinion, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("recommendedSummaryLabel"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_batch, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            loadList();
    });
    connect(m_print, &QPushButton::clicked, this, &RecommendedListView::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &RecommendedListView::exportPdf);
    // "activated" is Enter and the platform's double-click on a row.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(RecommendedListModel::IdRole).toLongLong())
            emit filingRequested(id);
    });
    refresh();
}

qint64 RecommendedListView::batchId() const
{
    return m_batch->currentData().toLongLong();
}

QString RecommendedListView::batchName() const
{
    return m_batch->currentIndex() >= 0 ? m_batch->currentText() : QString();
}

void RecommendedListView::setBatch(qint64 batchId)
{
    const int i = m_batch->findData(batchId);
    if (i >= 0)
        m_batch->setCurrentIndex(i);
}

void RecommendedListView::refresh()
{
    auto batches = m_filings.batches();
    if (!batches) {
        ErrorPresenter::show(this, batches.error());
        return;
    }
    const qint64 current = batchId();
    m_updating = true;
    m_batch->clear();
    for (const Batch& b : *batches)
        m_batch->addItem(b.name, b.id);
    // The chosen batch stays; at first the newest one.
    int i = m_batch->findData(current);
    if (i < 0 && !batches->isEmpty()) {
        const auto newest =
            std::max_element(batches->cbegin(), batches->cend(),
                             [](const Batch& a, const Batch& b) { return a.id < b.id; });
        i = m_batch->findData(newest->id);
    }
    m_batch->setCurrentIndex(i);
    m_updating = false;
    loadList();
}

void RecommendedListView::loadList()
{
    const qint64 batch = batchId();
    if (batch == 0) {
        m_model->setRows({});
        m_summary->setText(tr("还没有申报批次。"));
        updateButtons();
        return;
    }
    auto list = m_reviews.recommendedList(batch);
    if (!list) {
        m_model->setRows({});
        ErrorPresenter::show(this, list.error());
        updateButtons();
        return;
    }
    m_model->setRows(*list);
    int recommended = 0, incomplete = 0;
    for (const RecommendedEntry& e : *list) {
        recommended += e.result.recommended ? 1 : 0;
        incomplete += e.result.complete ? 0 : 1;
    }
    if (list->isEmpty()) {
        m_summary->setText(tr("本批次还没有抽取评审专家组的备案申请。"));
    } else {
        QString text = tr("本批次已评审 %1 家，建议推荐 %2 家").arg(list->size()).arg(recommended);
        if (incomplete > 0)
            text += tr("，评分未完成 %1 家").arg(incomplete);
        m_summary->setText(text + tr("。双击一行打开该备案申请。"));
    }
    updateButtons();
}

void RecommendedListView::updateButtons()
{
    const bool any = batchId() != 0 && m_model->rowCount() > 0;
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
}

PrintableDocument RecommendedListView::document() const
{
    return recommendedListDocument(batchName(), m_model->rows(), m_db.clock().today());
}

void RecommendedListView::printPreview()
{
    if (batchId() == 0 || m_model->rowCount() == 0)
        return;
    PrintActions::preview(this, document());
}

void RecommendedListView::exportPdf()
{
    if (batchId() == 0 || m_model->rowCount() == 0)
        return;
    PrintActions::exportPdf(this, document(), tr("%1-评审建议名单").arg(batchName()));
}

} // namespace jd::ui
