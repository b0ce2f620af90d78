#pragma once
// Helpers for the expert-review scoring screens: a filing of the sample enterprise at
// site_visit with a pool of experts (some fit, one must be avoided, one does not fit),
// and typing a whole score sheet of the default template into a ScoreSheetForm.

#include "core/review/ExpertService.h"
#include "core/review/ReviewService.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTest>

#include <algorithm>

#include <catch2/catch.hpp>

namespace jd::test {

template <typename T> T* child(QWidget* parent, const QString& name)
{
    auto* w = parent->findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(w);
    return w;
}

// A sheet as an expert writes it: every criterion of the default template (version 1).
// Hand-computed total: Σ score ÷ 10 × weight =
//   c1.2 8.5×0.8=6.80  c1.3 9×0.4=3.60   c2.2 7.5×0.6=4.50  c2.3 8×0.6=4.80
//   c3.1 6.5×0.8=5.20  c4.1 9.5×0.8=7.60 c4.2 7×0.6=4.20    c4.3 8×0.8=6.40
//   c5.1 9×1.0=9.00    c5.2 10×0.4=4.00  c6.1 6×0.6=3.60    c7.1 8.5×0.6=5.10
//   c7.2 7.5×0.5=3.75  c7.3 9×0.4=3.60   c7.4 8×0.3=2.40    c7.5 7×0.3=2.10
//   c7.6 10×0.2=2.00   c7.7 6.5×0.3=1.95 (veto items c1.1, c2.1, c3.2 weigh 0)  = 80.60
inline const QList<QPair<QString, QString>>& typedScores()
{
    static const QList<QPair<QString, QString>> s = {
        {QStringLiteral("c1.2"), QStringLiteral("8.5")},
        {QStringLiteral("c1.3"), QStringLiteral("9")},
        {QStringLiteral("c2.2"), QStringLiteral("7.5")},
        {QStringLiteral("c2.3"), QStringLiteral("8")},
        {QStringLiteral("c3.1"), QStringLiteral("6.5")},
        {QStringLiteral("c4.1"), QStringLiteral("9.5")},
        {QStringLiteral("c4.2"), QStringLiteral("7")},
        {QStringLiteral("c4.3"), QStringLiteral("8")},
        {QStringLiteral("c5.1"), QStringLiteral("9")},
        {QStringLiteral("c5.2"), QStringLiteral("10")},
        {QStringLiteral("c6.1"), QStringLiteral("6")},
        {QStringLiteral("c7.1"), QStringLiteral("8.5")},
        {QStringLiteral("c7.2"), QStringLiteral("7.5")},
        {QStringLiteral("c7.3"), QStringLiteral("9")},
        {QStringLiteral("c7.4"), QStringLiteral("8")},
        {QStringLiteral("c7.5"), QStringLiteral("7")},
        {QStringLiteral("c7.6"), QStringLiteral("10")},
        {QStringLiteral("c7.7"), QStringLiteral("6.5")},
    };
    return s;
}
inline const QStringList kVetoItems = {QStringLiteral("c1.1"), QStringLiteral("c2.1"),
                                       QStringLiteral("c3.2")};

// Types a score as people do: into the focused field, over what it showed.
inline void typeScore(QWidget* form, const QString& criterion, const QString& text)
{
    auto* spin = child<QDoubleSpinBox>(form, QStringLiteral("score_") + criterion);
    spin->setFocus(Qt::TabFocusReason);
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

// 符合 is the item below 未评 in a veto item's list.
inline void chooseMet(QWidget* form, const QString& criterion)
{
    auto* combo = child<QComboBox>(form, QStringLiteral("score_") + criterion);
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentIndex() == 1);
}

inline void fillWholeSheet(QWidget* form)
{
    for (const QString& v : kVetoItems)
        chooseMet(form, v);
    for (const auto& [criterion, text] : typedScores())
        typeScore(form, criterion, text);
}

// A filing of the sample enterprise (occupations 6-31-01-03 and 6-18-02-04) at
// `site_visit`, and a pool where some experts fit and some do not.
struct ReviewFixture
{
    TestDatabase tdb;
    FilingErrors errors;
    EnterpriseService enterprises{tdb.db(), Session{}};
    FilingService filings{tdb.db(), Session{}};
    ExpertService experts{tdb.db(), Session{}};
    ReviewService review{tdb.db(), Session{}};
    qint64 enterprise = 0;
    qint64 filing = 0;
    QString enterpriseName = QStringLiteral("天津市海河重型机械制造有限公司");

    explicit ReviewFixture(bool siteVisit = true)
    {
        REQUIRE(ReviewService::seedIfEmpty(tdb.db()).ok());
        enterprise = addEnterprise(enterprises, 1, enterpriseName);
        filing = addFiling(filings, enterprise, addBatch(filings), QDate(2026, 10, 20));
        advance(filings, filing, {FilingAction::Accept});
        if (siteVisit)
            advance(filings, filing, {FilingAction::Schedule});
        struct Who
        {
            const char* name;
            const char* employer;
            const char* specialty;
        };
        static const Who pool[] = {
            {"王德明", "天津职业技术师范大学", "6-31"},
            {"陈玉芬", "天津中德应用技术大学", "6-31-01"},
            {"刘志刚", "天津机电职业技术学院", "6-18"},
            {"赵红梅", "天津市电力行业协会", "6-31"},
            {"孙建华", "天津市焊接学会", "6-18-02"},
            {"周立群", "天津轻工职业技术学院", "6"},
            {"吴海波", "天津市职业技能鉴定指导中心", "6-31"},
            {"郑晓东", "天津理工大学", "6-18"},
            {"钱国庆", "天津市海河重型机械制造有限公司", "6-31"}, // works there: avoided
            {"冯丽娟", "天津市烹饪协会", "4-03"},                 // does not fit
        };
        int i = 0;
        for (const Who& w : pool) {
            Expert e;
            e.name = QString::fromUtf8(w.name);
            e.idNumber = validId(7000 + i++);
            e.employer = QString::fromUtf8(w.employer);
            e.title = QStringLiteral("高级工程师");
            e.region = QStringLiteral("南开区");
            e.specialties = {QString::fromUtf8(w.specialty)};
            auto added = experts.add(e);
            INFO(why(added));
            REQUIRE(added.ok());
        }
    }

    Panel draw(quint32 seed = 20261102u)
    {
        auto p = review.draw(filing, 5, seed);
        INFO(why(p));
        REQUIRE(p.ok());
        return *p;
    }

    ReviewTemplate tmpl()
    {
        auto t = review.reviewTemplate(1);
        REQUIRE(t.ok());
        return *t;
    }

    // Every member's sheet through the service: `base` ± a member's offset per criterion.
    void fillSheets(const Panel& p, const QList<double>& offsets, const QString& flagged = {})
    {
        const ReviewTemplate t = tmpl();
        int i = 0;
        for (const PanelMember& m : p.activeMembers()) {
            ExpertSheet s;
            s.filingId = filing;
            s.expertId = m.expertId;
            s.signedOn = QDate(2026, 11, 2);
            for (const Criterion& c : t.leaves()) {
                double v =
                    c.veto ? c.maxPoints : std::clamp(8.0 + offsets.value(i), 0.0, c.maxPoints);
                if (c.id == flagged)
                    v = i == 0 ? 3.0 : 9.0; // spread 6 > threshold 3
                s.scores << ScoreEntry{m.expertId, c.id, v, {}};
            }
            auto saved = review.saveSheet(s);
            INFO(why(saved));
            REQUIRE(saved.ok());
            ++i;
        }
    }
};

} // namespace jd::test
