#include "core/documents/ReviewDocuments.h"
#include "core/documents/DocumentRenderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

ReviewSheetHeader sampleHeader()
{
    ReviewSheetHeader h;
    h.filingId = 12;
    h.enterpriseName = QStringLiteral("天津市海河重型机械制造有限公司");
    h.uscc = QStringLiteral("91120116MA05JY8Q4X");
    h.occupations = {QStringLiteral("电工 6-31-01-03（三级、四级）"),
                     QStringLiteral("焊工 6-18-02-04（三级）")};
    return h;
}

// Five members (trimmed mean) and one replaced member whose sheet must not count.
Panel samplePanel()
{
    Panel p;
    p.id = 3;
    p.filingId = 12;
    p.size = 5;
    p.seed = 20190715u;
    p.candidates = {101, 102, 103, 104, 105, 106, 107, 108};
    p.drawnAt = QDateTime(QDate(2019, 7, 15), QTime(9, 30));
    p.drawnBy = QStringLiteral("审核员甲");
    p.visitDate = QDate(2019, 7, 22);
    p.visitPlace = QStringLiteral("天津市滨海新区黄海路 19 号");
    p.templateVersion = 1;
    p.opinion = QStringLiteral("考核场地和设备满足要求，建议补充视频监控存储。");
    const char* names[] = {"王建国", "李明华", "张丽", "赵志强", "陈晓燕"};
    for (int i = 0; i < 5; ++i) {
        PanelMember m;
        m.expertId = 101 + i;
        m.name = QString::fromUtf8(names[i]);
        m.employer = QStringLiteral("天津职业技术师范大学");
        m.title = QStringLiteral("高级工程师");
        m.position = i + 1;
        m.scored = 21;
        p.members << m;
    }
    PanelMember gone;
    gone.expertId = 106;
    gone.name = QStringLiteral("刘伟");
    gone.position = 6;
    gone.active = false;
    gone.replacedReason = QStringLiteral("与申报企业存在利害关系");
    p.members << gone;
    return p;
}

// Every expert gives 7 to each weighted criterion and 1 (符合) to each veto item, except
// c5.1 (weight 10): 9, 8, 8.5, 10, 5 → trimmed mean 8.5, spread 5 > 3 (flagged), and
// c7.2 (weight 5): 9, 8.5, 8.7, 8.9, 8.5 → trimmed mean 8.7, spread 0.5.
// Total by hand: 85 × 0.7 + 8.5 ÷ 10 × 10 + 8.7 ÷ 10 × 5 = 59.5 + 8.5 + 4.35 = 72.35.
QList<ExpertSheet> sampleSheets(const ReviewTemplate& t, const Panel& p)
{
    const double c51[] = {9, 8, 8.5, 10, 5};
    const double c72[] = {9, 8.5, 8.7, 8.9, 8.5};
    QList<ExpertSheet> sheets;
    for (int i = 0; i < 6; ++i) {
        const PanelMember& m = p.members.at(i);
        ExpertSheet s;
        s.filingId = p.filingId;
        s.expertId = m.expertId;
        s.expertName = m.name;
        s.templateVersion = t.version;
        s.source = QStringLiteral("entry");
        for (const Criterion& c : t.leaves()) {
            double score = c.veto ? c.maxPoints : 7;
            if (i == 5)
                score = 0; // the replaced member: would veto everything if counted
            else if (c.id == QStringLiteral("c5.1"))
                score = c51[i];
            else if (c.id == QStringLiteral("c7.2"))
                score = c72[i];
            QString comment;
            if (c.id == QStringLiteral("c5.2"))
                comment = QStringLiteral("监控录像仅保存 15 天");
            s.scores << ScoreEntry{m.expertId, c.id, score, comment};
        }
        sheets << s;
    }
    return sheets;
}

QList<QPair<qint64, QString>> activeOf(const Panel& p)
{
    QList<QPair<qint64, QString>> out;
    for (const PanelMember& m : p.members)
        if (m.active)
            out << qMakePair(m.expertId, m.name);
    return out;
}

ReviewResult resultOf(const ReviewTemplate& t, const Panel& p, const QList<ExpertSheet>& sheets)
{
    QList<ScoreEntry> all;
    for (const ExpertSheet& s : sheets)
        all << s.scores;
    return aggregate(t, activeOf(p), all);
}

// The texts of one column of the first table whose header row names `header`, group
// rows (one cell across the table) left out.
QStringList column(const QString& html, const QString& header)
{
    QTextDocument doc;
    doc.setHtml(html);
    for (QTextFrame* f : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(f);
        if (!table)
            continue;
        int col = -1;
        for (int c = 0; c < table->columns(); ++c)
            if (table->cellAt(0, c).firstCursorPosition().block().text().trimmed() == header)
                col = c;
        if (col < 0)
            continue;
        QStringList out;
        for (int r = 1; r < table->rows(); ++r) {
            const QTextTableCell cell = table->cellAt(r, col);
            if (cell.columnSpan() >= table->columns() - 1 || cell.column() != col)
                continue;
            QTextCursor cur = cell.firstCursorPosition();
            cur.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            out << cur.selectedText()
                       .replace(QChar(0x00A0), QLatin1Char(' '))
                       .replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
                       .replace(QChar::LineSeparator, QLatin1Char('\n'))
                       .trimmed();
        }
        return out;
    }
    return {};
}

int pageCount(const QByteArray& pdf)
{
    return int(
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

// Renders into `dir`; returns the PDF's bytes after checking it has pages and the CJK
// fonts embedded.
QByteArray render(const PrintableDocument& doc, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const Status s = DocumentRenderer::toPdf(doc, path);
    REQUIRE(s.ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pageCount(pdf) >= 1);
    CHECK(pdf.contains("NotoSerifCJK"));
    CHECK(pdf.contains("NotoSansCJK"));
    CHECK(pdf.contains("/FontFile"));
    return pdf;
}

} // namespace

TEST_CASE("The blank score sheet lists every criterion with empty score and comment columns",
          "[documents][review]")
{
    const ReviewTemplate t = defaultReviewTemplate();
    ReviewSheetHeader h = sampleHeader();
    const PrintableDocument doc = blankScoreSheet(h, t);
    CHECK(doc.orientation == QPageLayout::Portrait);
    for (const char* s :
         {"现场评估评分表", "序号", "评分项", "分值", "权重", "否决项", "得分", "评语", "专家签名",
          "日期", "91120116MA05JY8Q4X", "电工 6-31-01-03（三级、四级）", "合格线 70 分", "第1版",
          "Σ（得分 ÷ 分值 × 权重）", "记 0 分为“不符合”，记满分为“符合”"}) {
        INFO(s);
        CHECK(doc.html.contains(QString::fromUtf8(s)));
    }
    for (const Criterion& c : t.criteria) {
        INFO(c.name.toStdString());
        CHECK(doc.html.contains(c.name.toHtmlEscaped()));
        if (!c.guidance.isEmpty())
            CHECK(doc.html.contains(c.guidance.toHtmlEscaped()));
    }
    // The header repeats on every page: it is the table's <thead>.
    CHECK(doc.html.contains(QStringLiteral("<thead>")));
    // Nothing is scored: the 得分 and 评语 columns are empty, the total too.
    const QStringList scores = column(doc.html, QStringLiteral("得分"));
    REQUIRE(scores.size() == t.leaves().size() + 1);
    for (const QString& s : scores)
        CHECK(s.isEmpty());
    for (const QString& s : column(doc.html, QStringLiteral("评语")))
        CHECK(s.isEmpty());
    // Veto items are marked, one mark per veto item.
    const QStringList vetoMarks = column(doc.html, QStringLiteral("否决项"));
    CHECK(vetoMarks.count(QStringLiteral("否决")) == 3);
    CHECK(column(doc.html, QStringLiteral("权重")).contains(QStringLiteral("10")));
    CHECK(column(doc.html, QStringLiteral("序号")).first() == QStringLiteral("1.1"));
    CHECK(doc.html.contains(QStringLiteral("专家意见")));
    CHECK(doc.html.contains(QStringLiteral("日期：________年____月____日")));
    // Unknown visit date, place and expert: blanks to write in, never a made-up value.
    CHECK(doc.html.contains(QStringLiteral("年&nbsp;")));
    h.visitDate = QDate(2019, 7, 22);
    h.visitPlace = QStringLiteral("滨海新区黄海路 19 号");
    h.expertName = QStringLiteral("王建国");
    const PrintableDocument known = blankScoreSheet(h, t);
    CHECK(known.html.contains(QStringLiteral("2019年7月22日")));
    CHECK(known.html.contains(QStringLiteral("滨海新区黄海路 19 号")));
    CHECK(known.html.contains(QStringLiteral("王建国")));
    // User text is escaped, never taken as markup.
    h.enterpriseName = QStringLiteral("<b>天津</b>&公司");
    CHECK(blankScoreSheet(h, t).html.contains(QStringLiteral("&lt;b&gt;天津&lt;/b&gt;&amp;公司")));

    QTemporaryDir dir;
    const QByteArray pdf = render(doc, dir, QStringLiteral("blank.pdf"));
    CHECK(pageCount(pdf) >= 2); // 21 criteria with guidance do not fit one page
}

TEST_CASE("The filled score sheet shows the expert's scores, comments and total",
          "[documents][review]")
{
    const ReviewTemplate t = defaultReviewTemplate();
    const Panel p = samplePanel();
    const QList<ExpertSheet> sheets = sampleSheets(t, p);
    // 李明华: 85 × 0.7 + 8 ÷ 10 × 10 + 8.5 ÷ 10 × 5 = 59.5 + 8 + 4.25 = 71.75.
    ExpertSheet s = sheets.at(1);
    s.opinion = QStringLiteral("场地设备满足要求；<监控>存储不足。");
    s.signedOn = QDate(2019, 7, 22);
    CHECK(sheetTotal(t, s.scores) == Approx(71.75));
    const PrintableDocument doc = filledScoreSheet(sampleHeader(), t, s);
    CHECK(
        doc.html.contains(QStringLiteral("李明华"))); // from the sheet when the header names nobody
    CHECK(doc.html.contains(QStringLiteral("监控录像仅保存 15 天")));
    CHECK(doc.html.contains(QStringLiteral("场地设备满足要求；&lt;监控&gt;存储不足。")));
    CHECK(doc.html.contains(QStringLiteral("日期：2019年7月22日")));
    const QStringList scores = column(doc.html, QStringLiteral("得分"));
    REQUIRE(scores.size() == t.leaves().size() + 1);
    CHECK(scores.last() == QStringLiteral("71.75"));
    const QList<Criterion> leaves = t.leaves();
    for (int i = 0; i < leaves.size(); ++i) {
        INFO(leaves.at(i).id.toStdString());
        if (leaves.at(i).veto)
            CHECK(scores.at(i) == QStringLiteral("1\n符合"));
        else if (leaves.at(i).id == QStringLiteral("c5.1"))
            CHECK(scores.at(i) == QStringLiteral("8"));
        else if (leaves.at(i).id == QStringLiteral("c7.2"))
            CHECK(scores.at(i) == QStringLiteral("8.5")); // never 8.50
        else
            CHECK(scores.at(i) == QStringLiteral("7"));
    }
    CHECK_FALSE(doc.html.contains(QStringLiteral("未评分")));

    // A veto item scored 0 and a criterion left out.
    ExpertSheet partial = s;
    for (ScoreEntry& e : partial.scores)
        if (e.criterionId == QStringLiteral("c3.2"))
            e.score = 0;
    partial.scores.removeIf(
        [](const ScoreEntry& e) { return e.criterionId == QStringLiteral("c7.7"); });
    const PrintableDocument p2 = filledScoreSheet(sampleHeader(), t, partial);
    CHECK(p2.html.contains(QStringLiteral("不符合")));
    CHECK(p2.html.contains(QStringLiteral("否决项不符合：职业技能等级评价活动不以营利为目的")));
    CHECK(p2.html.contains(QStringLiteral("尚有 1 项未评分：7.7 证书样式样本及打印系统说明材料")));
    CHECK(column(p2.html, QStringLiteral("得分")).last() ==
          QStringLiteral("69.65")); // 71.75 − 7 ÷ 10 × 3

    QTemporaryDir dir;
    render(doc, dir, QStringLiteral("filled.pdf"));
}

TEST_CASE("The panel summary shows each member's scores, the aggregate, flags and signatures",
          "[documents][review]")
{
    const ReviewTemplate t = defaultReviewTemplate();
    const Panel p = samplePanel();
    const QList<ExpertSheet> sheets = sampleSheets(t, p);
    const ReviewResult r = resultOf(t, p, sheets);
    REQUIRE(r.complete);
    REQUIRE(r.method == QStringLiteral("trimmed_mean"));
    CHECK(r.total == Approx(72.35));
    CHECK(r.recommended);

    const PrintableDocument doc = panelSummarySheet(sampleHeader(), t, p, sheets, r);
    CHECK(doc.orientation == QPageLayout::Landscape);
    for (const char* s :
         {"专家组评分汇总表", "72.35", "去掉一个最高分和一个最低分后的平均分", "列入建议名单",
          "合格线", "20190715", "考核场地和设备满足要求，建议补充视频监控存储。", "专家组成员签名",
          "2019年7月22日", "天津市滨海新区黄海路 19 号", "刘伟（与申报企业存在利害关系）"}) {
        INFO(s);
        CHECK(doc.html.contains(QString::fromUtf8(s)));
    }
    CHECK_FALSE(doc.html.contains(QStringLiteral("不列入建议名单")));
    // One column per active member with their scores; the replaced member has none.
    for (const PanelMember& m : p.members) {
        INFO(m.name.toStdString());
        CHECK(column(doc.html, m.name).isEmpty() == !m.active);
    }
    CHECK(column(doc.html, QStringLiteral("赵志强")).contains(QStringLiteral("10")));
    CHECK(column(doc.html, QStringLiteral("陈晓燕")).contains(QStringLiteral("5")));
    // Aggregated scores, spreads and the flag of c5.1 only.
    const QStringList aggregated = column(doc.html, QStringLiteral("汇总得分"));
    const QStringList marks = column(doc.html, QStringLiteral("标记"));
    const QStringList contributions = column(doc.html, QStringLiteral("折算得分"));
    const QList<Criterion> leaves = t.leaves();
    REQUIRE(aggregated.size() == leaves.size());
    REQUIRE(contributions.size() == leaves.size() + 1);
    CHECK(contributions.last() == QStringLiteral("72.35"));
    CHECK(marks.count(QStringLiteral("▲ 分歧")) == 1);
    for (int i = 0; i < leaves.size(); ++i) {
        const QString id = leaves.at(i).id;
        INFO(id.toStdString());
        if (id == QStringLiteral("c5.1")) {
            CHECK(aggregated.at(i) == QStringLiteral("8.5"));
            CHECK(marks.at(i) == QStringLiteral("▲ 分歧"));
            CHECK(contributions.at(i) == QStringLiteral("8.5"));
        } else if (id == QStringLiteral("c7.2")) {
            CHECK(aggregated.at(i) == QStringLiteral("8.7"));
            CHECK(contributions.at(i) == QStringLiteral("4.35"));
        } else if (leaves.at(i).veto) {
            CHECK(marks.at(i) == QStringLiteral("否决项符合"));
        }
    }
    CHECK(column(doc.html, QStringLiteral("极差")).contains(QStringLiteral("5")));
    // A signature line for every active member.
    const QStringList signers = column(doc.html, QStringLiteral("姓名"));
    CHECK(signers == QStringList{QStringLiteral("王建国"), QStringLiteral("李明华"),
                                 QStringLiteral("张丽"), QStringLiteral("赵志强"),
                                 QStringLiteral("陈晓燕")});

    QTemporaryDir dir;
    render(doc, dir, QStringLiteral("summary.pdf"));

    // Three members score c3.2 (veto) 0: trimmed mean of 0, 0, 0, 1, 1 is 0.33 < 0.5.
    QList<ExpertSheet> vetoSheets = sheets;
    for (int i = 0; i < 3; ++i)
        for (ScoreEntry& e : vetoSheets[i].scores)
            if (e.criterionId == QStringLiteral("c3.2"))
                e.score = 0;
    const ReviewResult vr = resultOf(t, p, vetoSheets);
    REQUIRE(vr.veto);
    const PrintableDocument vetoed = panelSummarySheet(sampleHeader(), t, p, vetoSheets, vr);
    CHECK(vetoed.html.contains(QStringLiteral("不列入建议名单")));
    CHECK(vetoed.html.contains(QStringLiteral("不符合：职业技能等级评价活动不以营利为目的")));
    // c3.2's spread threshold 0 flags the disagreement as well.
    qsizetype c32 = -1;
    for (qsizetype i = 0; i < leaves.size(); ++i)
        if (leaves.at(i).id == QStringLiteral("c3.2"))
            c32 = i;
    REQUIRE(c32 >= 0);
    CHECK(column(vetoed.html, QStringLiteral("标记")).at(c32) ==
          QStringLiteral("▲ 分歧\n否决项不符合"));
}

TEST_CASE("The recommended list ranks recommended filings and gives reasons for the others",
          "[documents][review]")
{
    const ReviewTemplate t = defaultReviewTemplate();
    const Panel p = samplePanel();
    const QList<ExpertSheet> sheets = sampleSheets(t, p);

    RecommendedEntry a;
    a.rank = 1;
    a.filingId = 12;
    a.enterpriseName = QStringLiteral("天津市海河重型机械制造有限公司");
    a.status = QStringLiteral("recommended");
    a.scored = true;
    a.result = resultOf(t, p, sheets);
    a.opinion = QStringLiteral("考核场地和设备满足要求。");

    RecommendedEntry b = a;
    b.rank = 0;
    b.filingId = 13;
    b.enterpriseName = QStringLiteral("天津渤海<化工>有限公司");
    b.status = QStringLiteral("scored");
    QList<ExpertSheet> vetoSheets = sheets;
    for (int i = 0; i < 3; ++i)
        for (ScoreEntry& e : vetoSheets[i].scores)
            if (e.criterionId == QStringLiteral("c3.2"))
                e.score = 0;
    b.result = resultOf(t, p, vetoSheets);
    b.opinion = QStringLiteral("培训收费以营利为目的。");

    RecommendedEntry c = a;
    c.rank = 0;
    c.filingId = 14;
    c.enterpriseName = QStringLiteral("天津津南食品有限公司");
    c.status = QStringLiteral("site_visit");
    c.scored = false;
    c.result = resultOf(t, p, sheets.mid(0, 3));
    c.opinion.clear();
    REQUIRE_FALSE(c.result.complete);

    RecommendedEntry d = a;
    d.rank = 0;
    d.filingId = 15;
    d.enterpriseName = QStringLiteral("天津西青纺织有限公司");
    d.result.total = 65.5;
    d.result.recommended = false;

    const PrintableDocument doc =
        recommendedListDocument(QStringLiteral("2019年第一批"), {b, a, c, d}, QDate(2019, 8, 15));
    for (const char* s :
         {"企业职业技能等级认定试点评审建议名单", "2019年第一批", "天津市职业技能鉴定指导中心",
          "2019年8月15日", "一、建议列入名单", "二、未列入建议名单的企业", "排名", "企业名称",
          "总分", "评分方法", "否决项", "专家组意见", "72.35",
          "去掉一个最高分和一个最低分后的平均分", "考核场地和设备满足要求。",
          "否决项不符合：职业技能等级评价活动不以营利为目的", "评分未完成（完整评分表 3/5 份）",
          "总分 65.5 低于合格线 70 分", "天津渤海&lt;化工&gt;有限公司"}) {
        INFO(s);
        CHECK(doc.html.contains(QString::fromUtf8(s)));
    }
    // The recommended filing comes first, the others in the second section.
    const qsizetype second = doc.html.indexOf(QStringLiteral("二、未列入建议名单的企业"));
    CHECK(doc.html.indexOf(a.enterpriseName) < second);
    CHECK(doc.html.indexOf(QStringLiteral("天津渤海&lt;化工&gt;有限公司")) > second);
    CHECK(doc.html.indexOf(c.enterpriseName) > second);
    CHECK(column(doc.html, QStringLiteral("排名")) == QStringList{QStringLiteral("1")});
    CHECK(column(doc.html, QStringLiteral("序号")).size() == 3);

    QTemporaryDir dir;
    render(doc, dir, QStringLiteral("list.pdf"));
}

// Not run by default: writes the four documents as PDFs into $JD_DOCUMENTS_OUT (or the
// working folder) to be looked at; the pages in docs/documents/ come from these
// (pdftoppm -png -r 60).
TEST_CASE("Review documents written out for a look", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("JD_DOCUMENTS_OUT", QStringLiteral("."));
    const ReviewTemplate t = defaultReviewTemplate();
    const Panel p = samplePanel();
    const QList<ExpertSheet> sheets = sampleSheets(t, p);
    const ReviewResult r = resultOf(t, p, sheets);
    ReviewSheetHeader h = sampleHeader();
    REQUIRE(DocumentRenderer::toPdf(blankScoreSheet(h, t), out + QStringLiteral("/scoresheet.pdf"))
                .ok());
    REQUIRE(DocumentRenderer::toPdf(filledScoreSheet(h, t, sheets.at(1)),
                                    out + QStringLiteral("/scoresheet-filled.pdf"))
                .ok());
    REQUIRE(DocumentRenderer::toPdf(panelSummarySheet(h, t, p, sheets, r),
                                    out + QStringLiteral("/panel-summary.pdf"))
                .ok());
    // Seven members: narrower score columns.
    Panel seven = p;
    QList<ExpertSheet> sevenSheets = sheets;
    for (qint64 id : {111, 112}) {
        PanelMember m = seven.members.first();
        m.expertId = id;
        m.name = id == 111 ? QStringLiteral("欧阳明月") : QStringLiteral("周强");
        seven.members.insert(5, m);
        ExpertSheet s = sheets.first();
        s.expertId = id;
        for (ScoreEntry& e : s.scores)
            e.expertId = id;
        sevenSheets << s;
    }
    REQUIRE(DocumentRenderer::toPdf(
                panelSummarySheet(h, t, seven, sevenSheets, resultOf(t, seven, sevenSheets)),
                out + QStringLiteral("/panel-summary-seven.pdf"))
                .ok());
    RecommendedEntry a;
    a.rank = 1;
    a.enterpriseName = h.enterpriseName;
    a.scored = true;
    a.result = r;
    a.opinion = p.opinion;
    RecommendedEntry b;
    b.enterpriseName = QStringLiteral("天津津南食品有限公司");
    b.result = resultOf(t, p, sheets.mid(0, 3));
    RecommendedEntry c = a;
    c.rank = 0;
    c.enterpriseName = QStringLiteral("天津西青纺织有限公司");
    c.result.total = 65.5;
    c.result.recommended = false;
    c.opinion = QStringLiteral("评审材料不全，考评人员队伍尚未建立。");
    REQUIRE(DocumentRenderer::toPdf(recommendedListDocument(QStringLiteral("2019年第一批"),
                                                            {a, b, c}, QDate(2019, 8, 15)),
                                    out + QStringLiteral("/recommended-list.pdf"))
                .ok());
}
