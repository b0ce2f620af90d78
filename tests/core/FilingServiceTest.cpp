#include "core/audit/AuditLog.h"
#include "core/filing/Checklist.h"
#include "core/filing/FilingService.h"
#include "core/filing/FilingStateMachine.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace jd;

namespace {

const Session kSupervisor{QStringLiteral("shenhe"), Role::Supervisor};
const Session kClerk{QStringLiteral("luru"), Role::Clerk};

struct World
{
    test::TestDatabase t;
    FilingService supervisor{t.db(), kSupervisor};
    FilingService clerk{t.db(), kClerk};
    qint64 batch = 0;

    World()
    {
        auto b = supervisor.createBatch(QStringLiteral("2019年第一批"), QDate(2019, 6, 30));
        REQUIRE(b.ok());
        batch = b->id;
    }
    qint64 enterprise(int variant)
    {
        auto id = EnterpriseService(t.db(), kClerk).create(test::sampleEnterprise(variant));
        REQUIRE(id.ok());
        return *id;
    }
    qint64 filing(int variant, QDate received = QDate(2019, 6, 20))
    {
        auto f = clerk.create(enterprise(variant), batch, received);
        INFO(test::why(f));
        REQUIRE(f.ok());
        return f->id;
    }
    Result<Filing> go(qint64 id, FilingAction a, QDate date, QString note = {}, QString doc = {})
    {
        AdvanceRequest r;
        r.action = a;
        r.date = date;
        r.note = note;
        r.docNumber = doc;
        return supervisor.advance(id, r);
    }
    // Takes a filing from submitted to filed (ministry re-check passed) on `ministryDate`.
    void toFiled(qint64 id, QDate ministryDate)
    {
        REQUIRE(clerk.setAllReceived(id, {}).ok());
        QDate d(2019, 7, 1);
        REQUIRE(go(id, FilingAction::Accept, d).ok());
        REQUIRE(go(id, FilingAction::Schedule, d.addDays(3)).ok());
        test::completeReview(t.db(), id);
        REQUIRE(go(id, FilingAction::Score, d.addDays(10)).ok());
        REQUIRE(go(id, FilingAction::Recommend, d.addDays(12)).ok());
        REQUIRE(go(id, FilingAction::Approve, d.addDays(20), {}, QStringLiteral("津人社函〔2019〕88号")).ok());
        REQUIRE(go(id, FilingAction::Report, d.addDays(25)).ok());
        auto filed = go(id, FilingAction::MinistryAccept, ministryDate, {}, QStringLiteral("人社鉴函〔2019〕9号"));
        INFO(test::why(filed));
        REQUIRE(filed.ok());
        REQUIRE(filed->status == FilingStatus::Filed);
    }
};

} // namespace

TEST_CASE("A filing records receipt, lateness and its checklist", "[filing]")
{
    World w;
    auto onTime = w.clerk.get(w.filing(1, QDate(2019, 6, 30)));
    REQUIRE(onTime.ok());
    CHECK(onTime->status == FilingStatus::Submitted);
    CHECK_FALSE(onTime->late);
    CHECK(onTime->checklist.size() == checklist::items().size());
    CHECK(onTime->history.size() == 1);
    CHECK(onTime->history.first().actor == QStringLiteral("luru"));
    auto late = w.clerk.get(w.filing(2, QDate(2019, 7, 1)));
    CHECK(late->late);
    // Received in the future, unknown batch, second open filing: refused.
    CHECK(w.clerk.create(w.enterprise(3), w.batch, QDate(2030, 1, 1)).error().code == ErrorCode::Invalid);
    CHECK(w.clerk.create(w.enterprise(4), 999, QDate(2019, 6, 1)).error().code == ErrorCode::NotFound);
    CHECK(w.clerk.create(onTime->enterpriseId, w.batch, QDate(2019, 6, 30)).error().code == ErrorCode::NotAllowed);
    CHECK(w.clerk.createBatch(QStringLiteral("x"), QDate(2019, 1, 1)).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("Every transition of the state machine, legal and illegal", "[filing][state]")
{
    // From every status, every action: allowed exactly when DESIGN §2 lists it.
    const QList<Transition>& table = FilingStateMachine::transitions();
    for (FilingStatus from : allStatuses()) {
        for (FilingAction a : allActions()) {
            bool listed = false;
            for (const Transition& t : table)
                listed = listed || (t.from == from && t.action == a);
            INFO(statusKey(from).toStdString() + " / " + actionKey(a).toStdString());
            CHECK(FilingStateMachine::next(from, a).has_value() == listed);
        }
    }
    CHECK(*FilingStateMachine::next(FilingStatus::Suspended, FilingAction::Reinstate, FilingStatus::Formal) ==
          FilingStatus::Formal);
    CHECK(FilingStateMachine::allowedFor(FilingStatus::Submitted, kClerk).isEmpty());
    CHECK(FilingStateMachine::allowedFor(FilingStatus::Returned, kClerk) == QList<FilingAction>{FilingAction::Resubmit});
    CHECK(FilingStateMachine::allowedFor(FilingStatus::Submitted, kSupervisor).size() == 3);
}

TEST_CASE("An illegal transition is refused with the possible ones and changes nothing", "[filing][state]")
{
    World w;
    const qint64 id = w.filing(1);
    auto r = w.go(id, FilingAction::Publish, QDate(2019, 7, 1));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotAllowed);
    CHECK(r.error().message.contains(QStringLiteral("受理（accept）")));
    CHECK(r.error().message.contains(QStringLiteral("退回补正（return）")));
    auto f = w.supervisor.get(id);
    CHECK(f->status == FilingStatus::Submitted);
    CHECK(f->history.size() == 1);
    // A clerk cannot decide.
    AdvanceRequest accept;
    accept.action = FilingAction::Accept;
    accept.overrideReason = QStringLiteral("x");
    auto byClerk = w.clerk.advance(id, accept);
    REQUIRE_FALSE(byClerk.ok());
    CHECK(byClerk.error().code == ErrorCode::NotAllowed);
    CHECK(byClerk.error().message.contains(QStringLiteral("录入员")));
}

TEST_CASE("Acceptance needs every mandatory item, or a supervisor's recorded override", "[filing][checklist]")
{
    World w;
    const qint64 id = w.filing(1);
    REQUIRE(w.clerk.setAllReceived(id, {}).ok());
    REQUIRE(w.clerk.setChecklistItem(id, QStringLiteral("a3_it"), ItemState::Missing, QStringLiteral("未提交")).ok());
    // The optional item may stay missing.
    REQUIRE(w.clerk.setChecklistItem(id, QStringLiteral("a2_plan_suggestions"), ItemState::Missing, {}).ok());
    auto refused = w.go(id, FilingAction::Accept, QDate(2019, 7, 1));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("信息化管理方案")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("相关建议")));
    CHECK(w.clerk.setChecklistItem(id, QStringLiteral("nonsense"), ItemState::Received, {}).error().code == ErrorCode::Invalid);

    AdvanceRequest r;
    r.action = FilingAction::Accept;
    r.date = QDate(2019, 7, 1);
    r.overrideReason = QStringLiteral("信息化方案已承诺一周内补交");
    auto accepted = w.supervisor.advance(id, r);
    REQUIRE(accepted.ok());
    CHECK(accepted->status == FilingStatus::MaterialsAccepted);
    CHECK(accepted->checklistOverrideReason == r.overrideReason);
    // The checklist is closed once accepted.
    CHECK(w.clerk.setChecklistItem(id, QStringLiteral("a3_it"), ItemState::Received, {}).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("Return for correction keeps the defects and the resubmission", "[filing][return]")
{
    World w;
    const qint64 id = w.filing(1);
    REQUIRE(w.clerk.setAllReceived(id, {}).ok());
    REQUIRE(w.clerk.setChecklistItem(id, QStringLiteral("a2_licence"), ItemState::Defective, QStringLiteral("未盖章")).ok());
    AdvanceRequest r;
    r.action = FilingAction::Return;
    r.date = QDate(2019, 6, 25);
    r.defects = {QStringLiteral("实施方案缺少时间安排的具体日期")};
    auto returned = w.supervisor.advance(id, r);
    REQUIRE(returned.ok());
    CHECK(returned->status == FilingStatus::Returned);
    const HistoryEntry& h = returned->history.last();
    CHECK(h.defects.size() == 2);
    CHECK(h.defects.contains(QStringLiteral("实施方案缺少时间安排的具体日期")));
    CHECK(h.defects.join(QString()).contains(QStringLiteral("未盖章")));
    // The enterprise corrects and the clerk records the resubmission.
    REQUIRE(w.clerk.setChecklistItem(id, QStringLiteral("a2_licence"), ItemState::Received, QStringLiteral("已补盖章")).ok());
    AdvanceRequest again;
    again.action = FilingAction::Resubmit;
    again.date = QDate(2019, 6, 28);
    again.note = QStringLiteral("补正材料已收到");
    auto resubmitted = w.clerk.advance(id, again);
    REQUIRE(resubmitted.ok());
    CHECK(resubmitted->status == FilingStatus::Submitted);
    CHECK(resubmitted->history.size() == 3);
    CHECK(w.go(id, FilingAction::Accept, QDate(2019, 7, 1)).ok());
    // A return with nothing to correct is refused.
    const qint64 other = w.filing(2);
    REQUIRE(w.clerk.setAllReceived(other, {}).ok());
    CHECK(w.go(other, FilingAction::Return, QDate(2019, 7, 1)).error().fields.first().field == QStringLiteral("defects"));
}

TEST_CASE("Decisions need their documents and reasons; dates cannot go back or forward", "[filing][bad-input]")
{
    World w;
    const qint64 id = w.filing(1);
    REQUIRE(w.clerk.setAllReceived(id, {}).ok());
    CHECK(w.go(id, FilingAction::Reject, QDate(2019, 7, 1)).error().fields.first().field == QStringLiteral("note"));
    CHECK(w.go(id, FilingAction::Accept, QDate(2019, 6, 1)).error().message.contains(QStringLiteral("早于上一步")));
    CHECK(w.go(id, FilingAction::Accept, QDate(2030, 6, 1)).error().message.contains(QStringLiteral("晚于今天")));
    REQUIRE(w.go(id, FilingAction::Accept, QDate(2019, 7, 1)).ok());
    REQUIRE(w.go(id, FilingAction::Schedule, QDate(2019, 7, 2)).ok());
    test::completeReview(w.t.db(), id);
    REQUIRE(w.go(id, FilingAction::Score, QDate(2019, 7, 3)).ok());
    REQUIRE(w.go(id, FilingAction::Recommend, QDate(2019, 7, 4)).ok());
    auto noDoc = w.go(id, FilingAction::Approve, QDate(2019, 7, 5));
    REQUIRE_FALSE(noDoc.ok());
    CHECK(noDoc.error().fields.first().field == QStringLiteral("doc_number"));
    auto approved = w.go(id, FilingAction::Approve, QDate(2019, 7, 5), {}, QStringLiteral("津人社函〔2019〕1号"));
    REQUIRE(approved.ok());
    CHECK(approved->approvalDoc == QStringLiteral("津人社函〔2019〕1号"));
    auto reported = w.go(id, FilingAction::Report, QDate(2019, 7, 8));
    CHECK(reported->ministrySent == QDate(2019, 7, 8));
    CHECK_FALSE(w.go(id, FilingAction::MinistryReject, QDate(2019, 8, 1)).ok());
    auto rejected = w.go(id, FilingAction::MinistryReject, QDate(2019, 8, 1), {}, QStringLiteral("人社鉴函〔2019〕3号"));
    REQUIRE(rejected.ok());
    CHECK(rejected->status == FilingStatus::MinistryRejected);
    CHECK(rejected->ministryDoc == QStringLiteral("人社鉴函〔2019〕3号"));
    // Ended: nothing more is possible, and the enterprise may apply again.
    CHECK(w.supervisor.availableActions(id)->isEmpty());
    CHECK(w.clerk.create(rejected->enterpriseId, w.batch, QDate(2019, 8, 2)).ok());
}

TEST_CASE("Publication assigns OrgSerials in filing order and versions the catalogue", "[filing][catalogue]")
{
    World w;
    const qint64 a = w.filing(1, QDate(2019, 6, 10));
    const qint64 b = w.filing(2, QDate(2019, 6, 5));
    const qint64 c = w.filing(3, QDate(2019, 6, 1));
    w.toFiled(a, QDate(2019, 9, 1));
    w.toFiled(b, QDate(2019, 9, 1)); // same ministry date as a, received earlier: b first
    w.toFiled(c, QDate(2019, 9, 3));
    auto outOfOrder = w.go(a, FilingAction::Publish, QDate(2019, 9, 5));
    REQUIRE_FALSE(outOfOrder.ok());
    CHECK(outOfOrder.error().message.contains(QStringLiteral("备案申请 %1").arg(b)));
    REQUIRE(w.go(b, FilingAction::Publish, QDate(2019, 9, 5)).ok());
    REQUIRE(w.go(a, FilingAction::Publish, QDate(2019, 9, 5)).ok());
    REQUIRE(w.go(c, FilingAction::Publish, QDate(2019, 9, 6)).ok());
    auto fa = w.supervisor.get(a), fb = w.supervisor.get(b), fc = w.supervisor.get(c);
    CHECK(*w.supervisor.orgSerialOf(fb->enterpriseId) == QStringLiteral("000001"));
    CHECK(*w.supervisor.orgSerialOf(fa->enterpriseId) == QStringLiteral("000002"));
    CHECK(*w.supervisor.orgSerialOf(fc->enterpriseId) == QStringLiteral("000003"));

    auto latest = w.supervisor.catalogue();
    REQUIRE(latest.ok());
    CHECK(latest->version == 3);
    REQUIRE(latest->entries.size() == 3);
    CHECK(latest->entries.first().orgSerial == QStringLiteral("000001"));
    CHECK(latest->entries.first().occupations.first().contains(QStringLiteral("6-31-01-03")));
    CHECK(w.supervisor.catalogue(1)->entries.size() == 1);

    // Termination takes the enterprise out of the next version; its serial is kept for ever.
    auto terminated = w.go(a, FilingAction::Terminate, QDate(2019, 12, 20), QStringLiteral("严重违规"));
    REQUIRE(terminated.ok());
    auto v4 = w.supervisor.catalogue();
    CHECK(v4->version == 4);
    CHECK(v4->entries.size() == 2);
    CHECK(w.supervisor.catalogue(3)->entries.size() == 3); // earlier versions stay as they were
    CHECK(*w.supervisor.orgSerialOf(fa->enterpriseId) == QStringLiteral("000002"));
    CHECK_FALSE(w.t.db().exec(QStringLiteral("DELETE FROM org_serials WHERE serial = 2")).ok());
    // A decision dated before the newest version is refused.
    CHECK(w.go(c, FilingAction::Suspend, QDate(2019, 12, 1), QStringLiteral("整改")).error().code == ErrorCode::Invalid);
    REQUIRE(w.go(c, FilingAction::Suspend, QDate(2020, 1, 2), QStringLiteral("抽查发现问题，暂停整改")).ok());
    CHECK(w.supervisor.catalogue()->entries.size() == 1);
    auto back = w.go(c, FilingAction::Reinstate, QDate(2020, 3, 2), QStringLiteral("整改完成"));
    REQUIRE(back.ok());
    CHECK(back->status == FilingStatus::Published);
    CHECK(w.supervisor.catalogue()->entries.size() == 2);
    CHECK(w.supervisor.catalogueVersions()->size() == 6);
    CHECK(w.supervisor.catalogue(99).error().code == ErrorCode::NotFound);
}

TEST_CASE("Phase evaluation: pass makes formal, fail terminates; both are recorded", "[filing][evaluation]")
{
    World w;
    const qint64 a = w.filing(1);
    const qint64 b = w.filing(2);
    w.toFiled(a, QDate(2019, 9, 1));
    w.toFiled(b, QDate(2019, 9, 2));
    REQUIRE(w.go(a, FilingAction::Publish, QDate(2019, 9, 5)).ok());
    REQUIRE(w.go(b, FilingAction::Publish, QDate(2019, 9, 5)).ok());
    CHECK(w.supervisor.evaluate(a, true, QString(), QDate(2019, 12, 20)).error().code == ErrorCode::Invalid);
    auto pass = w.supervisor.evaluate(a, true, QStringLiteral("台账完整，认定规范"), QDate(2019, 12, 20));
    REQUIRE(pass.ok());
    CHECK(pass->status == FilingStatus::Formal);
    auto fail = w.supervisor.evaluate(b, false, QStringLiteral("未建立工作台账"), QDate(2019, 12, 20));
    REQUIRE(fail.ok());
    CHECK(fail->status == FilingStatus::Terminated);
    CHECK(fail->history.last().note.contains(QStringLiteral("取消试点资格")));
    auto rows = w.t.db().exec(QStringLiteral("SELECT result FROM phase_evaluations ORDER BY id"));
    REQUIRE(rows.value().next());
    CHECK(rows.value().value(0).toString() == QStringLiteral("pass"));
    REQUIRE(rows.value().next());
    CHECK(rows.value().value(0).toString() == QStringLiteral("fail"));
    CHECK(w.supervisor.catalogue()->entries.size() == 1);
    // A formal enterprise can still be terminated or suspended; a terminated one nothing.
    CHECK(w.supervisor.availableActions(a)->contains(FilingAction::Terminate));
    CHECK(w.supervisor.availableActions(b)->isEmpty());
}

TEST_CASE("Eligibility warnings are shown, not silent", "[filing][eligibility]")
{
    World w;
    Enterprise e = test::sampleEnterprise(5);
    e.kind = EnterpriseKind::CentralSoeBranch;
    e.ministryFilingRef = QStringLiteral("人社鉴备〔2019〕1号");
    e.venue.clear();
    e.equipment.clear();
    e.supervisors[0].field = QStringLiteral("电工");
    auto eid = EnterpriseService(w.t.db(), kClerk).create(e);
    REQUIRE(eid.ok());
    auto f = w.clerk.create(*eid, w.batch, QDate(2019, 6, 1));
    auto warnings = w.clerk.eligibilityWarnings(f->id);
    REQUIRE(warnings.ok());
    const QString all = warnings->join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("场地")));
    CHECK(all.contains(QStringLiteral("设施设备")));
    CHECK(all.contains(QStringLiteral("职业“焊工”没有列出考评领域相符的考评人员")));
    CHECK(all.contains(QStringLiteral("职业“焊工”没有列出督导领域相符的质量督导人员")));
    CHECK_FALSE(all.contains(QStringLiteral("职业“电工”没有列出督导")));
    CHECK(w.clerk.eligibilityWarnings(w.filing(6)).ok());
}

TEST_CASE("Counts per state and overdue filings", "[filing][dashboard]")
{
    World w;
    const qint64 a = w.filing(1, QDate(2019, 6, 1));
    w.filing(2, QDate(2026, 10, 30));
    auto counts = w.supervisor.countsByStatus();
    REQUIRE(counts.ok());
    CHECK(counts->value(FilingStatus::Submitted) == 2);
    CHECK(counts->value(FilingStatus::Published) == 0);
    auto list = w.supervisor.list();
    REQUIRE(list->size() == 2);
    CHECK(w.supervisor.overdue(list->at(0)));     // waiting since 2019
    CHECK_FALSE(w.supervisor.overdue(list->at(1))); // received three days ago
    FilingFilter f;
    f.status = FilingStatus::Submitted;
    CHECK(w.supervisor.list(f)->size() == 2);
    f.status = FilingStatus::Returned;
    CHECK(w.supervisor.list(f)->isEmpty());
    auto audit = AuditLog(w.t.db()).entries({QString(), QStringLiteral("filing"), QString::number(a), {}, {}, 10});
    CHECK(audit->size() == 1);
}
