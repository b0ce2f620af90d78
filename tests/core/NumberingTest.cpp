#include "core/filing/FilingService.h"
#include "core/numbering/CertificateNumber.h"
#include "core/numbering/NumberingService.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "tests/support/TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <thread>

using namespace jd;

namespace {

const Session kSupervisor{QStringLiteral("shenhe"), Role::Supervisor};

// Enterprises taken through the workflow up to `filed`, ready to publish.
struct Pilot
{
    test::TestDatabase t;
    FilingService filings{t.db(), kSupervisor};
    qint64 batch = 0;
    QList<qint64> filingIds;
    QList<qint64> enterpriseIds;

    explicit Pilot(int n)
    {
        batch = filings.createBatch(QStringLiteral("2019年第一批"), QDate(2019, 6, 30))->id;
        for (int i = 0; i < n; ++i) {
            auto e = EnterpriseService(t.db(), kSupervisor).create(test::sampleEnterprise(100 + i));
            REQUIRE(e.ok());
            auto f = filings.create(*e, batch, QDate(2019, 6, 1).addDays(i % 25));
            REQUIRE(f.ok());
            REQUIRE(filings.setAllReceived(f->id, {}).ok());
            enterpriseIds << *e;
            filingIds << f->id;
        }
    }
    Status step(qint64 id, FilingAction a, QDate date, QString note = QStringLiteral("记录"), QString doc = QStringLiteral("文号1"))
    {
        if (a == FilingAction::Score)
            test::completeReview(t.db(), id);
        AdvanceRequest r;
        r.action = a;
        r.date = date;
        r.note = note;
        r.docNumber = doc;
        auto x = filings.advance(id, r);
        if (!x)
            return x.error();
        return {};
    }
    void toFiled(qint64 id, QDate ministry)
    {
        for (FilingAction a : {FilingAction::Accept, FilingAction::Schedule, FilingAction::Score, FilingAction::Recommend,
                               FilingAction::Approve, FilingAction::Report})
            REQUIRE(step(id, a, QDate(2019, 7, 1)).ok());
        REQUIRE(step(id, FilingAction::MinistryAccept, ministry).ok());
    }
};

} // namespace

TEST_CASE("Certificate numbers: the DESIGN example, formatting, legacy numbers", "[numbering][certno]")
{
    auto n = CertificateNumber::parse(QStringLiteral("Y000012000003194000123"));
    REQUIRE(n.ok());
    CHECK(n->type == QLatin1Char('Y'));
    CHECK(n->ministry == QStringLiteral("0000"));
    CHECK(n->province == QStringLiteral("12"));
    CHECK(n->org == 3);
    CHECK(n->year == 2019);
    CHECK(n->level == 4);
    CHECK(n->serial == 123);
    CHECK(n->format() == QStringLiteral("Y000012000003194000123"));
    CHECK(CertificateNumber::make(3, 2019, 4, 123).format() == QStringLiteral("Y000012000003194000123"));
    CHECK(CertificateNumber::parse(QStringLiteral("y000012000003194000123 "))->format() == QStringLiteral("Y000012000003194000123"));
    auto legacy = CertificateNumber::parse(QStringLiteral("1912000000301234"));
    REQUIRE(legacy.ok());
    CHECK(legacy->legacy);
    // A month-like year is fine; only digits matter.
    CHECK(CertificateNumber::parse(QStringLiteral("S000012000003124000001")).ok());
}

TEST_CASE("Malformed certificate numbers are refused with the position and the reason", "[numbering][certno]")
{
    auto why = [](const char* s) {
        auto r = CertificateNumber::parse(QString::fromLatin1(s));
        REQUIRE_FALSE(r.ok());
        return r.error().fields.first().label + QLatin1Char(' ') + r.error().fields.first().message;
    };
    CHECK(why("Y00001200000319400012").contains(QStringLiteral("21 位")));
    CHECK(why("X000012000003194000123").contains(QStringLiteral("第 1 位")));
    CHECK(why("Y0000120000031940A0123").contains(QStringLiteral("第 18 位")));
    CHECK(why("Y000012000003190000123").contains(QStringLiteral("第 16 位")));
    CHECK(why("Y000012000003196000123").contains(QStringLiteral("第 16 位")));
    CHECK(why("Y000012000000194000123").contains(QStringLiteral("第 8 位")));
    CHECK(why("Y000012000003194000000").contains(QStringLiteral("第 17 位")));
    CHECK(why("191200000030123").contains(QStringLiteral("15 位")));
}

TEST_CASE("Blocks are contiguous per space, refuse overlap in the database, and freeze on termination", "[numbering][blocks]")
{
    Pilot p(2);
    p.toFiled(p.filingIds[0], QDate(2019, 9, 1));
    NumberingService n(p.t.db(), kSupervisor);
    CHECK(n.reserve(p.enterpriseIds[0], 2019, 4, 10, {}).error().code == ErrorCode::NotAllowed); // not published yet
    REQUIRE(p.step(p.filingIds[0], FilingAction::Publish, QDate(2019, 9, 5)).ok());
    auto a = n.reserve(p.enterpriseIds[0], 2019, 4, 100, {});
    REQUIRE(a.ok());
    CHECK(a->first == 1);
    CHECK(a->last == 100);
    auto b = n.reserve(p.enterpriseIds[0], 2019, 4, 20, {});
    CHECK(b->first == 101);
    auto other = n.reserve(p.enterpriseIds[0], 2019, 3, 5, {});
    CHECK(other->first == 1); // another level is another space
    CHECK(n.reserve(p.enterpriseIds[0], 2019, 6, 5, {}).error().code == ErrorCode::Invalid);
    CHECK(n.reserve(p.enterpriseIds[0], 2019, 4, 0, {}).error().code == ErrorCode::Invalid);
    // Bypassing the service: the database refuses an overlapping, changed or deleted block.
    QSqlQuery q(p.t.db().connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO serial_blocks (enterprise_id, org_serial, year, level, first, last, reserved_on, "
                                      "actor, at) VALUES (%1, 1, 2019, 4, 50, 60, '2019-09-05', 'x', 'x')")
                           .arg(p.enterpriseIds[0])));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE serial_blocks SET last = 5 WHERE id = 1")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM serial_blocks")));

    // Void numbers are recorded with a reason and stay used.
    const QString spoiled = CertificateNumber::make(1, 2019, 4, 7).format();
    CHECK(n.voidNumber(spoiled, QString()).error().code == ErrorCode::Invalid);
    REQUIRE(n.voidNumber(spoiled, QStringLiteral("打印卡纸损坏")).ok());
    CHECK(n.voidNumber(spoiled, QStringLiteral("again")).error().code == ErrorCode::Invalid);
    CHECK(n.voidNumber(CertificateNumber::make(1, 2019, 4, 500).format(), QStringLiteral("x")).error().code == ErrorCode::NotFound);
    CHECK(n.voidNumbers()->size() == 1);
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM void_numbers")));
    CHECK(n.reserve(p.enterpriseIds[0], 2019, 4, 1, {})->first == 121); // void 7 is not handed out again

    REQUIRE(p.step(p.filingIds[0], FilingAction::Suspend, QDate(2019, 10, 1), QStringLiteral("暂停整改")).ok());
    auto frozen = n.reserve(p.enterpriseIds[0], 2019, 4, 1, {});
    REQUIRE_FALSE(frozen.ok());
    CHECK(frozen.error().message.contains(QStringLiteral("冻结")));
    CHECK(NumberingService(p.t.db(), Session{QStringLiteral("c"), Role::Clerk}).reserve(p.enterpriseIds[0], 2019, 4, 1, {}).error().code ==
          ErrorCode::NotAllowed);
}

TEST_CASE("A space past 90 % use is warned about", "[numbering][blocks]")
{
    Pilot p(1);
    p.toFiled(p.filingIds[0], QDate(2019, 9, 1));
    REQUIRE(p.step(p.filingIds[0], FilingAction::Publish, QDate(2019, 9, 5)).ok());
    NumberingService n(p.t.db(), kSupervisor);
    REQUIRE(n.reserve(p.enterpriseIds[0], 2020, 5, 899999, {}).ok());
    CHECK(n.warnings()->isEmpty());
    REQUIRE(n.reserve(p.enterpriseIds[0], 2020, 5, 100000, {}).ok());
    REQUIRE(n.warnings()->size() == 1);
    CHECK(n.warnings()->first().contains(QStringLiteral("2020 年 5 级")));
    auto full = n.reserve(p.enterpriseIds[0], 2020, 5, 1, {});
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().message.contains(QStringLiteral("只剩 0 个")));
}

TEST_CASE("Random publish / reserve / void / terminate sequences keep blocks apart and serials in filing order",
          "[numbering][property]")
{
    for (quint32 seed : {1u, 7u, 42u}) {
        Pilot p(12);
        QRandomGenerator rng(seed);
        NumberingService n(p.t.db(), kSupervisor);
        // Ministry results in a random order of dates; publication must follow it.
        QList<std::pair<QDate, qint64>> order;
        for (int i = 0; i < p.filingIds.size(); ++i) {
            const QDate ministry = QDate(2019, 9, 1).addDays(rng.bounded(20));
            p.toFiled(p.filingIds[i], ministry);
            order << std::make_pair(ministry, p.filingIds[i]);
        }
        QList<qint64> published;
        QMap<qint64, int> blocksAtTermination;
        QDate today(2019, 10, 1);
        for (int stepNo = 0; stepNo < 150; ++stepNo) {
            const int what = rng.bounded(10);
            const qint64 f = p.filingIds[rng.bounded(p.filingIds.size())];
            const qint64 e = p.enterpriseIds[p.filingIds.indexOf(f)];
            if (what < 3) {
                (void)p.step(f, FilingAction::Publish, today); // refused when out of order or not filed
                if (p.filings.get(f)->status == FilingStatus::Published && !published.contains(f))
                    published << f;
            } else if (what < 8) {
                (void)n.reserve(e, 2019 + rng.bounded(2), 1 + rng.bounded(5), 1 + rng.bounded(300), today);
            } else if (what < 9) {
                auto blocks = n.blocks(e);
                if (!blocks->isEmpty()) {
                    const SerialBlock& b = blocks->at(rng.bounded(blocks->size()));
                    (void)n.voidNumber(CertificateNumber::make(b.orgSerial, b.year, b.level, b.first + rng.bounded(b.count())).format(),
                                       QStringLiteral("损坏"));
                }
            } else {
                today = today.addDays(1);
                if (p.step(f, FilingAction::Terminate, today, QStringLiteral("违规")).ok())
                    blocksAtTermination.insert(e, static_cast<int>(n.blocks(e)->size()));
            }
        }
        // No two blocks of one space overlap; every block sits inside 1..999999.
        auto blocks = n.blocks();
        REQUIRE(blocks.ok());
        CHECK_FALSE(blocks->isEmpty());
        for (int i = 0; i < blocks->size(); ++i)
            for (int j = i + 1; j < blocks->size(); ++j) {
                const SerialBlock& a = blocks->at(i);
                const SerialBlock& b = blocks->at(j);
                if (a.orgSerial == b.orgSerial && a.year == b.year && a.level == b.level)
                    CHECK((a.last < b.first || b.last < a.first));
            }
        // OrgSerials follow filing order: ministry date, then received date.
        auto ledger = n.ledger();
        REQUIRE(ledger.ok());
        for (int i = 1; i < ledger->size(); ++i) {
            auto prev = p.filings.get(ledger->at(i - 1).filingId);
            auto cur = p.filings.get(ledger->at(i).filingId);
            CHECK(ledger->at(i).serial == ledger->at(i - 1).serial + 1);
            CHECK((prev->ministryDate < cur->ministryDate ||
                   (prev->ministryDate == cur->ministryDate && prev->received <= cur->received)));
        }
        // A terminated enterprise never got a block after its termination.
        for (auto it = blocksAtTermination.cbegin(); it != blocksAtTermination.cend(); ++it)
            CHECK(n.blocks(it.key())->size() == it.value());
    }
}

TEST_CASE("Two connections confirming at the same moment never get overlapping blocks", "[numbering][concurrency]")
{
    Pilot p(1);
    p.toFiled(p.filingIds[0], QDate(2019, 9, 1));
    REQUIRE(p.step(p.filingIds[0], FilingAction::Publish, QDate(2019, 9, 5)).ok());
    const QString path = p.t.path();
    const qint64 enterprise = p.enterpriseIds[0];
    std::atomic<int> failures{0};
    auto worker = [&]() {
        // Each thread has its own connection to the same file, as two programs would.
        auto db = Database::open(path);
        if (!db) {
            ++failures;
            return;
        }
        NumberingService n(**db, kSupervisor);
        for (int i = 0; i < 40; ++i)
            if (!n.reserve(enterprise, 2019, 4, 25, QDate(2019, 9, 10)))
                ++failures;
    };
    std::thread a(worker), b(worker);
    a.join();
    b.join();
    CHECK(failures == 0);
    auto blocks = NumberingService(p.t.db(), kSupervisor).blocks(enterprise);
    REQUIRE(blocks->size() == 80);
    QList<std::pair<int, int>> ranges;
    for (const SerialBlock& blk : *blocks)
        ranges << std::make_pair(blk.first, blk.last);
    std::sort(ranges.begin(), ranges.end());
    for (int i = 0; i < ranges.size(); ++i) {
        CHECK(ranges[i].first == i * 25 + 1); // contiguous, no gap, no overlap
        CHECK(ranges[i].second == i * 25 + 25);
    }
}

TEST_CASE("The number prefix is a setting with Tianjin defaults that administrators change", "[numbering][settings]")
{
    test::TestDatabase t;
    NumberingService admin(t.db(), Session{});
    CHECK(admin.numberFor(3, 2019, 4, 123)->format() == QStringLiteral("Y000012000003194000123"));
    auto bad = admin.setPrefix(QStringLiteral("X"), QStringLiteral("12"), QStringLiteral("1"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().fields.size() == 3);
    CHECK(NumberingService(t.db(), kSupervisor).setPrefix(QStringLiteral("S"), QStringLiteral("0000"), QStringLiteral("12")).error().code ==
          ErrorCode::NotAllowed);
    REQUIRE(admin.setPrefix(QStringLiteral("S"), QStringLiteral("0001"), QStringLiteral("13")).ok());
    CHECK(admin.numberFor(3, 2019, 4, 123)->format() == QStringLiteral("S000113000003194000123"));
}
