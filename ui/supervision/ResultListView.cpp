#include "ui/supervision/ResultListView.h"

#include "core/db/Database.h"
#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/PermissionGate.h"
#include "ui/supervision/ResultImportDialog.h"
#include "ui/supervision/ResultListModel.h"
#include "ui/supervision/ResultRowModel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jd::ui {

namespace {
void setupTable(QTableView* t)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}
} // namespace

ResultListView::ResultListView(const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_results(db, m_session),
      m_plans(db, m_session), m_model(new ResultListModel(this)), m_rows(new ResultRowModel(this)),
      m_table(new QTableView(this)), m_rowTable(new QTableView(this)),
      m_rowsTitle(new QLabel(this)), m_confirm(new QPushButton(tr("确认…"), this)),
      m_status(new QLabel(this)), m_runDialog([](QDialog* d) { d->exec(); }),
      m_ask([](QWidget* parent, const QString& title, const QString& question) {
          return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                       QMessageBox::No) == QMessageBox::Yes;
      })
{
    setObjectName(QStringLiteral("resultListView"));
    auto* import = new QPushButton(tr("导入结果名单…"), this);
    import->setObjectName(QStringLiteral("importResultsButton"));
    PermissionGate::apply(import, m_session, Permission::ImportRegistry);
    auto* tmpl = new QPushButton(tr("下载模板…"), this);
    tmpl->setObjectName(QStringLiteral("resultTemplateButton"));
    tmpl->setToolTip(tr("保存结果名单模板（.xlsx，含填写说明），发给企业填写"));
    m_confirm->setObjectName(QStringLiteral("confirmResultButton"));
    m_confirm->setToolTip(tr("确认选中的结果备案，并为合格人员编制证书编号"));
    m_mayConfirm = PermissionGate::apply(m_confirm, m_session, Permission::DecideFiling);

    auto* bar = new QHBoxLayout;
    bar->addWidget(import);
    bar->addWidget(tmpl);
    bar->addStretch(1);
    bar->addWidget(m_confirm);

    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setModel(m_model);
    setupTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ResultListModel::Enterprise,
                                                      QHeaderView::Stretch);
    m_rowTable->setObjectName(QStringLiteral("resultRowTable"));
    m_rowTable->setModel(m_rows);
    setupTable(m_rowTable);
    m_rowsTitle->setObjectName(QStringLiteral("resultRowsTitle"));
    m_status->setObjectName(QStringLiteral("resultStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_rowsTitle);
    lowerLayout->addWidget(m_rowTable, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(import, &QPushButton::clicked, this, &ResultListView::importWithDialog);
    connect(tmpl, &QPushButton::clicked, this, &ResultListView::templateWithDialog);
    connect(m_confirm, &QPushButton::clicked, this, &ResultListView::confirmCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showRows();
        updateButtons();
    });
    refresh();
}

void ResultListView::refresh()
{
    const qint64 current = currentId();
    auto all = m_results.list();
    if (!all) {
        ErrorPresenter::show(this, all.error());
        return;
    }
    m_model->setRows(*all);
    if (current)
        selectResult(current);
    int pending = 0, late = 0;
    for (const ResultFiling& r : *all) {
        pending += r.status != QStringLiteral("confirmed") ? 1 : 0;
        late += r.late ? 1 : 0;
    }
    if (!m_status->property("sticky").toBool())
        m_status->setText(all->isEmpty() ? tr("还没有认定结果备案。")
                                         : tr("共 %1 份结果备案，待确认 %2 份，逾期报送 %3 份。")
                                               .arg(all->size())
                                               .arg(pending)
                                               .arg(late));
    showRows();
    updateButtons();
}

qint64 ResultListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(ResultListModel::IdRole).toLongLong();
}

void ResultListView::selectResult(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

QString ResultListView::statusText() const
{
    return m_status->text();
}

void ResultListView::updateButtons()
{
    if (!m_mayConfirm)
        return;
    const int row = m_model->rowOf(currentId());
    m_confirm->setEnabled(row >= 0 &&
                          m_model->rows().at(row).status != QStringLiteral("confirmed"));
}

void ResultListView::showRows()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_rows->setRows({});
        m_rowsTitle->setText(tr("选择一份结果备案，查看名单。"));
        return;
    }
    auto rows = m_results.rows(id);
    if (!rows) {
        ErrorPresenter::show(this, rows.error());
        return;
    }
    m_rows->setRows(*rows);
    const int passed = static_cast<int>(
        std::count_if(rows->begin(), rows->end(), [](const ResultRow& r) { return r.passed; }));
    m_rowsTitle->setText(
        tr("结果备案 %1 的名单：%2 人，合格 %3 人").arg(id).arg(rows->size()).arg(passed));
}

Result<ImportOutcome> ResultListView::importFile(qint64 planId, const QString& path,
                                                 const QDate& received)
{
    // A list of a hundred thousand candidates takes seconds to check and write: the
    // progress is shown, and 取消 leaves nothing imported.
    QProgressDialog progress(tr("正在导入结果名单…"), tr("取消"), 0, 0, this);
    progress.setObjectName(QStringLiteral("resultImportProgress"));
    progress.setWindowTitle(tr("导入结果名单"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    m_results.setImportProgress([&progress](qint64 done, qint64 total) {
        const qint64 rows = total / 2;
        progress.setMaximum(static_cast<int>(total));
        progress.setValue(static_cast<int>(done));
        progress.setLabelText(done < rows ? tr("正在检查第 %1 / %2 行…").arg(done + 1).arg(rows)
                                          : tr("正在写入 %1 行…").arg(rows));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    Result<ImportOutcome> r = m_results.importFile(planId, path, received);
    m_results.setImportProgress({});
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!r && cancelled) {
        m_status->setText(tr("已取消导入“%1”，未导入任何数据。").arg(QFileInfo(path).fileName()));
        return r;
    }
    if (!r) {
        if (r.error().code == ErrorCode::Invalid && !r.error().fields.isEmpty()) {
            ImportErrorDialog dialog(
                path, r.error(), this,
                tr("请企业按下表逐条修改后重新报送；可点击“保存错误报告…”把报告发给企业。"));
            dialog.setObjectName(QStringLiteral("resultErrorDialog"));
            m_runDialog(&dialog);
        } else {
            ErrorPresenter::show(this, r.error());
        }
        return r;
    }
    m_status->setProperty("sticky", true);
    refresh();
    m_status->setText(tr("已导入“%1”：%2 人（结果备案 %3，编码 %4）。请审核员核对后确认。")
                          .arg(QFileInfo(path).fileName())
                          .arg(r->imported)
                          .arg(r->resultId)
                          .arg(r->encoding));
    m_status->setProperty("sticky", false);
    selectResult(r->resultId);
    emit resultsChanged();
    return r;
}

void ResultListView::importWithDialog()
{
    auto plans = m_plans.list();
    if (!plans) {
        ErrorPresenter::show(this, plans.error());
        return;
    }
    ResultImportDialog dialog(*plans, m_db.clock().today(), this);
    m_runDialog(&dialog);
    if (dialog.result() != QDialog::Accepted)
        return;
    (void)importFile(dialog.planId(), dialog.path(), dialog.received());
}

Status ResultListView::writeTemplate(const QString& path)
{
    BusyCursor busy;
    return ResultService::writeTemplate(path);
}

void ResultListView::templateWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("下载结果名单模板"), QDir(dir).filePath(tr("认定结果名单模板.xlsx")),
        tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = writeTemplate(path); !s) {
        ErrorPresenter::show(this, s.error());
        return;
    }
    m_status->setText(tr("模板已保存到 %1").arg(QDir::toNativeSeparators(path)));
}

Result<ConfirmOutcome> ResultListView::confirm(qint64 resultId)
{
    auto filing = m_results.get(resultId);
    if (!filing)
        return filing.error();
    const QString question = tr("确认 %1 的认定结果备案 %2？\n\n名单 %3 人，其中合格 %4 "
                                "人。确认后将为合格的 %4 人编制证书编号"
                                "（每个等级占用一个连续号段），不能撤回。")
                                 .arg(filing->enterpriseName)
                                 .arg(resultId)
                                 .arg(filing->rows)
                                 .arg(filing->passed);
    if (!m_ask(this, tr("确认认定结果"), question))
        return Error::invalid(tr("已取消。"));
    Result<ConfirmOutcome> r = [&] {
        BusyCursor busy;
        return m_results.confirm(resultId);
    }();
    if (!r)
        return r;
    QStringList blocks;
    for (const ConfirmOutcome::Block& b : r->blocks)
        blocks << tr("%1 年 %2：%3–%4")
                      .arg(b.year)
                      .arg(levelText(b.level))
                      .arg(b.first, 6, 10, QLatin1Char('0'))
                      .arg(b.last, 6, 10, QLatin1Char('0'));
    m_status->setProperty("sticky", true);
    refresh();
    m_status->setText(tr("已确认结果备案 %1，编制证书 %2 本。号段：%3")
                          .arg(resultId)
                          .arg(r->certificates)
                          .arg(blocks.join(tr("；"))));
    m_status->setProperty("sticky", false);
    emit resultsChanged();
    return r;
}

void ResultListView::confirmCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    auto r = confirm(id);
    if (!r && r.error().message != tr("已取消。"))
        ErrorPresenter::show(this, r.error());
}

} // namespace jd::ui
