#include "ui/numbering/NumberingView.h"

#include "core/filing/FilingService.h"
#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/filing/StatusStyle.h"
#include "ui/numbering/AssignmentNoticeBuilder.h"
#include "ui/numbering/OrgSerialLedgerModel.h"
#include "ui/numbering/SerialBlockModel.h"
#include "ui/numbering/VoidNumberDialog.h"
#include "ui/numbering/VoidNumberModel.h"

#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jd::ui {

namespace {

QTableView* makeTable(QWidget* parent, const char* name, QAbstractItemModel* model, bool sortable)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QString::fromLatin1(name));
    if (sortable) {
        auto* proxy = new QSortFilterProxyModel(table);
        proxy->setSourceModel(model);
        proxy->setSortRole(OrgSerialLedgerModel::SortRole);
        table->setModel(proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(0, Qt::AscendingOrder);
    } else {
        table->setModel(model);
    }
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

NumberingView::NumberingView(NumberingService& numbering, FilingService& filings,
                             const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_numbering(numbering), m_db(db), m_session(std::move(session)),
      m_ledger(new OrgSerialLedgerModel(this)), m_blocks(new SerialBlockModel(this)),
      m_voids(new VoidNumberModel(this)),
      m_ledgerTable(makeTable(this, "ledgerTable", m_ledger, true)),
      m_blockTable(makeTable(this, "blockTable", m_blocks, true)),
      m_voidTable(makeTable(this, "voidTable", m_voids, true)), m_tabs(new QTabWidget(this)),
      m_parseEdit(new QLineEdit(this)), m_parseResult(new QLabel(this)),
      m_warningsPanel(new QFrame(this)), m_warnings(new QLabel(this)),
      m_blockCaption(new QLabel(this)), m_noticePreview(new QPushButton(tr("赋码通知…"), this)),
      m_noticePdf(new QPushButton(tr("导出 PDF…"), this)),
      m_void(new QPushButton(tr("作废编号…"), this)), m_runDialog([](QDialog* d) { d->exec(); })
{
    setObjectName(QStringLiteral("numberingView"));
    setStyleSheet(StatusStyle::warningPanelStyle());

    // 证书编号解析: what each part of a typed number means, or where it is wrong.
    auto* parseGroup = new QGroupBox(tr("证书编号解析"), this);
    m_parseEdit->setObjectName(QStringLiteral("certNumberEdit"));
    m_parseEdit->setPlaceholderText(
        tr("输入或粘贴证书编号（22 位职业技能等级证书编号，或 16 位旧版职业资格证书编号）"));
    m_parseEdit->setClearButtonEnabled(true);
    m_parseEdit->setMaxLength(40);
    m_parseResult->setObjectName(QStringLiteral("certNumberResult"));
    m_parseResult->setTextFormat(Qt::RichText);
    m_parseResult->setWordWrap(true);
    m_parseResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* parseLayout = new QVBoxLayout(parseGroup);
    parseLayout->addWidget(m_parseEdit);
    parseLayout->addWidget(m_parseResult);

    m_warningsPanel->setObjectName(QStringLiteral("numberingWarningsPanel"));
    m_warningsPanel->setFrameShape(QFrame::StyledPanel);
    m_warnings->setObjectName(QStringLiteral("numberingWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    auto* warningsLayout = new QVBoxLayout(m_warningsPanel);
    warningsLayout->setContentsMargins(10, 6, 10, 6);
    warningsLayout->addWidget(m_warnings);

    auto* top = new QHBoxLayout;
    top->addWidget(parseGroup, 3);
    top->addWidget(m_warningsPanel, 2);

    // Ledger on the left, the selected enterprise's blocks and void numbers on the right.
    m_noticePreview->setObjectName(QStringLiteral("noticePreviewButton"));
    m_noticePreview->setToolTip(tr("打印选中企业的赋码通知"));
    m_noticePdf->setObjectName(QStringLiteral("noticePdfButton"));
    m_noticePdf->setToolTip(tr("把选中企业的赋码通知导出为 PDF"));
    auto* ledgerBox = new QGroupBox(tr("评价机构序列码台账（按备案顺序赋予，永不重复使用）"), this);
    auto* ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->addWidget(m_ledgerTable, 1);
    auto* ledgerBar = new QHBoxLayout;
    ledgerBar->addStretch(1);
    ledgerBar->addWidget(m_noticePreview);
    ledgerBar->addWidget(m_noticePdf);
    ledgerLayout->addLayout(ledgerBar);
    m_ledgerTable->horizontalHeader()->setSectionResizeMode(OrgSerialLedgerModel::Enterprise,
                                                            QHeaderView::Stretch);
    m_ledgerTable->horizontalHeader()->setStretchLastSection(false);

    m_blockCaption->setObjectName(QStringLiteral("blockCaptionLabel"));
    auto* blockPage = new QWidget(this);
    auto* blockLayout = new QVBoxLayout(blockPage);
    blockLayout->addWidget(m_blockCaption);
    blockLayout->addWidget(m_blockTable, 1);
    m_void->setObjectName(QStringLiteral("voidNumberButton"));
    m_void->setToolTip(tr("把打印损坏等原因作废的证书编号登记下来"));
    auto* voidPage = new QWidget(this);
    auto* voidLayout = new QVBoxLayout(voidPage);
    voidLayout->addWidget(m_voidTable, 1);
    auto* voidBar = new QHBoxLayout;
    voidBar->addStretch(1);
    voidBar->addWidget(m_void);
    voidLayout->addLayout(voidBar);
    m_tabs->setObjectName(QStringLiteral("numberingTabs"));
    m_tabs->addTab(blockPage, tr("证书号段"));
    m_tabs->addTab(voidPage, tr("作废编号"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(ledgerBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 660});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_parseEdit, &QLineEdit::textChanged, this, &NumberingView::parseNumber);
    connect(m_ledgerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showBlocks();
        updateButtons();
    });
    connect(m_ledgerTable, &QTableView::activated, this, &NumberingView::printNotice);
    connect(m_noticePreview, &QPushButton::clicked, this, &NumberingView::printNotice);
    connect(m_noticePdf, &QPushButton::clicked, this, &NumberingView::exportNotice);
    connect(m_void, &QPushButton::clicked, this, &NumberingView::voidNumberWithDialog);
    // Publication assigns serials and termination freezes them: both change this screen.
    connect(&filings, &FilingService::changed, this, &NumberingView::refresh);
    m_void->setVisible(m_session.can(Permission::DecideFiling));

    refresh();
    parseNumber({});
}

void NumberingView::refresh()
{
    auto ledger = m_numbering.ledger();
    auto blocks = m_numbering.blocks();
    auto spaces = m_numbering.usage();
    auto voids = m_numbering.voidNumbers();
    auto warnings = m_numbering.warnings();
    for (const Error* e : {ledger ? nullptr : &ledger.error(), blocks ? nullptr : &blocks.error(),
                           spaces ? nullptr : &spaces.error(), voids ? nullptr : &voids.error()})
        if (e) {
            ErrorPresenter::show(this, *e);
            return;
        }
    m_ledgerRows = *ledger;
    m_allBlocks = *blocks;
    m_spaces = *spaces;
    m_allVoids = *voids;
    m_ledger->setRows(m_ledgerRows);
    m_voids->setRows(m_allVoids);
    m_tabs->setTabText(1, tr("作废编号（%1）").arg(m_allVoids.size()));

    const QStringList w = warnings ? *warnings : QStringList{warnings.error().message};
    int frozen = 0;
    for (const OrgSerialEntry& e : m_ledgerRows)
        frozen += OrgSerialLedgerModel::isFrozen(e) ? 1 : 0;
    QString html;
    if (w.isEmpty()) {
        html = tr("<b>号段使用</b><br/>没有使用超过 90% 的号段。");
    } else {
        html = tr("<b>⚠ 号段预警（%1）</b>").arg(w.size());
        for (const QString& x : w)
            html += QStringLiteral("<br/>• %1").arg(x.toHtmlEscaped());
    }
    html += tr("<br/>已赋码 %1 家，其中冻结（终止或暂停）%2 家；已预留号段 %3 个。")
                .arg(m_ledgerRows.size())
                .arg(frozen)
                .arg(m_allBlocks.size());
    m_warnings->setText(html);
    StatusStyle::setPanelWarning(m_warningsPanel, !w.isEmpty());

    showBlocks();
    updateButtons();
    parseNumber(m_parseEdit->text());
}

qint64 NumberingView::currentEnterpriseId() const
{
    const QModelIndex current = m_ledgerTable->currentIndex();
    if (!current.isValid() ||
        !m_ledgerTable->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(OrgSerialLedgerModel::IdRole).toLongLong();
}

bool NumberingView::selectEnterprise(qint64 enterpriseId)
{
    auto* proxy = static_cast<QSortFilterProxyModel*>(m_ledgerTable->model());
    const int row = m_ledger->rowOf(enterpriseId);
    if (row < 0)
        return false;
    m_ledgerTable->selectRow(proxy->mapFromSource(m_ledger->index(row, 0)).row());
    return true;
}

void NumberingView::showBlocks()
{
    const qint64 id = currentEnterpriseId();
    QList<SerialBlock> shown;
    for (const SerialBlock& b : m_allBlocks)
        if (id == 0 || b.enterpriseId == id)
            shown << b;
    m_blocks->setRows(SerialBlockModel::join(shown, m_spaces, m_ledgerRows));
    // One enterprise: the caption names it, so its columns make room for the use.
    m_blockTable->setColumnHidden(SerialBlockModel::OrgSerial, id != 0);
    m_blockTable->setColumnHidden(SerialBlockModel::Enterprise, id != 0);
    QString who = tr("全部企业");
    for (const OrgSerialEntry& e : m_ledgerRows)
        if (e.enterpriseId == id)
            who = tr("%1（%2）").arg(e.enterpriseName, OrgSerialLedgerModel::serialText(e.serial));
    int count = 0;
    for (const SerialBlock& b : shown)
        count += b.count();
    m_blockCaption->setText(
        shown.isEmpty()
            ? tr("%1：还没有预留证书号段。认定结果备案确认后，按年份和等级预留连续的顺序号。")
                  .arg(who)
            : tr("%1：号段 %2 个，共 %3 个顺序号。").arg(who).arg(shown.size()).arg(count));
    m_tabs->setTabText(0, tr("证书号段（%1）").arg(shown.size()));
}

void NumberingView::updateButtons()
{
    const bool any = currentEnterpriseId() != 0;
    m_noticePreview->setEnabled(any);
    m_noticePdf->setEnabled(any);
}

void NumberingView::parseNumber(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        m_parseResult->setText(tr(
            "<span style=\"color:#555\">编号结构：类别(1) 部备案代码(4) 省份(2) 评价机构序列码(6) "
            "年份(2) 等级(1) 顺序号(6)，共 22 位，无校验位。</span>"));
        return;
    }
    auto n = CertificateNumber::parse(text);
    if (!n) {
        // Point at the wrong character when the error names its position.
        const FieldError f = n.error().fields.value(0);
        const QString s = f.value.isEmpty() ? text : f.value;
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("(\\d+)")).match(f.label);
        const int pos = m.hasMatch() ? m.captured(1).toInt() : 0;
        QString shown;
        for (int i = 0; i < s.size(); ++i) {
            const QString c = QString(s.at(i)).toHtmlEscaped();
            shown +=
                i + 1 == pos
                    ? QStringLiteral("<span style=\"background:#f5b7b1; color:#7b1d12\">%1</span>")
                          .arg(c)
                    : c;
        }
        m_parseResult->setText(
            tr("<span style=\"font-family:monospace; font-size:large\">%1</span><br/>"
               "<span style=\"color:#b03a2e\">✗ %2：%3</span>")
                .arg(shown, f.label.toHtmlEscaped(), f.message.toHtmlEscaped()));
        return;
    }
    if (n->legacy) {
        m_parseResult->setText(
            tr("<span style=\"font-family:monospace; font-size:large\">%1</span><br/>"
               "旧版职业资格证书编号（16 位）：只供查询，本系统不发放此类编号。")
                .arg(n->text.toHtmlEscaped()));
        return;
    }
    QString org = tr("未赋予此序列码");
    for (const OrgSerialEntry& e : m_ledgerRows)
        if (e.serial == n->org)
            org = e.enterpriseName +
                  (OrgSerialLedgerModel::isFrozen(e) ? tr("（已冻结）") : QString());
    QString where = tr("不在任何已预留的号段内");
    for (const SerialBlock& b : m_allBlocks)
        if (b.orgSerial == n->org && b.year == n->year && b.level == n->level &&
            b.first <= n->serial && n->serial <= b.last)
            where = tr("在 %1–%2 号段内（%3 预留）")
                        .arg(b.first, 6, 10, QLatin1Char('0'))
                        .arg(b.last, 6, 10, QLatin1Char('0'))
                        .arg(b.reservedOn.toString(Qt::ISODate));
    for (const VoidNumber& v : m_allVoids)
        if (v.number == n->format())
            where += tr("；<span style=\"color:#b03a2e\">已作废：%1</span>")
                         .arg(v.reason.toHtmlEscaped());
    const QString f = n->format();
    const QList<std::pair<QString, QString>> parts = {
        {f.mid(0, 1),
         n->type == QLatin1Char('Y') ? tr("类别：用人单位") : tr("类别：社会培训评价组织")},
        {f.mid(1, 4), n->ministry == QStringLiteral("0000") ? tr("省级备案") : tr("部备案代码")},
        {f.mid(5, 2), n->province == QStringLiteral("12") ? tr("天津") : tr("省份代码")},
        {f.mid(7, 6), tr("评价机构序列码")},
        {f.mid(13, 2), tr("%1 年").arg(n->year)},
        {f.mid(15, 1), levelText(n->level)},
        {f.mid(16, 6), tr("顺序号 %1").arg(n->serial)},
    };
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const auto& [value, label] : parts)
        table += QStringLiteral("<td align=\"center\" style=\"font-family:monospace; "
                                "font-size:large; font-weight:bold;"
                                " background:#eef3fa; border:1px solid #c9d3e0\">%1</td>")
                     .arg(value);
    table += QStringLiteral("</tr><tr>");
    for (const auto& [value, label] : parts)
        table += QStringLiteral("<td align=\"center\" style=\"color:#444\">%1</td>")
                     .arg(label.toHtmlEscaped());
    table += QStringLiteral("</tr></table>");
    m_parseResult->setText(table +
                           tr("<span style=\"color:#1e7b34\">✓ 格式正确</span>　评价机构：%1；%2")
                               .arg(org.toHtmlEscaped(), where));
}

void NumberingView::voidNumberWithDialog()
{
    VoidNumberDialog dialog(m_numbering, this);
    const QString typed = m_parseEdit->text().trimmed();
    if (CertificateNumber::parse(typed).ok())
        dialog.setNumber(typed);
    m_runDialog(&dialog);
    if (dialog.result() == QDialog::Accepted)
        refresh();
}

void NumberingView::printNotice()
{
    const qint64 id = currentEnterpriseId();
    if (id == 0)
        return;
    auto doc = AssignmentNoticeBuilder::build(m_db, m_session, id);
    if (!doc) {
        ErrorPresenter::show(this, doc.error());
        return;
    }
    PrintActions::preview(this, *doc);
}

void NumberingView::exportNotice()
{
    const qint64 id = currentEnterpriseId();
    if (id == 0)
        return;
    auto doc = AssignmentNoticeBuilder::build(m_db, m_session, id);
    if (!doc) {
        ErrorPresenter::show(this, doc.error());
        return;
    }
    PrintActions::exportPdf(this, *doc, doc->title);
}

} // namespace jd::ui
