#include "ui/filing/FilingActionDialog.h"

#include "ui/common/CoreLabels.h"
#include "ui/common/FieldErrorStyle.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace jd::ui {

namespace {

QLabel* messageLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setProperty("role", QStringLiteral("fieldMessage"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QWidget* withMessage(QWidget* input, QLabel* message)
{
    auto* box = new QWidget(input->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(message);
    return box;
}

QPlainTextEdit* textEdit(QWidget* parent, const char* name, const QString& placeholder, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

bool FilingActionDialog::needsNote(FilingAction a)
{
    switch (a) {
    case FilingAction::Reject:
    case FilingAction::Refuse:
    case FilingAction::NotRecommend:
    case FilingAction::Terminate:
    case FilingAction::Suspend:
    case FilingAction::PhasePass:
        return true;
    default:
        return false;
    }
}

bool FilingActionDialog::needsDocNumber(FilingAction a)
{
    return a == FilingAction::Approve || a == FilingAction::MinistryAccept ||
           a == FilingAction::MinistryReject;
}

FilingActionDialog* FilingActionDialog::evaluation(const Filing& filing, const QDate& today,
                                                   QWidget* parent)
{
    return new FilingActionDialog(filing, FilingAction::PhasePass, true, today, {}, parent);
}

FilingActionDialog::FilingActionDialog(const Filing& filing, FilingAction action,
                                       const QDate& today, const QStringList& absent,
                                       QWidget* parent)
    : FilingActionDialog(filing, action, false, today, absent, parent)
{
}

FilingActionDialog::FilingActionDialog(const Filing& filing, FilingAction action, bool evaluation,
                                       const QDate& today, const QStringList& absent,
                                       QWidget* parent)
    : QDialog(parent), m_action(action), m_evaluation(evaluation), m_absent(absent),
      m_date(new QDateEdit(this)), m_note(nullptr),
      m_dateMessage(messageLabel(this, "actionDateMessage")),
      m_noteMessage(messageLabel(this, "actionNoteMessage")), m_errorLabel(new QLabel(this)),
      m_ok(nullptr)
{
    setObjectName(QStringLiteral("filingActionDialog"));
    const QString what = evaluation ? tr("阶段评估") : actionText(action);
    setWindowTitle(tr("%1 — %2").arg(what, filing.enterpriseName));
    setStyleSheet(FieldErrorStyle::styleSheet());
    setMinimumWidth(560);

    auto* title = new QLabel(tr("<b>%1</b>　%2（编号 %3，当前状态：%4）")
                                 .arg(what.toHtmlEscaped(), filing.enterpriseName.toHtmlEscaped())
                                 .arg(filing.id)
                                 .arg(statusText(filing.status).toHtmlEscaped()),
                             this);
    title->setWordWrap(true);
    auto* hintLabel = new QLabel(hint(), this);
    hintLabel->setObjectName(QStringLiteral("actionHintLabel"));
    hintLabel->setWordWrap(true);
    hintLabel->setTextFormat(Qt::RichText);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (evaluation) {
        m_pass = new QRadioButton(tr("合格（转为正式开展）"), this);
        m_pass->setObjectName(QStringLiteral("evaluationPassRadio"));
        m_fail = new QRadioButton(tr("不合格（终止备案，取消试点资格）"), this);
        m_fail->setObjectName(QStringLiteral("evaluationFailRadio"));
        m_pass->setChecked(true);
        auto* result = new QWidget(this);
        auto* row = new QHBoxLayout(result);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_pass);
        row->addWidget(m_fail);
        row->addStretch(1);
        form->addRow(tr("评估结果 *"), result);
    }

    m_date->setObjectName(QStringLiteral("actionDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    if (filing.lastDate.isValid() && filing.lastDate <= today)
        m_date->setMinimumDate(filing.lastDate);
    m_date->setDate(today);
    m_date->setToolTip(filing.lastDate.isValid()
                           ? tr("决定生效的日期：不早于上一步的 %1，不晚于今天。")
                                 .arg(filing.lastDate.toString(Qt::ISODate))
                           : tr("决定生效的日期，不晚于今天。"));
    form->addRow(tr("生效日期 *"), withMessage(m_date, m_dateMessage));

    const bool docShown =
        !evaluation && (needsDocNumber(action) || action == FilingAction::Report ||
                        action == FilingAction::Publish || action == FilingAction::Terminate ||
                        action == FilingAction::Suspend || action == FilingAction::Reinstate);
    if (docShown) {
        m_docNumber = new QLineEdit(this);
        m_docNumber->setObjectName(QStringLiteral("actionDocNumberEdit"));
        m_docNumber->setPlaceholderText(action == FilingAction::MinistryAccept ||
                                                action == FilingAction::MinistryReject
                                            ? tr("如：人社鉴备〔2019〕12号")
                                            : tr("如：津人社函〔2019〕35号"));
        m_docMessage = messageLabel(this, "actionDocNumberMessage");
        form->addRow(needsDocNumber(action) ? tr("文号 *") : tr("文号"),
                     withMessage(m_docNumber, m_docMessage));
    }

    if (!evaluation && action == FilingAction::Accept && !absent.isEmpty()) {
        m_override = textEdit(this, "actionOverrideEdit",
                              tr("材料不齐仍受理时，写明理由（须由审核员决定）"), 2);
        m_overrideMessage = messageLabel(this, "actionOverrideMessage");
        form->addRow(tr("破例受理理由 *"), withMessage(m_override, m_overrideMessage));
    }
    if (!evaluation && action == FilingAction::Return) {
        m_defects = textEdit(this, "actionDefectsEdit", tr("其他需要补正的内容，每行一项"), 4);
        m_defectsMessage = messageLabel(this, "actionDefectsMessage");
        form->addRow(tr("其他补正内容"), withMessage(m_defects, m_defectsMessage));
    }

    const bool noteRequired = evaluation || needsNote(action);
    QString noteLabel = tr("备注");
    QString placeholder = tr("可填写办理情况说明");
    if (evaluation || action == FilingAction::PhasePass) {
        noteLabel = tr("评估意见 *");
        placeholder = tr("阶段评估的主要发现");
    } else if (noteRequired) {
        noteLabel = tr("理由 *");
        placeholder = tr("写明作出此决定的理由，将记入办理记录");
    } else if (action == FilingAction::Return) {
        noteLabel = tr("说明");
        placeholder = tr("给企业的说明，将写入补正通知");
    }
    m_note = textEdit(this, "actionNoteEdit", placeholder, 3);
    form->addRow(noteLabel, withMessage(m_note, m_noteMessage));

    m_errorLabel->setObjectName(QStringLiteral("actionErrorLabel"));
    m_errorLabel->setProperty("role", QStringLiteral("fieldMessage"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("actionOkButton"));
    m_ok->setText(evaluation ? tr("登记评估结果") : what);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hintLabel);
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("referenceLabel"));
    m_reference->setWordWrap(true);
    m_reference->setTextFormat(Qt::RichText);
    m_reference->hide();
    layout->addWidget(m_reference);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    // The first field that must be filled gets the focus.
    if (m_override)
        m_override->setFocus();
    else if (m_docNumber && needsDocNumber(action))
        m_docNumber->setFocus();
    else if (noteRequired || m_defects)
        (m_defects ? static_cast<QWidget*>(m_defects) : m_note)->setFocus();
    else
        m_ok->setFocus();
}

QString FilingActionDialog::hint() const
{
    auto list = [](const QStringList& items) {
        QString html = QStringLiteral("<ul style=\"margin:2px 0 0 -20px\">");
        for (const QString& s : items)
            html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    if (m_evaluation)
        return tr("登记阶段评估结果。合格的转为正式开展；不合格的终止备案、取消试点资格，并从下一版"
                  "目录中移除。");
    switch (m_action) {
    case FilingAction::Accept:
        if (m_absent.isEmpty())
            return tr("必备材料均已收到。受理后可打印受理回执。");
        return tr("以下必备材料尚未收到或有缺陷，受理须写明破例受理理由：") + list(m_absent);
    case FilingAction::Return:
        if (m_absent.isEmpty())
            return tr("退回企业补正。材料清单中没有标为“缺少”或“有缺陷”的必备材料，请在下面列出需要"
                      "补正的内容。");
        return tr("退回企业补正。材料清单中标为“缺少”或“有缺陷”的必备材料会自动列入补正通知，无需重"
                  "复填写：") +
               list(m_absent);
    case FilingAction::Reject:
        return tr("不予受理将结束本次申请，理由会记入办理记录。");
    case FilingAction::Schedule:
        return tr("安排专家组现场评估。");
    case FilingAction::Score:
        return tr("专家组已完成现场评估评分。");
    case FilingAction::Recommend:
        return tr("根据评分结果列入建议名单，报审定。");
    case FilingAction::NotRecommend:
        return tr("不列入建议名单将结束本次申请，请写明理由（如总分低于合格线）。");
    case FilingAction::Approve:
        return tr("填写审定文件的文号。");
    case FilingAction::Refuse:
        return tr("审定不通过将结束本次申请，请写明理由。");
    case FilingAction::Report:
        return tr("报人社部复核备案，日期为报送日期。");
    case FilingAction::MinistryAccept:
        return tr("填写人社部复核备案通过的文号，日期为复核通过的日期。");
    case FilingAction::MinistryReject:
        return tr("填写人社部复核意见的文号。");
    case FilingAction::Publish:
        return tr("公布后企业列入新一版《全市开展职业技能等级认定试点企业目录》，并按备案顺序赋予评"
                  "价机构序列码。");
    case FilingAction::PhasePass:
        return tr("阶段评估合格，转为正式开展。");
    case FilingAction::Terminate:
        return tr("终止备案后企业从下一版目录中移除，证书编号冻结，终止日期之后的证书将被标记。");
    case FilingAction::Suspend:
        return tr("暂停期间企业从目录中移除，不再分配新的证书号段。");
    case FilingAction::Reinstate:
        return tr("恢复到暂停前的状态，并重新列入目录。");
    case FilingAction::Submit:
    case FilingAction::Resubmit:
        return tr("登记企业提交（补正后重新提交）的纸质材料。");
    }
    return {};
}

void FilingActionDialog::setReference(const QString& title, const QStringList& lines)
{
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (lines.isEmpty())
        html += tr("<br/>无。");
    for (const QString& l : lines)
        html += QStringLiteral("<br/>• %1").arg(l.toHtmlEscaped());
    m_reference->setText(html);
    m_reference->show();
}

bool FilingActionDialog::evaluationPassed() const
{
    return m_pass && m_pass->isChecked();
}

QDate FilingActionDialog::date() const
{
    return m_date->date();
}

QString FilingActionDialog::findings() const
{
    return m_note->toPlainText().trimmed();
}

AdvanceRequest FilingActionDialog::request() const
{
    AdvanceRequest r;
    r.action = m_action;
    r.date = m_date->date();
    r.note = m_note->toPlainText().trimmed();
    if (m_docNumber)
        r.docNumber = m_docNumber->text().trimmed();
    if (m_override)
        r.overrideReason = m_override->toPlainText().trimmed();
    if (m_defects)
        for (const QString& line : m_defects->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                r.defects << line.trimmed();
    return r;
}

void FilingActionDialog::showErrors(const Error& error)
{
    FieldErrorStyle::clear(m_note, m_noteMessage);
    FieldErrorStyle::clear(m_date, m_dateMessage);
    if (m_docNumber)
        FieldErrorStyle::clear(m_docNumber, m_docMessage);
    if (m_override)
        FieldErrorStyle::clear(m_override, m_overrideMessage);
    if (m_defects)
        FieldErrorStyle::clear(m_defects, m_defectsMessage);
    QWidget* first = nullptr;
    for (const FieldError& f : error.fields) {
        QWidget* input = nullptr;
        QLabel* message = nullptr;
        if (f.field == QLatin1String("note")) {
            input = m_note;
            message = m_noteMessage;
        } else if (f.field == QLatin1String("date")) {
            input = m_date;
            message = m_dateMessage;
        } else if (f.field == QLatin1String("doc_number")) {
            input = m_docNumber;
            message = m_docMessage;
        } else if (f.field == QLatin1String("checklist")) {
            input = m_override;
            message = m_overrideMessage;
        } else if (f.field == QLatin1String("defects")) {
            input = m_defects;
            message = m_defectsMessage;
        }
        if (input) {
            FieldErrorStyle::mark(input, message, tr("%1：%2").arg(f.label, f.message));
            if (!first)
                first = input;
        }
    }
    m_errorLabel->setText(error.message);
    m_errorLabel->setVisible(!error.message.isEmpty());
    if (first)
        first->setFocus();
}

} // namespace jd::ui
