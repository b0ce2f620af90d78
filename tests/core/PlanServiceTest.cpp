#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/supervision/PlanService.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

const Session kSupervisor{QStringLiteral("shenhe"), Role::Supervisor};

// A published pilot enterprise (sample enterprise 1: 电工 levels 2-4, 焊工 levels 3-5).
qint64 publishedEnterprise(test::TestDatabase& t, int variant = 1)
{
    FilingService filings(t.db(), kSupervisor);
    auto batches = filings.batches();
    const qint64 batch = batches->isEmpty() ? filings.createBatch(QStringLiteral("b"), QDate(2019, 6, 30))->id : batches->first().id;
    auto e = EnterpriseService(t.db(), kSupervisor).create(test::sampleEnterprise(variant));
    REQUIRE(e.ok());
    auto f = filings.create(*e, batch, QDate(2019, 6, 1));
    REQUIRE(filings.setAllReceived(f->id, {}).ok());
    for (auto [a, doc] : {std::make_pair(FilingAction::Accept, QString()), std::make_pair(FilingAction::Schedule, QString()),
                          std::make_pair(FilingAction::Score, QString()), std::make_pair(FilingAction::Recommend, QString()),
                          std::make_pair(FilingAction::Approve, QStringLiteral("津人社函1")), std::make_pair(FilingAction::Report, QString()),
                          std::make_pair(FilingAction::MinistryAccept, QStringLiteral("人社鉴函1")),
                          std::make_pair(FilingAction::Publish, QString())}) {
        if (a == FilingAction::Score)
            test::completeReview(t.db(), f->id);
        AdvanceRequest r;
        r.action = a;
        r.docNumber = doc;
        r.date = QDate(2019, 9, 1);
        REQUIRE(filings.advance(f->id, r).ok());
    }
    return *e;
}

QJsonObject plan(qint64 enterprise, const char* submitted, const char* start, const char* end)
{
    return {{QStringLiteral("enterprise_id"), enterprise},
            {QStringLiteral("submitted"), QLatin1String(submitted)},
            {QStringLiteral("start"), QLatin1String(start)},
            {QStringLiteral("end"), QLatin1String(end)},
            {QStringLiteral("candidates"), 60},
            {QStringLiteral("sites"), QStringLiteral("企业培训中心实操车间")},
            {QStringLiteral("occupations"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("6-31-01-03")}, {QStringLiteral("levels"), QJsonArray{3, 4}}}}},
            {QStringLiteral("assessors"), QJsonArray{QStringLiteral("张志强")}},
            {QStringLiteral("supervisors"), QJsonArray{QStringLiteral("刘海燕")}}};
}

} // namespace

TEST_CASE("A plan submitted 10 working days before its start is on time; one day later is late", "[plan]")
{
    test::TestDatabase t;
    const qint64 e = publishedEnterprise(t);
    PlanService plans(t.db(), Session{QStringLiteral("c"), Role::Clerk});
    // Start 2019-10-08: the deadline is 2019-09-18 (the National Day holiday does not count).
    auto onTime = plans.create(plan(e, "2019-09-18", "2019-10-08", "2019-10-10"));
    INFO(test::why(onTime));
    REQUIRE(onTime.ok());
    CHECK(onTime->deadline == QDate(2019, 9, 18));
    CHECK_FALSE(onTime->late);
    auto late = plans.create(plan(e, "2019-09-19", "2019-10-08", "2019-10-10"));
    REQUIRE(late.ok());
    CHECK(late->late);
    CHECK(plans.warnings(*late).first().contains(QStringLiteral("逾期报送")));
    auto listed = plans.list(e);
    REQUIRE(listed->size() == 2);
    CHECK(listed->first().occupations.first().levels == QList<int>{3, 4});
    CHECK(listed->first().assessors == QStringList{QStringLiteral("张志强")});
    CHECK(plans.get(late->id)->late);

    // With the refuse policy a late plan is not accepted at all.
    REQUIRE(PlanService(t.db(), Session{}).setLatePolicy(QStringLiteral("refuse")).ok());
    auto refused = plans.create(plan(e, "2019-09-19", "2019-10-08", "2019-10-10"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields.first().field == QStringLiteral("submitted")); // the date a form marks
    CHECK(plans.list(e)->size() == 2);
    CHECK(plans.setLatePolicy(QStringLiteral("refuse")).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("A plan may only name what the enterprise is filed for and who it registered", "[plan]")
{
    test::TestDatabase t;
    const qint64 e = publishedEnterprise(t);
    PlanService plans(t.db(), Session{QStringLiteral("c"), Role::Clerk});
    QJsonObject p = plan(e, "2019-09-01", "2019-10-08", "2019-10-10");
    p.insert(QStringLiteral("occupations"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("6-31-01-03")}, {QStringLiteral("levels"), QJsonArray{1}}},
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("4-10-01-03")}, {QStringLiteral("levels"), QJsonArray{5}}}});
    p.insert(QStringLiteral("assessors"), QJsonArray{QStringLiteral("不存在的人")});
    p.insert(QStringLiteral("end"), QStringLiteral("2019-10-01"));
    auto r = plans.create(p);
    REQUIRE_FALSE(r.ok());
    const QString all = r.error().fullText();
    CHECK(all.contains(QStringLiteral("一级/高级技师 不在备案等级")));
    CHECK(all.contains(QStringLiteral("4-10-01-03 不在该企业备案的职业范围内")));
    CHECK(all.contains(QStringLiteral("不存在的人")));
    CHECK(all.contains(QStringLiteral("不能早于开始日期")));
    CHECK(plans.list()->isEmpty());

    // An enterprise that is not a published pilot cannot submit plans.
    const qint64 other = *EnterpriseService(t.db(), kSupervisor).create(test::sampleEnterprise(2));
    CHECK(plans.create(plan(other, "2019-09-01", "2019-10-08", "2019-10-10")).error().code == ErrorCode::NotAllowed);
    CHECK(PlanService(t.db(), Session{QStringLiteral("r"), Role::Reviewer}).create(plan(e, "2019-09-01", "2019-10-08", "2019-10-10")).error().code ==
          ErrorCode::NotAllowed);
}

TEST_CASE("A plan of an enterprise outside the catalogue is refused naming where its filing stands", "[plan]")
{
    test::TestDatabase t;
    FilingService filings(t.db(), kSupervisor);
    const qint64 batch = filings.createBatch(QStringLiteral("b"), QDate(2019, 6, 30))->id;
    auto filed = EnterpriseService(t.db(), kSupervisor).create(test::sampleEnterprise(2));
    auto unfiled = EnterpriseService(t.db(), kSupervisor).create(test::sampleEnterprise(3));
    REQUIRE(filed.ok());
    REQUIRE(unfiled.ok());
    auto f = filings.create(*filed, batch, QDate(2019, 6, 1));
    REQUIRE(f.ok());
    PlanService plans(t.db(), Session{QStringLiteral("c"), Role::Clerk});
    auto submitted = plans.create(plan(*filed, "2019-09-19", "2019-10-08", "2019-10-10"));
    CHECK(submitted.error().code == ErrorCode::NotAllowed);
    INFO(submitted.error().message.toStdString());
    // The status as people know it, not its key.
    CHECK(submitted.error().message.contains(statusLabel(f->status)));
    CHECK_FALSE(submitted.error().message.contains(statusKey(f->status)));
    auto none = plans.create(plan(*unfiled, "2019-09-19", "2019-10-08", "2019-10-10"));
    CHECK(none.error().code == ErrorCode::NotAllowed);
    CHECK(none.error().message.contains(QStringLiteral("未申请备案")));
}
