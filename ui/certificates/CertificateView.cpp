#include "ui/certificates/CertificateView.h"

#include "core/db/Database.h"
#include "core/validation/Validators.h"
#include "ui/certificates/CertificateModel.h"
#include "ui/certificates/CertificatePrintDialog.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/PermissionGate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jd::ui {

CertificateView::CertificateView(const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_registry(db, m_session),
      m_model(new CertificateModel(this)), m_number(new QLineEdit(this)),
      m_idNumber(new QLineEdit(this)), m_name(new QLineEdit(this)), m_table(new QTableView(this)),
      m_message(new QLabel(this)), m_revoke(new QPushButton(tr("撤销…"), this)),
      m_reissue(new QPushButton(tr("换发…"), this)),
      m_print(new QPushButton(tr("打印证书…"), this)), m_runDialog([](QDialog* d) { d->exec(); }),
      m_askReason([](QWidget* parent, const QString& title, const QString& prompt) {
          bool ok = false;
          const QString text =
              QInputDialog::getMultiLineText(parent, title, prompt, QString(), &ok);
          return ok ? text.trimmed() : QString();
      })
{
    setObjectName(QStringLiteral("certificateView"));
    m_preview = [this](const QList<Certificate>& list, const CertificatePrintOptions& options,
                       const QString& printerName) {
        QPrinter printer(QPrinter::HighResolution);
        if (!printerName.isEmpty())
            printer.setPrinterName(printerName);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(tr("职业技能等级证书"));
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("打印预览 — 职业技能等级证书（%1 本）").arg(list.size()));
        dialog.resize(1000, 800);
        // A batch of a thousand certificates takes seconds to lay out, for the preview and
        // again for the printer: both show their progress and can be cancelled. Cancelling
        // closes the preview; a cancelled print job is aborted, and nothing counts as printed.
        bool cancelled = false;
        connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                [this, &list, &options, &printer, &dialog, &cancelled](QPrinter* p) {
                    const bool toPrinter = p == &printer;
                    QProgressDialog progress(toPrinter ? tr("正在发送证书到打印机…")
                                                       : tr("正在排版证书…"),
                                             tr("取消"), 0, static_cast<int>(list.size()), this);
                    progress.setObjectName(QStringLiteral("certPrintProgress"));
                    progress.setWindowTitle(tr("打印证书"));
                    progress.setWindowModality(Qt::WindowModal);
                    progress.setMinimumDuration(500);
                    CertificatePrintOptions withProgress = options;
                    withProgress.progress = [&progress, &list](int done, int total) {
                        progress.setValue(done);
                        if (done < total)
                            progress.setLabelText(tr("第 %1 / %2 本：%3")
                                                      .arg(done + 1)
                                                      .arg(total)
                                                      .arg(list.at(done).name));
                        QApplication::processEvents();
                        return !progress.wasCanceled();
                    };
                    if (CertificateDocument::print(list, withProgress, p))
                        return;
                    cancelled = true;
                    if (toPrinter)
                        p->abort();
                    QMetaObject::invokeMethod(&dialog, &QDialog::reject, Qt::QueuedConnection);
                });
        // The preview accepts itself once the pages were sent to the printer.
        const bool accepted = dialog.exec() == QDialog::Accepted;
        if (cancelled)
            m_message->setText(tr("已取消打印，证书的打印次数未变。"));
        return accepted && !cancelled;
    };

    m_number->setObjectName(QStringLiteral("certNumberEdit"));
    m_number->setPlaceholderText(tr("证书编号（22 位，或旧 16 位职业资格证书号）"));
    m_idNumber->setObjectName(QStringLiteral("certIdNumberEdit"));
    m_idNumber->setPlaceholderText(tr("证件号码"));
    m_name->setObjectName(QStringLiteral("certNameEdit"));
    m_name->setPlaceholderText(tr("姓名（可只输姓）"));
    for (QLineEdit* e : {m_number, m_idNumber, m_name})
        e->setClearButtonEnabled(true);
    auto* find = new QPushButton(tr("查找"), this);
    find->setObjectName(QStringLiteral("certSearchButton"));
    find->setDefault(true);
    auto* batchButton = new QPushButton(tr("打印整批…"), this);
    batchButton->setObjectName(QStringLiteral("certBatchPrintButton"));
    batchButton->setToolTip(tr("按证书编号顺序打印一份已确认结果备案的全部证书"));
    m_revoke->setObjectName(QStringLiteral("certRevokeButton"));
    m_reissue->setObjectName(QStringLiteral("certReissueButton"));
    m_print->setObjectName(QStringLiteral("certPrintButton"));
    m_mayDecide = PermissionGate::apply(m_revoke, m_session, Permission::DecideFiling);
    PermissionGate::apply(m_reissue, m_session, Permission::DecideFiling);
    // A printed certificate shows the full ID number: only roles that may see it print.
    m_mayPrint = PermissionGate::apply(m_print, m_session, Permission::ViewFullIdNumbers);
    PermissionGate::apply(batchButton, m_session, Permission::ViewFullIdNumbers);
    auto* photosButton = new QPushButton(tr("导入照片…"), this);
    photosButton->setObjectName(QStringLiteral("certPhotosButton"));
    photosButton->setToolTip(tr("选择一个文件夹：其中以身份证号命名的 JPEG/PNG 照片印在证书上"));
    PermissionGate::apply(photosButton, m_session, Permission::ImportRegistry);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_number, 3);
    bar->addWidget(m_idNumber, 2);
    bar->addWidget(m_name, 1);
    bar->addWidget(find);
    bar->addSpacing(12);
    bar->addWidget(batchButton);
    bar->addWidget(photosButton);

    m_table->setObjectName(QStringLiteral("certTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The evaluation body is in the details panel; the table keeps room for the holder.
    m_table->setColumnHidden(CertificateModel::Enterprise, true);
    m_message->setObjectName(QStringLiteral("certMessageLabel"));
    m_message->setWordWrap(true);

    // Details
    auto* details = new QGroupBox(tr("证书详情"), this);
    details->setObjectName(QStringLiteral("certDetails"));
    details->setMinimumWidth(330);
    auto* form = new QFormLayout;
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("number"), tr("证书编号")},
        {QStringLiteral("name"), tr("姓名")},
        {QStringLiteral("gender"), tr("性别")},
        {QStringLiteral("id_type"), tr("证件类型")},
        {QStringLiteral("id_number"), tr("证件号码")},
        {QStringLiteral("occupation"), tr("职业名称")},
        {QStringLiteral("trade"), tr("工种/职业方向")},
        {QStringLiteral("level"), tr("职业技能等级")},
        {QStringLiteral("issue_date"), tr("发证日期")},
        {QStringLiteral("enterprise"), tr("评价机构")},
        {QStringLiteral("status"), tr("状态")},
        {QStringLiteral("reason"), tr("原因")},
        {QStringLiteral("replaces"), tr("换发自")},
        {QStringLiteral("printed"), tr("打印次数")},
        {QStringLiteral("flagged"), tr("核查提示")}};
    for (const auto& [key, label] : fields) {
        auto* value = new QLabel(details);
        value->setObjectName(QStringLiteral("certDetail_") + key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_details.insert(key, value);
    }
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_print);
    actions->addStretch(1);
    actions->addWidget(m_reissue);
    actions->addWidget(m_revoke);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1);
    detailsLayout->addLayout(actions);

    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_message);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addWidget(details, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    for (QLineEdit* e : {m_number, m_idNumber, m_name})
        connect(e, &QLineEdit::returnPressed, this, &CertificateView::search);
    connect(find, &QPushButton::clicked, this, &CertificateView::search);
    connect(batchButton, &QPushButton::clicked, this, &CertificateView::printBatchWithDialog);
    connect(photosButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("选择照片文件夹"));
        if (!folder.isEmpty())
            (void)importPhotos(folder); // the view shows the outcome itself
    });
    connect(m_revoke, &QPushButton::clicked, this, &CertificateView::revokeWithDialog);
    connect(m_reissue, &QPushButton::clicked, this, &CertificateView::reissueWithDialog);
    connect(m_print, &QPushButton::clicked, this, &CertificateView::printCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    m_message->setText(tr("输入证书编号、证件号码或姓名后点击“查找”。"));
    showDetails();
    updateButtons();
}

void CertificateView::setQuery(const QString& number, const QString& idNumber,
                               const QString& namePrefix)
{
    m_number->setText(number);
    m_idNumber->setText(idNumber);
    m_name->setText(namePrefix);
}

QString CertificateView::messageText() const
{
    return m_message->text();
}

void CertificateView::search()
{
    CertificateQuery q;
    q.number = m_number->text().trimmed();
    q.idNumber = m_idNumber->text().trimmed();
    q.namePrefix = m_name->text().trimmed();
    if (q.number.isEmpty() && q.idNumber.isEmpty() && q.namePrefix.isEmpty()) {
        m_model->setRows({});
        m_message->setText(tr("请输入证书编号、证件号码或姓名。"));
        return;
    }
    // One more than shown tells whether the conditions are too wide.
    q.limit = Limit + 1;
    auto found = m_registry.find(q);
    if (!found) {
        ErrorPresenter::show(this, found.error());
        return;
    }
    QList<Certificate> rows = *found;
    const bool more = rows.size() > Limit;
    if (more)
        rows.resize(Limit);
    const QString current = currentNumber();
    m_model->setRows(rows);
    if (!current.isEmpty())
        selectNumber(current);
    if (rows.isEmpty())
        m_message->setText(tr("没有找到符合条件的证书。"));
    else if (more)
        m_message->setText(tr("只显示前 %1 条，请缩小条件。").arg(Limit));
    else
        m_message->setText(tr("找到 %1 本证书。").arg(rows.size()));
    if (rows.size() == 1)
        m_table->selectRow(0);
    showDetails();
    updateButtons();
}

void CertificateView::refresh()
{
    if (m_model->rowCount() > 0)
        search();
}

QString CertificateView::currentNumber() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.data(CertificateModel::IdRole).toString();
}

void CertificateView::selectNumber(const QString& number)
{
    const int row = m_model->rowOf(number);
    if (row >= 0)
        m_table->selectRow(row);
}

QString CertificateView::detail(const QString& key) const
{
    const QLabel* l = m_details.value(key);
    return l ? l->text() : QString();
}

void CertificateView::showDetails()
{
    const int row = m_model->rowOf(currentNumber());
    if (row < 0) {
        for (QLabel* l : std::as_const(m_details))
            l->clear();
        return;
    }
    const Certificate& c = m_model->rows().at(row);
    auto set = [this](const QString& key, const QString& text) {
        m_details.value(key)->setText(text);
    };
    set(QStringLiteral("number"), c.number);
    set(QStringLiteral("name"), c.name);
    set(QStringLiteral("gender"), c.gender);
    validation::IdType idType;
    set(QStringLiteral("id_type"),
        validation::idTypeFromString(c.idType, &idType) ? idTypeText(idType) : c.idType);
    set(QStringLiteral("id_number"), c.idNumber);
    set(QStringLiteral("occupation"), tr("%1 %2").arg(c.occupationCode, c.occupationName));
    set(QStringLiteral("trade"), c.trade.isEmpty() ? QStringLiteral("--") : c.trade);
    set(QStringLiteral("level"), levelText(c.level));
    set(QStringLiteral("issue_date"), c.issueDate.toString(tr("yyyy年M月d日")));
    set(QStringLiteral("enterprise"), c.enterpriseName);
    set(QStringLiteral("status"), CertificateModel::statusText(c));
    set(QStringLiteral("reason"), c.statusReason);
    set(QStringLiteral("replaces"), c.replaces);
    set(QStringLiteral("printed"), tr("%1 次").arg(c.printed));
    set(QStringLiteral("flagged"),
        c.flagged ? tr("⚠ 发证日期在该企业终止试点之后，请核查") : QString());
    m_details.value(QStringLiteral("status"))
        ->setStyleSheet(c.status == QStringLiteral("valid")
                            ? QStringLiteral("QLabel { color: #1e7b34; }")
                            : QStringLiteral("QLabel { color: #b03a2e; font-weight: bold; }"));
    m_details.value(QStringLiteral("flagged"))
        ->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; }"));
}

void CertificateView::updateButtons()
{
    const int row = m_model->rowOf(currentNumber());
    const bool valid = row >= 0 && m_model->rows().at(row).status == QStringLiteral("valid");
    if (m_mayDecide) {
        m_revoke->setEnabled(valid);
        m_reissue->setEnabled(valid);
    }
    if (m_mayPrint)
        m_print->setEnabled(valid);
}

Status CertificateView::revokeCurrent(const QString& reason)
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return Error::invalid(tr("请先选择证书。"));
    if (Status s = m_registry.revoke(number, reason); !s)
        return s;
    search();
    selectNumber(number);
    m_message->setText(tr("已撤销证书 %1。").arg(number));
    emit certificatesChanged();
    return {};
}

Result<Certificate> CertificateView::reissueCurrent(const QString& reason)
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return Error::invalid(tr("请先选择证书。"));
    auto c = m_registry.reissue(number, reason);
    if (!c)
        return c;
    // Show both: the old (换发) and the new one, found by the holder's ID number.
    setQuery(QString(), c->idNumber.contains(QLatin1Char('*')) ? QString() : c->idNumber,
             c->idNumber.contains(QLatin1Char('*')) ? c->name : QString());
    search();
    selectNumber(c->number);
    m_message->setText(tr("已换发：新证书编号 %1（原 %2 已作废）。").arg(c->number, number));
    emit certificatesChanged();
    return c;
}

void CertificateView::revokeWithDialog()
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return;
    const QString reason =
        m_askReason(this, tr("撤销证书"), tr("撤销证书 %1 的原因（将记入操作日志）：").arg(number));
    if (reason.isEmpty())
        return;
    if (Status s = revokeCurrent(reason); !s)
        ErrorPresenter::show(this, s.error());
}

void CertificateView::reissueWithDialog()
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return;
    const QString reason = m_askReason(
        this, tr("换发证书"), tr("换发证书 %1 的原因（如遗失、损毁、信息更正）：").arg(number));
    if (reason.isEmpty())
        return;
    if (auto c = reissueCurrent(reason); !c)
        ErrorPresenter::show(this, c.error());
}

Result<int> CertificateView::importPhotos(const QString& folder)
{
    QStringList skipped;
    // A folder of thousands of photos takes a while: the progress is shown, and 取消 keeps
    // none of them.
    QProgressDialog progress(tr("正在导入照片…"), tr("取消"), 0, 0, this);
    progress.setObjectName(QStringLiteral("photoImportProgress"));
    progress.setWindowTitle(tr("导入照片"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto n = m_registry.importPhotos(folder, &skipped, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(tr("正在导入第 %1 / %2 个文件…").arg(qMin(done + 1, total)).arg(total));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!n && cancelled) {
        m_message->setText(n.error().message);
        return n;
    }
    if (!n) {
        ErrorPresenter::show(this, n.error());
        return n;
    }
    QString text = tr("已保存 %1 张照片。").arg(*n);
    if (!skipped.isEmpty())
        text += tr("\n跳过 %1 个文件：\n%2").arg(skipped.size()).arg(skipped.mid(0, 20).join(QLatin1Char('\n')));
    m_message->setText(text);
    return n;
}

bool CertificateView::printCertificates(const QList<Certificate>& list)
{
    if (list.isEmpty())
        return false;
    CertificatePrintDialog setup(static_cast<int>(list.size()), QString(), this);
    m_runDialog(&setup);
    if (setup.result() != QDialog::Accepted)
        return false;
    CertificatePrintOptions options = setup.options();
    options.photo = [this](const Certificate& c) {
        auto bytes = m_registry.photo(c.idNumber);
        return bytes ? *bytes : QByteArray();
    };
    if (!m_preview(list, options, setup.printerName()))
        return false;
    QStringList numbers;
    for (const Certificate& c : list)
        numbers << c.number;
    if (Status s = m_registry.markPrinted(numbers, QStringLiteral("print:") + setup.printerName());
        !s) {
        ErrorPresenter::show(this, s.error());
        return false;
    }
    m_message->setText(tr("已打印 %1 本证书。").arg(numbers.size()));
    if (m_model->rowCount() > 0) {
        const QString current = currentNumber();
        search();
        selectNumber(current);
    }
    emit certificatesChanged();
    return true;
}

void CertificateView::printCurrent()
{
    const int row = m_model->rowOf(currentNumber());
    if (row < 0)
        return;
    printCertificates({m_model->rows().at(row)});
}

Result<QList<Certificate>> CertificateView::batch(qint64 resultId) const
{
    BusyCursor busy;
    CertificateQuery q;
    q.resultId = resultId;
    q.limit = 1000000;
    auto list = m_registry.find(q);
    if (!list)
        return list;
    QList<Certificate> sorted = *list;
    std::sort(sorted.begin(), sorted.end(),
              [](const Certificate& a, const Certificate& b) { return a.number < b.number; });
    return sorted;
}

void CertificateView::printBatchWithDialog()
{
    auto results = ResultService(m_db, m_session).list();
    if (!results) {
        ErrorPresenter::show(this, results.error());
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("certBatchDialog"));
    dialog.setWindowTitle(tr("打印整批证书"));
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("certBatchCombo"));
    for (const ResultFiling& r : *results)
        if (r.status == QStringLiteral("confirmed"))
            combo->addItem(tr("结果备案 %1  %2  确认于 %3  合格 %4 人")
                               .arg(r.id)
                               .arg(r.enterpriseName, r.confirmedOn.toString(Qt::ISODate))
                               .arg(r.passed),
                           r.id);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("下一步…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(combo->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(combo->count() > 0
                                     ? tr("选择已确认的结果备案，按证书编号顺序打印：")
                                     : tr("还没有已确认的结果备案。"),
                                 &dialog));
    layout->addWidget(combo);
    layout->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    m_runDialog(&dialog);
    if (dialog.result() != QDialog::Accepted || combo->count() == 0)
        return;
    auto list = batch(combo->currentData().toLongLong());
    if (!list) {
        ErrorPresenter::show(this, list.error());
        return;
    }
    printCertificates(*list);
}

} // namespace jd::ui
