#include "ui/review/FilingReviewPanel.h"
#include "ui/common/CoreLabels.h"

#include "core/db/Database.h"
#include "core/documents/ReviewDocuments.h"
#include "core/registry/EnterpriseService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/filing/StatusStyle.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/review/AccessCodeDialog.h"
#include "ui/review/PanelMemberModel.h"
#include "ui/review/PanelResultModel.h"
#include "ui/review/ReplaceMemberDialog.h"
#include "ui/review/ScoreSheetDialog.h"
#include "ui/review/ScoreSheetForm.h"
#include "ui/security/BusyCursor.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace jd::ui {

namespace {

const QDate kNoDate(2000, 1, 1);

void setupTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
}

QString fileSafe(QString name)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>| ");
    for (QChar& c : name)
        if (bad.contains(c))
            c = QLatin1Char('_');
    return name;
}

bool panelOpen(FilingStatus s)
{
    return s == FilingStatus::MaterialsAccepted || s == FilingStatus::SiteVisit;
}

QString methodText(const QString& method)
{
    if (method == QStringLiteral("trimmed_mean"))
        return FilingReviewPanel::tr("去掉一个最高分和一个最低分后取平均");
    return FilingReviewPanel::tr("平均分");
}

} // namespace

FilingReviewPanel::FilingReviewPanel(FilingService& filings, EnterpriseService& enterprises,
                                     const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_filings(filings), m_enterprises(enterprises), m_db(db),
      m_session(std::move(session)), m_review(db, m_session),
      m_runner([](QDialog* d) { return d->exec(); }),
      m_question([this](const QString& title, const QString& text) {
          return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                       QMessageBox::No) == QMessageBox::Yes;
      }),
      m_members(new PanelMemberModel(this)), m_resultModel(new PanelResultModel(this))
{
    setObjectName(QStringLiteral("filingReviewPanel"));
    m_chooser = [this](FileRequest request, const QString& suggestion) {
        switch (request) {
        case FileRequest::ExportPackage:
            return QFileDialog::getSaveFileName(this, tr("导出离线评分包"), suggestion,
                                                tr("离线评分包 (*.jdreview)"));
        case FileRequest::ImportPackage:
            return QFileDialog::getOpenFileName(this, tr("导入离线评分包"), suggestion,
                                                tr("离线评分包 (*.jdreview);;所有文件 (*)"));
        case FileRequest::ImportScores:
            return QFileDialog::getOpenFileName(this, tr("导入评分文件"), suggestion,
                                                tr("评分文件 (*.csv *.xlsx);;所有文件 (*)"));
        }
        return QString();
    };

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* top = new QWidget(splitter);
    auto* bottom = new QWidget(splitter);
    buildPanelSection(top);
    buildResultSection(bottom);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(&m_review, &ReviewService::changed, this, [this](qint64 id) {
        if (id == 0 || id == m_filing.id)
            refresh();
    });
    connect(&m_filings, &FilingService::changed, this, [this](qint64 id) {
        if (id == 0 || id == m_filing.id)
            refresh();
    });
    updateButtons();
}

FilingReviewPanel::~FilingReviewPanel() = default;

void FilingReviewPanel::buildPanelSection(QWidget* page)
{
    m_panelInfo = new QLabel(page);
    m_panelInfo->setObjectName(QStringLiteral("panelInfoLabel"));
    m_panelInfo->setWordWrap(true);
    m_panelInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify = new QPushButton(tr("验证抽取(&V)"), page);
    m_verify->setObjectName(QStringLiteral("verifyDrawButton"));
    m_verify->setToolTip(tr("按保存的候选名单和随机种子重新抽取一次，核对是否得到原专家组"));
    m_verify->setAutoDefault(false);
    connect(m_verify, &QPushButton::clicked, this, &FilingReviewPanel::verifyDraw);
    m_verifyResult = new QLabel(page);
    m_verifyResult->setObjectName(QStringLiteral("verifyResultLabel"));
    auto* info = new QHBoxLayout;
    info->addWidget(m_panelInfo, 1);
    info->addWidget(m_verifyResult);
    info->addWidget(m_verify);

    m_memberTable = new QTableView(page);
    m_memberTable->setObjectName(QStringLiteral("panelMemberTable"));
    m_memberTable->setModel(m_members);
    setupTable(m_memberTable);
    QHeaderView* mh = m_memberTable->horizontalHeader();
    mh->setSectionResizeMode(QHeaderView::ResizeToContents);
    mh->setSectionResizeMode(PanelMemberModel::State, QHeaderView::Stretch);
    connect(m_memberTable, &QTableView::activated, this, [this] { enterScores(); });
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FilingReviewPanel::updateButtons);

    // Site visit: when and where the panel scores the enterprise.
    m_visitDate = new QDateEdit(page);
    m_visitDate->setObjectName(QStringLiteral("visitDateEdit"));
    m_visitDate->setCalendarPopup(true);
    m_visitDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_visitDate->setMinimumDate(kNoDate);
    m_visitDate->setSpecialValueText(tr("（未定）"));
    m_visitDate->setDate(kNoDate);
    m_visitPlace = new QLineEdit(page);
    m_visitPlace->setObjectName(QStringLiteral("visitPlaceEdit"));
    m_visitPlace->setPlaceholderText(tr("如：企业培训基地（天津市南开区迎水道47号）"));
    m_saveVisit = new QPushButton(tr("保存安排(&A)"), page);
    m_saveVisit->setObjectName(QStringLiteral("saveVisitButton"));
    m_saveVisit->setAutoDefault(false);
    connect(m_saveVisit, &QPushButton::clicked, this, &FilingReviewPanel::saveVisit);
    connect(m_visitDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading) {
            m_visitEdited = true;
            updateButtons();
        }
    });
    connect(m_visitPlace, &QLineEdit::textEdited, this, [this] {
        m_visitEdited = true;
        updateButtons();
    });
    auto* visitDateLabel = new QLabel(tr("现场评估日期(&T)"), page);
    visitDateLabel->setBuddy(m_visitDate);
    auto* visitPlaceLabel = new QLabel(tr("地点(&L)"), page);
    visitPlaceLabel->setBuddy(m_visitPlace);
    auto* visit = new QHBoxLayout;
    visit->addWidget(visitDateLabel);
    visit->addWidget(m_visitDate);
    visit->addSpacing(8);
    visit->addWidget(visitPlaceLabel);
    visit->addWidget(m_visitPlace, 1);
    visit->addWidget(m_saveVisit);

    // The actions, in a column beside the members.
    m_size = new QSpinBox(page);
    m_size->setObjectName(QStringLiteral("panelSizeSpin"));
    m_size->setRange(3, 15);
    m_size->setSingleStep(2);
    m_size->setValue(5);
    m_size->setSuffix(tr(" 人"));
    m_size->setToolTip(tr("专家组人数：不少于 3 的奇数"));
    // Only odd sizes: an even number typed in goes up to the next odd one.
    connect(m_size, &QSpinBox::editingFinished, this, [this] {
        if (m_size->value() % 2 == 0)
            m_size->setValue(std::min(m_size->value() + 1, m_size->maximum()));
    });
    m_seed = new QLineEdit(page);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setPlaceholderText(tr("自动"));
    m_seed->setToolTip(
        tr("随机种子（可选，0–4294967295）：留空则自动生成；种子随抽取结果保存，可复核"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), m_seed));
    m_draw = new QPushButton(tr("抽取专家组(&D)…"), page);
    m_draw->setObjectName(QStringLiteral("drawPanelButton"));
    m_draw->setAutoDefault(false);
    connect(m_draw, &QPushButton::clicked, this, &FilingReviewPanel::drawPanel);
    auto* drawForm = new QFormLayout;
    drawForm->setContentsMargins(0, 0, 0, 0);
    auto* sizeLabel = new QLabel(tr("人数(&Z)"), page);
    sizeLabel->setBuddy(m_size);
    auto* seedLabel = new QLabel(tr("种子(&E)"), page);
    seedLabel->setBuddy(m_seed);
    drawForm->addRow(sizeLabel, m_size);
    drawForm->addRow(seedLabel, m_seed);

    auto button = [page](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, page);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_replace = button(tr("更换专家(&R)…"), "replaceMemberButton",
                       tr("所选专家不能到场或须回避时，写明理由后更换"));
    connect(m_replace, &QPushButton::clicked, this, &FilingReviewPanel::replaceMember);
    m_enter = button(tr("录入评分(&S)…"), "enterScoresButton",
                     tr("录入所选专家的纸质评分表（也可双击专家）"));
    connect(m_enter, &QPushButton::clicked, this, &FilingReviewPanel::enterScores);
    m_export = button(tr("导出离线评分包(&X)…"), "exportPackageButton",
                      tr("为所选专家导出离线评分包，专家在自己的电脑上评分后交回"));
    connect(m_export, &QPushButton::clicked, this, &FilingReviewPanel::exportPackage);
    m_importPackage = button(tr("导入离线评分包(&I)…"), "importPackageButton",
                             tr("导入专家交回的离线评分包（*.jdreview）"));
    connect(m_importPackage, &QPushButton::clicked, this, &FilingReviewPanel::importPackage);
    m_importScores =
        button(tr("导入评分文件…"), "importScoresButton",
               tr("文件列：filing_id,expert_id,criterion,score[,comment]；全部正确才导入"));
    connect(m_importScores, &QPushButton::clicked, this, &FilingReviewPanel::importScores);
    m_print = printMenuButton();

    auto* actions = new QVBoxLayout;
    actions->addLayout(drawForm);
    actions->addWidget(m_draw);
    actions->addSpacing(8);
    actions->addWidget(m_replace);
    actions->addWidget(m_enter);
    actions->addWidget(m_export);
    actions->addWidget(m_importPackage);
    actions->addWidget(m_importScores);
    actions->addSpacing(8);
    actions->addWidget(m_print);
    actions->addStretch(1);

    auto* left = new QVBoxLayout;
    left->addLayout(info);
    left->addWidget(m_memberTable, 1);
    left->addLayout(visit);

    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(actions);

    QWidget::setTabOrder(m_memberTable, m_verify);
    QWidget::setTabOrder(m_verify, m_visitDate);
    QWidget::setTabOrder(m_visitDate, m_visitPlace);
    QWidget::setTabOrder(m_visitPlace, m_saveVisit);
    QWidget::setTabOrder(m_saveVisit, m_size);
    QWidget::setTabOrder(m_size, m_seed);
    QWidget::setTabOrder(m_seed, m_draw);
    QWidget::setTabOrder(m_draw, m_replace);
    QWidget::setTabOrder(m_replace, m_enter);
    QWidget::setTabOrder(m_enter, m_export);
    QWidget::setTabOrder(m_export, m_importPackage);
    QWidget::setTabOrder(m_importPackage, m_importScores);
    QWidget::setTabOrder(m_importScores, m_print);
}

QToolButton* FilingReviewPanel::printMenuButton()
{
    auto* b = new QToolButton(this);
    b->setObjectName(QStringLiteral("reviewPrintButton"));
    b->setText(tr("打印(&P)"));
    b->setToolTip(tr("评分表（空白或所选专家的）和专家组评分汇总表：打印预览或导出 PDF"));
    b->setPopupMode(QToolButton::InstantPopup);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* menu = new QMenu(b);
    auto add = [this, menu](const QString& text, const char* name,
                            Result<PrintableDocument> (FilingReviewPanel::*doc)() const,
                            const QString& pdfBase) {
        QAction* preview = menu->addAction(tr("%1 — 打印预览…").arg(text));
        preview->setObjectName(QStringLiteral("print_%1").arg(QString::fromLatin1(name)));
        QAction* pdf = menu->addAction(tr("%1 — 导出 PDF…").arg(text));
        pdf->setObjectName(QStringLiteral("pdf_%1").arg(QString::fromLatin1(name)));
        auto run = [this, doc, pdfBase](bool toPdf) {
            auto d = (this->*doc)();
            if (!d) {
                ErrorPresenter::show(this, d.error());
                return;
            }
            if (toPdf)
                PrintActions::exportPdf(this, *d,
                                        tr("%1-%2").arg(pdfBase, m_filing.enterpriseName));
            else
                PrintActions::preview(this, *d);
        };
        connect(preview, &QAction::triggered, this, [run] { run(false); });
        connect(pdf, &QAction::triggered, this, [run] { run(true); });
        menu->addSeparator();
    };
    add(tr("空白评分表"), "blankSheet", &FilingReviewPanel::blankSheetDocument, tr("空白评分表"));
    add(tr("所选专家的评分表"), "memberSheet", &FilingReviewPanel::memberSheetDocument,
        tr("评分表"));
    add(tr("专家组评分汇总表"), "summary", &FilingReviewPanel::summaryDocument, tr("评分汇总表"));
    b->setMenu(menu);
    return b;
}

void FilingReviewPanel::buildResultSection(QWidget* page)
{
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_resultTable = new QTableView(page);
    m_resultTable->setObjectName(QStringLiteral("resultTable"));
    m_resultTable->setModel(m_resultModel);
    setupTable(m_resultTable);
    m_resultTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_resultTable->setFocusPolicy(Qt::StrongFocus);
    m_resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultTable->horizontalHeader()->setStretchLastSection(false);
    m_resultTable->verticalHeader()->setDefaultSectionSize(m_resultTable->fontMetrics().height() +
                                                           8);
    connect(m_resultModel, &QAbstractItemModel::modelReset, this, [this] {
        QHeaderView* h = m_resultTable->horizontalHeader();
        h->setSectionResizeMode(QHeaderView::ResizeToContents);
        h->setSectionResizeMode(PanelResultModel::CriterionColumn, QHeaderView::Stretch);
    });

    m_missing = new QListWidget(page);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setMaximumHeight(m_missing->fontMetrics().height() * 4 + 10);
    m_missing->setToolTip(tr("评分尚未完成的专家和评分项"));
    m_missing->setStyleSheet(QStringLiteral("QListWidget { color: #b35c00; }"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_resultTable, 1);
    left->addWidget(m_missing);

    auto* opinionBox = new QGroupBox(tr("专家组意见"), page);
    m_opinion = new QPlainTextEdit(opinionBox);
    m_opinion->setObjectName(QStringLiteral("panelOpinionEdit"));
    m_opinion->setTabChangesFocus(true);
    m_opinion->setPlaceholderText(tr("专家组对企业是否符合试点条件的综合意见，如：经现场评估，该企"
                                     "业符合试点条件，建议列入试点名单。"));
    m_saveOpinion = new QPushButton(tr("保存意见(&O)"), opinionBox);
    m_saveOpinion->setObjectName(QStringLiteral("saveOpinionButton"));
    m_saveOpinion->setAutoDefault(false);
    connect(m_saveOpinion, &QPushButton::clicked, this, &FilingReviewPanel::saveOpinion);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, &FilingReviewPanel::updateButtons);
    auto* ob = new QVBoxLayout(opinionBox);
    ob->addWidget(m_opinion, 1);
    auto* obar = new QHBoxLayout;
    obar->addStretch(1);
    obar->addWidget(m_saveOpinion);
    ob->addLayout(obar);
    opinionBox->setMinimumWidth(280);
    opinionBox->setMaximumWidth(360);

    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(opinionBox);
}

void FilingReviewPanel::load(qint64 filingId)
{
    if (m_filing.id != filingId) {
        m_visitEdited = false;
        m_opinion->document()->setModified(false);
        m_verifyResult->clear();
        m_message->clear();
    }
    m_filing.id = filingId;
    refresh();
}

void FilingReviewPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Another window (or a reviewer's package) may have changed the review meanwhile.
    if (m_filing.id != 0)
        refresh();
}

void FilingReviewPanel::refresh()
{
    if (m_filing.id == 0)
        return;
    auto f = m_filings.get(m_filing.id);
    if (!f) {
        showMessage(f.error().message, true);
        return;
    }
    m_filing = *f;
    m_panel.reset();
    m_result.reset();
    m_sheets.clear();
    auto p = m_review.panel(m_filing.id);
    if (p)
        m_panel = *p;
    else if (p.error().code != ErrorCode::NotFound)
        showMessage(p.error().message, true);
    auto t = m_review.reviewTemplate(m_panel ? m_panel->templateVersion : 0);
    if (t)
        m_template = *t;
    else
        m_template.reset();
    if (m_panel) {
        for (const PanelMember& m : m_panel->activeMembers())
            if (auto s = m_review.sheet(m_filing.id, m.expertId))
                m_sheets << *s;
        if (auto r = m_review.result(m_filing.id))
            m_result = *r;
        else
            showMessage(r.error().message, true);
    }
    populate();
}

void FilingReviewPanel::populate()
{
    m_loading = true;
    const int criteria = m_template ? int(m_template->leaves().size()) : 0;
    m_members->setCriterionCount(criteria);
    m_members->setRows(m_panel ? m_panel->members : QList<PanelMember>{});
    if (m_panel && m_members->rowCount() > 0 && !m_memberTable->selectionModel()->hasSelection())
        m_memberTable->selectRow(0);

    if (!m_panel) {
        m_panelInfo->setText(
            panelOpen(m_filing.status)
                ? tr("<b>尚未抽取专家组。</b>选择人数（奇数，默认 5 "
                     "人），必要时填写随机种子，然后“抽取专家组”。")
                : tr("<b>未抽取专家组。</"
                     "b>申请当前为“%1”：专家组在“材料已受理”或“现场评估”阶段抽取。")
                      .arg(statusText(m_filing.status)));
    } else {
        const Panel& p = *m_panel;
        m_panelInfo->setText(tr("<b>专家组 %1 人</b>　随机种子 <b>%2</b>　候选 %3 人　"
                                "%4 由 %5 抽取　评分标准第 %6 版")
                                 .arg(p.size)
                                 .arg(p.seed)
                                 .arg(p.candidates.size())
                                 .arg(p.drawnAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                      p.drawnBy.toHtmlEscaped())
                                 .arg(p.templateVersion));
    }
    if (!m_visitEdited) {
        m_visitDate->setDate(m_panel && m_panel->visitDate.isValid() ? m_panel->visitDate
                                                                     : kNoDate);
        m_visitPlace->setText(m_panel ? m_panel->visitPlace : QString());
    }
    if (!m_opinion->document()->isModified()) {
        m_opinion->setPlainText(m_panel ? m_panel->opinion : QString());
        m_opinion->document()->setModified(false);
    }

    // The result.
    if (m_result && m_panel) {
        const ReviewResult& r = *m_result;
        m_resultModel->setResult(r, m_panel->activeMembers(), m_sheets);
        QString verdict;
        if (!r.complete)
            verdict = tr("<span style=\"color:#b35c00\"><b>评分未完成</b>（完整评分表 %1/%2 "
                         "份），暂无结论</span>")
                          .arg(r.completeSheets)
                          .arg(r.experts);
        else if (r.recommended)
            verdict = tr("<span style=\"color:#1e7b34\"><b>建议列入试点名单</b></span>");
        else
            verdict = tr("<span style=\"color:#b03a2e\"><b>不建议列入</b>（%1）</span>")
                          .arg(r.veto ? tr("触发否决项") : tr("总分低于合格线"));
        int flagged = 0;
        bool anyScore = false;
        for (const CriterionResult& c : r.criteria) {
            flagged += c.flagged ? 1 : 0;
            anyScore = anyScore || c.count > 0;
        }
        m_summary->setText(
            tr("<span style=\"font-size:large\">总分 <b>%1</b> / 100</span>　合格线 "
               "%2　汇总方法：%3　"
               "否决项：%4　分歧项：%5　结论：%6")
                .arg(anyScore ? QString::number(r.total, 'f', 2) : tr("—"),
                     PanelResultModel::points(r.passLine), methodText(r.method),
                     r.veto ? tr("<b style=\"color:#b03a2e\">已触发</b>") : tr("未触发"),
                     flagged > 0 ? tr("<b style=\"color:#b35c00\">%1 项</b>").arg(flagged)
                                 : tr("无"),
                     verdict));
        m_missing->clear();
        m_missing->addItems(r.missing);
        m_missing->setVisible(!r.missing.isEmpty());
    } else {
        m_resultModel->clear();
        m_summary->setText(tr("抽取专家组并录入评分后，这里显示各评分项的汇总结果。"));
        m_missing->clear();
        m_missing->hide();
    }
    m_loading = false;
    updateButtons();
    emit titleChanged(title());
}

QString FilingReviewPanel::title() const
{
    if (!m_panel)
        return tr("专家评审");
    int complete = 0;
    const int criteria = m_template ? int(m_template->leaves().size()) : 0;
    const QList<PanelMember> active = m_panel->activeMembers();
    for (const PanelMember& m : active)
        complete += criteria > 0 && m.scored >= criteria ? 1 : 0;
    return tr("专家评审（已评 %1/%2）").arg(complete).arg(active.size());
}

std::optional<PanelMember> FilingReviewPanel::selectedMember() const
{
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_members->rowCount())
        return std::nullopt;
    return m_members->rows().at(rows.first().row());
}

qint64 FilingReviewPanel::selectedExpertId() const
{
    auto m = selectedMember();
    return m ? m->expertId : 0;
}

bool FilingReviewPanel::selectMember(qint64 expertId)
{
    for (int i = 0; i < m_members->rowCount(); ++i)
        if (m_members->rows().at(i).expertId == expertId && m_members->rows().at(i).active) {
            m_memberTable->selectRow(i);
            return true;
        }
    return false;
}

void FilingReviewPanel::updateButtons()
{
    if (!m_draw)
        return;
    const bool decide = m_session.can(Permission::DecideFiling);
    const bool score = m_session.can(Permission::EnterScores);
    const FilingStatus s = m_filing.status;
    const bool loaded = m_filing.id != 0;
    const bool open = loaded && panelOpen(s);
    const bool hasPanel = m_panel.has_value();
    bool anyScore = false;
    if (hasPanel)
        for (const PanelMember& m : m_panel->members)
            anyScore = anyScore || m.scored > 0;
    const auto member = selectedMember();
    const bool activeMember = member && member->active;
    const QString noRight = tr("当前角色（%1）无此权限").arg(roleText(m_session.role));
    const QString wrongState = tr("申请当前为“%1”").arg(statusText(s));

    auto set = [](QWidget* w, bool on, const QString& tip, const QString& why) {
        w->setEnabled(on);
        w->setToolTip(on ? tip : why);
    };
    const QString drawTip = tr("从专业对口且无需回避的专家中随机抽取专家组");
    set(m_draw, decide && open && !anyScore, drawTip,
        !decide ? noRight
        : !open ? tr("%1：专家组在“材料已受理”或“现场评估”阶段抽取").arg(wrongState)
                : tr("专家组已有评分，不能重新抽取；请用“更换专家”"));
    m_draw->setText(hasPanel ? tr("重新抽取(&D)…") : tr("抽取专家组(&D)…"));
    m_size->setEnabled(m_draw->isEnabled());
    m_seed->setEnabled(m_draw->isEnabled());
    m_verify->setEnabled(hasPanel);
    set(m_replace, decide && open && activeMember, tr("所选专家不能到场或须回避时，写明理由后更换"),
        !decide ? noRight
        : !open ? tr("%1，专家组已不能调整").arg(wrongState)
                : tr("请先在表中选择一名在组专家"));
    const bool visitOpen = decide && open && hasPanel;
    m_visitDate->setEnabled(visitOpen);
    m_visitPlace->setEnabled(visitOpen);
    set(m_saveVisit, visitOpen && m_visitEdited, tr("保存现场评估日期和地点"),
        !decide     ? noRight
        : !hasPanel ? tr("请先抽取专家组")
                    : tr("修改日期或地点后保存"));

    const bool scoring = score && s == FilingStatus::SiteVisit && hasPanel;
    if (member)
        m_enter->setText(scoring && activeMember ? tr("录入评分(&S)…") : tr("查看评分(&S)…"));
    set(m_enter, hasPanel && member.has_value(), tr("录入所选专家的纸质评分表（也可双击专家）"),
        tr("请先在表中选择一名专家"));
    const bool exporting = score && m_session.can(Permission::EditRegistry) && open && hasPanel;
    set(m_export, exporting && activeMember,
        tr("为所选专家导出离线评分包，专家在自己的电脑上评分后交回"),
        !exporting ? (!score || !m_session.can(Permission::EditRegistry) ? noRight
                      : !hasPanel ? tr("请先抽取专家组")
                                  : wrongState)
                   : tr("请先在表中选择一名在组专家"));
    const QString scoreWhy = !score      ? noRight
                             : !hasPanel ? tr("请先抽取专家组")
                                         : tr("%1：评分只能在“现场评估”阶段录入").arg(wrongState);
    set(m_importPackage, scoring, tr("导入专家交回的离线评分包（*.jdreview）"), scoreWhy);
    set(m_importScores, score && s == FilingStatus::SiteVisit,
        tr("文件列：filing_id,expert_id,criterion,score[,comment]；全部正确才导入"),
        !score ? noRight : tr("%1：评分只能在“现场评估”阶段录入").arg(wrongState));

    const bool opinionOpen =
        decide && hasPanel && (s == FilingStatus::SiteVisit || s == FilingStatus::Scored);
    m_opinion->setReadOnly(!opinionOpen);
    set(m_saveOpinion, opinionOpen && m_opinion->document()->isModified(), tr("保存专家组意见"),
        !decide       ? noRight
        : !hasPanel   ? tr("请先抽取专家组")
        : opinionOpen ? tr("修改意见后保存")
                      : tr("%1：专家组意见在现场评估和评分阶段填写").arg(wrongState));
    m_print->setEnabled(m_template.has_value());
}

void FilingReviewPanel::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03a2e;")
                                   : QStringLiteral("color: #1e7b34;"));
    m_message->setText(text);
}

bool FilingReviewPanel::fail(const Error& error)
{
    showMessage(error.message, true);
    ErrorPresenter::show(this, error);
    return false;
}

QString FilingReviewPanel::heading() const
{
    return tr("备案申请 %1　%2").arg(m_filing.id).arg(m_filing.enterpriseName);
}

bool FilingReviewPanel::drawPanel()
{
    if (!m_draw->isEnabled())
        return false;
    int size = m_size->value();
    if (size % 2 == 0)
        m_size->setValue(++size);
    std::optional<quint32> seed;
    if (!m_seed->text().trimmed().isEmpty()) {
        bool ok = false;
        const qulonglong v = m_seed->text().trimmed().toULongLong(&ok);
        if (!ok || v > 0xFFFFFFFFull)
            return fail(Error::invalid(tr("随机种子应为 0 到 4294967295 之间的整数。")));
        seed = quint32(v);
    }
    if (m_panel &&
        !m_question(tr("重新抽取专家组"),
                    tr("备案申请 %1 已有 %2 人的专家组（种子 %3）。重新抽取将替换现有专家组，"
                       "原专家组记录在操作日志中。确定重新抽取 %4 人吗？")
                        .arg(m_filing.id)
                        .arg(m_panel->size)
                        .arg(m_panel->seed)
                        .arg(size)))
        return false;
    auto p = m_review.draw(m_filing.id, size, seed);
    if (!p)
        return fail(p.error());
    m_seed->clear();
    m_verifyResult->clear();
    refresh();
    selectMember(p->activeMembers().isEmpty() ? 0 : p->activeMembers().first().expertId);
    QStringList names;
    for (const PanelMember& m : p->activeMembers())
        names << m.name;
    showMessage(tr("已抽取 %1 人专家组（随机种子 %2）：%3。")
                    .arg(p->size)
                    .arg(p->seed)
                    .arg(names.join(tr("、"))));
    return true;
}

bool FilingReviewPanel::verifyDraw()
{
    auto v = m_review.verifyDraw(m_filing.id);
    if (!v) {
        fail(v.error());
        return false;
    }
    if (*v) {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1e7b34; font-weight: bold;"));
        m_verifyResult->setText(tr("✓ 抽取可复现"));
        showMessage(tr("按保存的候选名单和随机种子 %1 重新抽取，得到的专家与原专家组一致。")
                        .arg(m_panel ? m_panel->seed : 0));
    } else {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b03a2e; font-weight: bold;"));
        m_verifyResult->setText(tr("✗ 与原抽取不一致"));
        showMessage(tr("按保存的随机种子重新抽取，结果与原专家组不一致：抽取记录可能被改动，请查看"
                       "操作日志。"),
                    true);
    }
    return *v;
}

bool FilingReviewPanel::replaceMember()
{
    const auto member = selectedMember();
    if (!m_replace->isEnabled() || !member)
        return false;
    auto candidates = m_review.candidates(m_filing.id);
    if (!candidates)
        return fail(candidates.error());
    // A replaced member may not come back either: the service refuses anyone ever seated.
    QList<PanelCandidate> pool = *candidates;
    for (PanelCandidate& c : pool)
        for (const PanelMember& m : m_panel->members)
            c.onPanel = c.onPanel || m.expertId == c.expertId;
    ReplaceMemberDialog dialog(*member, pool, this);
    // The dialog stays with what was typed until the service accepts it or it is cancelled.
    while (m_runner(&dialog) == QDialog::Accepted) {
        auto p = m_review.replaceMember(m_filing.id, member->expertId, dialog.newExpertId(),
                                        dialog.reason());
        if (p) {
            QString newName;
            for (const PanelMember& m : p->activeMembers())
                if (m.position == member->position)
                    newName = m.name;
            refresh();
            showMessage(tr("已更换专家：%1 → %2（理由：%3）。")
                            .arg(member->name, newName.isEmpty() ? tr("递补专家") : newName,
                                 dialog.reason()));
            return true;
        }
        fail(p.error());
        if (p.error().code != ErrorCode::Invalid)
            return false;
    }
    return false;
}

bool FilingReviewPanel::saveVisit()
{
    if (!m_panel)
        return false;
    const QDate date = m_visitDate->date() == kNoDate ? QDate() : m_visitDate->date();
    auto p = m_review.setVisit(m_filing.id, date, m_visitPlace->text().trimmed());
    if (!p)
        return fail(p.error());
    m_visitEdited = false;
    refresh();
    showMessage(
        tr("现场评估安排已保存：%1，%2。").arg(p->visitDate.toString(Qt::ISODate), p->visitPlace));
    return true;
}

bool FilingReviewPanel::enterScores()
{
    const auto member = selectedMember();
    if (!m_panel || !member)
        return false;
    const bool editable = m_session.can(Permission::EnterScores) &&
                          m_filing.status == FilingStatus::SiteVisit && member->active;
    auto dialog =
        ScoreSheetDialog::open(m_review, m_filing.id, member->expertId, heading(), !editable, this);
    if (!dialog)
        return fail(dialog.error());
    const bool saved = m_runner(dialog->get()) == QDialog::Accepted && editable;
    if (saved)
        showMessage(
            tr("已保存 %1 的评分：%2。").arg(member->name, (*dialog)->form()->summaryText()));
    return saved;
}

std::optional<PackageExport> FilingReviewPanel::exportPackageTo(const QString& path)
{
    const auto member = selectedMember();
    if (!member || !member->active)
        return std::nullopt;
    QString file = path;
    const QString suffix = QString::fromLatin1(ReviewPackage::FileSuffix);
    if (QFileInfo(file).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        file += QLatin1Char('.') + suffix;
    auto exported = [&] {
        const BusyCursor busy; // the key derivation takes a moment
        return m_review.exportPackage(m_filing.id, member->expertId, file);
    }();
    if (!exported) {
        fail(exported.error());
        return std::nullopt;
    }
    showMessage(tr("已为 %1 导出离线评分包：%2。访问码已显示一次，系统不保存。")
                    .arg(member->name, QDir::toNativeSeparators(exported->path)));
    return *exported;
}

bool FilingReviewPanel::exportPackage()
{
    const auto member = selectedMember();
    if (!m_export->isEnabled() || !member)
        return false;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggestion = QDir(dir).filePath(
        fileSafe(
            tr("评分包-%1-%2-%3").arg(m_filing.id).arg(m_filing.enterpriseName, member->name)) +
        QStringLiteral(".jdreview"));
    const QString path = m_chooser(FileRequest::ExportPackage, suggestion);
    if (path.isEmpty())
        return false;
    auto exported = exportPackageTo(path);
    if (!exported)
        return false;
    AccessCodeDialog dialog(*exported, member->name, this);
    m_runner(&dialog);
    return true;
}

bool FilingReviewPanel::importPackageFrom(const QString& path)
{
    auto sheet = m_review.importPackage(path);
    if (!sheet)
        return fail(sheet.error());
    const double total = m_template ? sheetTotal(*m_template, sheet->scores) : 0.0;
    refresh();
    selectMember(sheet->expertId);
    showMessage(tr("已导入 %1 的离线评分包：%2 项评分，本表合计 %3 分。")
                    .arg(sheet->expertName)
                    .arg(sheet->scores.size())
                    .arg(QString::number(total, 'f', 2)));
    return true;
}

bool FilingReviewPanel::importPackage()
{
    if (!m_importPackage->isEnabled())
        return false;
    const QString path =
        m_chooser(FileRequest::ImportPackage,
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    return !path.isEmpty() && importPackageFrom(path);
}

bool FilingReviewPanel::importScoresFrom(const QString& path)
{
    auto summary = m_review.importScores(path);
    // A file with wrong rows is refused as a whole: the rows come back as the summary's
    // errors, listed with row, column, value and reason.
    Error error;
    if (!summary)
        error = summary.error();
    else if (!summary->errors.isEmpty())
        error = Error::invalid(tr("评分文件 %1 有 %2 处错误，全部未导入；请改正后重新导入。")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(summary->errors.size()),
                               summary->errors);
    if (!summary || !summary->errors.isEmpty()) {
        showMessage(error.message, true);
        if (!error.fields.isEmpty()) {
            ImportErrorDialog dialog(QFileInfo(path).fileName(), error, this);
            dialog.setObjectName(QStringLiteral("scoreImportErrorDialog"));
            m_runner(&dialog);
        } else {
            ErrorPresenter::show(this, error);
        }
        return false;
    }
    refresh();
    showMessage(tr("已从 %1 导入 %2 行评分，涉及 %3 份评分表。")
                    .arg(QFileInfo(path).fileName())
                    .arg(summary->rows)
                    .arg(summary->sheets));
    return true;
}

bool FilingReviewPanel::importScores()
{
    if (!m_importScores->isEnabled())
        return false;
    const QString path =
        m_chooser(FileRequest::ImportScores,
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    return !path.isEmpty() && importScoresFrom(path);
}

bool FilingReviewPanel::saveOpinion()
{
    if (!m_panel)
        return false;
    auto p = m_review.setOpinion(m_filing.id, m_opinion->toPlainText());
    if (!p)
        return fail(p.error());
    m_opinion->document()->setModified(false);
    refresh();
    showMessage(tr("专家组意见已保存。"));
    return true;
}

ReviewSheetHeader FilingReviewPanel::sheetHeader(const QString& expertName) const
{
    ReviewSheetHeader h;
    h.filingId = m_filing.id;
    h.enterpriseName = m_filing.enterpriseName;
    if (auto e = m_enterprises.get(m_filing.enterpriseId))
        h.uscc = e->uscc;
    if (auto occ = FilingService::occupationLines(m_db, m_filing.enterpriseId))
        h.occupations = *occ;
    if (m_panel) {
        h.visitDate = m_panel->visitDate;
        h.visitPlace = m_panel->visitPlace;
    }
    h.expertName = expertName;
    return h;
}

Result<PrintableDocument> FilingReviewPanel::blankSheetDocument() const
{
    if (!m_template)
        return Error::notFound(tr("还没有评分标准，请管理员先建立。"));
    const auto member = selectedMember();
    return blankScoreSheet(sheetHeader(member ? member->name : QString()), *m_template);
}

Result<PrintableDocument> FilingReviewPanel::memberSheetDocument() const
{
    const auto member = selectedMember();
    if (!m_panel || !member || !m_template)
        return Error::invalid(tr("请先在专家组中选择一名专家。"));
    auto sheet = m_review.sheet(m_filing.id, member->expertId);
    if (!sheet)
        return sheet.error();
    return filledScoreSheet(sheetHeader(member->name), *m_template, *sheet);
}

Result<PrintableDocument> FilingReviewPanel::summaryDocument() const
{
    if (!m_panel || !m_result || !m_template)
        return Error::notFound(tr("备案申请 %1 还没有抽取专家组。").arg(m_filing.id));
    return panelSummarySheet(sheetHeader(QString()), *m_template, *m_panel, m_sheets, *m_result);
}

} // namespace jd::ui
