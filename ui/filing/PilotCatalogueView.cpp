#include "ui/filing/PilotCatalogueView.h"

#include "core/documents/FilingDocuments.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/filing/CatalogueEntryModel.h"
#include "ui/filing/CatalogueVersionModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jd::ui {

PilotCatalogueView::PilotCatalogueView(FilingService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_versions(new CatalogueVersionModel(this)),
      m_entries(new CatalogueEntryModel(this)), m_versionTable(new QTableView(this)),
      m_entryTable(new QTableView(this)), m_title(new QLabel(this)),
      m_preview(new QPushButton(tr("打印预览…"), this)),
      m_pdf(new QPushButton(tr("导出 PDF…"), this))
{
    setObjectName(QStringLiteral("pilotCatalogueView"));

    m_versionTable->setObjectName(QStringLiteral("catalogueVersionTable"));
    m_versionTable->setModel(m_versions);
    m_versionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionTable->setAlternatingRowColors(true);
    m_versionTable->setWordWrap(false);
    m_versionTable->setTabKeyNavigation(false);
    m_versionTable->verticalHeader()->hide();
    QHeaderView* vh = m_versionTable->horizontalHeader();
    vh->setSectionResizeMode(CatalogueVersionModel::Reason, QHeaderView::Stretch);
    m_versionTable->verticalHeader()->setDefaultSectionSize(m_versionTable->fontMetrics().height() +
                                                            8);
    for (int c : {CatalogueVersionModel::Version, CatalogueVersionModel::EffectiveDate,
                  CatalogueVersionModel::Actor})
        vh->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_entryTable->setObjectName(QStringLiteral("catalogueEntryTable"));
    m_entryTable->setModel(m_entries);
    m_entryTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entryTable->setAlternatingRowColors(true);
    m_entryTable->setWordWrap(true);
    m_entryTable->setTabKeyNavigation(false);
    m_entryTable->verticalHeader()->hide();
    m_entryTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* eh = m_entryTable->horizontalHeader();
    for (int c :
         {CatalogueEntryModel::Position, CatalogueEntryModel::OrgSerial, CatalogueEntryModel::Uscc})
        eh->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    eh->setSectionResizeMode(CatalogueEntryModel::Name, QHeaderView::Interactive);
    eh->resizeSection(CatalogueEntryModel::Name,
                      m_entryTable->fontMetrics().horizontalAdvance(
                          QStringLiteral("中国某某某某某某集团有限公司天津分公司")) +
                          16);
    eh->setSectionResizeMode(CatalogueEntryModel::Occupations, QHeaderView::Stretch);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("catalogueTitleLabel"));
    m_title->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("cataloguePreviewButton"));
    m_pdf->setObjectName(QStringLiteral("cataloguePdfButton"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(
        new QLabel(tr("目录版本（每次公布、暂停、恢复或终止都生成新版本）"), left));
    leftLayout->addWidget(m_versionTable, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_preview);
    bar->addWidget(m_pdf);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_entryTable, 1);

    // Versions above, the chosen version's entries below at full width (the occupations
    // column needs it).
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("catalogueSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 560});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PilotCatalogueView::onVersionSelected);
    connect(m_preview, &QPushButton::clicked, this, &PilotCatalogueView::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &PilotCatalogueView::exportPdf);
    connect(&m_service, &FilingService::changed, this, &PilotCatalogueView::refresh);
    refresh();
}

void PilotCatalogueView::refresh()
{
    auto versions = m_service.catalogueVersions();
    if (!versions) {
        ErrorPresenter::show(this, versions.error());
        return;
    }
    // Newest first: the version in force is the one people look for.
    QList<CatalogueVersion> newestFirst(versions->crbegin(), versions->crend());
    const int keep = m_shown.version;
    const bool wasNewest = m_versions->rowCount() == 0 ||
                           (keep != 0 && m_versions->rows().constFirst().version == keep);
    m_versions->setRows(newestFirst);
    // Follow the newest version unless an older one was chosen on purpose.
    showVersion(wasNewest || m_versions->rowOf(keep) < 0
                    ? (newestFirst.isEmpty() ? 0 : newestFirst.constFirst().version)
                    : keep);
}

void PilotCatalogueView::showVersion(int version)
{
    const int row = m_versions->rowOf(version);
    if (row >= 0 && m_versionTable->currentIndex().row() != row)
        m_versionTable->setCurrentIndex(m_versions->index(row, 0)); // runs onVersionSelected
    else
        onVersionSelected();
}

void PilotCatalogueView::onVersionSelected()
{
    const QModelIndex current = m_versionTable->currentIndex();
    const int version = current.isValid() ? current.data(CatalogueVersionModel::IdRole).toInt() : 0;
    if (version == 0) {
        m_shown = CatalogueVersion{};
        m_entries->setRows({});
        m_title->setText(tr("尚未公布试点企业目录。备案申请经人社部复核通过并公布后，企业列入目录并"
                            "获得评价机构序列码。"));
    } else {
        auto c = m_service.catalogue(version);
        if (!c) {
            ErrorPresenter::show(this, c.error());
            return;
        }
        m_shown = *c;
        m_entries->setRows(c->entries);
        m_title->setText(tr("全市开展职业技能等级认定试点企业目录　第 %1 版（%2 生效，共 %3 家）")
                             .arg(c->version)
                             .arg(c->effectiveDate.toString(Qt::ISODate))
                             .arg(c->entries.size()));
    }
    m_preview->setEnabled(m_shown.version != 0);
    m_pdf->setEnabled(m_shown.version != 0);
}

void PilotCatalogueView::printPreview()
{
    if (m_shown.version != 0)
        PrintActions::preview(this, catalogueDocument(m_shown));
}

void PilotCatalogueView::exportPdf()
{
    if (m_shown.version != 0)
        PrintActions::exportPdf(this, catalogueDocument(m_shown),
                                tr("试点企业目录-第%1版-%2")
                                    .arg(m_shown.version)
                                    .arg(m_shown.effectiveDate.toString(Qt::ISODate)));
}

} // namespace jd::ui
