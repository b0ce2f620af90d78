#include "ui/catalogue/OccupationCatalogueView.h"

#include "core/registry/OccupationCatalogue.h"
#include "ui/catalogue/CatalogueTableModel.h"
#include "ui/common/ErrorPresenter.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jd::ui {

OccupationCatalogueView::OccupationCatalogueView(const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_catalogue(std::make_unique<OccupationCatalogue>(db)), m_session(std::move(session)),
      m_model(new CatalogueTableModel(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("occupationCatalogueView"));
    m_search->setObjectName(QStringLiteral("catalogueSearchEdit"));
    m_search->setPlaceholderText(tr("按职业编码或名称检索，如 6-31 或 电工"));
    m_search->setClearButtonEnabled(true);
    auto* importButton = new QPushButton(tr("导入职业目录…"), this);
    importButton->setObjectName(QStringLiteral("importCatalogueButton"));
    importButton->setToolTip(tr("导入完整的职业分类大典（CSV，表头为 版本,职业编码,职业名称）"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addStretch(1);
    bar->addWidget(importButton);

    auto* note = new QLabel(tr("《中华人民共和国职业分类大典》参考目录，只读。试点只受理第三至六大类的技能类职业；"
                               "国家职业资格目录内的准入类职业不纳入企业技能等级认定。"),
                            this);
    note->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CatalogueTableModel::Code, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogueTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogueTableModel::Edition, QHeaderView::ResizeToContents);
    m_count->setObjectName(QStringLiteral("catalogueCountLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &OccupationCatalogueView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(importButton, &QPushButton::clicked, this, &OccupationCatalogueView::importWithDialog);
    refresh();
}

OccupationCatalogueView::~OccupationCatalogueView() = default;

void OccupationCatalogueView::refresh()
{
    m_debounce->stop();
    auto rows = m_catalogue->search(m_search->text().trimmed(), RowLimit + 1);
    if (!rows) {
        ErrorPresenter::show(this, rows.error());
        return;
    }
    QList<CatalogueOccupation> shown = *rows;
    const bool more = shown.size() > RowLimit;
    if (more)
        shown.resize(RowLimit);
    m_model->setRows(shown);
    auto total = m_catalogue->count();
    const QString totalText = total ? tr("目录共 %1 条。").arg(*total) : QString();
    if (shown.isEmpty())
        m_count->setText(tr("没有符合条件的职业。") + totalText);
    else if (more)
        m_count->setText(tr("显示前 %1 条，请输入更多文字缩小范围。").arg(RowLimit) + totalText);
    else
        m_count->setText(tr("找到 %1 条。").arg(shown.size()) + totalText);
}

void OccupationCatalogueView::importWithDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("导入职业目录"),
                                                      settings.value(QStringLiteral("paths/import")).toString(),
                                                      tr("职业目录 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/import"), QFileInfo(path).absolutePath());
    auto imported = m_catalogue->importFile(path, m_session);
    if (!imported) {
        ErrorPresenter::show(this, imported.error(), tr("职业目录未导入"));
        return;
    }
    refresh();
    emit catalogueChanged();
    QMessageBox::information(this, tr("导入完成"), tr("已导入 %1 条职业。").arg(*imported));
}

} // namespace jd::ui
