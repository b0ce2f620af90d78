#pragma once
// Helpers for the filing and numbering UI tests: errors collected instead of message
// boxes, an enterprise with a filing, and a filing moved along through the service.

#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "ui/common/ErrorPresenter.h"

#include <catch2/catch.hpp>

namespace jd::test {

// Errors must never open a modal box in a test: they are collected instead.
struct FilingErrors
{
    QList<Error> errors;
    FilingErrors()
    {
        ui::ErrorPresenter::setSink([this](QWidget*, const Error& e) { errors << e; });
    }
    ~FilingErrors() { ui::ErrorPresenter::setSink({}); }
};

inline qint64 addEnterprise(EnterpriseService& enterprises, int variant, const QString& name = {})
{
    Enterprise e = sampleEnterprise(variant);
    if (!name.isEmpty())
        e.name = name;
    auto id = enterprises.create(e);
    INFO(why(id));
    REQUIRE(id.ok());
    return *id;
}

inline qint64 addBatch(FilingService& filings, const QString& name = QStringLiteral("2026年第一批"),
                       const QDate& deadline = QDate(2026, 12, 31))
{
    auto b = filings.createBatch(name, deadline);
    INFO(why(b));
    REQUIRE(b.ok());
    return b->id;
}

inline qint64 addFiling(FilingService& filings, qint64 enterpriseId, qint64 batchId,
                        const QDate& received = {})
{
    auto f = filings.create(enterpriseId, batchId, received);
    INFO(why(f));
    REQUIRE(f.ok());
    return f->id;
}

// Takes the actions in turn through the service, with the details each needs.
inline void advance(FilingService& filings, qint64 id, const QList<FilingAction>& actions)
{
    for (FilingAction a : actions) {
        if (a == FilingAction::Score)
            completeReview(filings.database(), id);
        if (a == FilingAction::Accept) {
            auto all = filings.setAllReceived(id, {});
            REQUIRE(all.ok());
        }
        AdvanceRequest r;
        r.action = a;
        r.docNumber = QStringLiteral("津人社函〔2026〕%1号").arg(static_cast<int>(a) + 10);
        r.note = QStringLiteral("测试：%1").arg(actionLabel(a));
        auto f = filings.advance(id, r);
        INFO(actionKey(a).toStdString() + " " + why(f));
        REQUIRE(f.ok());
    }
}

inline const QList<FilingAction>& toPublished()
{
    using A = FilingAction;
    static const QList<A> path = {A::Accept,  A::Schedule, A::Score,          A::Recommend,
                                  A::Approve, A::Report,   A::MinistryAccept, A::Publish};
    return path;
}

} // namespace jd::test
