#include "ui/supervision/StatisticsView.h"

#include "core/db/Database.h"
#include "core/documents/LedgerDocument.h"
#include "core/registry/EnterpriseService.h"
#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/PermissionGate.h"
#include "ui/supervision/StatisticsModel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

namespace jd::ui {

namespace {
const QDate kUnbounded(2000, 1, 1);

QChartView* makeChartView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// A fresh chart replaces the old one on every refresh: no axes or series linger.
QChart* replaceChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(QApplication::font());
    chart->setTitleFont(QApplication::font());
    chart->setTitle(title);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}
} // namespace

StatisticsView::StatisticsView(const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_stats(db, m_session),
      m_model(new StatisticsModel(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_enterprise(new QComboBox(this)), m_ledgerEnterprise(new QComboBox(this)),
      m_table(new QTableView(this)),
      m_levelChart(makeChartView(QStringLiteral("levelChart"), this)),
      m_rateChart(makeChartView(QStringLiteral("passRateChart"), this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("statisticsView"));
    // 上报
    auto* national = new QPushButton(tr("全国联网上报…"), this);
    national->setObjectName(QStringLiteral("nationalExportButton"));
    if (PermissionGate::apply(national, m_session, Permission::DecideFiling))
        national->setToolTip(tr("导出全国联网查询上报文件（含身份证号，导出将记入操作日志）"));
    // 统计 filters: the minimum date means no bound.
    m_from->setObjectName(QStringLiteral("statFromDate"));
    m_to->setObjectName(QStringLiteral("statToDate"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setMinimumDate(kUnbounded);
        e->setSpecialValueText(tr("不限"));
        e->setDate(kUnbounded);
    }
    m_enterprise->setObjectName(QStringLiteral("statEnterpriseCombo"));
    m_enterprise->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* exportButton = new QPushButton(tr("导出…"), this);
    exportButton->setObjectName(QStringLiteral("statExportButton"));
    exportButton->setToolTip(tr("把统计表导出为 Excel 工作簿或 CSV"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("发证日期"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("至"), this));
    bar->addWidget(m_to);
    bar->addWidget(new QLabel(tr("企业"), this));
    bar->addWidget(m_enterprise);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    bar->addWidget(national);

    m_table->setObjectName(QStringLiteral("statTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatisticsModel::Enterprise,
                                                      QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("statSummaryLabel"));

    // 工作台账
    auto* ledgerBox = new QGroupBox(tr("工作台账"), this);
    m_ledgerEnterprise->setObjectName(QStringLiteral("ledgerEnterpriseCombo"));
    m_ledgerEnterprise->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* preview = new QPushButton(tr("打印预览…"), ledgerBox);
    preview->setObjectName(QStringLiteral("ledgerPreviewButton"));
    auto* pdf = new QPushButton(tr("导出 PDF…"), ledgerBox);
    pdf->setObjectName(QStringLiteral("ledgerPdfButton"));
    auto* ledgerLayout = new QHBoxLayout(ledgerBox);
    ledgerLayout->addWidget(new QLabel(tr("企业"), ledgerBox));
    ledgerLayout->addWidget(m_ledgerEnterprise);
    ledgerLayout->addWidget(preview);
    ledgerLayout->addWidget(pdf);
    ledgerLayout->addStretch(1);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_levelChart, 2);
    charts->addWidget(m_rateChart, 3);
    auto* chartBox = new QWidget(this);
    chartBox->setLayout(charts);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(ledgerBox);

    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsView::refresh);
    connect(m_enterprise, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(exportButton, &QPushButton::clicked, this, &StatisticsView::exportWithDialog);
    connect(national, &QPushButton::clicked, this, &StatisticsView::nationalExportWithDialog);
    connect(preview, &QPushButton::clicked, this, &StatisticsView::previewLedger);
    connect(pdf, &QPushButton::clicked, this, &StatisticsView::ledgerPdf);
    refresh();
}

StatFilter StatisticsView::filter() const
{
    StatFilter f;
    if (m_from->date() != kUnbounded)
        f.from = m_from->date();
    if (m_to->date() != kUnbounded)
        f.to = m_to->date();
    f.enterpriseId = m_enterprise->currentData().toLongLong();
    return f;
}

void StatisticsView::setFilter(const StatFilter& f)
{
    m_updating = true;
    m_from->setDate(f.from.isValid() ? f.from : kUnbounded);
    m_to->setDate(f.to.isValid() ? f.to : kUnbounded);
    m_enterprise->setCurrentIndex(std::max(0, m_enterprise->findData(f.enterpriseId)));
    m_updating = false;
    refresh();
}

void StatisticsView::refreshEnterprises()
{
    auto list = EnterpriseService(m_db, m_session).list();
    if (!list)
        return;
    m_updating = true;
    for (QComboBox* combo : {m_enterprise, m_ledgerEnterprise}) {
        const qint64 current = combo->currentData().toLongLong();
        combo->clear();
        if (combo == m_enterprise)
            combo->addItem(tr("全部企业"), qint64(0));
        for (const auto& e : *list)
            combo->addItem(e.name, e.id);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    m_updating = false;
}

StatisticsView::~StatisticsView()
{
    // The worker reads through its own connection; it finishes before the view goes.
    if (m_worker)
        m_worker->wait();
}

void StatisticsView::refresh()
{
    if (m_updating)
        return;
    refreshEnterprises();
    if (m_worker) {
        m_again = true; // one more run with the newest filter once this one is done
        return;
    }
    const StatFilter f = filter();
    const Database* db = &m_db;
    const Session session = m_session;
    auto result = std::make_shared<Result<QList<StatRow>>>(QList<StatRow>{});
    m_worker = QThread::create([db, session, f, result] {
        auto connection = db->openAnother();
        if (!connection) {
            *result = connection.error();
            return;
        }
        *result = Statistics(**connection, session).compute(f);
    });
    m_summary->setText(tr("正在统计……"));
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        showRows(*result);
        emit computed();
    });
    m_worker->start();
}

void StatisticsView::showRows(const Result<QList<StatRow>>& rows)
{
    if (!rows) {
        m_summary->clear();
        ErrorPresenter::show(this, rows.error());
        return;
    }
    m_model->setRows(*rows);
    const StatRow& t = m_model->totals();
    int high = 0;
    for (const StatRow& r : *rows)
        high += r.highSkill() ? r.certificates : 0;
    m_summary->setText(rows->isEmpty() ? tr("所选期间没有已确认的认定结果。")
                                       : tr("合计：参加 %1 人，合格 %2 人，合格率 %3%，发证 %4 "
                                            "本，其中高技能（一至三级）%5 本。")
                                             .arg(t.candidates)
                                             .arg(t.passed)
                                             .arg(QString::number(t.passRate() * 100, 'f', 1))
                                             .arg(t.certificates)
                                             .arg(high));
    updateCharts();
}

QList<int> StatisticsView::certificatesByLevel() const
{
    QList<int> byLevel(5, 0);
    for (const StatRow& r : m_model->rows())
        if (r.level >= 1 && r.level <= 5)
            byLevel[r.level - 1] += r.certificates;
    return byLevel;
}

void StatisticsView::updateCharts()
{
    // Certificates by level: two stacked sets so levels 1–3 (高技能) stand out in their colour.
    const QList<int> byLevel = certificatesByLevel();
    auto* high = new QBarSet(tr("高技能（一至三级）"));
    auto* other = new QBarSet(tr("四级、五级"));
    high->setColor(QColor(0xd9, 0x7a, 0x00));
    other->setColor(QColor(0x5b, 0x8d, 0xc9));
    QStringList levels;
    for (int level = 1; level <= 5; ++level) {
        levels << levelText(level).section(QLatin1Char('/'), 0, 0); // 三级/高级工 → 三级
        *high << (level <= 3 ? byLevel.at(level - 1) : 0);
        *other << (level > 3 ? byLevel.at(level - 1) : 0);
    }
    auto* series = new QStackedBarSeries;
    series->append(high);
    series->append(other);
    QChart* chart = replaceChart(m_levelChart, tr("各等级发证数"));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(levels);
    x->setLabelsFont(QApplication::font());
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setMin(0);
    y->setMax(std::max(1, *std::max_element(byLevel.begin(), byLevel.end())) * 1.15);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // Pass rate per occupation over every enterprise shown.
    QMap<QString, std::pair<int, int>> byOccupation; // name → (passed, candidates)
    for (const StatRow& r : m_model->rows()) {
        auto& v = byOccupation[r.occupationName];
        v.first += r.passed;
        v.second += r.candidates;
    }
    auto* rate = new QBarSet(tr("合格率（%）"));
    rate->setColor(QColor(0x3a, 0x8f, 0x5c));
    QStringList names;
    for (auto it = byOccupation.cbegin(); it != byOccupation.cend(); ++it) {
        names << it.key();
        *rate << (it->second ? 100.0 * it->first / it->second : 0.0);
    }
    auto* rates = new QHorizontalBarSeries;
    rates->append(rate);
    rates->setLabelsVisible(true);
    rates->setLabelsFormat(QStringLiteral("@value%"));
    rates->setLabelsPrecision(3);
    QChart* rc = replaceChart(m_rateChart, tr("各职业合格率"));
    rc->addSeries(rates);
    rc->legend()->hide();
    auto* cats = new QBarCategoryAxis;
    cats->append(names);
    cats->setLabelsFont(QApplication::font());
    auto* pct = new QValueAxis;
    pct->setRange(0, 100);
    pct->setLabelFormat(QStringLiteral("%d%%"));
    rc->addAxis(cats, Qt::AlignLeft);
    rc->addAxis(pct, Qt::AlignBottom);
    rates->attachAxis(cats);
    rates->attachAxis(pct);
}

Status StatisticsView::exportTable(const QString& path) const
{
    BusyCursor busy;
    return m_stats.exportTo(m_model->rows(), path);
}

void StatisticsView::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出统计表"),
        QDir(dir).filePath(
            tr("认定统计-%1.xlsx").arg(m_db.clock().today().toString(QStringLiteral("yyyyMMdd")))),
        tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTable(path); !s)
        ErrorPresenter::show(this, s.error());
}

QString StatisticsView::defaultExportName(const QDate& today)
{
    return tr("全国联网上报-含身份证号-%1.xlsx").arg(today.toString(QStringLiteral("yyyyMMdd")));
}

Result<ExportOutcome> StatisticsView::nationalExport(const QString& path, int sinceBatch)
{
    QProgressDialog progress(tr("正在写出全国联网上报文件…"), tr("取消"), 0, 0, this);
    progress.setObjectName(QStringLiteral("nationalExportProgress"));
    progress.setWindowTitle(tr("全国联网上报"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto r = NationalExport(m_db, m_session).write(path, sinceBatch, [&progress](int rows) {
        progress.setLabelText(tr("已写出 %1 条证书信息…").arg(rows));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    return r;
}

void StatisticsView::nationalExportWithDialog()
{
    bool ok = false;
    const int since = QInputDialog::getInt(
        this, tr("全国联网上报"),
        tr("只导出某批次之后变化的证书：填写上次上报的批次号；填 0 导出全部证书。"), 0, 0, 1000000,
        1, &ok);
    if (!ok)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("全国联网上报文件"), QDir(dir).filePath(defaultExportName(m_db.clock().today())),
        tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    auto r = nationalExport(path, since);
    if (!r) {
        ErrorPresenter::show(this, r.error());
        return;
    }
    QMessageBox::information(
        this, tr("全国联网上报"),
        tr("上报批次 %1：%2 条证书信息已写入\n%3\n\n文件含身份证号，请妥善保管，上报后及时删除。")
            .arg(r->batch)
            .arg(r->rows)
            .arg(QDir::toNativeSeparators(r->path.isEmpty() ? path : r->path)));
}

Result<Ledger> StatisticsView::ledger(qint64 enterpriseId) const
{
    BusyCursor busy;
    return m_stats.ledger(enterpriseId);
}

void StatisticsView::previewLedger()
{
    auto l = ledger(m_ledgerEnterprise->currentData().toLongLong());
    if (!l) {
        ErrorPresenter::show(this, l.error());
        return;
    }
    PrintActions::preview(this, ledgerDocument(*l, m_db.clock().today()));
}

void StatisticsView::ledgerPdf()
{
    auto l = ledger(m_ledgerEnterprise->currentData().toLongLong());
    if (!l) {
        ErrorPresenter::show(this, l.error());
        return;
    }
    PrintActions::exportPdf(this, ledgerDocument(*l, m_db.clock().today()),
                            tr("工作台账-%1").arg(l->enterpriseName));
}

} // namespace jd::ui
