#include "core/audit/AuditLog.h"
#include "core/db/Database.h"
#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/review/Aggregation.h"
#include "core/review/ExpertService.h"
#include "core/review/ReviewPackage.h"
#include "core/review/ReviewService.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

const Session kSupervisor{QStringLiteral("shenhe"), Role::Supervisor};
const Session kClerk{QStringLiteral("luru"), Role::Clerk};
const Session kReviewer{QStringLiteral("zhuanjia"), Role::Reviewer};

// A template of three criteria, easy to compute by hand: A (max 10, weight 50),
// B (max 20, weight 50, spread threshold 4), V (veto, max 1, weight 0).
ReviewTemplate smallTemplate()
{
    ReviewTemplate t;
    t.version = 1;
    t.name = QStringLiteral("测试标准");
    t.passLine = 70;
    t.criteria = {Criterion{QStringLiteral("g"), {}, QStringLiteral("组"), {}, 0, 0, false, 0},
                  Criterion{QStringLiteral("A"), QStringLiteral("g"), QStringLiteral("甲"), {}, 10, 50, false, 3},
                  Criterion{QStringLiteral("B"), QStringLiteral("g"), QStringLiteral("乙"), {}, 20, 50, false, 4},
                  Criterion{QStringLiteral("V"), QStringLiteral("g"), QStringLiteral("否决"), {}, 1, 0, true, 0}};
    return t;
}

QList<ScoreEntry> sheetsOf(const QList<QList<double>>& perExpert)
{
    QList<ScoreEntry> out;
    for (int e = 0; e < perExpert.size(); ++e) {
        const QStringList ids{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("V")};
        for (int c = 0; c < perExpert.at(e).size(); ++c)
            out << ScoreEntry{e + 1, ids.at(c), perExpert.at(e).at(c), {}};
    }
    return out;
}

QList<QPair<qint64, QString>> panelOf(int n)
{
    QList<QPair<qint64, QString>> out;
    for (int i = 1; i <= n; ++i)
        out << qMakePair(qint64(i), QStringLiteral("专家%1").arg(i));
    return out;
}

struct World
{
    test::TestDatabase t;
    FilingService filings{t.db(), kSupervisor};
    ReviewService review{t.db(), kSupervisor};
    ExpertService experts{t.db(), kClerk};
    qint64 batch = 0;
    qint64 enterprise = 0;
    qint64 filing = 0;

    World()
    {
        batch = filings.createBatch(QStringLiteral("2019年第一批"), QDate(2019, 6, 30))->id;
        filing = newFiling(1);
    }
    qint64 newFiling(int variant)
    {
        auto e = EnterpriseService(t.db(), kClerk).create(test::sampleEnterprise(variant));
        REQUIRE(e.ok());
        enterprise = *e;
        auto f = filings.create(*e, batch, QDate(2019, 6, 20));
        REQUIRE(f.ok());
        REQUIRE(filings.setAllReceived(f->id, {}).ok());
        REQUIRE(go(f->id, FilingAction::Accept).ok());
        return f->id;
    }
    Result<Filing> go(qint64 id, FilingAction a, QString note = {})
    {
        AdvanceRequest r;
        r.action = a;
        r.date = QDate(2019, 7, 1);
        r.note = note;
        return filings.advance(id, r);
    }
    qint64 addExpert(const QString& name, int variant, const QString& employer, const QStringList& specialties = {QStringLiteral("6-31")})
    {
        Expert e;
        e.name = name;
        e.idNumber = test::validId(variant);
        e.employer = employer;
        e.specialties = specialties;
        auto added = experts.add(e);
        INFO(test::why(added));
        REQUIRE(added.ok());
        return added->id;
    }
    int count(const char* sql)
    {
        auto q = t.db().exec(QString::fromLatin1(sql));
        REQUIRE(q.ok());
        q.value().next();
        return q.value().value(0).toInt();
    }
};

} // namespace

TEST_CASE("Aggregation: mean with fewer than five experts, weighted total out of 100", "[review][aggregation]")
{
    // A: 8, 6, 7 → mean 7 → 7/10×50 = 35; B: 16, 18, 14 → mean 16 → 16/20×50 = 40; total 75.
    const ReviewResult r = aggregate(smallTemplate(), panelOf(3), sheetsOf({{8, 16, 1}, {6, 18, 1}, {7, 14, 1}}));
    CHECK(r.method == QStringLiteral("mean"));
    REQUIRE(r.criteria.size() == 3);
    CHECK(r.criteria.at(0).score == Approx(7));
    CHECK(r.criteria.at(1).score == Approx(16));
    CHECK(r.total == Approx(75));
    CHECK(r.complete);
    CHECK_FALSE(r.veto);
    CHECK(r.recommended);
    // Spread: A 8−6 = 2 ≤ 3 not flagged; B 18−14 = 4 ≤ 4 not flagged.
    CHECK_FALSE(r.criteria.at(0).flagged);
    CHECK(r.criteria.at(1).spread == Approx(4));
    CHECK_FALSE(r.criteria.at(1).flagged);
}

TEST_CASE("Aggregation: trimmed mean with five experts drops one highest and one lowest", "[review][aggregation]")
{
    // A: 10, 2, 7, 8, 6 → drop 10 and 2 → (7+8+6)/3 = 7 → 35.
    // B: 20, 11, 15, 16, 13 → drop 20 and 11 → (15+16+13)/3 = 14.67 → 14.67/20×50 = 36.675.
    // Total 71.675 → 71.68 (two decimals). A spread 8 > 3 flagged; B spread 9 > 4 flagged.
    const ReviewResult r =
        aggregate(smallTemplate(), panelOf(5), sheetsOf({{10, 20, 1}, {2, 11, 1}, {7, 15, 1}, {8, 16, 1}, {6, 13, 1}}));
    CHECK(r.method == QStringLiteral("trimmed_mean"));
    CHECK(r.criteria.at(0).score == Approx(7));
    CHECK(r.criteria.at(1).score == Approx(14.67));
    CHECK(r.total == Approx(71.68));
    CHECK(r.criteria.at(0).flagged);
    CHECK(r.criteria.at(1).flagged);
    CHECK(r.criteria.at(0).spread == Approx(8));
    CHECK(r.recommended);
}

TEST_CASE("Aggregation: a veto item failed by the panel vetoes; a lone dissent does not", "[review][aggregation]")
{
    // Veto item V: 0, 0, 1 → mean 0.33 < 0.5 → veto, though the total (A 9, B 18 → 45 + 45 = 90) passes.
    const ReviewResult vetoed = aggregate(smallTemplate(), panelOf(3), sheetsOf({{9, 18, 0}, {9, 18, 0}, {9, 18, 1}}));
    CHECK(vetoed.total == Approx(90));
    CHECK(vetoed.veto);
    CHECK(vetoed.criteria.at(2).vetoed);
    CHECK(vetoed.criteria.at(2).flagged); // experts disagree on a veto item: threshold 0
    CHECK_FALSE(vetoed.recommended);
    // 1, 1, 0 → mean 0.67 ≥ 0.5: no veto.
    const ReviewResult kept = aggregate(smallTemplate(), panelOf(3), sheetsOf({{9, 18, 1}, {9, 18, 1}, {9, 18, 0}}));
    CHECK_FALSE(kept.veto);
    CHECK(kept.recommended);
}

TEST_CASE("Aggregation: below the pass line or incomplete is not recommended", "[review][aggregation]")
{
    // A 6 → 30, B 13 → 32.5: total 62.5 < 70.
    const ReviewResult low = aggregate(smallTemplate(), panelOf(3), sheetsOf({{6, 13, 1}, {6, 13, 1}, {6, 13, 1}}));
    CHECK(low.total == Approx(62.5));
    CHECK(low.complete);
    CHECK_FALSE(low.recommended);
    // The third expert scored only A.
    const ReviewResult partial = aggregate(smallTemplate(), panelOf(3), sheetsOf({{9, 18, 1}, {9, 18, 1}, {9}}));
    CHECK_FALSE(partial.complete);
    CHECK(partial.completeSheets == 2);
    CHECK(partial.missing.size() == 2);
    CHECK(partial.missing.first().contains(QStringLiteral("专家3")));
    CHECK_FALSE(partial.recommended);
    CHECK(sheetTotal(smallTemplate(), sheetsOf({{8, 10, 1}})) == Approx(65));
}

TEST_CASE("The default template follows notice §五 and 附件3 and validates", "[review][template]")
{
    const ReviewTemplate t = defaultReviewTemplate();
    CHECK(validateTemplate(t).ok());
    CHECK(t.weightSum() == Approx(100));
    CHECK(t.groups().size() == 7);
    int vetoes = 0;
    for (const Criterion& c : t.leaves())
        vetoes += c.veto ? 1 : 0;
    CHECK(vetoes == 3);
    ReviewTemplate bad = t;
    bad.criteria[2].weight += 5; // weights now sum to 105
    bad.criteria << Criterion{QStringLiteral("c1.2"), QStringLiteral("c1"), QStringLiteral("重复"), {}, 10, 0, false, 3};
    auto s = validateTemplate(bad);
    REQUIRE_FALSE(s.ok());
    QStringList fields;
    for (const FieldError& f : s.error().fields)
        fields << f.field;
    CHECK(fields.contains(QStringLiteral("weights")));
    CHECK(fields.contains(QStringLiteral("criteria[%1].id").arg(bad.criteria.size() - 1)));
    auto round = templateFromJson(templateToJson(t));
    REQUIRE(round.ok());
    CHECK(round->criteria.size() == t.criteria.size());
    CHECK(round->leaves().at(3).weight == Approx(t.leaves().at(3).weight));
}

TEST_CASE("Templates are versioned; only administrators add one; a panel keeps its version", "[review][template]")
{
    World w;
    auto v1 = w.review.reviewTemplate();
    REQUIRE(v1.ok());
    CHECK(v1->version == 1);
    ReviewTemplate edited = *v1;
    edited.passLine = 75;
    CHECK(w.review.saveTemplate(edited).error().code == ErrorCode::NotAllowed); // supervisor
    ReviewService admin(w.t.db(), Session{QStringLiteral("admin"), Role::Admin});
    test::seedExperts(w.t.db());
    REQUIRE(w.go(w.filing, FilingAction::Schedule).ok());
    auto panel = w.review.draw(w.filing, 5, 7u);
    REQUIRE(panel.ok());
    CHECK(panel->templateVersion == 1);
    auto v2 = admin.saveTemplate(edited);
    INFO(test::why(v2));
    REQUIRE(v2.ok());
    CHECK(v2->version == 2);
    CHECK(v2->passLine == Approx(75));
    CHECK(w.review.panel(w.filing)->templateVersion == 1);
    edited.criteria[1].weight = 50; // sum ≠ 100
    CHECK(admin.saveTemplate(edited).error().code == ErrorCode::Invalid);
    CHECK(w.review.templates()->size() == 2);
}

TEST_CASE("The panel draw avoids the enterprise's own people and conflicts, fits the occupations, and repeats from its seed",
          "[review][draw]")
{
    World w;
    const QString company = test::sampleEnterprise(1).name;
    // Three who must be avoided, one who does not fit, one inactive, six who may sit.
    const qint64 sameEmployer = w.addExpert(QStringLiteral("同单位"), 5001, company + QStringLiteral("培训中心"));
    const qint64 listed = w.addExpert(QStringLiteral("李丽华"), 12, QStringLiteral("天津职业技术师范大学")); // the enterprise's expert
    const qint64 conflicted = w.addExpert(QStringLiteral("有回避"), 5003, QStringLiteral("天津大学"));
    REQUIRE(w.experts.addConflict(conflicted, w.enterprise, QStringLiteral("近三年曾为该企业提供咨询")).ok());
    const qint64 unfit = w.addExpert(QStringLiteral("不对口"), 5004, QStringLiteral("天津财经大学"), {QStringLiteral("4-01")});
    const qint64 inactive = w.addExpert(QStringLiteral("已停用"), 5005, QStringLiteral("天津理工大学"));
    REQUIRE(w.experts.setActive(inactive, false, QStringLiteral("退休")).ok());
    QList<qint64> fit;
    for (int i = 0; i < 6; ++i)
        fit << w.addExpert(QStringLiteral("专家%1").arg(i), 5100 + i, QStringLiteral("天津某学院%1").arg(i),
                           {i % 2 ? QStringLiteral("6-31-01") : QStringLiteral("6-18")});

    auto candidates = w.review.candidates(w.filing);
    REQUIRE(candidates.ok());
    for (const PanelCandidate& c : *candidates) {
        if (c.expertId == sameEmployer)
            CHECK(c.avoidReason.contains(QStringLiteral("任职")));
        if (c.expertId == listed)
            CHECK(c.avoidReason.contains(QStringLiteral("专家名单")));
        if (c.expertId == conflicted)
            CHECK(c.avoidReason.contains(QStringLiteral("咨询")));
        if (c.expertId == unfit)
            CHECK_FALSE(c.fits);
        CHECK(c.expertId != inactive);
    }

    // Seven members cannot be found among six.
    auto tooMany = w.review.draw(w.filing, 7, 1u);
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message.contains(QStringLiteral("只有 6 名")));
    CHECK(w.review.draw(w.filing, 4, 1u).error().fields.first().field == QStringLiteral("size"));

    const int audits = w.count("SELECT count(*) FROM audit_log");
    auto a = w.review.draw(w.filing, 5, 42u);
    INFO(test::why(a));
    REQUIRE(a.ok());
    CHECK(a->seed == 42u);
    CHECK(a->members.size() == 5);
    CHECK(a->candidates.size() == 6);
    for (const PanelMember& m : a->members)
        CHECK(fit.contains(m.expertId));
    CHECK(*w.review.verifyDraw(w.filing));
    CHECK(w.count("SELECT count(*) FROM audit_log") == audits + 1);

    // The same seed over the same pool gives the same panel; redrawing is allowed before scores.
    QList<qint64> first;
    for (const PanelMember& m : a->members)
        first << m.expertId;
    auto again = w.review.draw(w.filing, 5, 42u);
    REQUIRE(again.ok());
    QList<qint64> second;
    for (const PanelMember& m : again->members)
        second << m.expertId;
    CHECK(first == second);
    // Different seeds give different orders for at least one of several seeds.
    bool differs = false;
    for (quint32 s : {1u, 2u, 3u, 4u, 5u}) {
        auto other = w.review.draw(w.filing, 3, s);
        REQUIRE(other.ok());
        CHECK(*w.review.verifyDraw(w.filing));
        QList<qint64> ids;
        for (const PanelMember& m : other->members)
            ids << m.expertId;
        differs = differs || ids != first.mid(0, 3);
    }
    CHECK(differs);
    // Clerks cannot draw.
    CHECK(ReviewService(w.t.db(), kClerk).draw(w.filing, 5, 1u).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("A member is replaced with a reason, by hand or by the next of the seeded order", "[review][draw]")
{
    World w;
    test::seedExperts(w.t.db(), 8);
    auto p = w.review.draw(w.filing, 5, 9u);
    REQUIRE(p.ok());
    const qint64 leaving = p->members.first().expertId;
    CHECK(w.review.replaceMember(w.filing, leaving, 0, QString()).error().fields.first().field == QStringLiteral("reason"));
    auto replaced = w.review.replaceMember(w.filing, leaving, 0, QStringLiteral("因病不能到场"));
    INFO(test::why(replaced));
    REQUIRE(replaced.ok());
    CHECK(replaced->activeMembers().size() == 5);
    CHECK(replaced->members.size() == 6);
    const PanelMember& gone = replaced->members.last();
    CHECK(gone.expertId == leaving);
    CHECK_FALSE(gone.active);
    CHECK(gone.replacedReason == QStringLiteral("因病不能到场"));
    // The stand-in is the sixth of the seeded order: the draw still verifies.
    CHECK(*w.review.verifyDraw(w.filing));
    // By hand: the one expert left; an avoided or current member is refused.
    QSet<qint64> used;
    for (const PanelMember& m : replaced->members)
        used.insert(m.expertId);
    qint64 spare = 0;
    for (const PanelCandidate& c : *w.review.candidates(w.filing))
        if (!used.contains(c.expertId))
            spare = c.expertId;
    REQUIRE(spare != 0);
    const qint64 second = replaced->activeMembers().at(1).expertId;
    CHECK_FALSE(w.review.replaceMember(w.filing, second, replaced->activeMembers().at(2).expertId, QStringLiteral("x")).ok());
    auto byHand = w.review.replaceMember(w.filing, second, spare, QStringLiteral("回避调整"));
    REQUIRE(byHand.ok());
    CHECK(byHand->activeMembers().last().expertId == spare);
}

TEST_CASE("Score sheets: only panel members, known criteria and scores within range; nothing written on error",
          "[review][scores]")
{
    World w;
    test::seedExperts(w.t.db());
    auto p = w.review.draw(w.filing, 5, 11u);
    REQUIRE(p.ok());
    const qint64 member = p->members.first().expertId;
    ExpertSheet s{w.filing, member, {}, 0, {ScoreEntry{member, QStringLiteral("c1.2"), 8, QStringLiteral("制度齐全")}}, {}, {}, {}};
    // Before the site visit is scheduled no score is taken.
    CHECK(w.review.saveSheet(s).error().message.contains(QStringLiteral("安排现场评估")));
    REQUIRE(w.go(w.filing, FilingAction::Schedule).ok());
    REQUIRE(w.review.saveSheet(s).ok());

    const int before = w.count("SELECT count(*) FROM review_scores");
    ExpertSheet bad = s;
    bad.scores = {ScoreEntry{member, QStringLiteral("c1.2"), 11, {}}, ScoreEntry{member, QStringLiteral("c9"), 1, {}},
                  ScoreEntry{member, QStringLiteral("c1"), 1, {}}, ScoreEntry{member, QStringLiteral("c1.3"), -1, {}}};
    auto refused = w.review.saveSheet(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fields.size() == 4);
    CHECK(refused.error().message.contains(QStringLiteral("0 到 10")));
    CHECK(w.count("SELECT count(*) FROM review_scores") == before);
    ExpertSheet outsider = s;
    outsider.expertId = 999;
    CHECK(w.review.saveSheet(outsider).error().fields.first().field == QStringLiteral("expert_id"));
    // Reviewers enter their own sheets too.
    ExpertSheet byReviewer = s;
    byReviewer.scores << ScoreEntry{member, QStringLiteral("c1.3"), 7.5, {}};
    REQUIRE(ReviewService(w.t.db(), kReviewer).saveSheet(byReviewer).ok());
    CHECK(w.review.sheet(w.filing, member)->scores.size() == 2);
    // The panel cannot be redrawn once scores exist.
    CHECK(w.review.draw(w.filing, 5, 1u).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("完成评分 needs complete sheets; 列入建议名单 needs a recommended result", "[review][gate]")
{
    World w;
    REQUIRE(w.go(w.filing, FilingAction::Schedule).ok());
    auto noPanel = w.go(w.filing, FilingAction::Score);
    REQUIRE_FALSE(noPanel.ok());
    CHECK(noPanel.error().message.contains(QStringLiteral("抽取专家组")));
    test::seedExperts(w.t.db());
    REQUIRE(w.review.draw(w.filing, 5, 3u).ok());
    auto incomplete = w.go(w.filing, FilingAction::Score);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().message.contains(QStringLiteral("评分未完成")));
    test::completeReview(w.t.db(), w.filing, 0.6); // total 60 < 70
    REQUIRE(w.go(w.filing, FilingAction::Score).ok());
    auto recommend = w.go(w.filing, FilingAction::Recommend);
    REQUIRE_FALSE(recommend.ok());
    CHECK(recommend.error().message.contains(QStringLiteral("60")));
    REQUIRE(w.go(w.filing, FilingAction::NotRecommend, QStringLiteral("总分低于合格线")).ok());
    // The result the decision rests on is in the history.
    auto f = w.filings.get(w.filing);
    REQUIRE(f.ok());
    CHECK(f->status == FilingStatus::NotRecommended);
    auto r = w.review.result(w.filing);
    REQUIRE(r.ok());
    CHECK(r->total == Approx(60));
    CHECK(r->method == QStringLiteral("trimmed_mean"));
    // Sheets are closed after scoring.
    ExpertSheet late{w.filing, w.review.panel(w.filing)->members.first().expertId, {}, 0, {}, {}, {}, {}};
    CHECK(w.review.saveSheet(late).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("Score files import all-or-nothing", "[review][scores]")
{
    World w;
    test::seedExperts(w.t.db());
    REQUIRE(w.go(w.filing, FilingAction::Schedule).ok());
    auto p = w.review.draw(w.filing, 3, 5u);
    REQUIRE(p.ok());
    auto t = w.review.reviewTemplate();
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QString& text) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return dir.filePath(name);
    };
    QString good = QStringLiteral("filing_id,expert_id,criterion,score,comment\n");
    for (const PanelMember& m : p->members)
        for (const Criterion& c : t->leaves())
            good += QStringLiteral("%1,%2,%3,%4,\n").arg(w.filing).arg(m.expertId).arg(c.id).arg(c.veto ? 1 : 9);
    const QString bad = good + QStringLiteral("%1,%2,c1.2,12,\n%1,424242,c1.2,5,\n%1,%2,zz,5,\n").arg(w.filing).arg(p->members.first().expertId);
    auto refused = w.review.importScores(write(QStringLiteral("bad.csv"), bad));
    REQUIRE(refused.ok());
    CHECK(refused->errors.size() == 3); // out of range, unknown expert, unknown criterion
    CHECK(w.count("SELECT count(*) FROM review_scores") == 0);
    auto done = w.review.importScores(write(QStringLiteral("good.csv"), good));
    REQUIRE(done.ok());
    CHECK(done->errors.isEmpty());
    CHECK(done->sheets == 3);
    auto r = w.review.result(w.filing);
    REQUIRE(r->complete);
    CHECK(r->total == Approx(90));
    CHECK(r->method == QStringLiteral("mean"));
    CHECK(w.review.importScores(write(QStringLiteral("h.csv"), QStringLiteral("a,b\n"))).error().message.contains(QStringLiteral("表头")));
}

TEST_CASE("Offline package: exported for one expert, filled without the database, imported once; tampering refused",
          "[review][package]")
{
    World w;
    test::seedExperts(w.t.db());
    REQUIRE(w.go(w.filing, FilingAction::Schedule).ok());
    auto p = w.review.draw(w.filing, 5, 17u);
    REQUIRE(p.ok());
    REQUIRE(w.review.setVisit(w.filing, QDate(2019, 7, 5), QStringLiteral("企业培训基地")).ok());
    const PanelMember member = p->members.at(1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.jdreview"));
    ReviewService clerk(w.t.db(), kClerk);
    auto exported = clerk.exportPackage(w.filing, member.expertId, path);
    INFO(test::why(exported));
    REQUIRE(exported.ok());
    CHECK(exported->accessCode.size() == 14);
    CHECK_FALSE(clerk.exportPackage(w.filing, 424242, path).ok());

    // The reviewer's laptop: no database.
    CHECK(ReviewPackage::open(path, QStringLiteral("AAAA-BBBB-CCCC")).error().message.contains(QStringLiteral("访问码不正确")));
    auto opened = ReviewPackage::open(path, exported->accessCode.toLower());
    INFO(test::why(opened));
    REQUIRE(opened.ok());
    ReviewPackage pkg = *std::move(opened);
    CHECK(pkg.expertName() == member.name);
    CHECK(pkg.enterpriseName() == test::sampleEnterprise(1).name);
    CHECK(pkg.visitPlace() == QStringLiteral("企业培训基地"));
    CHECK(pkg.occupations().first().contains(QStringLiteral("6-31-01-03")));
    CHECK(pkg.setScore(QStringLiteral("c1.2"), 10.5).error().message.contains(QStringLiteral("超出范围")));
    CHECK_FALSE(pkg.setScore(QStringLiteral("nope"), 1).ok());
    for (const Criterion& c : pkg.reviewTemplate().leaves())
        REQUIRE(pkg.setScore(c.id, c.veto ? 1 : 7, QStringLiteral("现场核实")).ok());
    pkg.setOpinion(QStringLiteral("基本符合条件"));
    pkg.setSignedOn(QDate(2019, 7, 5));
    CHECK(pkg.complete());
    CHECK(pkg.total() == Approx(70));
    REQUIRE(pkg.save(path).ok());

    // A changed byte (a score raised by hand) is refused at the centre and on the laptop.
    const QString tampered = dir.filePath(QStringLiteral("tampered.jdreview"));
    {
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const qsizetype at = bytes.indexOf("\"score\": 7");
        REQUIRE(at > 0);
        bytes.replace(at, 10, "\"score\": 9");
        QFile out(tampered);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    CHECK(ReviewPackage::open(tampered, exported->accessCode).error().message.contains(QStringLiteral("改动")));
    auto refused = w.review.importPackage(tampered);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("改动")));
    CHECK(w.count("SELECT count(*) FROM review_scores") == 0);

    // Imported once.
    auto imported = w.review.importPackage(path);
    INFO(test::why(imported));
    REQUIRE(imported.ok());
    CHECK(imported->scores.size() == pkg.reviewTemplate().leaves().size());
    CHECK(imported->source == QStringLiteral("package"));
    CHECK(imported->opinion == QStringLiteral("基本符合条件"));
    auto twice = w.review.importPackage(path);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("不能重复导入")));

    // A package from another centre's database is unknown here.
    World other;
    CHECK(other.review.importPackage(path).error().message.contains(QStringLiteral("不是本数据库导出的")));
    CHECK(AuditLog(w.t.db()).verify().ok());
}

TEST_CASE("The recommended list ranks a batch's reviewed filings by total", "[review][list]")
{
    World w;
    test::seedExperts(w.t.db());
    const qint64 a = w.filing;
    const qint64 b = w.newFiling(2);
    const qint64 c = w.newFiling(3);
    for (auto [id, fraction] : {std::make_pair(a, 0.75), std::make_pair(b, 0.9), std::make_pair(c, 0.5)}) {
        REQUIRE(w.go(id, FilingAction::Schedule).ok());
        test::completeReview(w.t.db(), id, fraction);
    }
    REQUIRE(w.review.setOpinion(b, QStringLiteral("条件优良，建议列入")).ok());
    auto list = w.review.recommendedList(w.batch);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).filingId == b);
    CHECK(list->at(0).rank == 1);
    CHECK(list->at(0).result.total == Approx(90));
    CHECK(list->at(0).opinion == QStringLiteral("条件优良，建议列入"));
    CHECK(list->at(1).filingId == a);
    CHECK(list->at(1).rank == 2);
    CHECK(list->at(2).filingId == c);
    CHECK(list->at(2).rank == 0);
    CHECK_FALSE(list->at(2).result.recommended);
    CHECK(w.review.recommendedList(999).error().code == ErrorCode::NotFound);
}

TEST_CASE("Expert pool: checked fields, one entry per person, row versions, files in and out", "[review][experts]")
{
    World w;
    Expert e;
    e.name = QStringLiteral("赵强");
    e.idNumber = QStringLiteral("110101199001011234");
    e.specialties = {QStringLiteral("6-31"), QStringLiteral("电工")};
    auto refused = w.experts.add(e);
    REQUIRE_FALSE(refused.ok());
    QStringList fields;
    for (const FieldError& f : refused.error().fields)
        fields << f.field;
    CHECK(fields.contains(QStringLiteral("id_number")));
    CHECK(fields.contains(QStringLiteral("employer")));
    CHECK(fields.contains(QStringLiteral("specialties")));
    CHECK(w.count("SELECT count(*) FROM experts") == 0);

    const qint64 id = w.addExpert(QStringLiteral("赵强"), 6001, QStringLiteral("天津大学"));
    Expert dup;
    dup.name = QStringLiteral("另一人");
    dup.idNumber = test::validId(6001);
    dup.employer = QStringLiteral("某单位");
    dup.specialties = {QStringLiteral("6")};
    CHECK(w.experts.add(dup).error().message.contains(QStringLiteral("已在专家库中")));

    Expert mine = *w.experts.get(id);
    Expert theirs = *w.experts.get(id);
    theirs.title = QStringLiteral("教授");
    REQUIRE(ExpertService(w.t.db(), Session{QStringLiteral("wangwu"), Role::Supervisor}).update(theirs).ok());
    mine.region = QStringLiteral("河西区");
    auto stale = w.experts.update(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message.contains(QStringLiteral("wangwu")));
    // Reviewers see masked numbers and cannot edit.
    ExpertService reviewer(w.t.db(), kReviewer);
    CHECK(reviewer.get(id)->idNumber.contains(QLatin1Char('*')));
    CHECK(reviewer.add(dup).error().code == ErrorCode::NotAllowed);

    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("pool.csv"), QStringLiteral("pool.xlsx")}) {
        INFO(name.toStdString());
        REQUIRE(w.experts.exportFile(dir.filePath(name)).ok());
        test::TestDatabase fresh;
        REQUIRE(EnterpriseService(fresh.db(), kClerk).create(test::sampleEnterprise(1)).ok());
        ExpertService target(fresh.db(), kClerk);
        auto imported = target.importFile(dir.filePath(name));
        INFO(test::why(imported));
        REQUIRE(imported.ok());
        CHECK(imported->errors.isEmpty());
        CHECK(imported->imported == 1);
        auto list = target.list();
        REQUIRE(list->size() == 1);
        CHECK(list->first().title == QStringLiteral("教授"));
        CHECK(list->first().specialties == QStringList{QStringLiteral("6-31")});
        // Importing the same file again: the person is already there, nothing written.
        auto again = target.importFile(dir.filePath(name));
        REQUIRE(again.ok());
        CHECK(again->errors.size() == 1);
        CHECK(again->errors.first().row == 2);
        CHECK(target.list()->size() == 1);
    }
    // Conflicts given with a new expert are stored with it, or nothing is.
    Expert withConflict = dup;
    withConflict.idNumber = test::validId(6002);
    withConflict.conflicts = {ExpertConflict{w.enterprise, {}, QString()}};
    const int experts = w.count("SELECT count(*) FROM experts");
    CHECK(w.experts.add(withConflict).error().fields.first().field == QStringLiteral("conflicts[0].reason"));
    CHECK(w.count("SELECT count(*) FROM experts") == experts);
    withConflict.conflicts = {ExpertConflict{w.enterprise, {}, QStringLiteral("曾任该企业顾问")}};
    auto stored = w.experts.add(withConflict);
    REQUIRE(stored.ok());
    REQUIRE(stored->conflicts.size() == 1);
    CHECK(stored->conflicts.first().reason == QStringLiteral("曾任该企业顾问"));
}
