#include "tests/support/Review.h"

#include "core/db/Database.h"
#include "core/review/ExpertService.h"
#include "core/review/ReviewService.h"
#include "tests/support/Builders.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace jd::test {

QList<qint64> seedExperts(const Database& db, int count)
{
    const Session admin{QStringLiteral("system"), Role::Admin};
    ExpertService experts(db, admin);
    auto existing = experts.list();
    REQUIRE(existing.ok());
    QList<qint64> ids;
    for (const Expert& e : *existing)
        ids << e.id;
    static const QStringList employers{QStringLiteral("天津职业技术师范大学"), QStringLiteral("天津市职业技能鉴定指导中心"),
                                       QStringLiteral("天津中德应用技术大学"), QStringLiteral("天津机电职业技术学院"),
                                       QStringLiteral("天津市电力行业协会"), QStringLiteral("天津轻工职业技术学院"),
                                       QStringLiteral("天津市焊接学会")};
    for (int i = int(ids.size()); i < count; ++i) {
        Expert e;
        e.name = QStringLiteral("评审专家%1").arg(i + 1);
        e.idNumber = validId(90000 + i);
        e.employer = employers.at(i % employers.size());
        e.title = QStringLiteral("高级工程师");
        e.region = QStringLiteral("南开区");
        e.specialties = {QStringLiteral("6")};
        auto added = experts.add(e);
        INFO(why(added));
        REQUIRE(added.ok());
        ids << added->id;
    }
    return ids;
}

void completeReview(const Database& db, qint64 filingId, double fraction)
{
    const Session admin{QStringLiteral("system"), Role::Admin};
    ReviewService review(db, admin);
    auto panel = review.panel(filingId);
    if (!panel) {
        seedExperts(db, 7);
        panel = review.draw(filingId, 5, 20190601u);
        INFO(why(panel));
        REQUIRE(panel.ok());
    }
    auto t = review.reviewTemplate(panel->templateVersion);
    REQUIRE(t.ok());
    for (const PanelMember& m : panel->activeMembers()) {
        ExpertSheet s;
        s.filingId = filingId;
        s.expertId = m.expertId;
        for (const Criterion& c : t->leaves())
            s.scores << ScoreEntry{m.expertId, c.id, c.veto ? c.maxPoints : std::round(c.maxPoints * fraction * 100.0) / 100.0, {}};
        auto saved = review.saveSheet(s);
        INFO(why(saved));
        REQUIRE(saved.ok());
    }
}

} // namespace jd::test
