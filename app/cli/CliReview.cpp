// The expert-review commands of jianding-cli: expert, panel, review, and the review
// documents of `print` (scoresheet, panel, recommended).
#include "app/cli/Cli.h"

#include "core/common/TableFile.h"
#include "core/db/Database.h"
#include "core/documents/ReviewDocuments.h"
#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/review/ExpertService.h"
#include "core/review/ReviewPackage.h"
#include "core/review/ReviewService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jd {

namespace {

QJsonObject panelJson(const Panel& p)
{
    QJsonArray members, replaced;
    for (const PanelMember& m : p.members) {
        QJsonObject o{{QStringLiteral("expert_id"), m.expertId}, {QStringLiteral("name"), m.name},
                      {QStringLiteral("employer"), m.employer}, {QStringLiteral("scored"), m.scored}};
        if (m.active)
            members.append(o);
        else {
            o.insert(QStringLiteral("replaced_by"), m.replacedBy);
            o.insert(QStringLiteral("reason"), m.replacedReason);
            replaced.append(o);
        }
    }
    QJsonArray candidates;
    for (qint64 c : p.candidates)
        candidates.append(c);
    return {{QStringLiteral("filing_id"), p.filingId},
            {QStringLiteral("size"), p.size},
            {QStringLiteral("seed"), qint64(p.seed)},
            {QStringLiteral("members"), members},
            {QStringLiteral("replaced"), replaced},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("template_version"), p.templateVersion},
            {QStringLiteral("visit_date"), p.visitDate.toString(Qt::ISODate)},
            {QStringLiteral("visit_place"), p.visitPlace},
            {QStringLiteral("opinion"), p.opinion},
            {QStringLiteral("drawn_by"), p.drawnBy}};
}

QJsonObject resultJson(const ReviewResult& r)
{
    QJsonArray criteria;
    for (const CriterionResult& c : r.criteria)
        criteria.append(QJsonObject{{QStringLiteral("criterion"), c.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("score"), c.score},
                                    {QStringLiteral("spread"), c.spread},
                                    {QStringLiteral("flagged"), c.flagged},
                                    {QStringLiteral("veto"), c.vetoed},
                                    {QStringLiteral("contribution"), c.contribution},
                                    {QStringLiteral("experts"), c.count}});
    return {{QStringLiteral("method"), r.method},
            {QStringLiteral("total"), r.total},
            {QStringLiteral("veto"), r.veto},
            {QStringLiteral("recommended"), r.recommended},
            {QStringLiteral("complete"), r.complete},
            {QStringLiteral("pass_line"), r.passLine},
            {QStringLiteral("experts"), r.experts},
            {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)},
            {QStringLiteral("criteria"), criteria}};
}

QJsonObject sheetJson(const ExpertSheet& s)
{
    QJsonArray scores;
    for (const ScoreEntry& e : s.scores)
        scores.append(QJsonObject{{QStringLiteral("criterion"), e.criterionId}, {QStringLiteral("score"), e.score},
                                  {QStringLiteral("comment"), e.comment}});
    return {{QStringLiteral("filing_id"), s.filingId},    {QStringLiteral("expert_id"), s.expertId},
            {QStringLiteral("name"), s.expertName},       {QStringLiteral("template_version"), s.templateVersion},
            {QStringLiteral("scores"), scores},           {QStringLiteral("opinion"), s.opinion},
            {QStringLiteral("signed_on"), s.signedOn.toString(Qt::ISODate)}, {QStringLiteral("source"), s.source}};
}

QString num(double x)
{
    return QString::number(x, 'g', 10);
}

} // namespace

int Cli::cmdExpert()
{
    ExpertService experts(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    const qint64 id = m_p.positional.value(2).toLongLong();
    auto one = [&](const Result<Expert>& e, const QString& text) {
        if (!e)
            return fail(e.error());
        return done(expertToJson(*e), text.arg(e->name).arg(e->id));
    };
    if (cmd == QStringLiteral("list")) {
        auto list = experts.list(has(QStringLiteral("--all")), opt(QStringLiteral("--search")));
        if (!list)
            return fail(list.error());
        QJsonArray a;
        QStringList lines;
        for (const Expert& e : *list) {
            a.append(expertToJson(e));
            lines << QStringLiteral("%1\t%2\t%3\t%4%5").arg(e.id).arg(e.name, e.employer, e.specialties.join(QLatin1Char(',')),
                                                            e.active ? QString() : t("\t（已停用）", "\t(inactive)"));
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("show") && m_p.positional.size() == 3)
        return one(experts.get(id), t("%1（编号 %2）", "%1 (id %2)"));
    if (cmd == QStringLiteral("add") && m_p.positional.size() == 2) {
        Expert e;
        e.name = opt(QStringLiteral("--name"));
        if (has(QStringLiteral("--id-type")))
            e.idType = opt(QStringLiteral("--id-type"));
        e.idNumber = opt(QStringLiteral("--id-number"));
        e.employer = opt(QStringLiteral("--employer"));
        e.title = opt(QStringLiteral("--title"));
        e.region = opt(QStringLiteral("--region"));
        e.phone = opt(QStringLiteral("--phone"));
        e.note = opt(QStringLiteral("--note"));
        e.specialties = opt(QStringLiteral("--specialties")).split(QRegularExpression(QStringLiteral("[,，;；、\\s]+")), Qt::SkipEmptyParts);
        return one(experts.add(e), t("已加入专家库：%1（编号 %2）。", "added %1 (id %2)."));
    }
    if (cmd == QStringLiteral("import") && m_p.positional.size() == 3) {
        auto r = experts.importFile(m_p.positional.at(2));
        if (!r)
            return fail(r.error());
        const QJsonObject json{{QStringLiteral("imported"), r->imported}, {QStringLiteral("errors"), fieldErrors(r->errors)}};
        if (!r->errors.isEmpty()) {
            if (m_json)
                m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
            for (const FieldError& f : r->errors)
                m_err << t("第 %1 行 %2“%3”：%4", "row %1 %2 '%3': %4").arg(f.row).arg(f.label, f.value, f.message) << Qt::endl;
            m_err << t("专家库文件有 %1 处错误，未导入任何专家。", "%1 errors: nothing imported.").arg(r->errors.size()) << Qt::endl;
            return 1;
        }
        return done(json, t("已导入 %1 名专家。", "imported %1 experts.").arg(r->imported));
    }
    if ((cmd == QStringLiteral("export") || cmd == QStringLiteral("template")) && !opt(QStringLiteral("--out")).isEmpty()) {
        const QString out = opt(QStringLiteral("--out"));
        if (Status s = cmd == QStringLiteral("export") ? experts.exportFile(out) : ExpertService::writeTemplate(out); !s)
            return fail(s.error());
        return done(QJsonObject{{QStringLiteral("file"), out}}, t("已写出 %1。", "wrote %1.").arg(out));
    }
    if (cmd == QStringLiteral("conflict") && m_p.positional.size() == 4)
        return one(experts.addConflict(id, m_p.positional.at(3).toLongLong(), opt(QStringLiteral("--reason"))),
                   t("已登记专家“%1”（编号 %2）的回避关系。", "conflict recorded for %1 (id %2)."));
    if (cmd == QStringLiteral("deactivate") && m_p.positional.size() == 3)
        return one(experts.setActive(id, false, opt(QStringLiteral("--reason"))), t("已停用专家“%1”（编号 %2）。", "%1 (id %2) deactivated."));
    if (cmd == QStringLiteral("activate") && m_p.positional.size() == 3)
        return one(experts.setActive(id, true, QString()), t("已启用专家“%1”（编号 %2）。", "%1 (id %2) activated."));
    return usage(t("用法：expert list [--all] [--search 文本]；expert show 编号；expert add --name 姓名 --id-number 号码 --employer 单位 "
                   "--specialties 6-31,4-01 [--title --region --phone --note]；expert import 文件.csv|.xlsx；expert export --out 文件；"
                   "expert template --out 文件；expert conflict 专家编号 企业编号 --reason 理由；expert deactivate 编号 --reason 理由；expert activate 编号",
                   "usage: expert list [--all] [--search TEXT]; expert show ID; expert add --name N --id-number X --employer E "
                   "--specialties 6-31,4-01 [--title --region --phone --note]; expert import FILE; expert export --out FILE; "
                   "expert template --out FILE; expert conflict EXPERT_ID ENTERPRISE_ID --reason R; expert deactivate ID --reason R; expert activate ID"));
}

int Cli::cmdPanel()
{
    ReviewService review(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    bool ok = false;
    const qint64 filingId = m_p.positional.value(2).toLongLong(&ok);
    if (!ok)
        return usage(t("用法：panel draw 备案编号 --size K [--seed S]；panel show 备案编号；panel candidates 备案编号；"
                       "panel replace 备案编号 专家编号 [--with 专家编号] --reason 理由；panel visit 备案编号 --date 日期 --place 地点",
                       "usage: panel draw FILING_ID --size K [--seed S]; panel show FILING_ID; panel candidates FILING_ID; "
                       "panel replace FILING_ID EXPERT_ID [--with EXPERT_ID] --reason R; panel visit FILING_ID --date D --place P"));
    auto show = [&](const Result<Panel>& p, const QString& text) {
        if (!p)
            return fail(p.error());
        QJsonObject json = panelJson(*p);
        auto verified = review.verifyDraw(filingId);
        if (verified)
            json.insert(QStringLiteral("verified"), *verified);
        QStringList lines{text};
        for (const PanelMember& m : p->activeMembers())
            lines << QStringLiteral("  %1\t%2\t%3").arg(m.expertId).arg(m.name, m.employer);
        lines << t("种子 %1（候选 %2 名；用同一种子和候选名单可复现本次抽取）", "seed %1 (%2 candidates; the same seed and candidates repeat the draw)")
                     .arg(p->seed)
                     .arg(p->candidates.size());
        return done(json, lines.join(QLatin1Char('\n')));
    };
    if (cmd == QStringLiteral("draw")) {
        int size = 5;
        if (has(QStringLiteral("--size"))) {
            size = opt(QStringLiteral("--size")).toInt(&ok);
            if (!ok)
                return usage(t("--size 应为整数（奇数，默认 5）。", "--size takes an odd number (default 5)."));
        }
        std::optional<quint32> seed;
        if (has(QStringLiteral("--seed"))) {
            seed = opt(QStringLiteral("--seed")).toUInt(&ok);
            if (!ok)
                return usage(t("--seed 应为 0–4294967295 的整数。", "--seed takes a number 0-4294967295."));
        }
        return show(review.draw(filingId, size, seed), t("已为备案申请 %1 抽取专家组：", "panel drawn for filing %1:").arg(filingId));
    }
    if (cmd == QStringLiteral("show"))
        return show(review.panel(filingId), t("备案申请 %1 的专家组：", "panel of filing %1:").arg(filingId));
    if (cmd == QStringLiteral("replace") && m_p.positional.size() == 4)
        return show(review.replaceMember(filingId, m_p.positional.at(3).toLongLong(), opt(QStringLiteral("--with")).toLongLong(),
                                         opt(QStringLiteral("--reason"))),
                    t("已更换专家，现专家组：", "member replaced; the panel now:"));
    if (cmd == QStringLiteral("visit"))
        return show(review.setVisit(filingId, QDate::fromString(opt(QStringLiteral("--date")), Qt::ISODate), opt(QStringLiteral("--place"))),
                    t("已记录现场评估安排。专家组：", "site visit recorded. Panel:"));
    if (cmd == QStringLiteral("candidates")) {
        auto list = review.candidates(filingId);
        if (!list)
            return fail(list.error());
        QJsonArray a;
        QStringList lines;
        for (const PanelCandidate& c : *list) {
            a.append(QJsonObject{{QStringLiteral("expert_id"), c.expertId}, {QStringLiteral("name"), c.name},
                                 {QStringLiteral("employer"), c.employer}, {QStringLiteral("fits"), c.fits},
                                 {QStringLiteral("avoid"), c.avoidReason}, {QStringLiteral("on_panel"), c.onPanel}});
            lines << QStringLiteral("%1\t%2\t%3\t%4").arg(c.expertId).arg(c.name, c.fits ? t("对口", "fits") : t("不对口", "does not fit"),
                                                     c.avoidReason.isEmpty() ? (c.onPanel ? t("在专家组中", "on the panel") : QString()) : c.avoidReason);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    return usage(t("未知的 panel 命令。", "unknown panel command."));
}

int Cli::cmdReviewPackageFill()
{
    // Reviewer mode from the command line: no database.
    const QString file = m_p.positional.value(3);
    const QString scores = opt(QStringLiteral("--scores"));
    QString code = opt(QStringLiteral("--code"));
    if (code.isEmpty())
        code = qEnvironmentVariable("JIANDING_PACKAGE_CODE");
    if (file.isEmpty() || scores.isEmpty() || code.isEmpty())
        return usage(t("用法：review package fill 评分包 --scores 评分.csv（criterion,score[,comment]） [--opinion 意见] "
                       "[--signed 日期]；访问码用 --code 或环境变量 JIANDING_PACKAGE_CODE 提供",
                       "usage: review package fill PACKAGE --scores SCORES.csv (criterion,score[,comment]) [--opinion T] [--signed DATE]; "
                       "the access code via --code or JIANDING_PACKAGE_CODE"));
    auto opened = ReviewPackage::open(file, code);
    if (!opened)
        return fail(opened.error());
    ReviewPackage pkg = *std::move(opened);
    auto rows = table::read(scores);
    if (!rows)
        return fail(rows.error());
    QList<FieldError> errors;
    for (int i = 1; i < rows->rows.size(); ++i) {
        const QStringList& r = rows->rows.at(i);
        if (r.join(QString()).trimmed().isEmpty())
            continue;
        bool ok = false;
        const double score = r.value(1).trimmed().toDouble(&ok);
        if (!ok) {
            errors << FieldError{QStringLiteral("score"), QStringLiteral("score"), t("得分应为数字。", "not a number."), i + 1, r.value(1)};
            continue;
        }
        if (Status s = pkg.setScore(r.value(0).trimmed(), score, r.value(2)); !s)
            errors << FieldError{QStringLiteral("criterion"), QStringLiteral("criterion"), s.error().message, i + 1, r.value(0)};
    }
    if (!errors.isEmpty()) {
        for (const FieldError& f : errors)
            m_err << t("第 %1 行：%2", "row %1: %2").arg(f.row).arg(f.message) << Qt::endl;
        m_err << t("评分有 %1 处错误，评分包未改动。", "%1 errors: the package was not changed.").arg(errors.size()) << Qt::endl;
        return 1;
    }
    if (has(QStringLiteral("--opinion")))
        pkg.setOpinion(opt(QStringLiteral("--opinion")));
    if (has(QStringLiteral("--signed")))
        pkg.setSignedOn(QDate::fromString(opt(QStringLiteral("--signed")), Qt::ISODate));
    if (Status s = pkg.save(file); !s)
        return fail(s.error());
    return done(QJsonObject{{QStringLiteral("package_id"), pkg.packageId()},
                            {QStringLiteral("scored"), int(pkg.scores().size())},
                            {QStringLiteral("criteria"), int(pkg.reviewTemplate().leaves().size())},
                            {QStringLiteral("complete"), pkg.complete()},
                            {QStringLiteral("total"), pkg.total()}},
                t("已保存评分包：已评 %1/%2 项，本表合计 %3 分。", "package saved: %1/%2 criteria scored, total %3.")
                    .arg(pkg.scores().size())
                    .arg(pkg.reviewTemplate().leaves().size())
                    .arg(num(pkg.total())));
}

int Cli::cmdReview()
{
    ReviewService review(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    const QString sub = m_p.positional.value(2);
    if (cmd == QStringLiteral("template") && sub == QStringLiteral("show")) {
        auto tm = review.reviewTemplate(opt(QStringLiteral("--version")).toInt());
        if (!tm)
            return fail(tm.error());
        QJsonArray criteria, groups;
        QStringList lines{t("%1（第 %2 版，合格线 %3）", "%1 (version %2, pass mark %3)").arg(tm->name).arg(tm->version).arg(num(tm->passLine))};
        for (const Criterion& c : tm->criteria) {
            if (tm->isGroup(c.id)) {
                groups.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
                lines << c.name;
                continue;
            }
            criteria.append(QJsonObject{{QStringLiteral("id"), c.id},           {QStringLiteral("name"), c.name},
                                        {QStringLiteral("max"), c.maxPoints},   {QStringLiteral("weight"), c.weight},
                                        {QStringLiteral("veto"), c.veto},       {QStringLiteral("group"), c.parentId},
                                        {QStringLiteral("spread"), c.spreadThreshold}, {QStringLiteral("guidance"), c.guidance}});
            lines << t("  %1\t%2\t%3 分\t权重 %4%5", "  %1\t%2\t%3 points\tweight %4%5")
                         .arg(c.id, c.name, num(c.maxPoints), num(c.weight), c.veto ? t("\t否决项", "\tveto") : QString());
        }
        return done(QJsonObject{{QStringLiteral("version"), tm->version}, {QStringLiteral("name"), tm->name},
                                {QStringLiteral("pass_line"), tm->passLine}, {QStringLiteral("criteria"), criteria},
                                {QStringLiteral("groups"), groups}},
                    lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("template") && sub == QStringLiteral("import") && m_p.positional.size() == 4) {
        QFile f(m_p.positional.at(3));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::notFound(t("无法打开“%1”。", "cannot open '%1'.").arg(f.fileName())));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(Error::invalid(t("“%1”不是有效的 JSON：%2", "'%1' is not valid JSON: %2").arg(f.fileName(), pe.errorString())));
        auto parsed = templateFromJson(doc.object());
        if (!parsed)
            return fail(parsed.error());
        auto saved = review.saveTemplate(*parsed);
        if (!saved)
            return fail(saved.error());
        return done(templateToJson(*saved), t("已保存为评分标准第 %1 版。", "saved as template version %1.").arg(saved->version));
    }
    if (cmd == QStringLiteral("scores") && sub == QStringLiteral("import") && m_p.positional.size() == 4) {
        auto r = review.importScores(m_p.positional.at(3));
        if (!r)
            return fail(r.error());
        const QJsonObject json{{QStringLiteral("rows"), r->rows}, {QStringLiteral("sheets"), r->sheets},
                               {QStringLiteral("errors"), fieldErrors(r->errors)}};
        if (!r->errors.isEmpty()) {
            if (m_json)
                m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
            for (const FieldError& f : r->errors)
                m_err << t("第 %1 行 %2“%3”：%4", "row %1 %2 '%3': %4").arg(f.row).arg(f.label, f.value, f.message) << Qt::endl;
            m_err << t("评分文件有 %1 处错误，未写入任何评分。", "%1 errors: nothing written.").arg(r->errors.size()) << Qt::endl;
            return 1;
        }
        return done(json, t("已导入 %1 行评分（%2 张评分表）。", "imported %1 scores (%2 sheets).").arg(r->rows).arg(r->sheets));
    }
    if (cmd == QStringLiteral("result") && m_p.positional.size() == 3) {
        auto r = review.result(sub.toLongLong());
        if (!r)
            return fail(r.error());
        QStringList lines;
        for (const CriterionResult& c : r->criteria)
            lines << QStringLiteral("%1\t%2\t%3%4%5").arg(c.id, c.name, num(c.score),
                                                         c.flagged ? t("\t分歧 %1", "\tspread %1").arg(num(c.spread)) : QString(),
                                                         c.vetoed ? t("\t否决", "\tveto") : QString());
        lines << t("总分 %1（%2，%3 名专家），合格线 %4：%5", "total %1 (%2, %3 experts), pass line %4: %5")
                     .arg(num(r->total), r->method == QStringLiteral("trimmed_mean")
                                             ? t("去掉最高分和最低分后平均", "mean without the highest and lowest")
                                             : t("平均", "mean"))
                     .arg(r->experts)
                     .arg(num(r->passLine),
                          !r->complete ? t("评分未完成", "incomplete")
                                       : (r->recommended ? t("建议列入", "recommended")
                                                         : (r->veto ? t("触发否决项，不建议列入", "vetoed") : t("不建议列入", "not recommended"))));
        return done(resultJson(*r), lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("sheet") && m_p.positional.size() == 4) {
        auto s = review.sheet(sub.toLongLong(), m_p.positional.at(3).toLongLong());
        if (!s)
            return fail(s.error());
        QStringList lines;
        for (const ScoreEntry& e : s->scores)
            lines << QStringLiteral("%1\t%2\t%3").arg(e.criterionId, num(e.score), e.comment);
        return done(sheetJson(*s), lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("opinion") && m_p.positional.size() == 3) {
        auto p = review.setOpinion(sub.toLongLong(), opt(QStringLiteral("--text")));
        if (!p)
            return fail(p.error());
        return done(panelJson(*p), t("已保存专家组意见。", "panel opinion saved."));
    }
    if (cmd == QStringLiteral("list") && m_p.positional.size() == 3) {
        auto list = review.recommendedList(sub.toLongLong());
        if (!list)
            return fail(list.error());
        QJsonArray a;
        QStringList lines;
        for (const RecommendedEntry& e : *list) {
            a.append(QJsonObject{{QStringLiteral("rank"), e.rank},
                                 {QStringLiteral("filing_id"), e.filingId},
                                 {QStringLiteral("enterprise_id"), e.enterpriseId},
                                 {QStringLiteral("name"), e.enterpriseName},
                                 {QStringLiteral("status"), e.status},
                                 {QStringLiteral("total"), e.result.total},
                                 {QStringLiteral("veto"), e.result.veto},
                                 {QStringLiteral("complete"), e.result.complete},
                                 {QStringLiteral("recommended"), e.result.recommended},
                                 {QStringLiteral("opinion"), e.opinion}});
            lines << QStringLiteral("%1\t%2\t%3\t%4").arg(e.rank ? QString::number(e.rank) : QStringLiteral("-"), e.enterpriseName,
                                                         num(e.result.total), e.opinion);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("package") && sub == QStringLiteral("export") && m_p.positional.size() == 4) {
        const QString out = opt(QStringLiteral("--out"));
        if (out.isEmpty() || !has(QStringLiteral("--expert")))
            return usage(t("用法：review package export 备案编号 --expert 专家编号 --out 文件.jdreview",
                           "usage: review package export FILING_ID --expert EXPERT_ID --out FILE.jdreview"));
        auto r = review.exportPackage(m_p.positional.at(3).toLongLong(), opt(QStringLiteral("--expert")).toLongLong(), out);
        if (!r)
            return fail(r.error());
        return done(QJsonObject{{QStringLiteral("package_id"), r->packageId}, {QStringLiteral("file"), r->path},
                                {QStringLiteral("access_code"), r->accessCode}},
                    t("已写出评分包 %1。访问码：%2（只显示这一次，请交给专家本人）", "wrote %1. Access code: %2 (shown once; give it to the expert)")
                        .arg(r->path, r->accessCode));
    }
    if (cmd == QStringLiteral("package") && sub == QStringLiteral("import") && m_p.positional.size() == 4) {
        auto s = review.importPackage(m_p.positional.at(3));
        if (!s)
            return fail(s.error());
        return done(sheetJson(*s), t("已导入专家“%1”的评分（%2 项）。", "imported %1's sheet (%2 scores).").arg(s->expertName).arg(s->scores.size()));
    }
    return usage(t("用法：review template show [--version N]；review template import 文件.json；review scores import 文件.csv；"
                   "review result 备案编号；review sheet 备案编号 专家编号；review opinion 备案编号 --text 意见；review list 批次编号；"
                   "review package export 备案编号 --expert 专家编号 --out 文件；review package fill 文件 --scores 评分.csv；review package import 文件",
                   "usage: review template show [--version N]; review template import FILE.json; review scores import FILE.csv; "
                   "review result FILING_ID; review sheet FILING_ID EXPERT_ID; review opinion FILING_ID --text T; review list BATCH_ID; "
                   "review package export FILING_ID --expert ID --out FILE; review package fill FILE --scores S.csv; review package import FILE"));
}

Result<PrintableDocument> Cli::reviewDocument(const QString& kind, qint64 id)
{
    ReviewService review(*m_db, m_session);
    if (kind == QStringLiteral("recommended")) {
        auto batches = FilingService(*m_db, m_session).batches();
        if (!batches)
            return batches.error();
        QString name;
        for (const Batch& b : *batches)
            if (b.id == id)
                name = b.name;
        auto list = review.recommendedList(id);
        if (!list)
            return list.error();
        return recommendedListDocument(name, *list, m_db->clock().today());
    }
    auto f = FilingService(*m_db, m_session).get(id);
    if (!f)
        return f.error();
    auto e = EnterpriseService(*m_db, m_session).get(f->enterpriseId);
    if (!e)
        return e.error();
    ReviewSheetHeader h;
    h.filingId = id;
    h.enterpriseName = e->name;
    h.uscc = e->uscc;
    auto occupations = FilingService::occupationLines(*m_db, f->enterpriseId);
    if (!occupations)
        return occupations.error();
    h.occupations = *occupations;
    auto p = review.panel(id);
    if (p) {
        h.visitDate = p->visitDate;
        h.visitPlace = p->visitPlace;
    }
    auto tm = review.reviewTemplate(p ? p->templateVersion : 0);
    if (!tm)
        return tm.error();
    if (kind == QStringLiteral("scoresheet")) {
        if (!has(QStringLiteral("--expert")))
            return blankScoreSheet(h, *tm);
        if (!p)
            return p.error();
        auto s = review.sheet(id, opt(QStringLiteral("--expert")).toLongLong());
        if (!s)
            return s.error();
        h.expertName = s->expertName;
        return has(QStringLiteral("--blank")) ? blankScoreSheet(h, *tm) : filledScoreSheet(h, *tm, *s);
    }
    if (!p)
        return p.error();
    QList<ExpertSheet> sheets;
    for (const PanelMember& m : p->activeMembers()) {
        auto s = review.sheet(id, m.expertId);
        if (!s)
            return s.error();
        sheets << *s;
    }
    auto r = review.result(id);
    if (!r)
        return r.error();
    return panelSummarySheet(h, *tm, *p, sheets, *r);
}

} // namespace jd
