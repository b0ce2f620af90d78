#include "ui/security/AuditLogView.h"

#include "core/db/Database.h"
#include "core/db/Maintenance.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/AuditTableModel.h"
#include "ui/security/BusyCursor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace jd::ui {

namespace {

QString pretty(const QString& json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

// The top-level keys whose values differ between before and after.
QStringList changedKeys(const QString& before, const QString& after)
{
    const QJsonObject a = QJsonDocument::fromJson(before.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(after.toUtf8()).object();
    if (a.isEmpty() || b.isEmpty())
        return {};
    QStringList keys;
    QSet<QString> all;
    for (const QString& k : a.keys())
        all.insert(k);
    for (const QString& k : b.keys())
        all.insert(k);
    for (const QString& k : std::as_const(all))
        if (a.value(k) != b.value(k))
            keys << k;
    keys.sort();
    return keys;
}

} // namespace

AuditLogView::AuditLogView(const Database& db, Session session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(std::move(session)), m_model(new AuditTableModel(this)),
      m_table(new QTableView(this)), m_actor(new QComboBox(this)), m_entity(new QComboBox(this)),
      m_period(new QCheckBox(tr("时间"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_summary(new QLabel(this)), m_detailHeader(new QLabel(this)), m_before(new QPlainTextEdit(this)),
      m_after(new QPlainTextEdit(this)), m_verifyResult(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogView"));
    setWindowTitle(tr("操作日志"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);

    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_actor->setEditable(true);
    m_actor->setMinimumWidth(140);
    m_actor->lineEdit()->setPlaceholderText(tr("全部"));
    m_entity->setObjectName(QStringLiteral("entityCombo"));
    m_entity->addItem(tr("全部对象"), QString());
    for (const QString& key : AuditTableModel::knownEntities())
        m_entity->addItem(AuditTableModel::entityLabel(key), key);
    m_period->setObjectName(QStringLiteral("periodCheck"));
    m_period->setToolTip(tr("勾选后只列出所选日期范围内的操作"));
    const QDate today = m_db.clock().now().date();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
        // Room for the whole date and the popup arrow whatever the font.
        d->setMinimumWidth(d->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 48);
    }
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);

    auto* exportButton = new QPushButton(tr("导出…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("把列出的操作日志导出为 CSV 文件；其中含个人信息，导出本身也记入操作日志"));
    auto* verifyButton = new QPushButton(tr("校验日志链"), this);
    verifyButton->setObjectName(QStringLiteral("verifyButton"));
    verifyButton->setToolTip(tr("检查数据库完整性，并核对每条操作日志的哈希链，发现修改、删除或插入的条目"));
    auto* refreshButton = new QPushButton(tr("刷新"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    for (QPushButton* b : {exportButton, verifyButton, refreshButton})
        b->setAutoDefault(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("操作人"), this));
    bar->addWidget(m_actor);
    bar->addWidget(new QLabel(tr("对象"), this));
    bar->addWidget(m_entity);
    bar->addSpacing(12);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("至"), this));
    bar->addWidget(m_to);
    bar->addStretch(1);
    bar->addWidget(refreshButton);
    bar->addWidget(verifyButton);
    bar->addWidget(exportButton);

    m_model->setObjectName(QStringLiteral("auditModel"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::EntityId, QHeaderView::Stretch);

    m_summary->setObjectName(QStringLiteral("auditCountLabel"));
    m_detailHeader->setObjectName(QStringLiteral("detailHeaderLabel"));
    m_detailHeader->setWordWrap(true);
    m_detailHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_before->setObjectName(QStringLiteral("beforeText"));
    m_after->setObjectName(QStringLiteral("afterText"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* t : {m_before, m_after}) {
        t->setReadOnly(true);
        t->setFont(mono);
        t->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_before->setPlaceholderText(tr("（无）"));
    m_after->setPlaceholderText(tr("（无）"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResultLabel"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();

    auto* detail = new QWidget(this);
    auto* grid = new QGridLayout(detail);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_detailHeader, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("修改前"), detail), 1, 0);
    grid->addWidget(new QLabel(tr("修改后"), detail), 1, 1);
    grid->addWidget(m_before, 2, 0);
    grid->addWidget(m_after, 2, 1);
    grid->setRowStretch(2, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("auditSplitter"));
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_summary);

    connect(m_actor, &QComboBox::currentTextChanged, this, &AuditLogView::refresh);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogView::refresh);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogView::refresh);
    connect(refreshButton, &QPushButton::clicked, this, [this] {
        loadActors();
        refresh();
    });
    connect(verifyButton, &QPushButton::clicked, this, [this] { (void)verifyChain(); });
    connect(exportButton, &QPushButton::clicked, this, &AuditLogView::exportWithDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditLogView::updateDetail);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("audit/geometry")).toByteArray()))
        resize(1180, 760);
    loadActors();
    refresh();
}

AuditLogView::~AuditLogView()
{
    QSettings().setValue(QStringLiteral("audit/geometry"), saveGeometry());
}

void AuditLogView::loadActors()
{
    // The actors come from the log itself: supervisors may read it but not the user list.
    AuditFilter all;
    all.limit = 100000;
    auto entries = AuditLog(m_db).entries(all, m_session);
    if (!entries)
        return;
    QSet<QString> seen;
    for (const AuditEntry& e : *entries)
        seen.insert(e.actor);
    QStringList actors(seen.cbegin(), seen.cend());
    actors.sort();
    const QSignalBlocker block(m_actor);
    const QString current = m_actor->currentText();
    m_actor->clear();
    m_actor->addItem(QString());
    m_actor->addItems(actors);
    m_actor->setCurrentText(current);
}

AuditFilter AuditLogView::filter() const
{
    AuditFilter f;
    f.actor = m_actor->currentText().trimmed();
    f.entity = m_entity->currentData().toString();
    if (m_period->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.limit = RowLimit;
    return f;
}

void AuditLogView::setFilter(const QString& actor, const QString& entity, const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker b1(m_actor), b2(m_entity), b3(m_period), b4(m_from), b5(m_to);
        m_actor->setCurrentText(actor);
        m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
        const bool period = from.isValid() || to.isValid();
        m_period->setChecked(period);
        m_from->setEnabled(period);
        m_to->setEnabled(period);
        if (from.isValid())
            m_from->setDate(from);
        if (to.isValid())
            m_to->setDate(to);
    }
    refresh();
}

void AuditLogView::refresh()
{
    auto entries = AuditLog(m_db).entries(filter(), m_session);
    if (!entries) {
        ErrorPresenter::show(this, entries.error());
        return;
    }
    m_model->setEntries(*entries);
    const auto n = entries->size();
    m_summary->setText(n >= RowLimit ? tr("显示最近的 %1 条；更早的请用操作人、对象或时间缩小范围。").arg(n)
                                     : tr("共 %1 条").arg(n));
    if (n > 0)
        m_table->selectRow(0);
    updateDetail();
}

void AuditLogView::showEntry(int row)
{
    m_table->selectRow(row);
    updateDetail();
}

void AuditLogView::updateDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detailHeader->setText(tr("选择一条记录，查看修改前后的内容。"));
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditEntry& e = m_model->entries().at(rows.first().row());
    QString header = tr("第 %1 条　%2　%3　%4 %5 %6")
                         .arg(e.id)
                         .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor,
                              AuditTableModel::actionLabel(e.action), AuditTableModel::entityLabel(e.entity),
                              e.entityId);
    const QStringList changed = changedKeys(e.beforeJson, e.afterJson);
    if (!changed.isEmpty())
        header += QLatin1Char('\n') + tr("变化的字段：%1").arg(changed.join(tr("、")));
    m_detailHeader->setText(header);
    m_detailHeader->setToolTip(tr("哈希：%1").arg(e.hash));
    m_before->setPlainText(pretty(e.beforeJson));
    m_after->setPlainText(pretty(e.afterJson));
}

QString AuditLogView::defaultExportName() const
{
    return tr("操作日志（含个人信息）-%1.csv").arg(m_db.clock().now().toString(QStringLiteral("yyyyMMdd")));
}

Status AuditLogView::exportTo(const QString& path)
{
    Status s = [&] {
        const BusyCursor busy;
        return AuditLog(m_db).exportTo(m_model->entries(), path, m_session);
    }();
    if (!s) {
        ErrorPresenter::show(this, s.error(), tr("未能导出"));
        return s;
    }
    loadActors();
    refresh();
    return s;
}

void AuditLogView::exportWithDialog()
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("paths/auditExport")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("导出操作日志"), QDir(dir).filePath(defaultExportName()),
                                                      tr("CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/auditExport"), QFileInfo(path).absolutePath());
    const auto rows = m_model->rowCount();
    if (exportTo(path))
        m_summary->setText(tr("已导出 %1 条到 %2。文件含个人信息，请妥善保管，用后删除。")
                               .arg(rows)
                               .arg(QDir::toNativeSeparators(path)));
}

Result<QStringList> AuditLogView::verifyChain()
{
    auto findings = [&] {
        const BusyCursor busy;
        return Maintenance::check(m_db);
    }();
    if (!findings) {
        ErrorPresenter::show(this, findings.error());
        return findings;
    }
    if (findings->isEmpty()) {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1e7b34;"));
        m_verifyResult->setText(tr("校验通过：数据库完整，操作日志链未发现修改、删除或插入。"));
    } else {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        m_verifyResult->setText(tr("发现 %1 处问题：\n%2").arg(findings->size()).arg(findings->join(QLatin1Char('\n'))));
    }
    m_verifyResult->show();
    return findings;
}

} // namespace jd::ui
