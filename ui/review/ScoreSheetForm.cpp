#include "ui/review/ScoreSheetForm.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace jd::ui {

namespace {

// One step below zero stands for "not scored yet": the box then shows its special text.
constexpr double kUnscored = -0.5;
// The date edit's minimum stands for "not signed yet".
const QDate kNoDate(2000, 1, 1);

// A score field that may be emptied: empty text (or the special text) means unscored; a
// minus sign is never a score. Wheel turns only change the focused field, so scrolling
// the form never changes a score by accident.
class ScoreSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QValidator::State validate(QString& text, int& pos) const override
    {
        const QString t = text.trimmed();
        if (t.isEmpty() || t == specialValueText())
            return QValidator::Acceptable;
        if (t.contains(QLatin1Char('-')))
            return QValidator::Invalid;
        return QDoubleSpinBox::validate(text, pos);
    }
    double valueFromText(const QString& text) const override
    {
        const QString t = text.trimmed();
        if (t.isEmpty() || t == specialValueText())
            return minimum();
        return QDoubleSpinBox::valueFromText(text);
    }

protected:
    void wheelEvent(QWheelEvent* e) override
    {
        if (hasFocus())
            QDoubleSpinBox::wheelEvent(e);
        else
            e->ignore();
    }
};

class NoWheelCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void wheelEvent(QWheelEvent* e) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(e);
        else
            e->ignore();
    }
};

QString points(double x)
{
    QString s = QString::number(x, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

ScoreSheetForm::ScoreSheetForm(QWidget* parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_opinion(new QPlainTextEdit(this)),
      m_signedOn(new QDateEdit(this)), m_total(new QLabel(this)), m_progress(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreSheetForm"));
    setStyleSheet(QStringLiteral(
        "QDoubleSpinBox[unscored=\"true\"], QComboBox[unscored=\"true\"] { background: #fff4d6; }"
        "QLabel#groupHeading { background: #eef2f7; padding: 4px 6px; font-weight: bold; }"
        "QLabel[role=\"guidance\"] { color: #666; }"));

    m_scroll->setObjectName(QStringLiteral("scoreSheetScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, not to the frame

    m_opinion->setObjectName(QStringLiteral("sheetOpinionEdit"));
    m_opinion->setTabChangesFocus(true);
    m_opinion->setPlaceholderText(tr("专家对该企业的总体评价、存在问题和改进建议"));
    m_opinion->setFixedHeight(m_opinion->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, &ScoreSheetForm::onEdited);

    m_signedOn->setObjectName(QStringLiteral("signedOnEdit"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_signedOn->setMinimumDate(kNoDate);
    m_signedOn->setSpecialValueText(tr("（未填）"));
    m_signedOn->setDate(kNoDate);
    connect(m_signedOn, &QDateEdit::dateChanged, this, &ScoreSheetForm::onEdited);

    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setObjectName(QStringLiteral("sheetTotalLabel"));
    m_progress->setObjectName(QStringLiteral("sheetProgressLabel"));

    auto* opinionLabel = new QLabel(tr("专家意见(&O)"), this);
    opinionLabel->setBuddy(m_opinion);
    auto* dateLabel = new QLabel(tr("签字日期(&D)"), this);
    dateLabel->setBuddy(m_signedOn);
    auto* bottom = new QGridLayout;
    bottom->addWidget(opinionLabel, 0, 0, Qt::AlignTop);
    bottom->addWidget(m_opinion, 0, 1, 1, 3);
    bottom->addWidget(dateLabel, 1, 0);
    bottom->addWidget(m_signedOn, 1, 1);
    bottom->addWidget(m_progress, 1, 2, Qt::AlignRight);
    bottom->addWidget(m_total, 1, 3, Qt::AlignRight);
    bottom->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);
    updateTotals();
}

ScoreSheetForm::~ScoreSheetForm() = default;

void ScoreSheetForm::clearRows()
{
    m_rows.clear();
    if (m_body) {
        m_scroll->takeWidget();
        m_body->deleteLater();
        m_body = nullptr;
    }
}

void ScoreSheetForm::setSheet(const ReviewTemplate& t, const QList<ScoreEntry>& scores,
                              const QString& opinion, const QDate& signedOn)
{
    m_loading = true;
    clearRows();
    m_template = t;
    QHash<QString, ScoreEntry> given;
    for (const ScoreEntry& s : scores)
        given.insert(s.criterionId, s);

    // In the scroll area from the start, so the tab order set below is the window's.
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("scoreSheetBody"));
    m_scroll->setWidget(m_body);
    auto* grid = new QGridLayout(m_body);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    int line = 0;
    auto heading = [&](const QString& text, int col, Qt::Alignment align = Qt::AlignLeft) {
        auto* h = new QLabel(text, m_body);
        h->setStyleSheet(QStringLiteral("color: #555;"));
        grid->addWidget(h, line, col, align);
    };
    heading(tr("评分项"), 1);
    heading(tr("满分 / 权重"), 2, Qt::AlignCenter);
    heading(tr("得分"), 3);
    heading(tr("评语"), 4);
    ++line;

    QWidget* previous = nullptr;
    for (const Criterion& c : t.criteria) {
        if (t.isGroup(c.id)) {
            auto* g = new QLabel(c.name, m_body);
            g->setObjectName(QStringLiteral("groupHeading"));
            g->setProperty("criterion", c.id);
            g->setWordWrap(true);
            grid->addWidget(g, line++, 0, 1, 5);
            continue;
        }
        Row r;
        r.criterion = c;
        r.mark = new QLabel(m_body);
        r.mark->setObjectName(QStringLiteral("mark_") + c.id);
        r.mark->setFixedWidth(r.mark->fontMetrics().horizontalAdvance(tr("未评")) + 6);
        r.name = new QLabel(m_body);
        r.name->setWordWrap(true);
        r.name->setTextFormat(Qt::RichText);
        QString text =
            QStringLiteral("<b>%1</b>　%2").arg(c.id.toHtmlEscaped(), c.name.toHtmlEscaped());
        if (c.veto)
            text +=
                QStringLiteral(" <span style=\"color:#b03a2e\">%1</span>").arg(tr("［否决项］"));
        if (!c.guidance.isEmpty())
            text += QStringLiteral("<br/><span style=\"color:#666; font-size:small\">%1</span>")
                        .arg(c.guidance.toHtmlEscaped());
        r.name->setText(text);
        auto* limits = new QLabel(c.veto ? tr("%1 / 否决").arg(points(c.maxPoints))
                                         : tr("%1 / %2").arg(points(c.maxPoints), points(c.weight)),
                                  m_body);
        limits->setAlignment(Qt::AlignCenter);

        QWidget* editor = nullptr;
        const bool has = given.contains(c.id);
        if (c.veto) {
            r.veto = new NoWheelCombo(m_body);
            r.veto->setFocusPolicy(Qt::StrongFocus);
            r.veto->addItem(tr("未评"));
            r.veto->addItem(tr("符合（%1 分）").arg(points(c.maxPoints)), c.maxPoints);
            r.veto->addItem(tr("不符合（0 分）"), 0.0);
            if (has)
                r.veto->setCurrentIndex(given.value(c.id).score >= c.maxPoints / 2.0 ? 1 : 2);
            connect(r.veto, &QComboBox::currentIndexChanged, this, &ScoreSheetForm::onEdited);
            editor = r.veto;
        } else {
            auto* spin = new ScoreSpinBox(m_body);
            spin->setFocusPolicy(Qt::StrongFocus);
            spin->setDecimals(2);
            spin->setSingleStep(0.5);
            spin->setRange(kUnscored, c.maxPoints);
            spin->setSpecialValueText(tr("未评"));
            spin->setAlignment(Qt::AlignRight);
            spin->setKeyboardTracking(true);
            spin->setAccelerated(true);
            spin->setToolTip(tr("0 到 %1 分，最多两位小数；清空为“未评”").arg(points(c.maxPoints)));
            spin->setValue(has ? given.value(c.id).score : kUnscored);
            spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("100.00")) +
                                  48);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &ScoreSheetForm::onEdited);
            r.spin = spin;
            editor = spin;
        }
        editor->setObjectName(QStringLiteral("score_") + c.id);
        editor->setAccessibleName(tr("%1 %2 得分").arg(c.id, c.name));
        r.comment = new QLineEdit(m_body);
        r.comment->setObjectName(QStringLiteral("comment_") + c.id);
        r.comment->setAccessibleName(tr("%1 评语").arg(c.id));
        r.comment->setPlaceholderText(tr("评语（可选）"));
        r.comment->setText(given.value(c.id).comment);
        r.comment->setMinimumWidth(200);
        connect(r.comment, &QLineEdit::textEdited, this, &ScoreSheetForm::onEdited);

        editor->installEventFilter(this);
        r.comment->installEventFilter(this);
        grid->addWidget(r.mark, line, 0, Qt::AlignTop | Qt::AlignHCenter);
        grid->addWidget(r.name, line, 1);
        grid->addWidget(limits, line, 2, Qt::AlignTop);
        grid->addWidget(editor, line, 3, Qt::AlignTop);
        grid->addWidget(r.comment, line, 4, Qt::AlignTop);
        ++line;
        // Tab goes down the form: score, its comment, the next score …
        if (previous)
            setTabOrder(previous, editor);
        setTabOrder(editor, r.comment);
        previous = r.comment;
        m_rows << r;
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(4, 2);
    grid->setRowStretch(line, 1);
    if (previous) {
        setTabOrder(previous, m_opinion);
        setTabOrder(m_opinion, m_signedOn);
    }

    m_opinion->setPlainText(opinion);
    m_signedOn->setDate(signedOn.isValid() ? signedOn : kNoDate);
    for (const Row& r : std::as_const(m_rows))
        updateRow(r);
    setReadOnly(m_readOnly);
    m_loading = false;
    setModified(false);
    updateTotals();
}

bool ScoreSheetForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (auto* combo = qobject_cast<QComboBox*>(watched);
                combo && combo->view()->isVisible())
                return QWidget::eventFilter(watched, event); // choosing in the open list
            QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
            QCoreApplication::sendEvent(watched, &tab);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ScoreSheetForm::isScored(const Row& r) const
{
    if (r.veto)
        return r.veto->currentIndex() > 0;
    return r.spin->value() >= 0;
}

double ScoreSheetForm::scoreOf(const Row& r) const
{
    if (r.veto)
        return r.veto->currentData().toDouble();
    return r.spin->value();
}

QList<ScoreEntry> ScoreSheetForm::scores() const
{
    QList<ScoreEntry> out;
    for (const Row& r : m_rows)
        if (isScored(r))
            out << ScoreEntry{0, r.criterion.id, scoreOf(r), r.comment->text().trimmed()};
    return out;
}

QString ScoreSheetForm::opinion() const
{
    return m_opinion->toPlainText().trimmed();
}

QDate ScoreSheetForm::signedOn() const
{
    return m_signedOn->date() == kNoDate ? QDate() : m_signedOn->date();
}

double ScoreSheetForm::total() const
{
    return sheetTotal(m_template, scores());
}

int ScoreSheetForm::scoredCount() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += isScored(r) ? 1 : 0;
    return n;
}

int ScoreSheetForm::criterionCount() const
{
    return int(m_rows.size());
}

QStringList ScoreSheetForm::unscoredIds() const
{
    QStringList out;
    for (const Row& r : m_rows)
        if (!isScored(r))
            out << r.criterion.id;
    return out;
}

QString ScoreSheetForm::summaryText() const
{
    return tr("已评 %1 / %2 项，本表合计 %3 / 100")
        .arg(scoredCount())
        .arg(criterionCount())
        .arg(QString::number(total(), 'f', 2));
}

void ScoreSheetForm::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modificationChanged(modified);
}

void ScoreSheetForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row& r : std::as_const(m_rows)) {
        if (r.spin) {
            r.spin->setReadOnly(readOnly);
            r.spin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                              : QAbstractSpinBox::UpDownArrows);
        }
        if (r.veto)
            r.veto->setEnabled(!readOnly);
        r.comment->setReadOnly(readOnly);
    }
    m_opinion->setReadOnly(readOnly);
    m_signedOn->setReadOnly(readOnly);
}

QWidget* ScoreSheetForm::scoreEditor(const QString& criterionId) const
{
    for (const Row& r : m_rows)
        if (r.criterion.id == criterionId)
            return r.veto ? static_cast<QWidget*>(r.veto) : static_cast<QWidget*>(r.spin);
    return nullptr;
}

void ScoreSheetForm::focusFirstUnscored()
{
    for (const Row& r : std::as_const(m_rows))
        if (!isScored(r)) {
            QWidget* editor =
                r.veto ? static_cast<QWidget*>(r.veto) : static_cast<QWidget*>(r.spin);
            editor->setFocus(Qt::TabFocusReason);
            m_scroll->ensureWidgetVisible(editor);
            return;
        }
    if (!m_rows.isEmpty())
        m_opinion->setFocus(Qt::TabFocusReason);
}

void ScoreSheetForm::updateRow(const Row& r)
{
    const bool scored = isScored(r);
    QWidget* editor = r.veto ? static_cast<QWidget*>(r.veto) : static_cast<QWidget*>(r.spin);
    if (editor->property("unscored").toBool() == !scored && editor->property("unscored").isValid())
        return;
    editor->setProperty("unscored", !scored);
    repolish(editor);
    r.mark->setText(scored ? QStringLiteral("✓") : tr("未评"));
    r.mark->setStyleSheet(scored ? QStringLiteral("color: #1e7b34;")
                                 : QStringLiteral("color: #b35c00; font-weight: bold;"));
    r.mark->setToolTip(scored ? tr("已评分") : tr("此项尚未评分"));
}

void ScoreSheetForm::onEdited()
{
    if (m_loading)
        return;
    if (auto* source = sender())
        for (const Row& r : std::as_const(m_rows))
            if (r.spin == source || r.veto == source) {
                updateRow(r);
                break;
            }
    updateTotals();
    setModified(true);
    emit changed();
}

void ScoreSheetForm::updateTotals()
{
    m_total->setText(tr("本表合计 %1 / 100").arg(QString::number(total(), 'f', 2)));
    const int missing = criterionCount() - scoredCount();
    if (criterionCount() == 0)
        m_progress->setText(QString());
    else if (missing == 0)
        m_progress->setText(tr("已评 %1 / %1 项，评分完整").arg(criterionCount()));
    else
        m_progress->setText(tr("已评 %1 / %2 项，尚有 %3 项未评")
                                .arg(scoredCount())
                                .arg(criterionCount())
                                .arg(missing));
    m_progress->setStyleSheet(missing == 0 ? QStringLiteral("color: #1e7b34;")
                                           : QStringLiteral("color: #b35c00;"));
}

} // namespace jd::ui
