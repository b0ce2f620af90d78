#include "core/review/ReviewService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Dates.h"
#include "core/common/TableFile.h"
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/filing/Filing.h"
#include "core/filing/FilingService.h"
#include "core/review/ExpertService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <sodium.h>

#include <algorithm>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::ReviewService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::ReviewService)
};

using dates::ts;

QString num(double x)
{
    return QString::number(x, 'g', 10);
}

// The filing as the review sees it.
struct FilingInfo
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    qint64 batchId = 0;
    QString status;
    QString enterpriseName;
    QStringList codes;
};

Result<FilingInfo> filingInfo(const Database& db, qint64 filingId)
{
    auto q = db.exec(QStringLiteral("SELECT f.id, f.enterprise_id, f.batch_id, f.status, e.name FROM filings f "
                                    "JOIN enterprises e ON e.id = f.enterprise_id WHERE f.id = ?"),
                     {filingId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Tr::tr("备案申请 %1 不存在，请核对编号。").arg(filingId));
    FilingInfo f{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toLongLong(),
                 q.value().value(3).toString(), q.value().value(4).toString(), {}};
    auto occ = db.exec(QStringLiteral("SELECT code FROM enterprise_occupations WHERE enterprise_id = ? ORDER BY position"), {f.enterpriseId});
    if (!occ)
        return occ.error();
    while (occ.value().next())
        f.codes << occ.value().value(0).toString();
    return f;
}

// The panel is drawn, changed and given packages from acceptance until scoring is done.
bool beforeScoring(const FilingInfo& f)
{
    return f.status == QStringLiteral("materials_accepted") || f.status == QStringLiteral("site_visit");
}

// A filing's status as messages name it, in the installed language.
QString statusText(const QString& key)
{
    FilingStatus s;
    return statusFromKey(key, &s) ? translation::label(statusLabel(s), "filing status") : key;
}

// Employer names compared without spaces and bracket widths; a branch ("…天津分公司")
// counts as the enterprise itself.
QString normalizedName(QString s)
{
    s.replace(QStringLiteral("（"), QStringLiteral("(")).replace(QStringLiteral("）"), QStringLiteral(")"));
    s.remove(QLatin1Char(' ')).remove(QChar(0x3000));
    return s;
}

bool sameEmployer(const QString& employer, const QString& enterprise)
{
    const QString a = normalizedName(employer), b = normalizedName(enterprise);
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a == b || (b.size() >= 4 && a.contains(b)) || (a.size() >= 4 && b.contains(a));
}

// Why a candidate listed among the enterprise's people (by role) must stand aside.
QString listedReason(const QString& role)
{
    if (role == QStringLiteral("staff"))
        return Tr::tr("列在申报企业的专职工作人员名单中");
    if (role == QStringLiteral("expert"))
        return Tr::tr("列在申报企业的专家名单中");
    if (role == QStringLiteral("assessor"))
        return Tr::tr("列在申报企业的考评人员名单中");
    return Tr::tr("列在申报企业的质量督导人员名单中");
}

// The seeded order of a draw: a Fisher–Yates shuffle of the candidates (by id) driven by
// a Mersenne Twister seeded with `seed` — the same candidates and seed, the same order.
QList<qint64> seededOrder(QList<qint64> ids, quint32 seed)
{
    std::sort(ids.begin(), ids.end());
    QRandomGenerator rng(seed);
    for (qsizetype i = ids.size() - 1; i > 0; --i)
        std::swap(ids[i], ids[qsizetype(rng.bounded(quint32(i + 1)))]);
    return ids;
}

QJsonObject panelJson(const Panel& p)
{
    QJsonArray members;
    for (const PanelMember& m : p.members) {
        QJsonObject o{{QStringLiteral("expert_id"), m.expertId}, {QStringLiteral("name"), m.name},
                      {QStringLiteral("position"), m.position}, {QStringLiteral("active"), m.active}};
        if (!m.active) {
            o.insert(QStringLiteral("replaced_by"), m.replacedBy);
            o.insert(QStringLiteral("reason"), m.replacedReason);
        }
        members.append(o);
    }
    QJsonArray candidates;
    for (qint64 c : p.candidates)
        candidates.append(c);
    return {{QStringLiteral("filing_id"), p.filingId},       {QStringLiteral("size"), p.size},
            {QStringLiteral("seed"), qint64(p.seed)},         {QStringLiteral("candidates"), candidates},
            {QStringLiteral("template_version"), p.templateVersion},
            {QStringLiteral("visit_date"), p.visitDate.toString(Qt::ISODate)},
            {QStringLiteral("visit_place"), p.visitPlace},   {QStringLiteral("opinion"), p.opinion},
            {QStringLiteral("members"), members}};
}

QJsonObject scoresJson(const QList<ScoreEntry>& scores)
{
    QJsonObject o;
    for (const ScoreEntry& s : scores)
        o.insert(s.criterionId, s.comment.isEmpty() ? QJsonValue(s.score)
                                                    : QJsonValue(QJsonObject{{QStringLiteral("score"), s.score},
                                                                             {QStringLiteral("comment"), s.comment}}));
    return o;
}

Result<ReviewTemplate> loadTemplate(const Database& db, int version)
{
    auto q = version > 0 ? db.exec(QStringLiteral("SELECT version, name, pass_line, note, created_at, created_by FROM review_templates "
                                                  "WHERE version = ?"),
                                   {version})
                         : db.exec(QStringLiteral("SELECT version, name, pass_line, note, created_at, created_by FROM review_templates "
                                                  "ORDER BY version DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return version > 0 ? Error::notFound(Tr::tr("评分标准第 %1 版不存在。").arg(version))
                           : Error::notFound(Tr::tr("还没有评分标准，请管理员先建立。"));
    ReviewTemplate t;
    t.version = q.value().value(0).toInt();
    t.name = q.value().value(1).toString();
    t.passLine = q.value().value(2).toDouble();
    t.note = q.value().value(3).toString();
    t.createdAt = QDateTime::fromString(q.value().value(4).toString(), Qt::ISODateWithMs);
    t.createdBy = q.value().value(5).toString();
    auto c = db.exec(QStringLiteral("SELECT id, parent_id, name, guidance, max_points, weight, veto, spread_threshold FROM review_criteria "
                                    "WHERE template_version = ? ORDER BY position"),
                     {t.version});
    if (!c)
        return c.error();
    while (c.value().next()) {
        const QSqlQuery& r = c.value();
        t.criteria << Criterion{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                r.value(4).toDouble(),  r.value(5).toDouble(), r.value(6).toBool(),  r.value(7).toDouble()};
    }
    return t;
}

Status insertTemplate(const Database& db, const ReviewTemplate& t)
{
    auto ins = db.exec(QStringLiteral("INSERT INTO review_templates (version, name, pass_line, note, created_at, created_by) "
                                      "VALUES (?,?,?,?,?,?)"),
                       {t.version, t.name, t.passLine, t.note, ts(t.createdAt), t.createdBy});
    if (!ins)
        return ins.error();
    for (int i = 0; i < t.criteria.size(); ++i) {
        const Criterion& c = t.criteria.at(i);
        auto ci = db.exec(QStringLiteral("INSERT INTO review_criteria (template_version, id, parent_id, position, name, guidance, "
                                         "max_points, weight, veto, spread_threshold) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                          {t.version, c.id, c.parentId, i + 1, c.name, c.guidance, c.maxPoints, c.weight, c.veto ? 1 : 0,
                           c.spreadThreshold});
        if (!ci)
            return ci.error();
    }
    return {};
}

Result<Panel> readPanel(const Database& db, qint64 filingId)
{
    auto q = db.exec(QStringLiteral("SELECT id, size, seed, candidates, template_version, visit_date, visit_place, opinion, drawn_by, "
                                    "drawn_at FROM review_panels WHERE filing_id = ?"),
                     {filingId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Tr::tr("备案申请 %1 还没有抽取专家组。").arg(filingId));
    const QSqlQuery& r = q.value();
    Panel p;
    p.id = r.value(0).toLongLong();
    p.filingId = filingId;
    p.size = r.value(1).toInt();
    p.seed = quint32(r.value(2).toLongLong());
    for (const QJsonValue& v : QJsonDocument::fromJson(r.value(3).toString().toUtf8()).array())
        p.candidates << v.toInteger();
    p.templateVersion = r.value(4).toInt();
    p.visitDate = QDate::fromString(r.value(5).toString(), Qt::ISODate);
    p.visitPlace = r.value(6).toString();
    p.opinion = r.value(7).toString();
    p.drawnBy = r.value(8).toString();
    p.drawnAt = QDateTime::fromString(r.value(9).toString(), Qt::ISODateWithMs);
    auto m = db.exec(QStringLiteral("SELECT m.expert_id, x.name, x.employer, x.title, m.position, m.active, m.replaced_reason, "
                                    "coalesce(m.replaced_by, 0), (SELECT count(*) FROM review_scores s WHERE s.panel_id = m.panel_id "
                                    "AND s.expert_id = m.expert_id) FROM review_panel_members m JOIN experts x ON x.id = m.expert_id "
                                    "WHERE m.panel_id = ? ORDER BY m.active DESC, m.position"),
                     {p.id});
    if (!m)
        return m.error();
    while (m.value().next()) {
        const QSqlQuery& x = m.value();
        p.members << PanelMember{x.value(0).toLongLong(), x.value(1).toString(), x.value(2).toString(), x.value(3).toString(),
                                 x.value(4).toInt(),      x.value(5).toBool(),   x.value(6).toString(), x.value(7).toLongLong(),
                                 x.value(8).toInt()};
    }
    return p;
}

Result<QList<ScoreEntry>> panelScores(const Database& db, qint64 panelId)
{
    auto q = db.exec(QStringLiteral("SELECT expert_id, criterion_id, score, comment FROM review_scores WHERE panel_id = ?"), {panelId});
    if (!q)
        return q.error();
    QList<ScoreEntry> out;
    while (q.value().next())
        out << ScoreEntry{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toDouble(),
                          q.value().value(3).toString()};
    return out;
}

Result<ReviewResult> computeResult(const Database& db, qint64 filingId)
{
    auto p = readPanel(db, filingId);
    if (!p)
        return p.error();
    auto t = loadTemplate(db, p->templateVersion);
    if (!t)
        return t.error();
    auto scores = panelScores(db, p->id);
    if (!scores)
        return scores.error();
    QList<QPair<qint64, QString>> members;
    for (const PanelMember& m : p->activeMembers())
        members << qMakePair(m.expertId, m.name);
    return aggregate(*t, members, *scores);
}

// The expert's remarks on the whole sheet and the date signed.
Status writeSheetHeader(const Database& db, qint64 panelId, qint64 expertId, const QString& opinion, const QDate& signedOn,
                        const QString& source)
{
    auto h = db.exec(QStringLiteral("INSERT INTO review_sheets (panel_id, expert_id, opinion, signed_on, source) VALUES (?,?,?,?,?) "
                                    "ON CONFLICT (panel_id, expert_id) DO UPDATE SET opinion = excluded.opinion, "
                                    "signed_on = excluded.signed_on, source = excluded.source"),
                     {panelId, expertId, opinion.trimmed(), signedOn.toString(Qt::ISODate), source});
    if (!h)
        return h.error();
    return {};
}

// The active member `expertId` of the panel, or Invalid naming the filing and the expert.
Result<PanelMember> activeMember(const Panel& p, qint64 expertId)
{
    for (const PanelMember& m : p.members)
        if (m.expertId == expertId && m.active)
            return m;
    return Error::invalid(Tr::tr("专家 %1 不是备案申请 %2 专家组的现任成员。").arg(expertId).arg(p.filingId),
                          {FieldError{QStringLiteral("expert_id"), Tr::tr("专家"), Tr::tr("不在专家组中。"), 0,
                                      QString::number(expertId)}});
}

QJsonObject resultJson(const ReviewResult& r)
{
    return {{QStringLiteral("method"), r.method},     {QStringLiteral("total"), r.total},
            {QStringLiteral("veto"), r.veto},         {QStringLiteral("recommended"), r.recommended},
            {QStringLiteral("pass_line"), r.passLine}, {QStringLiteral("experts"), r.experts}};
}

} // namespace

QList<PanelMember> Panel::activeMembers() const
{
    QList<PanelMember> out;
    for (const PanelMember& m : members)
        if (m.active)
            out << m;
    return out;
}

Status reviewGate(const Database& db, qint64 filingId, const QString& action, QJsonObject* details)
{
    auto r = computeResult(db, filingId);
    if (!r) {
        if (r.error().code == ErrorCode::NotFound)
            return Error::invalid(Tr::tr("备案申请 %1 还没有专家组评分：请先抽取专家组并录入评分，再登记“完成评分”。").arg(filingId),
                                  {FieldError{QStringLiteral("review"), Tr::tr("专家评审"), Tr::tr("尚未抽取专家组。"), 0, {}}});
        return r.error();
    }
    if (details)
        details->insert(QStringLiteral("review"), resultJson(*r));
    if (action == QStringLiteral("score")) {
        if (!r->complete) {
            const QStringList shown = r->missing.mid(0, 8);
            return Error::invalid(Tr::tr("评分未完成，还缺 %1 项：\n  %2%3")
                                      .arg(r->missing.size())
                                      .arg(shown.join(QStringLiteral("\n  ")),
                                           r->missing.size() > shown.size() ? Tr::tr("\n  ……") : QString()),
                                  {FieldError{QStringLiteral("review"), Tr::tr("专家评分"),
                                              Tr::tr("%1 名专家中 %2 名的评分表已填完。").arg(r->experts).arg(r->completeSheets), 0, {}}});
        }
        return {};
    }
    if (action == QStringLiteral("recommend") && !r->recommended)
        return Error::notAllowed(r->veto ? Tr::tr("专家组评审触发否决项，不能列入建议名单；请选择“不列入建议名单”。")
                                         : Tr::tr("专家组评审总分 %1 低于合格线 %2，不能列入建议名单；请选择“不列入建议名单”。")
                                               .arg(num(r->total), num(r->passLine)));
    return {};
}

ReviewService::ReviewService(const Database& db, Session session, QObject* parent)
    : QObject(parent), m_db(db), m_session(std::move(session))
{
}

Status ReviewService::seedIfEmpty(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM review_templates"));
    if (!q)
        return q.error();
    q.value().next();
    if (q.value().value(0).toInt() > 0)
        return {};
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    ReviewTemplate t = defaultReviewTemplate();
    t.createdAt = db.clock().now();
    t.createdBy = QStringLiteral("system");
    if (Status s = insertTemplate(db, t); !s)
        return s;
    return tx.commit();
}

Result<ReviewTemplate> ReviewService::reviewTemplate(int version) const
{
    return loadTemplate(m_db, version);
}

Result<QList<ReviewTemplate>> ReviewService::templates() const
{
    auto q = m_db.exec(QStringLiteral("SELECT version FROM review_templates ORDER BY version"));
    if (!q)
        return q.error();
    QList<int> versions;
    while (q.value().next())
        versions << q.value().value(0).toInt();
    QList<ReviewTemplate> out;
    for (int v : versions) {
        auto t = loadTemplate(m_db, v);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<ReviewTemplate> ReviewService::saveTemplate(const ReviewTemplate& input)
{
    if (auto denied = m_session.refuse(Permission::EditReferenceData))
        return *denied;
    ReviewTemplate t = input;
    t.name = t.name.trimmed();
    for (Criterion& c : t.criteria) {
        c.id = c.id.trimmed();
        c.parentId = c.parentId.trimmed();
        c.name = c.name.trimmed();
        c.guidance = c.guidance.trimmed();
    }
    if (Status s = validateTemplate(t); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM review_templates"));
    if (!q)
        return q.error();
    q.value().next();
    t.version = q.value().value(0).toInt();
    t.createdAt = m_db.clock().now();
    t.createdBy = m_session.user;
    if (Status s = insertTemplate(m_db, t); !s)
        return s.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("create"), QStringLiteral("review_template"),
                                         QString::number(t.version), {}, templateToJson(t));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(0);
    return loadTemplate(m_db, t.version);
}

Result<QList<PanelCandidate>> ReviewService::candidates(qint64 filingId) const
{
    auto f = filingInfo(m_db, filingId);
    if (!f)
        return f.error();
    QSet<qint64> onPanel;
    if (auto p = readPanel(m_db, filingId))
        for (const PanelMember& m : p->activeMembers())
            onPanel.insert(m.expertId);
    QHash<QString, QString> listed; // id number → role in the enterprise's application
    auto people = m_db.exec(QStringLiteral("SELECT id_number, role FROM enterprise_people WHERE enterprise_id = ? AND id_number <> ''"),
                            {f->enterpriseId});
    if (!people)
        return people.error();
    while (people.value().next())
        listed.insert(people.value().value(0).toString(), people.value().value(1).toString());
    QHash<qint64, QString> conflicts;
    auto c = m_db.exec(QStringLiteral("SELECT expert_id, reason FROM expert_conflicts WHERE enterprise_id = ?"), {f->enterpriseId});
    if (!c)
        return c.error();
    while (c.value().next())
        conflicts.insert(c.value().value(0).toLongLong(), c.value().value(1).toString());
    auto q = m_db.exec(QStringLiteral("SELECT id, name, employer, id_number FROM experts WHERE active = 1 ORDER BY id"));
    if (!q)
        return q.error();
    QList<PanelCandidate> out;
    while (q.value().next()) {
        PanelCandidate pc;
        pc.expertId = q.value().value(0).toLongLong();
        pc.name = q.value().value(1).toString();
        pc.employer = q.value().value(2).toString();
        const QString idNumber = q.value().value(3).toString();
        if (sameEmployer(pc.employer, f->enterpriseName))
            pc.avoidReason = Tr::tr("在申报企业任职（%1）").arg(pc.employer);
        else if (listed.contains(idNumber))
            pc.avoidReason = listedReason(listed.value(idNumber));
        else if (conflicts.contains(pc.expertId))
            pc.avoidReason = Tr::tr("已申报回避：%1").arg(conflicts.value(pc.expertId));
        pc.onPanel = onPanel.contains(pc.expertId);
        out << pc;
    }
    for (PanelCandidate& pc : out) {
        auto s = m_db.exec(QStringLiteral("SELECT code FROM expert_specialties WHERE expert_id = ? ORDER BY position"), {pc.expertId});
        if (!s)
            return s.error();
        while (s.value().next())
            pc.specialties << s.value().value(0).toString();
        for (const QString& sp : std::as_const(pc.specialties))
            for (const QString& code : std::as_const(f->codes))
                pc.fits = pc.fits || specialtyCovers(sp, code);
    }
    return out;
}

Result<Panel> ReviewService::loadPanel(qint64 filingId) const
{
    return readPanel(m_db, filingId);
}

Result<Panel> ReviewService::panel(qint64 filingId) const
{
    if (auto f = filingInfo(m_db, filingId); !f)
        return f.error();
    return readPanel(m_db, filingId);
}

Result<Panel> ReviewService::draw(qint64 filingId, int size, std::optional<quint32> seed)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    if (size < 3 || size % 2 == 0)
        return Error::invalid(Tr::tr("专家组人数应为不少于 3 的奇数（如 5、7），不能是 %1。").arg(size),
                              {FieldError{QStringLiteral("size"), Tr::tr("专家组人数"), Tr::tr("应为不少于 3 的奇数。"), 0,
                                          QString::number(size)}});
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto f = filingInfo(m_db, filingId);
    if (!f)
        return f.error();
    if (!beforeScoring(*f))
        return Error::notAllowed(Tr::tr("备案申请 %1 当前状态为“%2”：专家组只能在“材料已受理”或“现场评估”阶段抽取。")
                                     .arg(filingId)
                                     .arg(statusText(f->status)));
    auto old = readPanel(m_db, filingId);
    if (old) {
        auto scores = panelScores(m_db, old->id);
        if (!scores)
            return scores.error();
        if (!scores->isEmpty())
            return Error::notAllowed(Tr::tr("备案申请 %1 的专家组已有评分，不能重新抽取；如个别专家不能到场，请“更换专家”。").arg(filingId));
    }
    auto pool = candidates(filingId);
    if (!pool)
        return pool.error();
    QList<qint64> eligible;
    int fitting = 0;
    for (const PanelCandidate& c : *pool) {
        fitting += c.fits ? 1 : 0;
        if (c.fits && c.avoidReason.isEmpty())
            eligible << c.expertId;
    }
    if (eligible.size() < size)
        return Error::invalid(Tr::tr("专家库中专业对口且无需回避的专家只有 %1 名（对口 %2 名），少于专家组人数 %3。"
                                     "请在专家库中补充该企业申报职业（%4）领域的专家，或减少人数。")
                                  .arg(eligible.size())
                                  .arg(fitting)
                                  .arg(size)
                                  .arg(f->codes.join(Tr::tr("、"))),
                              {FieldError{QStringLiteral("size"), Tr::tr("专家组人数"),
                                          Tr::tr("可抽取的专家只有 %1 名。").arg(eligible.size()), 0, QString::number(size)}});
    const quint32 s = seed ? *seed : QRandomGenerator::system()->generate();
    auto tmpl = loadTemplate(m_db, 0);
    if (!tmpl)
        return tmpl.error();
    QJsonObject before;
    if (old) {
        before = panelJson(*old);
        for (const char* sql : {"DELETE FROM review_sheets WHERE panel_id = ?", "DELETE FROM review_panel_members WHERE panel_id = ?",
                                "DELETE FROM review_panels WHERE id = ?"}) {
            auto d = m_db.exec(QString::fromLatin1(sql), {old->id});
            if (!d)
                return d.error();
        }
    }
    std::sort(eligible.begin(), eligible.end());
    QJsonArray candidateIds;
    for (qint64 id : eligible)
        candidateIds.append(id);
    auto ins = m_db.insert(QStringLiteral("INSERT INTO review_panels (filing_id, size, seed, candidates, template_version, visit_date, "
                                        "visit_place, drawn_by, drawn_at) VALUES (?,?,?,?,?,?,?,?,?)"),
                         {filingId, size, qint64(s), QString::fromUtf8(QJsonDocument(candidateIds).toJson(QJsonDocument::Compact)),
                          tmpl->version, old ? old->visitDate.toString(Qt::ISODate) : QString(), old ? old->visitPlace : QString(),
                          m_session.user, ts(m_db.clock().now())});
    if (!ins)
        return ins.error();
    const qint64 panelId = ins.value();
    const QList<qint64> order = seededOrder(eligible, s);
    for (int i = 0; i < size; ++i) {
        auto m = m_db.exec(QStringLiteral("INSERT INTO review_panel_members (panel_id, expert_id, position) VALUES (?,?,?)"),
                           {panelId, order.at(i), i + 1});
        if (!m)
            return m.error();
    }
    auto p = readPanel(m_db, filingId);
    if (!p)
        return p.error();
    if (Status st = AuditLog(m_db).append(m_session.user, old ? QStringLiteral("redraw") : QStringLiteral("draw"),
                                          QStringLiteral("review_panel"), QString::number(filingId), before, panelJson(*p));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    emit changed(filingId);
    return p;
}

Result<bool> ReviewService::verifyDraw(qint64 filingId) const
{
    auto p = panel(filingId);
    if (!p)
        return p.error();
    const QList<qint64> order = seededOrder(p->candidates, p->seed);
    QList<PanelMember> original;
    for (const PanelMember& m : p->members)
        if (m.position <= p->size)
            original << m;
    std::sort(original.begin(), original.end(), [](const PanelMember& a, const PanelMember& b) { return a.position < b.position; });
    if (original.size() != p->size || order.size() < p->size)
        return false;
    for (int i = 0; i < p->size; ++i)
        if (order.at(i) != original.at(i).expertId)
            return false;
    return true;
}

Result<Panel> ReviewService::replaceMember(qint64 filingId, qint64 expertId, qint64 newExpertId, const QString& reason)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    if (reason.trimmed().isEmpty())
        return Error::invalid(Tr::tr("更换专家需要写明理由（如“因病不能到场”）。"),
                              {FieldError{QStringLiteral("reason"), Tr::tr("更换理由"), Tr::tr("请写明理由。"), 0, {}}});
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto f = filingInfo(m_db, filingId);
    if (!f)
        return f.error();
    if (!beforeScoring(*f))
        return Error::notAllowed(Tr::tr("备案申请 %1 当前状态为“%2”，专家组已不能调整。").arg(filingId).arg(statusText(f->status)));
    auto p = readPanel(m_db, filingId);
    if (!p)
        return p.error();
    auto leaving = activeMember(*p, expertId);
    if (!leaving)
        return leaving.error();
    if (leaving->scored > 0)
        return Error::notAllowed(Tr::tr("专家“%1”已录入 %2 项评分，不能更换；请先清空其评分表。").arg(leaving->name).arg(leaving->scored));
    auto pool = candidates(filingId);
    if (!pool)
        return pool.error();
    QSet<qint64> everOnPanel;
    for (const PanelMember& m : p->members)
        everOnPanel.insert(m.expertId);
    QHash<qint64, PanelCandidate> byId;
    for (const PanelCandidate& c : *pool)
        byId.insert(c.expertId, c);
    qint64 chosen = 0;
    if (newExpertId == 0) {
        for (qint64 id : seededOrder(p->candidates, p->seed)) {
            const auto it = byId.constFind(id);
            if (!everOnPanel.contains(id) && it != byId.cend() && it->fits && it->avoidReason.isEmpty()) {
                chosen = id;
                break;
            }
        }
        if (chosen == 0)
            return Error::invalid(Tr::tr("抽取名单中已没有可递补的专家：请指定一名专家替换。"));
    } else {
        const auto it = byId.constFind(newExpertId);
        if (it == byId.cend())
            return Error::invalid(Tr::tr("专家 %1 不在专家库中或已停用。").arg(newExpertId),
                                  {FieldError{QStringLiteral("new_expert_id"), Tr::tr("替换专家"), Tr::tr("不可用。"), 0,
                                              QString::number(newExpertId)}});
        if (everOnPanel.contains(newExpertId))
            return Error::invalid(Tr::tr("专家“%1”已在（或曾在）本专家组中。").arg(it->name));
        if (!it->avoidReason.isEmpty())
            return Error::invalid(Tr::tr("专家“%1”须回避：%2。").arg(it->name, it->avoidReason),
                                  {FieldError{QStringLiteral("new_expert_id"), Tr::tr("替换专家"), it->avoidReason, 0,
                                              QString::number(newExpertId)}});
        if (!it->fits)
            return Error::invalid(Tr::tr("专家“%1”的专业领域（%2）与企业申报职业（%3）不对口。")
                                      .arg(it->name, it->specialties.join(Tr::tr("、")), f->codes.join(Tr::tr("、"))));
        chosen = newExpertId;
    }
    const QJsonObject before = panelJson(*p);
    int maxPosition = 0;
    for (const PanelMember& m : p->members)
        maxPosition = std::max(maxPosition, m.position);
    auto ins = m_db.exec(QStringLiteral("INSERT INTO review_panel_members (panel_id, expert_id, position) VALUES (?,?,?)"),
                         {p->id, chosen, maxPosition + 1});
    if (!ins)
        return ins.error();
    auto u = m_db.exec(QStringLiteral("UPDATE review_panel_members SET active = 0, replaced_by = ?, replaced_reason = ? "
                                      "WHERE panel_id = ? AND expert_id = ?"),
                       {chosen, reason.trimmed(), p->id, expertId});
    if (!u)
        return u.error();
    auto after = readPanel(m_db, filingId);
    if (!after)
        return after.error();
    if (Status st = AuditLog(m_db).append(m_session.user, QStringLiteral("replace_member"), QStringLiteral("review_panel"),
                                          QString::number(filingId), before, panelJson(*after));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    emit changed(filingId);
    return after;
}

Result<Panel> ReviewService::setVisit(qint64 filingId, const QDate& date, const QString& place)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    QList<FieldError> errors;
    if (!date.isValid())
        errors << FieldError{QStringLiteral("visit_date"), Tr::tr("现场评估日期"), Tr::tr("请填写日期（YYYY-MM-DD）。"), 0, {}};
    if (place.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("visit_place"), Tr::tr("现场评估地点"), Tr::tr("请填写地点。"), 0, {}};
    if (!errors.isEmpty())
        return Error::invalid(errors.size() == 2 ? Tr::tr("请填写现场评估的日期和地点。")
                              : !date.isValid()  ? Tr::tr("请填写现场评估的日期。")
                                                 : Tr::tr("请填写现场评估的地点。"),
                              errors);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto f = filingInfo(m_db, filingId);
    if (!f)
        return f.error();
    if (!beforeScoring(*f))
        return Error::notAllowed(Tr::tr("备案申请 %1 当前状态为“%2”，现场评估安排已不能修改。").arg(filingId).arg(statusText(f->status)));
    auto p = readPanel(m_db, filingId);
    if (!p)
        return p.error();
    const QJsonObject before = panelJson(*p);
    auto u = m_db.exec(QStringLiteral("UPDATE review_panels SET visit_date = ?, visit_place = ? WHERE id = ?"),
                       {date.toString(Qt::ISODate), place.trimmed(), p->id});
    if (!u)
        return u.error();
    auto after = readPanel(m_db, filingId);
    if (!after)
        return after.error();
    if (Status st = AuditLog(m_db).append(m_session.user, QStringLiteral("visit"), QStringLiteral("review_panel"),
                                          QString::number(filingId), before, panelJson(*after));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    emit changed(filingId);
    return after;
}

Result<Panel> ReviewService::setOpinion(qint64 filingId, const QString& opinion)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto f = filingInfo(m_db, filingId);
    if (!f)
        return f.error();
    if (f->status != QStringLiteral("site_visit") && f->status != QStringLiteral("scored"))
        return Error::notAllowed(Tr::tr("备案申请 %1 当前状态为“%2”：专家组意见在现场评估和评分阶段填写。").arg(filingId).arg(statusText(f->status)));
    auto p = readPanel(m_db, filingId);
    if (!p)
        return p.error();
    const QJsonObject before = panelJson(*p);
    auto u = m_db.exec(QStringLiteral("UPDATE review_panels SET opinion = ? WHERE id = ?"), {opinion.trimmed(), p->id});
    if (!u)
        return u.error();
    auto after = readPanel(m_db, filingId);
    if (!after)
        return after.error();
    if (Status st = AuditLog(m_db).append(m_session.user, QStringLiteral("opinion"), QStringLiteral("review_panel"),
                                          QString::number(filingId), before, panelJson(*after));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    emit changed(filingId);
    return after;
}

Result<ExpertSheet> ReviewService::sheet(qint64 filingId, qint64 expertId) const
{
    auto p = panel(filingId);
    if (!p)
        return p.error();
    ExpertSheet s;
    s.filingId = filingId;
    s.expertId = expertId;
    s.templateVersion = p->templateVersion;
    bool member = false;
    for (const PanelMember& m : p->members)
        if (m.expertId == expertId) {
            member = true;
            s.expertName = m.name;
        }
    if (!member)
        return Error::notFound(Tr::tr("专家 %1 不在备案申请 %2 的专家组中。").arg(expertId).arg(filingId));
    auto t = loadTemplate(m_db, p->templateVersion);
    if (!t)
        return t.error();
    auto q = m_db.exec(QStringLiteral("SELECT criterion_id, score, comment FROM review_scores WHERE panel_id = ? AND expert_id = ?"),
                       {p->id, expertId});
    if (!q)
        return q.error();
    QHash<QString, ScoreEntry> byId;
    while (q.value().next())
        byId.insert(q.value().value(0).toString(),
                    ScoreEntry{expertId, q.value().value(0).toString(), q.value().value(1).toDouble(), q.value().value(2).toString()});
    for (const Criterion& c : t->leaves()) // template order
        if (byId.contains(c.id))
            s.scores << byId.value(c.id);
    auto h = m_db.exec(QStringLiteral("SELECT opinion, signed_on, source FROM review_sheets WHERE panel_id = ? AND expert_id = ?"),
                       {p->id, expertId});
    if (!h)
        return h.error();
    if (h.value().next()) {
        s.opinion = h.value().value(0).toString();
        s.signedOn = QDate::fromString(h.value().value(1).toString(), Qt::ISODate);
        s.source = h.value().value(2).toString();
    }
    return s;
}

Status ReviewService::checkScoring(qint64 filingId, const Panel&) const
{
    auto f = filingInfo(m_db, filingId);
    if (!f)
        return f.error();
    if (f->status != QStringLiteral("site_visit"))
        return Error::notAllowed(Tr::tr("备案申请 %1 当前状态为“%2”：评分只能在“现场评估”阶段录入%3。")
                                     .arg(filingId)
                                     .arg(statusText(f->status),
                                          f->status == QStringLiteral("materials_accepted") ? Tr::tr("（请先登记“安排现场评估”）")
                                                                                             : QString()));
    return {};
}

Status ReviewService::writeSheet(const Panel& p, qint64 expertId, const QList<ScoreEntry>& scores, const QString& source)
{
    const QString now = ts(m_db.clock().now());
    for (const ScoreEntry& s : scores) {
        auto ins = m_db.exec(QStringLiteral("INSERT INTO review_scores (panel_id, expert_id, criterion_id, score, comment, source, entered_by, "
                                            "entered_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (panel_id, expert_id, criterion_id) DO UPDATE "
                                            "SET score = excluded.score, comment = excluded.comment, source = excluded.source, "
                                            "entered_by = excluded.entered_by, entered_at = excluded.entered_at"),
                             {p.id, expertId, s.criterionId, s.score, s.comment.trimmed(), source, m_session.user, now});
        if (!ins)
            return ins.error();
    }
    return {};
}

Result<ExpertSheet> ReviewService::saveSheet(const ExpertSheet& input)
{
    if (auto denied = m_session.refuse(Permission::EnterScores))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto p = panel(input.filingId);
    if (!p)
        return p.error();
    if (Status s = checkScoring(input.filingId, *p); !s)
        return s.error();
    if (auto member = activeMember(*p, input.expertId); !member)
        return member.error();
    auto t = loadTemplate(m_db, p->templateVersion);
    if (!t)
        return t.error();
    QList<FieldError> errors;
    QSet<QString> seen;
    for (const ScoreEntry& s : input.scores) {
        const Criterion* c = t->find(s.criterionId);
        if (!c || t->isGroup(s.criterionId))
            errors << FieldError{s.criterionId, Tr::tr("评分项"),
                                 Tr::tr("评分标准第 %1 版中没有评分项“%2”。").arg(t->version).arg(s.criterionId), 0, s.criterionId};
        else if (seen.contains(s.criterionId))
            errors << FieldError{s.criterionId, c->name, Tr::tr("同一评分项出现两次。"), 0, num(s.score)};
        else if (const QString why = checkScore(*c, s.score); !why.isEmpty())
            errors << FieldError{s.criterionId, c->name, why, 0, num(s.score)};
        seen.insert(s.criterionId);
    }
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError& e : errors)
            lines << e.message;
        return Error::invalid(Tr::tr("评分表有 %1 处错误，未保存：\n  %2").arg(errors.size()).arg(lines.join(QStringLiteral("\n  "))), errors);
    }
    auto before = sheet(input.filingId, input.expertId);
    if (!before)
        return before.error();
    auto del = m_db.exec(QStringLiteral("DELETE FROM review_scores WHERE panel_id = ? AND expert_id = ?"), {p->id, input.expertId});
    if (!del)
        return del.error();
    const QString source = input.source.isEmpty() ? QStringLiteral("entry") : input.source;
    if (Status s = writeSheet(*p, input.expertId, input.scores, source); !s)
        return s.error();
    if (Status st = writeSheetHeader(m_db, p->id, input.expertId, input.opinion, input.signedOn, source); !st)
        return st.error();
    auto after = sheet(input.filingId, input.expertId);
    if (!after)
        return after.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("scores"), QStringLiteral("review_sheet"),
                                         QStringLiteral("%1/%2").arg(input.filingId).arg(input.expertId),
                                         {{QStringLiteral("scores"), scoresJson(before->scores)}},
                                         {{QStringLiteral("scores"), scoresJson(after->scores)},
                                          {QStringLiteral("opinion"), after->opinion},
                                          {QStringLiteral("source"), source}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(input.filingId);
    return after;
}

Result<ScoreImportSummary> ReviewService::importScores(const QString& path)
{
    if (auto denied = m_session.refuse(Permission::EnterScores))
        return *denied;
    auto read = table::read(path);
    if (!read)
        return read.error();
    const QList<QStringList>& rows = read->rows;
    const QStringList header{QStringLiteral("filing_id"), QStringLiteral("expert_id"), QStringLiteral("criterion"), QStringLiteral("score")};
    QStringList got;
    if (!rows.isEmpty())
        for (const QString& h : rows.first())
            got << h.trimmed().toLower();
    while (!got.isEmpty() && got.last().isEmpty())
        got.removeLast();
    const bool withComment = got.size() == 5 && got.at(4) == QStringLiteral("comment");
    if (got.mid(0, 4) != header || (got.size() != 4 && !withComment))
        return Error::invalid(Tr::tr("评分文件的表头应为 filing_id,expert_id,criterion,score（可加 comment），文件中是 %1。")
                                  .arg(got.join(QLatin1Char(','))));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    ScoreImportSummary summary;
    struct Target
    {
        Panel panel;
        ReviewTemplate tmpl;
        QString error; // why the filing cannot take scores
        QSet<qint64> members;
    };
    QHash<qint64, Target> targets;
    QHash<QPair<qint64, qint64>, QList<ScoreEntry>> sheets;
    QSet<QString> seen;
    auto fail = [&](int row, int column, const QString& value, const QString& why) {
        summary.errors << FieldError{header.at(column), header.at(column), why, row, value};
    };
    for (int i = 1; i < rows.size(); ++i) {
        QStringList cells = rows.at(i);
        while (cells.size() < 5)
            cells << QString();
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        ++summary.rows;
        const int row = i + 1;
        bool ok = false;
        const qint64 filingId = cells.at(0).trimmed().toLongLong(&ok);
        if (!ok) {
            fail(row, 0, cells.at(0), Tr::tr("应为备案申请编号（整数）。"));
            continue;
        }
        if (!targets.contains(filingId)) {
            Target t;
            auto p = panel(filingId);
            if (!p)
                t.error = p.error().message;
            else {
                t.panel = *p;
                if (Status s = checkScoring(filingId, *p); !s)
                    t.error = s.error().message;
                auto tm = loadTemplate(m_db, p->templateVersion);
                if (!tm)
                    return tm.error();
                t.tmpl = *tm;
                for (const PanelMember& m : p->activeMembers())
                    t.members.insert(m.expertId);
            }
            targets.insert(filingId, t);
        }
        const Target& t = targets[filingId];
        if (!t.error.isEmpty()) {
            fail(row, 0, cells.at(0), t.error);
            continue;
        }
        const qint64 expertId = cells.at(1).trimmed().toLongLong(&ok);
        if (!ok || !t.members.contains(expertId)) {
            fail(row, 1, cells.at(1), Tr::tr("专家 %1 不是备案申请 %2 专家组的现任成员。").arg(cells.at(1).trimmed()).arg(filingId));
            continue;
        }
        const QString cid = cells.at(2).trimmed();
        const Criterion* c = t.tmpl.find(cid);
        if (!c || t.tmpl.isGroup(cid)) {
            fail(row, 2, cid, Tr::tr("评分标准第 %1 版中没有评分项“%2”（用 review template show 查看编号）。").arg(t.tmpl.version).arg(cid));
            continue;
        }
        const double score = cells.at(3).trimmed().toDouble(&ok);
        if (!ok) {
            fail(row, 3, cells.at(3), Tr::tr("得分应为数字。"));
            continue;
        }
        if (const QString why = checkScore(*c, score); !why.isEmpty()) {
            fail(row, 3, cells.at(3), why);
            continue;
        }
        const QString key = QStringLiteral("%1/%2/%3").arg(filingId).arg(expertId).arg(cid);
        if (seen.contains(key)) {
            fail(row, 2, cid, Tr::tr("同一专家对同一评分项的得分在文件中出现多次。"));
            continue;
        }
        seen.insert(key);
        sheets[qMakePair(filingId, expertId)] << ScoreEntry{expertId, cid, score, withComment ? cells.at(4).trimmed() : QString()};
    }
    if (!summary.errors.isEmpty())
        return summary; // nothing written
    QSet<qint64> touched;
    for (auto it = sheets.cbegin(); it != sheets.cend(); ++it) {
        const Target& t = targets[it.key().first];
        if (Status s = writeSheet(t.panel, it.key().second, it.value(), QStringLiteral("import")); !s)
            return s.error();
        auto h = m_db.exec(QStringLiteral("INSERT INTO review_sheets (panel_id, expert_id, source) VALUES (?,?,'import') "
                                          "ON CONFLICT (panel_id, expert_id) DO UPDATE SET source = 'import'"),
                           {t.panel.id, it.key().second});
        if (!h)
            return h.error();
        if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("import"), QStringLiteral("review_sheet"),
                                             QStringLiteral("%1/%2").arg(it.key().first).arg(it.key().second), {},
                                             {{QStringLiteral("scores"), scoresJson(it.value())}, {QStringLiteral("file"), path}});
            !s)
            return s.error();
        touched.insert(it.key().first);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    summary.sheets = int(sheets.size());
    for (qint64 id : touched)
        emit changed(id);
    return summary;
}

Result<ReviewResult> ReviewService::result(qint64 filingId) const
{
    if (auto f = filingInfo(m_db, filingId); !f)
        return f.error();
    return computeResult(m_db, filingId);
}

Result<QList<RecommendedEntry>> ReviewService::recommendedList(qint64 batchId) const
{
    auto b = m_db.exec(QStringLiteral("SELECT 1 FROM batches WHERE id = ?"), {batchId});
    if (!b)
        return b.error();
    if (!b.value().next())
        return Error::notFound(Tr::tr("批次 %1 不存在。").arg(batchId));
    auto q = m_db.exec(QStringLiteral("SELECT f.id, f.enterprise_id, e.name, f.status, p.opinion FROM filings f "
                                      "JOIN enterprises e ON e.id = f.enterprise_id JOIN review_panels p ON p.filing_id = f.id "
                                      "WHERE f.batch_id = ? ORDER BY f.id"),
                       {batchId});
    if (!q)
        return q.error();
    QList<RecommendedEntry> out;
    while (q.value().next()) {
        RecommendedEntry e;
        e.filingId = q.value().value(0).toLongLong();
        e.enterpriseId = q.value().value(1).toLongLong();
        e.enterpriseName = q.value().value(2).toString();
        e.status = q.value().value(3).toString();
        e.opinion = q.value().value(4).toString();
        out << e;
    }
    for (RecommendedEntry& e : out) {
        auto r = computeResult(m_db, e.filingId);
        if (!r)
            return r.error();
        e.result = *r;
        e.scored = r->complete;
    }
    std::stable_sort(out.begin(), out.end(), [](const RecommendedEntry& a, const RecommendedEntry& b) {
        if (a.result.recommended != b.result.recommended)
            return a.result.recommended;
        if (a.result.total != b.result.total)
            return a.result.total > b.result.total;
        return a.filingId < b.filingId;
    });
    int rank = 0;
    for (RecommendedEntry& e : out)
        if (e.result.recommended)
            e.rank = ++rank;
    return out;
}

Result<PackageExport> ReviewService::exportPackage(qint64 filingId, qint64 expertId, const QString& path)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto f = filingInfo(m_db, filingId);
    if (!f)
        return f.error();
    if (!beforeScoring(*f))
        return Error::notAllowed(Tr::tr("备案申请 %1 当前状态为“%2”：离线评分包只在现场评估前后导出。").arg(filingId).arg(statusText(f->status)));
    auto p = readPanel(m_db, filingId);
    if (!p)
        return p.error();
    auto member = activeMember(*p, expertId);
    if (!member)
        return member.error();
    auto t = loadTemplate(m_db, p->templateVersion);
    if (!t)
        return t.error();
    auto occupations = FilingService::occupationLines(m_db, f->enterpriseId);
    if (!occupations)
        return occupations.error();
    if (sodium_init() < 0)
        return Error::storage(Tr::tr("加密组件初始化失败。"));
    ReviewPackage pkg;
    pkg.m_packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pkg.m_filingId = filingId;
    pkg.m_expertId = expertId;
    pkg.m_expertName = member->name;
    pkg.m_enterpriseName = f->enterpriseName;
    pkg.m_occupations = *occupations;
    pkg.m_visitDate = p->visitDate;
    pkg.m_visitPlace = p->visitPlace;
    pkg.m_createdAt = m_db.clock().now();
    pkg.m_createdBy = m_session.user;
    pkg.m_template = *t;
    pkg.m_salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(pkg.m_salt.data(), size_t(pkg.m_salt.size()));
    const QString code = ReviewPackage::newAccessCode();
    pkg.m_key = ReviewPackage::deriveKey(code, pkg.m_salt);
    if (pkg.m_key.isEmpty())
        return Error::storage(Tr::tr("生成评分包密钥失败。"));
    auto ins = m_db.exec(QStringLiteral("INSERT INTO review_packages (id, filing_id, expert_id, salt, key_hex, created_by, created_at) "
                                        "VALUES (?,?,?,?,?,?,?)"),
                         {pkg.m_packageId, filingId, expertId, QString::fromLatin1(pkg.m_salt.toHex()),
                          QString::fromLatin1(pkg.m_key.toHex()), m_session.user, ts(pkg.m_createdAt)});
    if (!ins)
        return ins.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("export"), QStringLiteral("review_package"), pkg.m_packageId, {},
                                         {{QStringLiteral("filing_id"), filingId}, {QStringLiteral("expert_id"), expertId},
                                          {QStringLiteral("file"), QFileInfo(path).fileName()}});
        !s)
        return s.error();
    if (Status s = pkg.save(path); !s)
        return s.error();
    if (Status s = tx.commit(); !s) {
        QFile::remove(path);
        return s.error();
    }
    return PackageExport{pkg.m_packageId, path, code};
}

Result<ExpertSheet> ReviewService::importPackage(const QString& path)
{
    if (auto denied = m_session.refuse(Permission::EnterScores))
        return *denied;
    auto id = ReviewPackage::packageIdOf(path);
    if (!id)
        return id.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto q = m_db.exec(QStringLiteral("SELECT filing_id, expert_id, key_hex, imported_by, imported_at FROM review_packages WHERE id = ?"), {*id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::invalid(Tr::tr("评分包“%1”不是本数据库导出的（编号 %2 无记录），不能导入。").arg(QFileInfo(path).fileName(), *id));
    const qint64 filingId = q.value().value(0).toLongLong();
    const qint64 expertId = q.value().value(1).toLongLong();
    const QByteArray key = QByteArray::fromHex(q.value().value(2).toString().toLatin1());
    if (!q.value().value(4).toString().isEmpty())
        return Error::notAllowed(Tr::tr("该评分包已于 %1 由“%2”导入，不能重复导入。")
                                     .arg(QDateTime::fromString(q.value().value(4).toString(), Qt::ISODateWithMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                          q.value().value(3).toString()));
    auto pkg = ReviewPackage::openWithKey(path, key);
    if (!pkg)
        return pkg.error();
    if (pkg->filingId() != filingId || pkg->expertId() != expertId)
        return Error::invalid(Tr::tr("评分包写明的备案申请或专家与导出记录不符（记录：备案申请 %1、专家 %2），不能导入。").arg(filingId).arg(expertId));
    auto p = readPanel(m_db, filingId);
    if (!p)
        return p.error();
    if (Status s = checkScoring(filingId, *p); !s)
        return s.error();
    if (pkg->reviewTemplate().version != p->templateVersion)
        return Error::invalid(Tr::tr("评分包按评分标准第 %1 版填写，而专家组使用第 %2 版，不能导入。")
                                  .arg(pkg->reviewTemplate().version)
                                  .arg(p->templateVersion));
    if (auto member = activeMember(*p, expertId); !member)
        return Error::invalid(Tr::tr("专家“%1”已不在备案申请 %2 的专家组中，其评分包不能导入。").arg(pkg->expertName()).arg(filingId));
    auto existing = sheet(filingId, expertId);
    if (!existing)
        return existing.error();
    if (!existing->scores.isEmpty())
        return Error::notAllowed(Tr::tr("专家“%1”已有 %2 项评分（%3），评分包未导入；如以评分包为准，请先清空该专家的评分表。")
                                     .arg(pkg->expertName())
                                     .arg(existing->scores.size())
                                     .arg(existing->source == QStringLiteral("package") ? Tr::tr("来自另一评分包") : Tr::tr("已录入")));
    if (!pkg->complete())
        return Error::invalid(Tr::tr("评分包尚未填完（已评 %1 项，共 %2 项），请专家填完后再导入。")
                                  .arg(pkg->scores().size())
                                  .arg(pkg->reviewTemplate().leaves().size()));
    ExpertSheet s;
    s.filingId = filingId;
    s.expertId = expertId;
    s.scores = pkg->scores();
    s.opinion = pkg->opinion();
    s.signedOn = pkg->signedOn();
    s.source = QStringLiteral("package");
    // Written here rather than through saveSheet so that the sheet and the package's
    // "imported" mark commit together.
    auto t = loadTemplate(m_db, p->templateVersion);
    if (!t)
        return t.error();
    for (const ScoreEntry& e : s.scores) {
        const Criterion* c = t->find(e.criterionId);
        if (!c)
            return Error::invalid(Tr::tr("评分包中的评分项“%1”不在评分标准中。").arg(e.criterionId));
        if (const QString why = checkScore(*c, e.score); !why.isEmpty())
            return Error::invalid(why);
    }
    if (Status st = writeSheet(*p, expertId, s.scores, s.source); !st)
        return st.error();
    if (Status st = writeSheetHeader(m_db, p->id, expertId, s.opinion, s.signedOn, s.source); !st)
        return st.error();
    QFile file(path);
    QString sha;
    if (file.open(QIODevice::ReadOnly))
        sha = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    auto u = m_db.exec(QStringLiteral("UPDATE review_packages SET imported_by = ?, imported_at = ? WHERE id = ?"),
                       {m_session.user, ts(m_db.clock().now()), *id});
    if (!u)
        return u.error();
    if (Status st = AuditLog(m_db).append(m_session.user, QStringLiteral("import"), QStringLiteral("review_package"), *id, {},
                                          {{QStringLiteral("filing_id"), filingId}, {QStringLiteral("expert_id"), expertId},
                                           {QStringLiteral("scores"), scoresJson(s.scores)}, {QStringLiteral("sha256"), sha}});
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    emit changed(filingId);
    return sheet(filingId, expertId);
}

} // namespace jd
