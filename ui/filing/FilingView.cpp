#include "ui/filing/FilingView.h"
#include "ui/common/CoreLabels.h"

#include "core/db/Database.h"
#include "core/documents/FilingDocuments.h"
#include "core/filing/FilingStateMachine.h"
#include "core/registry/EnterpriseService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/filing/ChecklistModel.h"
#include "ui/filing/ScanDelegate.h"
#include "core/supervision/SpotCheckService.h"
#include "ui/filing/FilingActionDialog.h"
#include "ui/filing/FilingHistoryModel.h"
#include "ui/filing/ItemStateDelegate.h"
#include "ui/filing/StatusStyle.h"
#include "ui/numbering/AssignmentNoticeBuilder.h"
#include "ui/review/FilingReviewPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace jd::ui {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* captionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    return label;
}

void setupTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false);
}

bool wasReturned(const Filing& f)
{
    for (const HistoryEntry& h : f.history)
        if (h.action == actionKey(FilingAction::Return))
            return true;
    return false;
}

// A receipt exists once the centre accepted the materials (as in the CLI).
bool receiptDocumentAllowed(FilingStatus s)
{
    return s != FilingStatus::Draft && s != FilingStatus::Submitted &&
           s != FilingStatus::Returned && s != FilingStatus::Rejected;
}

bool checklistOpen(FilingStatus s)
{
    return s == FilingStatus::Draft || s == FilingStatus::Submitted || s == FilingStatus::Returned;
}

} // namespace

FilingView::FilingView(FilingService& service, EnterpriseService& enterprises, const Database& db,
                       Session session, QWidget* parent)
    : QDialog(parent), m_service(service), m_enterprises(enterprises), m_db(db),
      m_session(std::move(session)),
      m_prompt([](FilingActionDialog* d) { return d->exec() == QDialog::Accepted; }),
      m_history(new FilingHistoryModel(this)), m_checklist(new ChecklistModel(this)),
      m_enterprise(valueLabel(this, "enterpriseLabel")), m_batch(valueLabel(this, "batchLabel")),
      m_status(valueLabel(this, "statusLabel")), m_received(valueLabel(this, "receivedLabel")),
      m_late(valueLabel(this, "lateLabel")), m_approvalDoc(valueLabel(this, "approvalDocLabel")),
      m_ministryDoc(valueLabel(this, "ministryDocLabel")),
      m_serial(valueLabel(this, "orgSerialLabel")), m_override(valueLabel(this, "overrideLabel")),
      m_warningsPanel(new QFrame(this)), m_warnings(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_historyTable(new QTableView(this)), m_checklistTable(new QTableView(this)),
      m_checklistSummary(new QLabel(this)), m_allReceived(new QPushButton(tr("全部已收到"), this)),
      m_actionBox(new QWidget(this)), m_actionLayout(nullptr), m_noActions(new QLabel(this)),
      m_evaluate(new QPushButton(tr("阶段评估…"), this)), m_receipt(nullptr), m_correction(nullptr),
      m_notice(nullptr), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("filingView"));
    setModal(false);
    setSizeGripEnabled(true);
    resize(1180, 780);
    setStyleSheet(StatusStyle::warningPanelStyle());

    // Header: who, which batch, where the filing stands and the documents it rests on.
    QFont big = m_enterprise->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_enterprise->setFont(big);
    m_enterprise->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_enterprise->setWordWrap(true);
    connect(m_enterprise, &QLabel::linkActivated, this,
            [this] { emit enterpriseRequested(m_filing.enterpriseId); });
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_late->setStyleSheet(QStringLiteral("color: #b35c00; font-weight: bold;"));
    m_override->setWordWrap(true);
    m_override->setStyleSheet(QStringLiteral("color: #b35c00;"));

    auto* header = new QGridLayout;
    header->setHorizontalSpacing(10);
    header->setVerticalSpacing(4);
    header->addWidget(m_enterprise, 0, 0, 1, 4);
    header->addWidget(captionLabel(tr("状态"), this), 1, 0);
    header->addWidget(m_status, 1, 1);
    header->addWidget(captionLabel(tr("申报批次"), this), 1, 2);
    header->addWidget(m_batch, 1, 3);
    header->addWidget(captionLabel(tr("收件日期"), this), 2, 0);
    auto* receivedRow = new QHBoxLayout;
    receivedRow->addWidget(m_received);
    receivedRow->addWidget(m_late);
    receivedRow->addStretch(1);
    header->addLayout(receivedRow, 2, 1);
    header->addWidget(captionLabel(tr("评价机构序列码"), this), 2, 2);
    header->addWidget(m_serial, 2, 3);
    header->addWidget(captionLabel(tr("审定文号"), this), 3, 0);
    header->addWidget(m_approvalDoc, 3, 1);
    header->addWidget(captionLabel(tr("人社部复核"), this), 3, 2);
    header->addWidget(m_ministryDoc, 3, 3);
    header->addWidget(m_override, 4, 0, 1, 4);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);

    m_warningsPanel->setObjectName(QStringLiteral("warningsPanel"));
    m_warningsPanel->setFrameShape(QFrame::StyledPanel);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* warningsLayout = new QVBoxLayout(m_warningsPanel);
    warningsLayout->setContentsMargins(10, 8, 10, 8);
    warningsLayout->addWidget(m_warnings);
    warningsLayout->addStretch(1);
    m_warningsPanel->setMinimumWidth(420);

    auto* top = new QHBoxLayout;
    top->addLayout(header, 3);
    top->addWidget(m_warningsPanel, 2);

    // Timeline: one row per step, oldest first.
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setModel(m_history);
    setupTable(m_historyTable);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setWordWrap(true);
    QHeaderView* hh = m_historyTable->horizontalHeader();
    for (int c : {FilingHistoryModel::Date, FilingHistoryModel::Action, FilingHistoryModel::Change,
                  FilingHistoryModel::Actor, FilingHistoryModel::DocNumber})
        hh->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    hh->setSectionResizeMode(FilingHistoryModel::Note, QHeaderView::Stretch);
    m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Checklist: the state column edits with a combo; notes edit in place.
    m_checklistTable->setObjectName(QStringLiteral("checklistTable"));
    m_checklistTable->setModel(m_checklist);
    setupTable(m_checklistTable);
    m_checklistTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::SelectedClicked);
    m_checklistTable->setItemDelegateForColumn(ChecklistModel::State,
                                               new ItemStateDelegate(m_checklistTable));
    m_checklistTable->setWordWrap(false);
    m_checklistTable->verticalHeader()->setDefaultSectionSize(
        m_checklistTable->fontMetrics().height() + 10);
    QHeaderView* ch = m_checklistTable->horizontalHeader();
    ch->setSectionResizeMode(ChecklistModel::Label, QHeaderView::Stretch);
    for (int c : {ChecklistModel::Group, ChecklistModel::Mandatory})
        ch->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    ch->setSectionResizeMode(ChecklistModel::State, QHeaderView::Fixed);
    ch->resizeSection(ChecklistModel::State,
                      m_checklistTable->fontMetrics().horizontalAdvance(tr("有缺陷")) + 70);
    ch->setSectionResizeMode(ChecklistModel::Note, QHeaderView::Interactive);
    ch->resizeSection(ChecklistModel::Note, 260);
    m_checklistTable->setItemDelegateForColumn(ChecklistModel::Scan, new ScanDelegate(m_checklistTable));
    ch->setSectionResizeMode(ChecklistModel::Scan, QHeaderView::Interactive);
    ch->resizeSection(ChecklistModel::Scan, 160);
    m_checklist->setWriter([this](
                               const ChecklistItem& wanted) -> std::optional<QList<ChecklistItem>> {
        auto r = m_service.setChecklistItem(m_filing.id, wanted.item, wanted.state, wanted.note, wanted.documentId);
        if (!r) {
            ErrorPresenter::show(this, r.error());
            return std::nullopt;
        }
        return *r;
    });
    m_checklistSummary->setObjectName(QStringLiteral("checklistSummaryLabel"));
    m_allReceived->setObjectName(QStringLiteral("allReceivedButton"));
    m_allReceived->setToolTip(tr("把材料清单的每一项都标为“已收到”（核对纸质材料齐全后使用）"));
    m_allReceived->setAutoDefault(false);
    connect(m_allReceived, &QPushButton::clicked, this, &FilingView::markAllReceived);
    auto* checklistPage = new QWidget(this);
    auto* checklistLayout = new QVBoxLayout(checklistPage);
    auto* checklistBar = new QHBoxLayout;
    checklistBar->addWidget(m_checklistSummary, 1);
    checklistBar->addWidget(m_allReceived);
    checklistLayout->addLayout(checklistBar);
    checklistLayout->addWidget(m_checklistTable, 1);

    m_tabs->setObjectName(QStringLiteral("filingTabs"));
    m_tabs->addTab(m_historyTable, tr("办理记录"));
    m_tabs->addTab(checklistPage, tr("申请材料清单"));
    // Expert review: the panel, its scores and the result; it follows the filing itself.
    m_reviewPanel = new FilingReviewPanel(m_service, m_enterprises, m_db, m_session, this);
    const int reviewTab = m_tabs->addTab(m_reviewPanel, tr("专家评审"));
    connect(m_reviewPanel, &FilingReviewPanel::titleChanged, this,
            [this, reviewTab](const QString& title) { m_tabs->setTabText(reviewTab, title); });

    // Actions: rebuilt from availableActions after every change.
    m_actionBox->setObjectName(QStringLiteral("actionBox"));
    m_actionLayout = new QHBoxLayout(m_actionBox);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    auto* actionCaption = new QLabel(tr("办理："), m_actionBox);
    m_actionLayout->addWidget(actionCaption);
    m_noActions->setObjectName(QStringLiteral("noActionsLabel"));
    m_noActions->setStyleSheet(QStringLiteral("color: #707070;"));
    m_actionLayout->addWidget(m_noActions);
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluate->setAutoDefault(false);
    m_evaluate->setToolTip(tr("登记阶段评估结果：合格转为正式开展，不合格终止备案"));
    connect(m_evaluate, &QPushButton::clicked, this, &FilingView::evaluate);

    m_receipt =
        printButton(tr("受理回执"), "receiptButton", &FilingView::receiptDocument, tr("受理回执"));
    m_correction = printButton(tr("补正通知"), "correctionButton", &FilingView::correctionDocument,
                               tr("补正通知"));
    m_notice =
        printButton(tr("赋码通知"), "noticeButton", &FilingView::noticeDocument, tr("赋码通知"));
    auto* close = new QPushButton(tr("关闭"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_actionBox);
    bottom->addWidget(m_evaluate);
    bottom->addStretch(1);
    bottom->addWidget(m_receipt);
    bottom->addWidget(m_correction);
    bottom->addWidget(m_notice);
    bottom->addSpacing(12);
    bottom->addWidget(close);

    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setStyleSheet(QStringLiteral("color: #1e7b34;"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_result);
    layout->addLayout(bottom);

    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &FilingView::refresh);
    connect(&m_service, &FilingService::changed, this, &FilingView::onServiceChanged);
}

FilingView::~FilingView() = default;

QToolButton* FilingView::printButton(const QString& text, const char* name,
                                     Result<PrintableDocument> (FilingView::*doc)() const,
                                     const QString& pdfName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QString::fromLatin1(name));
    button->setText(text);
    button->setToolTip(tr("打印预览“%1”；右侧箭头可导出 PDF").arg(text));
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumHeight(m_allReceived->sizeHint().height());
    auto* menu = new QMenu(button);
    QAction* preview = menu->addAction(tr("打印预览(&P)…"));
    QAction* pdf = menu->addAction(tr("导出 PDF(&E)…"));
    button->setMenu(menu);
    auto run = [this, doc](bool toPdf, const QString& base) {
        auto d = (this->*doc)();
        if (!d) {
            ErrorPresenter::show(this, d.error());
            return;
        }
        if (toPdf)
            PrintActions::exportPdf(this, *d, tr("%1-%2").arg(base, m_filing.enterpriseName));
        else
            PrintActions::preview(this, *d);
    };
    connect(button, &QToolButton::clicked, this, [run, pdfName] { run(false, pdfName); });
    connect(preview, &QAction::triggered, this, [run, pdfName] { run(false, pdfName); });
    connect(pdf, &QAction::triggered, this, [run, pdfName] { run(true, pdfName); });
    return button;
}

Status FilingView::load(qint64 id)
{
    auto f = m_service.get(id);
    if (!f)
        return f.error();
    const bool first = m_filing.id != id;
    m_filing = *f;
    populate();
    if (first)
        m_reviewPanel->load(id);
    if (first) // an open filing starts at its materials, a decided one at its history
        m_tabs->setCurrentIndex(checklistOpen(m_filing.status) ? 1 : 0);
    return {};
}

void FilingView::onServiceChanged(qint64 id)
{
    if (!m_bulk && (id == 0 || id == m_filing.id))
        refresh();
}

void FilingView::refresh()
{
    if (m_filing.id == 0)
        return;
    auto f = m_service.get(m_filing.id);
    if (!f) {
        ErrorPresenter::show(this, f.error());
        return;
    }
    m_filing = *f;
    populate();
    m_reviewPanel->refresh();
}

void FilingView::populate()
{
    const Filing& f = m_filing;
    setWindowTitle(tr("备案申请 %1 — %2").arg(f.id).arg(f.enterpriseName));
    m_enterprise->setText(
        tr("%1　<a href=\"enterprise\" style=\"font-size:small; font-weight:normal\">企业信息</a>")
            .arg(f.enterpriseName.toHtmlEscaped()));
    m_status->setText(statusText(f.status));
    m_status->setStyleSheet(
        QStringLiteral("color: %1;").arg(StatusStyle::statusColor(f.status).name()));
    m_batch->setText(tr("%1（截止 %2）").arg(f.batchName, f.batchDeadline.toString(Qt::ISODate)));
    m_received->setText(f.received.toString(Qt::ISODate));
    m_late->setText(f.late ? tr("逾期提交") : QString());
    m_late->setToolTip(f.late ? tr("收件日期晚于本批次截止日期 %1；审核员仍可决定受理。")
                                    .arg(f.batchDeadline.toString(Qt::ISODate))
                              : QString());
    m_late->setVisible(f.late);
    m_approvalDoc->setText(f.approvalDoc.isEmpty() ? tr("—") : f.approvalDoc);
    QString ministry = tr("—");
    if (f.ministrySent.isValid())
        ministry = tr("%1 报送").arg(f.ministrySent.toString(Qt::ISODate));
    if (!f.ministryDoc.isEmpty())
        ministry = tr("%1（%2）").arg(f.ministryDoc, f.ministryDate.toString(Qt::ISODate));
    m_ministryDoc->setText(ministry);

    auto serial = m_service.orgSerialOf(f.enterpriseId);
    m_orgSerial = serial ? *serial : QString();
    m_serial->setText(m_orgSerial.isEmpty() ? tr("（公布后赋予）") : m_orgSerial);
    m_override->setText(f.checklistOverrideReason.isEmpty()
                            ? QString()
                            : tr("材料不齐破例受理，理由：%1").arg(f.checklistOverrideReason));
    m_override->setVisible(!f.checklistOverrideReason.isEmpty());

    auto warnings = m_service.eligibilityWarnings(f.id);
    StatusStyle::setPanelWarning(m_warningsPanel, !warnings || !warnings->isEmpty());
    if (!warnings) {
        m_warnings->setText(
            tr("无法检查资格条件：%1").arg(warnings.error().message.toHtmlEscaped()));
    } else if (warnings->isEmpty()) {
        m_warnings->setText(
            tr("<b>资格条件</b><br/"
               ">未发现问题：企业类型、申报职业、考评与督导人员、场地设备均已填写。"));
    } else {
        QString html = tr("<b>⚠ 资格条件提示（%1 项）</b>").arg(warnings->size());
        html += QStringLiteral("<ul style=\"margin:4px 0 0 -24px\">");
        for (const QString& w : *warnings)
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        m_warnings->setText(html + QStringLiteral("</ul>"));
    }

    m_history->setRows(f.history);
    m_tabs->setTabText(0, tr("办理记录（%1）").arg(f.history.size()));

    const bool editable = checklistOpen(f.status) && m_session.can(Permission::EditRegistry);
    // The scans an item may point to are the enterprise's stored documents.
    if (auto e = m_enterprises.get(f.enterpriseId))
        m_checklist->setDocuments(e->documents);
    m_checklist->setRows(f.checklist);
    m_checklist->setEditable(editable);
    m_allReceived->setEnabled(editable && m_checklist->receivedCount() < m_checklist->rowCount());
    m_allReceived->setToolTip(
        editable ? tr("把材料清单的每一项都标为“已收到”（核对纸质材料齐全后使用）")
                 : tr("申请已%1，材料清单不能再修改。").arg(statusText(f.status)));
    const QStringList absent = m_checklist->absentMandatory();
    QString summary =
        tr("已收到 %1 / %2 项").arg(m_checklist->receivedCount()).arg(m_checklist->rowCount());
    if (!absent.isEmpty())
        summary += tr("；必备材料缺少或有缺陷 %1 项").arg(absent.size());
    if (!editable)
        summary += tr("（申请已%1，清单只读）").arg(statusText(f.status));
    else
        summary += tr("。双击“状态”或“说明”修改。");
    m_checklistSummary->setText(summary);
    m_tabs->setTabText(
        1,
        tr("申请材料清单（%1/%2）").arg(m_checklist->receivedCount()).arg(m_checklist->rowCount()));

    auto actions = m_service.availableActions(f.id);
    rebuildActions(actions ? *actions : QList<FilingAction>{});
    updatePrintButtons();
}

void FilingView::rebuildActions(const QList<FilingAction>& actions)
{
    m_evaluate->setVisible(actions.contains(FilingAction::PhasePass));
    if (actions == m_actions && !m_actionBox->findChildren<QPushButton*>().isEmpty())
        return;
    m_actions = actions;
    // Detached first and deleted later: the clicked button may be the one running now.
    for (QPushButton* old : m_actionBox->findChildren<QPushButton*>()) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    QWidget* previous = m_actionBox;
    for (FilingAction a : actions) {
        auto* button = new QPushButton(actionText(a) + QStringLiteral("…"), m_actionBox);
        button->setObjectName(QStringLiteral("actionButton_") + actionKey(a));
        button->setProperty("action", static_cast<int>(a));
        button->setAutoDefault(false);
        if (StatusStyle::isNegative(*FilingStateMachine::next(m_filing.status, a)) ||
            a == FilingAction::Return || a == FilingAction::Suspend)
            button->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        connect(button, &QPushButton::clicked, this, [this, a] { takeAction(a); });
        m_actionLayout->addWidget(button);
        button->show(); // children added to a shown window stay hidden until shown
        setTabOrder(previous, button);
        previous = button;
    }
    m_noActions->setText(m_session.can(Permission::DecideFiling)
                             ? tr("当前状态没有可办理的操作")
                             : tr("当前状态下，%1没有可办理的操作").arg(roleText(m_session.role)));
    m_noActions->setVisible(actions.isEmpty());
}

void FilingView::updatePrintButtons()
{
    m_receipt->setVisible(receiptDocumentAllowed(m_filing.status));
    m_correction->setVisible(wasReturned(m_filing));
    m_notice->setVisible(!m_orgSerial.isEmpty());
}

bool FilingView::takeAction(FilingAction action)
{
    if (!m_actions.contains(action))
        return false;
    return runDialog(new FilingActionDialog(m_filing, action, m_db.clock().today(),
                                            m_checklist->absentMandatory(), this));
}

bool FilingView::evaluate()
{
    if (!m_actions.contains(FilingAction::PhasePass))
        return false;
    auto* dialog = FilingActionDialog::evaluation(m_filing, m_db.clock().today(), this);
    // The findings of the centre's spot checks are what the evaluation rests on.
    QStringList lines;
    if (auto checks = SpotCheckService(m_db, m_session).list(m_filing.enterpriseId))
        for (const SpotCheck& c : *checks)
            lines << tr("%1 抽查计划 %2：%3。%4%5")
                         .arg(c.visitDate.isValid() ? c.visitDate.toString(Qt::ISODate) : tr("（未检查）"))
                         .arg(c.planId)
                         .arg(spotOutcomeText(c.outcome), c.findings,
                              c.rectification.isEmpty() ? QString() : tr("整改要求：%1").arg(c.rectification));
    dialog->setReference(tr("抽查监督记录（%1 次）").arg(lines.size()), lines);
    return runDialog(dialog);
}

bool FilingView::runDialog(FilingActionDialog* raw)
{
    std::unique_ptr<FilingActionDialog> dialog(raw);
    // The dialog stays with what was typed until the service accepts it or it is cancelled.
    while (m_prompt(dialog.get())) {
        auto done = dialog->isEvaluation()
                        ? m_service.evaluate(m_filing.id, dialog->evaluationPassed(),
                                             dialog->findings(), dialog->date())
                        : m_service.advance(m_filing.id, dialog->request());
        if (done) {
            m_result->setText(
                tr("已办理“%1”，生效日期 %2，当前状态：%3。")
                    .arg(dialog->isEvaluation() ? tr("阶段评估") : actionText(dialog->action()),
                         dialog->date().toString(Qt::ISODate), statusText(done->status)));
            refresh();
            return true;
        }
        ErrorPresenter::show(dialog.get(), done.error());
        if (done.error().code != ErrorCode::Invalid) {
            // The state or the rights changed under us: show what is possible now.
            refresh();
            return false;
        }
        dialog->showErrors(done.error());
    }
    return false;
}

bool FilingView::markAllReceived()
{
    m_bulk = true;
    auto r = m_service.setAllReceived(m_filing.id, QString());
    m_bulk = false;
    refresh();
    if (!r) {
        ErrorPresenter::show(this, r.error());
        return false;
    }
    m_result->setText(tr("材料清单已全部标为“已收到”。"));
    return true;
}

Result<PrintableDocument> FilingView::receiptDocument() const
{
    if (!receiptDocumentAllowed(m_filing.status))
        return Error::notAllowed(
            tr("申请尚未受理（%1），不能打印受理回执。").arg(statusText(m_filing.status)));
    auto e = m_enterprises.get(m_filing.enterpriseId);
    if (!e)
        return e.error();
    return filingReceipt(m_filing, *e, m_db.clock().today());
}

Result<PrintableDocument> FilingView::correctionDocument() const
{
    auto e = m_enterprises.get(m_filing.enterpriseId);
    if (!e)
        return e.error();
    PrintableDocument doc = correctionNotice(m_filing, *e);
    if (doc.html.isEmpty())
        return Error::notAllowed(tr("该申请没有被退回补正过，没有补正通知。"));
    return doc;
}

Result<PrintableDocument> FilingView::noticeDocument() const
{
    return AssignmentNoticeBuilder::build(m_db, m_session, m_filing.enterpriseId);
}

} // namespace jd::ui
