#include "ui/registry/EnterpriseListView.h"

#include "core/registry/EnterpriseService.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/registry/EnterpriseListModel.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/security/PermissionGate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jd::ui {

EnterpriseListView::EnterpriseListView(EnterpriseService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_model(new EnterpriseListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)), m_search(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_flaggedOnly(new QCheckBox(tr("只看代码存疑"), this)),
      m_open(new QPushButton(tr("打开"), this)), m_delete(new QPushButton(tr("删除"), this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("enterpriseListView"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("搜索企业名称、统一社会信用代码、联系人或手机"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_kind->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kind->addItem(tr("全部类型"));
    for (EnterpriseKind k : {EnterpriseKind::Tianjin, EnterpriseKind::CentralSoeBranch})
        m_kind->addItem(enterpriseKindText(k), static_cast<int>(k));
    m_flaggedOnly->setObjectName(QStringLiteral("flaggedOnlyCheck"));
    m_flaggedOnly->setToolTip(tr("只列出统一社会信用代码未通过校验、经确认保留的企业"));

    auto* newButton = new QPushButton(tr("新建"), this);
    newButton->setObjectName(QStringLiteral("newButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    auto* importButton = new QPushButton(tr("导入…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("导入企业按模板填写的 CSV 或 JSON 文件；有任何错误时整份文件不导入"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_kind);
    bar->addWidget(m_flaggedOnly);
    bar->addStretch(1);
    bar->addWidget(newButton);
    bar->addWidget(m_open);
    bar->addWidget(m_delete);
    bar->addWidget(importButton);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EnterpriseListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("enterpriseTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnterpriseListModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(EnterpriseListModel::Name, QHeaderView::Stretch);
    for (int c : {EnterpriseListModel::Id, EnterpriseListModel::Uscc, EnterpriseListModel::Kind,
                  EnterpriseListModel::Contact, EnterpriseListModel::Mobile, EnterpriseListModel::Occupations,
                  EnterpriseListModel::Updated})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    // Typing is debounced so a search runs once the clerk pauses, not on every key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &EnterpriseListView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EnterpriseListView::refresh);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &EnterpriseListView::refresh);
    connect(newButton, &QPushButton::clicked, this, &EnterpriseListView::newRequested);
    connect(m_open, &QPushButton::clicked, this, &EnterpriseListView::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &EnterpriseListView::deleteCurrent);
    connect(importButton, &QPushButton::clicked, this, &EnterpriseListView::importWithDialog);
    // "activated" is Enter and the platform's double-click (or single click) on a row.
    connect(m_table, &QTableView::activated, this, &EnterpriseListView::openCurrent);
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &EnterpriseListView::deleteCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnterpriseListView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EnterpriseListView::updateButtons);
    connect(&m_service, &EnterpriseService::changed, this, &EnterpriseListView::refresh);

    refresh();
}

EnterpriseFilter EnterpriseListView::filter() const
{
    EnterpriseFilter f;
    f.text = m_search->text().trimmed();
    if (m_kind->currentIndex() > 0)
        f.kind = static_cast<EnterpriseKind>(m_kind->currentData().toInt());
    f.flaggedOnly = m_flaggedOnly->isChecked();
    return f;
}

void EnterpriseListView::refresh()
{
    m_debounce->stop();
    const EnterpriseFilter f = filter();
    auto rows = m_service.list(f);
    if (!rows) {
        ErrorPresenter::show(this, rows.error());
        return;
    }
    m_model->setRows(*rows);
    const int n = static_cast<int>(rows->size());
    const bool filtered = !f.text.isEmpty() || f.kind || f.flaggedOnly;
    if (n == 0 && !filtered)
        m_count->setText(tr("登记册中还没有企业。点击“新建”逐项录入，或用“导入…”导入企业按模板填写的文件。"));
    else if (n == 0)
        m_count->setText(tr("没有符合条件的企业。"));
    else
        m_count->setText(filtered ? tr("符合条件的企业 %1 家").arg(n) : tr("共 %1 家企业").arg(n));
    updateButtons();
    emit listed(n);
}

qint64 EnterpriseListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(EnterpriseListModel::IdRole).toLongLong();
}

void EnterpriseListView::setPermissions(const Session& session)
{
    PermissionGate::apply(findChild<QPushButton*>(QStringLiteral("newButton")), session, Permission::EditRegistry);
    PermissionGate::apply(findChild<QPushButton*>(QStringLiteral("importButton")), session, Permission::ImportRegistry);
    m_deleteRefused = PermissionGate::reason(session, Permission::DeleteEnterprise);
    m_delete->setToolTip(m_deleteRefused);
    updateButtons();
}

void EnterpriseListView::updateButtons()
{
    const bool any = currentId() != 0;
    m_open->setEnabled(any);
    m_delete->setEnabled(any && m_deleteRefused.isEmpty());
}

void EnterpriseListView::openCurrent()
{
    if (const qint64 id = currentId())
        emit openRequested(id);
}

void EnterpriseListView::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    if (!m_deleteRefused.isEmpty()) { // the Delete key reaches here even when the button is disabled
        ErrorPresenter::show(this, Error::notAllowed(m_deleteRefused));
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    const QString name = current.siblingAtColumn(EnterpriseListModel::Name).data().toString();
    const QString uscc = current.siblingAtColumn(EnterpriseListModel::Uscc).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("删除企业"),
        tr("确定要从登记册中删除“%1”（统一社会信用代码 %2）吗？\n\n删除后该企业不再出现在列表中，"
           "操作日志和历史记录仍然保留，其统一社会信用代码可以重新登记。")
            .arg(name, uscc),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = m_service.remove(id); !s)
        ErrorPresenter::show(this, s.error());
}

void EnterpriseListView::importWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("paths/import")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("导入企业"), dir,
                                                      tr("企业数据文件 (*.csv *.xlsx *.json);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;JSON 文件 (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/import"), QFileInfo(path).absolutePath());
    presentImport(path, importPath(path));
}

Result<ImportReport> EnterpriseListView::importPath(const QString& path)
{
    auto report = m_service.importFile(path);
    if (report)
        refresh();
    return report;
}

void EnterpriseListView::presentImport(const QString& path, const Result<ImportReport>& report)
{
    if (!report) {
        if (report.error().fields.isEmpty()) {
            ErrorPresenter::show(this, report.error(), tr("导入未完成"));
        } else {
            ImportErrorDialog dialog(path, report.error(), this);
            dialog.exec();
        }
        return;
    }
    QMessageBox::information(this, tr("导入完成"),
                             tr("已从“%1”导入 %2 家企业。").arg(QFileInfo(path).fileName()).arg(report->imported));
}

} // namespace jd::ui
