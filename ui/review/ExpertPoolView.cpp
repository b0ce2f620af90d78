#include "ui/review/ExpertPoolView.h"

#include "core/registry/EnterpriseService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/review/ExpertEditorDialog.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/review/ExpertListModel.h"
#include "ui/security/PermissionGate.h"

#include <QCheckBox>
#include <QCollator>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace jd::ui {

namespace {
const QString kFilter = QStringLiteral("*.csv *.xlsx");
}

ExpertPoolView::ExpertPoolView(ExpertService& experts, EnterpriseService& enterprises,
                               Session session, QWidget* parent)
    : QWidget(parent), m_experts(experts), m_enterprises(enterprises),
      m_session(std::move(session)), m_model(new ExpertListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_search(new QLineEdit(this)), m_showInactive(new QCheckBox(tr("显示已停用(&V)"), this)),
      m_new(new QPushButton(tr("新增(&N)…"), this)), m_edit(new QPushButton(tr("编辑(&M)…"), this)),
      m_toggle(new QPushButton(tr("停用(&T)…"), this)),
      m_import(new QPushButton(tr("导入(&I)…"), this)), m_count(new QLabel(this)),
      m_debounce(new QTimer(this)), m_runDialog([](QDialog* d) { d->exec(); }),
      m_askReason([this](const QString& title, const QString& label) {
          return askReason(this, title, label);
      })
{
    setObjectName(QStringLiteral("expertPoolView"));
    m_search->setObjectName(QStringLiteral("expertSearchEdit"));
    m_search->setPlaceholderText(tr("搜索姓名、工作单位或专业领域（Ctrl+F）"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_showInactive->setToolTip(tr("同时列出已停用、不再参加抽取的专家"));
    m_new->setObjectName(QStringLiteral("newExpertButton"));
    m_edit->setObjectName(QStringLiteral("editExpertButton"));
    m_toggle->setObjectName(QStringLiteral("toggleExpertButton"));
    m_import->setObjectName(QStringLiteral("importExpertsButton"));
    m_import->setToolTip(tr("导入按模板填写的专家名单（CSV 或 XLSX）；有任何错误时整份文件不导入"));
    auto* exportButton = new QPushButton(tr("导出(&X)…"), this);
    exportButton->setObjectName(QStringLiteral("exportExpertsButton"));
    exportButton->setToolTip(tr("把专家库导出为 CSV 或 XLSX 文件（按文件扩展名）"));
    auto* templateButton = new QPushButton(tr("导出模板(&P)…"), this);
    templateButton->setObjectName(QStringLiteral("expertTemplateButton"));
    templateButton->setToolTip(
        tr("导出空白的专家名单模板：%1").arg(ExpertService::columns().join(tr("、"))));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_showInactive);
    bar->addStretch(1);
    for (QPushButton* b : {m_new, m_edit, m_toggle})
        bar->addWidget(b);
    bar->addSpacing(12);
    for (QPushButton* b : {m_import, exportButton, templateButton})
        bar->addWidget(b);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExpertListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("expertTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the service's order: by name
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExpertListModel::Employer, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("expertCountLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    setTabOrder(m_search, m_showInactive);
    setTabOrder(m_showInactive, m_table);

    m_editRefused = PermissionGate::reason(m_session, Permission::EditRegistry);
    PermissionGate::apply(m_new, m_session, Permission::EditRegistry);
    PermissionGate::apply(m_import, m_session, Permission::ImportRegistry);
    if (!m_editRefused.isEmpty()) {
        // Roles that only read may still open an expert to see it.
        m_edit->setText(tr("查看(&M)…"));
        m_toggle->setToolTip(m_editRefused);
    }

    // Typing is debounced so a search runs once the clerk pauses, not on every key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ExpertPoolView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_showInactive, &QCheckBox::toggled, this, &ExpertPoolView::refresh);
    auto* find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_new, &QPushButton::clicked, this, &ExpertPoolView::newExpert);
    connect(m_edit, &QPushButton::clicked, this, &ExpertPoolView::editCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &ExpertPoolView::toggleActiveCurrent);
    connect(m_import, &QPushButton::clicked, this, &ExpertPoolView::importWithDialog);
    connect(exportButton, &QPushButton::clicked, this, &ExpertPoolView::exportWithDialog);
    connect(templateButton, &QPushButton::clicked, this, &ExpertPoolView::exportTemplateWithDialog);
    // "activated" is Enter and the platform's double-click on a row.
    connect(m_table, &QTableView::activated, this, &ExpertPoolView::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExpertPoolView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExpertPoolView::updateButtons);
    connect(&m_experts, &ExpertService::changed, this, &ExpertPoolView::refresh);

    refresh();
}

void ExpertPoolView::refresh()
{
    m_debounce->stop();
    const qint64 selected = currentId();
    const QString search = m_search->text().trimmed();
    auto rows = m_experts.list(m_showInactive->isChecked(), search);
    if (!rows) {
        ErrorPresenter::show(this, rows.error());
        return;
    }
    // People look names up in pinyin order; the database orders by code point.
    QList<Expert> sorted = *rows;
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(sorted.begin(), sorted.end(), [&collator](const Expert& a, const Expert& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    m_model->setRows(sorted);
    const int n = static_cast<int>(rows->size());
    int inactive = 0;
    for (const Expert& e : *rows)
        inactive += e.active ? 0 : 1;
    if (n == 0 && search.isEmpty())
        m_count->setText(
            tr("专家库中还没有专家。点击“新增”逐个录入，或用“导入”导入按模板填写的名单。"));
    else if (n == 0)
        m_count->setText(tr("没有符合条件的专家。"));
    else if (inactive > 0)
        m_count->setText(tr("共 %1 名专家，其中已停用 %2 名").arg(n).arg(inactive));
    else
        m_count->setText(search.isEmpty() ? tr("共 %1 名专家").arg(n)
                                          : tr("符合条件的专家 %1 名").arg(n));
    if (selected != 0)
        selectExpert(selected);
    updateButtons();
}

qint64 ExpertPoolView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(ExpertListModel::IdRole).toLongLong();
}

void ExpertPoolView::selectExpert(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void ExpertPoolView::updateButtons()
{
    const qint64 id = currentId();
    m_edit->setEnabled(id != 0);
    bool active = true;
    if (const int row = m_model->rowOf(id); row >= 0)
        active = m_model->rows().at(row).active;
    m_toggle->setText(active ? tr("停用(&T)…") : tr("启用(&T)…"));
    m_toggle->setEnabled(id != 0 && m_editRefused.isEmpty());
    if (m_editRefused.isEmpty())
        m_toggle->setToolTip(active ? tr("停用后该专家不再参加评审专家抽取，记录保留")
                                    : tr("恢复该专家参加评审专家抽取"));
}

void ExpertPoolView::runEditor(ExpertEditorDialog* editor)
{
    if (!m_editRefused.isEmpty())
        editor->setReadOnly(m_editRefused);
    connect(editor, &ExpertEditorDialog::saved, this, [this](qint64 id) {
        refresh();
        selectExpert(id);
    });
    m_runDialog(editor);
}

void ExpertPoolView::newExpert()
{
    if (!m_editRefused.isEmpty())
        return;
    ExpertEditorDialog editor(m_experts, m_enterprises, this);
    runEditor(&editor);
}

void ExpertPoolView::editCurrent()
{
    if (const qint64 id = currentId())
        editExpert(id);
}

void ExpertPoolView::editExpert(qint64 id)
{
    ExpertEditorDialog editor(m_experts, m_enterprises, this);
    if (Status s = editor.load(id); !s) {
        ErrorPresenter::show(this, s.error());
        return;
    }
    runEditor(&editor);
}

Status ExpertPoolView::setCurrentActive(bool active, const QString& reason)
{
    const qint64 id = currentId();
    if (id == 0)
        return Error::usage(tr("请先在列表中选择一位专家。"));
    auto r = m_experts.setActive(id, active, reason);
    if (!r)
        return r.error();
    // Deactivated experts stay visible until the list is refreshed without them.
    refresh();
    selectExpert(id);
    return {};
}

void ExpertPoolView::toggleActiveCurrent()
{
    const qint64 id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_editRefused.isEmpty())
        return;
    const Expert& e = m_model->rows().at(row);
    const bool activate = !e.active;
    const auto reason = m_askReason(
        activate ? tr("启用专家") : tr("停用专家"),
        activate ? tr("恢复“%1”（%2）参加评审专家抽取。请填写理由：").arg(e.name, e.employer)
                 : tr("停用后“%1”（%2）不再参加评审专家抽取，已参加的评审记录保留。请填写理由：")
                       .arg(e.name, e.employer));
    if (!reason)
        return;
    if (Status s = setCurrentActive(activate, *reason); !s)
        ErrorPresenter::show(this, s.error());
}

std::optional<QString> ExpertPoolView::askReason(QWidget* parent, const QString& title,
                                                 const QString& label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

Result<ExpertImportSummary> ExpertPoolView::importPath(const QString& path)
{
    auto summary = m_experts.importFile(path);
    if (summary)
        refresh();
    return summary;
}

void ExpertPoolView::importWithDialog()
{
    if (!m_editRefused.isEmpty())
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("paths/import")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("导入专家名单"), dir,
        tr("专家名单 (%1);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)").arg(kFilter));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/import"), QFileInfo(path).absolutePath());
    presentImport(path, importPath(path));
}

void ExpertPoolView::presentImport(const QString& path, const Result<ExpertImportSummary>& summary)
{
    // Problems come either as the refusal's field errors or in the summary's list.
    const QList<FieldError> errors = summary ? summary->errors : summary.error().fields;
    if (!errors.isEmpty()) {
        const QString message = summary ? tr("专家名单有 %1 处错误，未导入任何专家。").arg(errors.size()) : summary.error().message;
        ImportErrorDialog dialog(path, Error::invalid(message, errors), this);
        dialog.setObjectName(QStringLiteral("expertImportErrorDialog"));
        m_runDialog(&dialog);
        return;
    }
    if (!summary) {
        ErrorPresenter::show(this, summary.error(), tr("导入未完成"));
        return;
    }
    QMessageBox box(
        QMessageBox::Information, tr("导入完成"),
        tr("已从“%1”导入 %2 名专家。").arg(QFileInfo(path).fileName()).arg(summary->imported),
        QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("expertImportDoneBox"));
    m_runDialog(&box);
}

Status ExpertPoolView::exportPath(const QString& path) const
{
    return m_experts.exportFile(path);
}

Status ExpertPoolView::exportTemplatePath(const QString& path)
{
    return ExpertService::writeTemplate(path);
}

void ExpertPoolView::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出专家库"), QDir(dir).filePath(tr("评审专家库.xlsx")),
        tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPath(path); !s) {
        ErrorPresenter::show(this, s.error(), tr("导出未完成"));
        return;
    }
    m_count->setText(tr("专家库已导出到 %1").arg(QDir::toNativeSeparators(path)));
}

void ExpertPoolView::exportTemplateWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出专家名单模板"), QDir(dir).filePath(tr("评审专家名单模板.xlsx")),
        tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTemplatePath(path); !s) {
        ErrorPresenter::show(this, s.error(), tr("导出未完成"));
        return;
    }
    m_count->setText(tr("模板已保存到 %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace jd::ui
