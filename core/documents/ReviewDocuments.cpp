#include "core/documents/ReviewDocuments.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace jd {

using html::cell;
using html::esc;
using html::head;

namespace {

const QString kCentre = QStringLiteral("天津市职业技能鉴定指导中心");
const QString kSans = QStringLiteral("font-family: 'Noto Sans CJK SC';");
// Data cells sit at the top: a row the page break splits keeps its numbers with the first
// lines instead of centring them into the gap under the repeated header.
const QString kTop = QStringLiteral("valign=\"top\"");
const QString kCenter = QStringLiteral("align=\"center\" valign=\"top\"");

// Scores print as people write them: 8.5, 10, 72.35 (never 8.50 or 10.00).
QString num(double x)
{
    QString s = QString::number(std::round(x * 100.0) / 100.0, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s == QStringLiteral("-0") ? QStringLiteral("0") : s;
}

QString chineseDate(const QDate& d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QString();
}

// A date to be written by hand.
QString blankDate()
{
    return QStringLiteral(
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;月"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;日");
}

QString line(int chars)
{
    return QString(chars, QLatin1Char('_'));
}

QString wrap(const QString& body)
{
    return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
}

QString methodLabel(const QString& method)
{
    if (method == QStringLiteral("trimmed_mean"))
        return QStringLiteral("去掉一个最高分和一个最低分后的平均分");
    if (method == QStringLiteral("mean"))
        return QStringLiteral("平均分");
    return method;
}

QString small(const QString& escaped)
{
    return QStringLiteral("<span style=\"font-size: 8.5pt;\">%1</span>").arg(escaped);
}
QString mark(const QString& escaped)
{
    return QStringLiteral("<span style=\"%1 font-weight: bold;\">%2</span>").arg(kSans, escaped);
}
QString raw(const QString& markup, const QString& attrs = {})
{
    return QStringLiteral("<td %1>%2</td>")
        .arg(attrs, markup.isEmpty() ? QStringLiteral("&nbsp;") : markup);
}

// Display numbers of the template's tree: top-level items 1, 2, …; their children 1.1, 1.2, ….
QHash<QString, QString> numbering(const ReviewTemplate& t)
{
    QHash<QString, QString> out;
    QHash<QString, int> counters;
    for (const Criterion& c : t.criteria) {
        const int n = ++counters[c.parentId];
        const QString parent = out.value(c.parentId);
        out.insert(c.id, parent.isEmpty() ? QString::number(n)
                                          : QStringLiteral("%1.%2").arg(parent).arg(n));
    }
    return out;
}

// A group's name as a spanning row; the number is shown unless the name carries its own
// (the default template's groups start with 一、二、…).
QString groupRow(const Criterion& c, const QString& number, int columns)
{
    static const QString numbered = QStringLiteral("一二三四五六七八九十0123456789（(");
    const bool ownNumber = !c.name.isEmpty() && numbered.contains(c.name.at(0));
    const QString text =
        ownNumber ? esc(c.name) : QStringLiteral("%1&nbsp;&nbsp;%2").arg(number, esc(c.name));
    return QStringLiteral("<tr><td class=\"section\" colspan=\"%1\">%2</td></tr>")
        .arg(columns)
        .arg(text);
}

QString criterionText(const Criterion& c)
{
    QString s = esc(c.name);
    if (!c.guidance.trimmed().isEmpty())
        s += QStringLiteral("<br/>") + small(esc(c.guidance.trimmed()));
    return s;
}

// A veto item that carries no weight counts only as a veto: "—" rather than a 0 that
// reads like a mistake.
QString weightText(const Criterion& c)
{
    return c.veto && c.weight == 0 ? QStringLiteral("—") : num(c.weight);
}

bool vetoMet(const Criterion& c, double score)
{
    return score + 1e-9 >= c.maxPoints / 2.0;
}

QString headerTable(const ReviewSheetHeader& h, const ReviewTemplate& t, bool withExpert)
{
    const QString l = QStringLiteral("width=\"21%\"");
    const QString v = QStringLiteral("width=\"29%\"");
    const QString all = QStringLiteral("colspan=\"3\"");
    QString s = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
    s += QStringLiteral("<tr>") + head(QStringLiteral("企业名称"), l) +
         cell(h.enterpriseName, all) + QStringLiteral("</tr>");
    s += QStringLiteral("<tr>") + head(QStringLiteral("统一社会信用代码"), l) + cell(h.uscc, v) +
         head(QStringLiteral("备案申请编号"), l) +
         cell(h.filingId > 0 ? QString::number(h.filingId) : QString(), v) +
         QStringLiteral("</tr>");
    s += QStringLiteral("<tr>") + head(QStringLiteral("认定职业（工种）"), l) +
         cell(h.occupations.join(QLatin1Char('\n')), all) + QStringLiteral("</tr>");
    s += QStringLiteral("<tr>") + head(QStringLiteral("评估日期"), l) +
         raw(h.visitDate.isValid() ? esc(chineseDate(h.visitDate)) : blankDate(), v) +
         head(QStringLiteral("评估地点"), l) + cell(h.visitPlace, v) + QStringLiteral("</tr>");
    const QString passLine = QStringLiteral("%1 分").arg(num(t.passLine));
    if (withExpert)
        s += QStringLiteral("<tr>") + head(QStringLiteral("评审专家"), l) + cell(h.expertName, v) +
             head(QStringLiteral("合格线"), l) + cell(passLine, v) + QStringLiteral("</tr>");
    s += QStringLiteral("<tr>") + head(QStringLiteral("评分标准"), l) +
         cell(QStringLiteral("%1（第%2版）").arg(t.name, QString::number(t.version)) +
                  (withExpert ? QString() : QStringLiteral("，合格线 ") + passLine),
              all) +
         QStringLiteral("</tr>");
    return s + QStringLiteral("</table>");
}

// The summary's head in four ruled-free lines: the landscape page needs its height for the
// criteria.
QString headerLines(const ReviewSheetHeader& h, const ReviewTemplate& t)
{
    auto item = [](const QString& label, const QString& value) {
        return QStringLiteral("<span style=\"%1\">%2：</span>%3").arg(kSans, label, value);
    };
    const QString date = h.visitDate.isValid() ? esc(chineseDate(h.visitDate)) : blankDate();
    const QString place = h.visitPlace.isEmpty() ? line(20) : esc(h.visitPlace);
    QString s = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    s += QStringLiteral(
             "<tr><td width=\"45%\">%1</td><td width=\"30%\">%2</td><td width=\"25%\">%3</td></tr>")
             .arg(item(QStringLiteral("企业名称"), esc(h.enterpriseName)),
                  item(QStringLiteral("统一社会信用代码"), esc(h.uscc)),
                  item(QStringLiteral("备案申请编号"),
                       h.filingId > 0 ? QString::number(h.filingId) : QString()));
    s += QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>")
             .arg(item(QStringLiteral("认定职业（工种）"),
                       esc(h.occupations.join(QStringLiteral("；")))));
    s += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
             .arg(item(QStringLiteral("评估日期"), date), item(QStringLiteral("评估地点"), place),
                  item(QStringLiteral("合格线"), QStringLiteral("%1 分").arg(num(t.passLine))));
    s +=
        QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>")
            .arg(item(QStringLiteral("评分标准"),
                      esc(QStringLiteral("%1（第%2版）").arg(t.name, QString::number(t.version)))));
    return s + QStringLiteral("</table>");
}

QString scoringNote(const ReviewTemplate& t)
{
    const QStringList lines{
        QStringLiteral("说明：1. 各项在 0 至分值之间评分，最多两位小数，评语写明扣分理由。"),
        QStringLiteral("2. 总分 = Σ（得分 ÷ 分值 × 权重），满分 100 分，合格线 %1 分。")
            .arg(num(t.passLine)),
        QStringLiteral("3. 否决项记 0 分为“不符合”，记满分为“符合”；"),
        QStringLiteral("专家组汇总得分低于分值一半即否决，不列入建议名单。"),
        QStringLiteral(
            "4. 5 名及以上专家评分的，去掉一个最高分和一个最低分后取平均分，否则取平均分。"),
    };
    return QStringLiteral("<p class=\"note\">%1</p>").arg(lines.join(QString()));
}

// The sheet for one expert; `s` null for the blank sheet.
PrintableDocument scoreSheet(const ReviewSheetHeader& header, const ReviewTemplate& t,
                             const ExpertSheet* s)
{
    ReviewSheetHeader h = header;
    if (s && h.expertName.trimmed().isEmpty())
        h.expertName = s->expertName;
    PrintableDocument doc;
    doc.title = QStringLiteral("现场评估评分表 - %1").arg(h.enterpriseName);
    doc.footer = QStringLiteral("备案申请编号 %1　评分标准第%2版").arg(h.filingId).arg(t.version);
    if (!h.expertName.isEmpty())
        doc.footer += QStringLiteral("　专家 %1").arg(h.expertName);

    QHash<QString, const ScoreEntry*> scores;
    if (s)
        for (const ScoreEntry& e : s->scores)
            scores.insert(e.criterionId, &e);

    QString table =
        QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>") +
        head(QStringLiteral("序号"), QStringLiteral("width=\"6%\"")) +
        head(QStringLiteral("评分项"), QStringLiteral("width=\"46%\"")) +
        head(QStringLiteral("分值"), QStringLiteral("width=\"6%\"")) +
        head(QStringLiteral("权重"), QStringLiteral("width=\"6%\"")) +
        head(QStringLiteral("否决项"), QStringLiteral("width=\"8%\"")) +
        head(QStringLiteral("得分"), QStringLiteral("width=\"9%\"")) +
        head(QStringLiteral("评语"), QStringLiteral("width=\"19%\"")) +
        QStringLiteral("</tr></thead>");
    const QHash<QString, QString> numbers = numbering(t);
    QStringList unscored;
    QStringList vetoed;
    for (const Criterion& c : t.criteria) {
        if (t.isGroup(c.id)) {
            table += groupRow(c, numbers.value(c.id), 7);
            continue;
        }
        QString score;
        QString comment;
        if (const ScoreEntry* e = scores.value(c.id)) {
            score = num(e->score);
            if (c.veto) {
                const bool met = vetoMet(c, e->score);
                score += QStringLiteral("<br/>") +
                         (met ? small(QStringLiteral("符合")) : mark(QStringLiteral("不符合")));
                if (!met)
                    vetoed << c.name;
            }
            comment = esc(e->comment);
        } else if (s) {
            unscored << QStringLiteral("%1 %2").arg(numbers.value(c.id), c.name);
        }
        table += QStringLiteral("<tr>") + cell(numbers.value(c.id), kCenter) +
                 raw(criterionText(c), kTop) + cell(num(c.maxPoints), kCenter) +
                 cell(weightText(c), kCenter) +
                 raw(c.veto ? mark(QStringLiteral("否决")) : QString(), kCenter) +
                 raw(score, kCenter) + raw(comment, kTop) + QStringLiteral("</tr>");
    }
    const QString total = s ? mark(num(sheetTotal(t, s->scores))) : QString();
    table += QStringLiteral("<tr><td class=\"label\" colspan=\"5\" align=\"right\">%1</td>")
                 .arg(QStringLiteral("合计（Σ 得分 ÷ 分值 × 权重，满分 100 分）")) +
             raw(total, kCenter) + raw({}) + QStringLiteral("</tr>");
    // The last row holds the expert's remarks on the whole sheet (lines to write on when
    // there are none) and the signature: a page break can never leave the signature alone.
    const QString opinion = s ? s->opinion.trimmed() : QString();
    const QString signedOn = s && s->signedOn.isValid()
                                 ? esc(chineseDate(s->signedOn))
                                 : QStringLiteral("%1年%2月%3日").arg(line(8), line(4), line(4));
    table +=
        QStringLiteral("<tr><td colspan=\"7\"><p><span style=\"%1\">专家意见：</span>%2</p>"
                       "<p>&nbsp;</p><p align=\"right\">专家签名：%3%4日期：%5</p></td></tr>")
            .arg(kSans, opinion.isEmpty() ? QStringLiteral("<br/>&nbsp;<br/>&nbsp;") : esc(opinion),
                 line(24), QStringLiteral("&nbsp;").repeated(6), signedOn);
    table += QStringLiteral("</table>");

    // What the reader must know before the scores: warnings about this sheet, then how it
    // is scored.
    QString b = QStringLiteral("<h1>企业职业技能等级认定试点现场评估评分表</h1>");
    b += headerTable(h, t, true);
    if (s && s->templateVersion > 0 && s->templateVersion != t.version)
        b += QStringLiteral(
                 "<p class=\"note\">注意：本评分表按第%1版评分标准填写，此处按第%2版打印。</p>")
                 .arg(s->templateVersion)
                 .arg(t.version);
    if (!unscored.isEmpty())
        b += QStringLiteral("<p class=\"note\">尚有 %1 项未评分：%2。</p>")
                 .arg(unscored.size())
                 .arg(esc(unscored.join(QStringLiteral("；"))));
    if (!vetoed.isEmpty())
        b += QStringLiteral("<p class=\"note\"><b>否决项不符合：%1。</b></p>")
                 .arg(esc(vetoed.join(QStringLiteral("；"))));
    b += scoringNote(t);
    b += QStringLiteral("<p style=\"font-size: 4pt;\">&nbsp;</p>") + table;
    doc.html = wrap(b);
    return doc;
}

QStringList vetoedNames(const ReviewResult& r)
{
    QStringList out;
    for (const CriterionResult& c : r.criteria)
        if (c.vetoed)
            out << c.name;
    return out;
}

QString verdict(const ReviewResult& r)
{
    if (!r.complete)
        return QStringLiteral("评分未完成，暂不提出建议");
    return r.recommended ? QStringLiteral("列入建议名单") : QStringLiteral("不列入建议名单");
}

// Why a result is not recommended, one reason a line.
QStringList reasons(const ReviewResult& r)
{
    QStringList out;
    if (!r.complete)
        out << QStringLiteral("评分未完成（完整评分表 %1/%2 份）")
                   .arg(r.completeSheets)
                   .arg(r.experts);
    if (r.veto)
        out << QStringLiteral("否决项不符合：%1").arg(vetoedNames(r).join(QStringLiteral("、")));
    if (r.complete && r.total + 1e-9 < r.passLine)
        out << QStringLiteral("总分 %1 低于合格线 %2 分").arg(num(r.total), num(r.passLine));
    return out;
}

} // namespace

PrintableDocument blankScoreSheet(const ReviewSheetHeader& h, const ReviewTemplate& t)
{
    return scoreSheet(h, t, nullptr);
}

PrintableDocument filledScoreSheet(const ReviewSheetHeader& h, const ReviewTemplate& t,
                                   const ExpertSheet& s)
{
    return scoreSheet(h, t, &s);
}

PrintableDocument panelSummarySheet(const ReviewSheetHeader& header, const ReviewTemplate& t,
                                    const Panel& p, const QList<ExpertSheet>& sheets,
                                    const ReviewResult& r)
{
    ReviewSheetHeader h = header;
    if (!h.visitDate.isValid())
        h.visitDate = p.visitDate;
    if (h.visitPlace.trimmed().isEmpty())
        h.visitPlace = p.visitPlace;
    PrintableDocument doc;
    doc.orientation = QPageLayout::Landscape;
    doc.title = QStringLiteral("专家组评分汇总表 - %1").arg(h.enterpriseName);
    doc.footer = QStringLiteral("备案申请编号 %1　评分标准第%2版　抽取随机种子 %3")
                     .arg(h.filingId)
                     .arg(t.version)
                     .arg(p.seed);

    // The active members in draw order (what Panel::activeMembers() gives), kept here so
    // printing needs nothing but the values.
    QList<PanelMember> members;
    for (const PanelMember& m : p.members)
        if (m.active)
            members << m;
    const int n = int(members.size());
    QHash<qint64, QHash<QString, double>> byExpert;
    for (const ExpertSheet& s : sheets)
        for (const ScoreEntry& e : s.scores)
            byExpert[s.expertId].insert(e.criterionId, e.score);
    QHash<QString, const CriterionResult*> results;
    for (const CriterionResult& c : r.criteria)
        results.insert(c.id, &c);

    // Widths in percent of the landscape line: the criterion column gives way to the experts'.
    const int expertWidth = n <= 5 ? 6 : std::max(4, 30 / std::max(n, 1));
    const int nameWidth = std::max(15, 100 - 39 - n * expertWidth);
    const int columns = 8 + n;
    auto w = [](int pc) { return QStringLiteral("width=\"%1%\"").arg(pc); };

    QString b = QStringLiteral("<h1>企业职业技能等级认定试点专家组评分汇总表</h1>");
    b += headerLines(h, t);
    b += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p>");
    b += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>") +
         head(QStringLiteral("序号"), w(4)) + head(QStringLiteral("评分项"), w(nameWidth)) +
         head(QStringLiteral("分值"), w(4)) + head(QStringLiteral("权重"), w(4));
    for (const PanelMember& m : members)
        b += head(m.name, w(expertWidth));
    b += head(QStringLiteral("汇总得分"), w(7)) + head(QStringLiteral("极差"), w(4)) +
         head(QStringLiteral("标记"), w(9)) + head(QStringLiteral("折算得分"), w(7)) +
         QStringLiteral("</tr></thead>");
    const QHash<QString, QString> numbers = numbering(t);
    QStringList flagged;
    for (const Criterion& c : t.criteria) {
        if (t.isGroup(c.id)) {
            b += groupRow(c, numbers.value(c.id), columns);
            continue;
        }
        b += QStringLiteral("<tr>") + cell(numbers.value(c.id), kCenter) + cell(c.name, kTop) +
             cell(num(c.maxPoints), kCenter) + cell(weightText(c), kCenter);
        for (const PanelMember& m : members) {
            const auto it = byExpert.constFind(m.expertId);
            const bool scored = it != byExpert.constEnd() && it->contains(c.id);
            b += cell(scored ? num(it->value(c.id)) : QStringLiteral("—"), kCenter);
        }
        const CriterionResult* cr = results.value(c.id);
        if (!cr || cr->count == 0) {
            b += cell(QStringLiteral("—"), kCenter) + cell(QStringLiteral("—"), kCenter) +
                 raw(c.veto ? esc(QStringLiteral("否决项")) : QString(), kCenter) +
                 cell(QStringLiteral("—"), kCenter) + QStringLiteral("</tr>");
            continue;
        }
        QStringList marks;
        if (cr->flagged) {
            marks << mark(QStringLiteral("▲ 分歧"));
            flagged << c.name;
        }
        if (c.veto)
            marks << (cr->vetoed ? mark(QStringLiteral("否决项不符合"))
                                 : esc(QStringLiteral("否决项符合")));
        const QString score =
            cr->flagged || cr->vetoed ? mark(num(cr->score)) : esc(num(cr->score));
        b += raw(score, kCenter) + cell(num(cr->spread), kCenter) +
             raw(marks.join(QStringLiteral("<br/>")), kCenter) +
             cell(num(cr->contribution), kCenter) + QStringLiteral("</tr>");
    }
    b += QStringLiteral("<tr><td class=\"label\" colspan=\"%1\" align=\"right\">%2</td>")
             .arg(columns - 1)
             .arg(QStringLiteral("总分（Σ 汇总得分 ÷ 分值 × 权重，满分 100 分）")) +
         raw(mark(num(r.total)), kCenter) + QStringLiteral("</tr></table>");
    b += QStringLiteral("<p class=\"note\">%1%2</p>")
             .arg(QStringLiteral("“—”为未评分；▲ 分歧：专家评分的极差（最高分 − 最低分）"),
                  QStringLiteral("超过该项的分歧阈值。否决项的汇总得分低于分值一半即为不符合。"));

    // The conclusion and the signatures share a page of their own: members sign what the
    // page in front of them concludes, and the signature rows are never split from it.
    b += QStringLiteral("<h2 style=\"page-break-before: always;\">评审结论</h2>");
    b += QStringLiteral("<p>%1（备案申请编号 %2）</p>")
             .arg(esc(h.enterpriseName), QString::number(h.filingId));
    const QString l = QStringLiteral("width=\"14%\"");
    const QString v = QStringLiteral("width=\"36%\"");
    const QStringList vetoed = vetoedNames(r);
    QString recommendation = mark(esc(verdict(r)));
    if (r.complete && !r.recommended)
        recommendation += QStringLiteral("（%1）").arg(esc(reasons(r).join(QStringLiteral("；"))));
    b += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
    b += QStringLiteral("<tr>") + head(QStringLiteral("评分方法"), l) +
         cell(methodLabel(r.method), v) + head(QStringLiteral("参评专家"), l) +
         cell(QStringLiteral("%1 人（完整评分表 %2 份）").arg(r.experts).arg(r.completeSheets), v) +
         QStringLiteral("</tr>");
    b += QStringLiteral("<tr>") + head(QStringLiteral("总分"), l) + raw(mark(num(r.total)), v) +
         head(QStringLiteral("合格线"), l) + cell(QStringLiteral("%1 分").arg(num(r.passLine)), v) +
         QStringLiteral("</tr>");
    b += QStringLiteral("<tr>") + head(QStringLiteral("否决项"), l) +
         raw(r.veto ? mark(esc(QStringLiteral("不符合：%1").arg(vetoed.join(QStringLiteral("、")))))
                    : esc(QStringLiteral("无")),
             v) +
         head(QStringLiteral("分歧项"), l) +
         cell(flagged.isEmpty() ? QStringLiteral("无") : flagged.join(QStringLiteral("、")), v) +
         QStringLiteral("</tr>");
    b += QStringLiteral("<tr>") + head(QStringLiteral("建议"), l) +
         raw(recommendation, QStringLiteral("colspan=\"3\"")) + QStringLiteral("</tr>");
    if (!r.complete)
        b += QStringLiteral("<tr>") + head(QStringLiteral("未完成评分"), l) +
             cell(r.missing.isEmpty() ? QStringLiteral("尚无评分")
                                      : r.missing.join(QLatin1Char('\n')),
                  QStringLiteral("colspan=\"3\"")) +
             QStringLiteral("</tr>");
    b += QStringLiteral("<tr>") + head(QStringLiteral("专家组意见"), l) +
         raw(p.opinion.trimmed().isEmpty()
                 ? QStringLiteral("&nbsp;<br/>&nbsp;<br/>&nbsp;<br/>&nbsp;")
                 : esc(p.opinion.trimmed()),
             QStringLiteral("colspan=\"3\"")) +
         QStringLiteral("</tr>");
    QString draw = QStringLiteral("随机种子 %1").arg(p.seed);
    if (p.drawnAt.isValid())
        draw +=
            QStringLiteral("，%1 抽取").arg(p.drawnAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!p.drawnBy.isEmpty())
        draw += QStringLiteral("（%1）").arg(p.drawnBy);
    if (!p.candidates.isEmpty())
        draw += QStringLiteral("，候选专家 %1 人").arg(p.candidates.size());
    draw += QStringLiteral("，专家组 %1 人").arg(n);
    QStringList replaced;
    for (const PanelMember& m : p.members)
        if (!m.active)
            replaced << (m.replacedReason.isEmpty()
                             ? m.name
                             : QStringLiteral("%1（%2）").arg(m.name, m.replacedReason));
    if (!replaced.isEmpty())
        draw += QStringLiteral("；已替换：%1").arg(replaced.join(QStringLiteral("、")));
    b += QStringLiteral("<tr>") + head(QStringLiteral("专家抽取"), l) +
         cell(draw, QStringLiteral("colspan=\"3\"")) + QStringLiteral("</tr>");
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>专家组成员签名</h2>");
    b += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>") +
         head(QStringLiteral("序号"), w(6)) + head(QStringLiteral("姓名"), w(12)) +
         head(QStringLiteral("工作单位"), w(28)) + head(QStringLiteral("职称或技能等级"), w(16)) +
         head(QStringLiteral("签名"), w(20)) + head(QStringLiteral("日期"), w(18)) +
         QStringLiteral("</tr></thead>");
    int row = 0;
    for (const PanelMember& m : members)
        b += QStringLiteral("<tr>") + cell(QString::number(++row), kCenter) +
             cell(m.name, kCenter) + cell(m.employer, kTop) + cell(m.title, kTop) +
             raw(n > 5 ? QStringLiteral("&nbsp;") : QStringLiteral("&nbsp;<br/>&nbsp;")) +
             raw(blankDate(), kCenter) + QStringLiteral("</tr>");
    if (members.isEmpty())
        b += QStringLiteral("<tr><td colspan=\"6\" align=\"center\">尚未抽取专家组</td></tr>");
    b += QStringLiteral("</table>");
    doc.html = wrap(b);
    return doc;
}

PrintableDocument recommendedListDocument(const QString& batchName,
                                          const QList<RecommendedEntry>& entries,
                                          const QDate& issued)
{
    PrintableDocument doc;
    doc.title = QStringLiteral("评审建议名单 - %1").arg(batchName);
    doc.footer = QStringLiteral("%1 评审建议名单").arg(batchName);

    QList<RecommendedEntry> recommended;
    QList<RecommendedEntry> others;
    for (const RecommendedEntry& e : entries)
        (e.rank > 0 ? recommended : others) << e;
    std::stable_sort(
        recommended.begin(), recommended.end(),
        [](const RecommendedEntry& a, const RecommendedEntry& b) { return a.rank < b.rank; });
    auto w = [](int pc) { return QStringLiteral("width=\"%1%\"").arg(pc); };

    QString b = QStringLiteral("<h1>企业职业技能等级认定试点评审建议名单</h1>");
    b += QStringLiteral("<p align=\"center\">（%1）</p>").arg(esc(batchName));
    b += QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;%1%2</p>")
             .arg(QStringLiteral(
                      "根据津人社办发〔2019〕82号，专家组对%1的 %2 家申报企业进行了现场评估，")
                      .arg(esc(batchName), QString::number(entries.size())),
                  QStringLiteral(
                      "建议将以下 %1 家企业列入企业职业技能等级认定试点建议名单，报市人社局审定。")
                      .arg(recommended.size()));
    b += QStringLiteral("<h2>一、建议列入名单</h2>");
    b += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>") +
         head(QStringLiteral("排名"), w(6)) + head(QStringLiteral("企业名称"), w(26)) +
         head(QStringLiteral("总分"), w(8)) + head(QStringLiteral("评分方法"), w(20)) +
         head(QStringLiteral("否决项"), w(8)) + head(QStringLiteral("专家组意见"), w(32)) +
         QStringLiteral("</tr></thead>");
    for (const RecommendedEntry& e : recommended)
        b += QStringLiteral("<tr>") + cell(QString::number(e.rank), kCenter) +
             cell(e.enterpriseName, kTop) + raw(mark(num(e.result.total)), kCenter) +
             cell(methodLabel(e.result.method), kCenter) +
             cell(e.result.veto ? QStringLiteral("不符合") : QStringLiteral("无"), kCenter) +
             cell(e.opinion, kTop) + QStringLiteral("</tr>");
    if (recommended.isEmpty())
        b += QStringLiteral(
            "<tr><td colspan=\"6\" align=\"center\">本批次暂无建议列入的企业。</td></tr>");
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>二、未列入建议名单的企业</h2>");
    b += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>") +
         head(QStringLiteral("序号"), w(7)) + head(QStringLiteral("企业名称"), w(28)) +
         head(QStringLiteral("总分"), w(9)) + head(QStringLiteral("原因"), w(28)) +
         head(QStringLiteral("专家组意见"), w(28)) + QStringLiteral("</tr></thead>");
    int n = 0;
    for (const RecommendedEntry& e : others) {
        QStringList why = reasons(e.result);
        if (why.isEmpty())
            why << QStringLiteral("未提出列入建议");
        b += QStringLiteral("<tr>") + cell(QString::number(++n), kCenter) +
             cell(e.enterpriseName, kTop) +
             cell(e.result.complete ? num(e.result.total) : QStringLiteral("—"), kCenter) +
             cell(why.join(QLatin1Char('\n')), kTop) + cell(e.opinion, kTop) +
             QStringLiteral("</tr>");
    }
    if (others.isEmpty())
        b += QStringLiteral("<tr><td colspan=\"5\" align=\"center\">无</td></tr>");
    b += QStringLiteral("</table>");
    b += QStringLiteral(
        "<p class=\"note\">总分 = Σ（专家组汇总得分 ÷ 分值 × 权重），满分 100 分。</p>");
    b += QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"55%\"></td><td "
                        "align=\"center\">%1（盖章）<br/><br/>%2</td></tr></table>")
             .arg(kCentre, chineseDate(issued));
    doc.html = wrap(b);
    return doc;
}

} // namespace jd
