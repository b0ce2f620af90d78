#include "core/certificates/CertificateRegistry.h"
#include "core/certificates/NationalExport.h"
#include "core/audit/AuditLog.h"
#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/demo/DemoGenerator.h"
#include "core/review/ExpertService.h"
#include "core/supervision/ResultService.h"
#include "core/supervision/SpotCheckService.h"
#include "core/supervision/Statistics.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto decoded = csv::decode(f.readAll());
    REQUIRE(decoded.ok());
    auto rows = csv::parse(decoded->text);
    REQUIRE(rows.ok());
    return *rows;
}

} // namespace

TEST_CASE("The national export has the agreed columns, numbers its batches and can export only changes", "[export]")
{
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({12, 120, 3}).ok());
    NationalExport exporter(t.db(), Session{});
    const QString first = t.dir() + QStringLiteral("/全国上报-含身份证号.csv");
    auto a = exporter.write(first);
    REQUIRE(a.ok());
    CHECK(a->batch == 1);
    CHECK(a->rows == 120);
    const QList<QStringList> rows = readCsv(first);
    REQUIRE(rows.size() == 121);
    CHECK(rows.first() == NationalExport::header());
    CHECK(rows.at(1).at(0).size() == 22);
    CHECK(rows.at(1).at(1) == QStringLiteral("职业技能等级证书"));
    CHECK(rows.at(1).at(3) == QStringLiteral("居民身份证"));
    CHECK(rows.at(1).at(11).size() == 6);
    CHECK(rows.at(1).at(13) == QStringLiteral("有效"));
    CHECK_FALSE(QFile::permissions(first).testFlag(QFileDevice::ReadOther));

    // Nothing changed: the next export "since batch 1" is empty; a revocation shows up.
    t.clock().advanceSecs(60);
    auto none = exporter.write(t.dir() + QStringLiteral("/b.csv"), 1);
    REQUIRE(none.ok());
    CHECK(none->rows == 0);
    t.clock().advanceSecs(60);
    REQUIRE(CertificateRegistry(t.db(), Session{}).revoke(rows.at(5).at(0), QStringLiteral("材料不实")).ok());
    auto changed = exporter.write(t.dir() + QStringLiteral("/c.csv"), 2);
    REQUIRE(changed.ok());
    CHECK(changed->batch == 3);
    const QList<QStringList> delta = readCsv(t.dir() + QStringLiteral("/c.csv"));
    REQUIRE(delta.size() == 2);
    CHECK(delta.at(1).at(0) == rows.at(5).at(0));
    CHECK(delta.at(1).at(13) == QStringLiteral("已撤销"));

    CHECK(exporter.write(t.dir() + QStringLiteral("/x.csv"), 99).error().code == ErrorCode::NotFound);
    CHECK(exporter.write(t.dir() + QStringLiteral("/x.txt")).error().code == ErrorCode::Invalid);
    CHECK(NationalExport(t.db(), Session{QStringLiteral("c"), Role::Clerk}).write(first).error().code == ErrorCode::NotAllowed);
}

TEST_CASE("The XLSX export is read back by another program", "[export][xlsx]")
{
    const QString reader = QStandardPaths::findExecutable(QStringLiteral("xlsx2csv"));
    REQUIRE_FALSE(reader.isEmpty()); // installed by scripts/deps.txt
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({12, 40, 3}).ok());
    const QString path = t.dir() + QStringLiteral("/national.xlsx");
    auto r = NationalExport(t.db(), Session{}).write(path);
    REQUIRE(r.ok());
    QProcess p;
    p.start(reader, {path});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    auto rows = csv::parse(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(rows.ok());
    CHECK(rows->size() == 41);
    CHECK(rows->first() == NationalExport::header());

    // A register larger than one worksheet goes on into further sheets, each with the header.
    const QString split = t.dir() + QStringLiteral("/national-split.xlsx");
    REQUIRE(NationalExport(t.db(), Session{}).write(split, 0, {}, 15).ok());
    QList<QStringList> all;
    for (int sheet = 1; sheet <= 3; ++sheet) {
        QProcess s;
        s.start(reader, {QStringLiteral("-s"), QString::number(sheet), split});
        REQUIRE(s.waitForFinished(60000));
        REQUIRE(s.exitCode() == 0);
        auto part = csv::parse(QString::fromUtf8(s.readAllStandardOutput()));
        REQUIRE(part.ok());
        INFO("sheet " << sheet);
        REQUIRE(part->size() == (sheet < 3 ? 16 : 11));
        CHECK(part->first() == NationalExport::header());
        all += part->mid(1);
    }
    CHECK(all == rows->mid(1));
}

TEST_CASE("Every other workbook the app writes is read back by another program, as the app reads it", "[export][xlsx]")
{
    const QString reader = QStandardPaths::findExecutable(QStringLiteral("xlsx2csv"));
    REQUIRE_FALSE(reader.isEmpty());
    test::TestDatabase t;
    REQUIRE(DemoGenerator(t.db(), Session{}).generate({6, 30, 5}).ok());
    const Session admin{QStringLiteral("admin"), Role::Admin};
    auto stats = Statistics(t.db(), admin).compute({});
    REQUIRE(stats.ok());
    auto audit = AuditLog(t.db()).entries({});
    REQUIRE(audit.ok());
    const QList<FieldError> problems{{QStringLiteral("id_number"), QStringLiteral("证件号码"), QStringLiteral("校验位不符"), 3,
                                      QStringLiteral("012345199001011234")}};
    const QStringList names{QStringLiteral("statistics"), QStringLiteral("audit"), QStringLiteral("experts"),
                            QStringLiteral("result-template"), QStringLiteral("error-report")};
    for (const QString& name : names) {
        const QString path = t.dir() + QStringLiteral("/%1.xlsx").arg(name);
        Status written = name == QStringLiteral("statistics")        ? Statistics(t.db(), admin).exportTo(*stats, path)
                         : name == QStringLiteral("audit")           ? AuditLog(t.db()).exportTo(*audit, path, admin)
                         : name == QStringLiteral("experts")         ? ExpertService(t.db(), admin).exportFile(path)
                         : name == QStringLiteral("result-template") ? ResultService::writeTemplate(path)
                                                                     : table::writeErrorReport(path, QStringLiteral("名单.xlsx"), problems);
        INFO(name.toStdString() << ": " << written.error().message.toStdString());
        REQUIRE(written.ok());
        QProcess p;
        p.start(reader, {path});
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
        auto theirs = csv::parse(QString::fromUtf8(p.readAllStandardOutput()));
        REQUIRE(theirs.ok());
        auto ours = table::read(path);
        REQUIRE(ours.ok());
        REQUIRE_FALSE(theirs->isEmpty()); // the template is its header alone
        // The same cells, leading zeros and long numbers kept as text.
        CHECK(*theirs == ours->rows);
    }
    auto report = table::read(t.dir() + QStringLiteral("/error-report.xlsx"));
    CHECK(report->rows.at(1).value(3) == QStringLiteral("012345199001011234"));
}

TEST_CASE("Spot checks: a reproducible random draw, manual choice and the visit record", "[spotcheck]")
{
    test::TestDatabase a;
    test::TestDatabase b;
    REQUIRE(DemoGenerator(a.db(), Session{}).generate({12, 2000, 3}).ok());
    REQUIRE(DemoGenerator(b.db(), Session{}).generate({12, 2000, 3}).ok());
    auto drawA = SpotCheckService(a.db(), Session{}).drawRandom(2, 77);
    auto drawB = SpotCheckService(b.db(), Session{}).drawRandom(2, 77);
    REQUIRE(drawA.ok());
    REQUIRE(drawB.ok());
    REQUIRE(drawA->size() == 2);
    CHECK(drawA->at(0).planId == drawB->at(0).planId);
    CHECK(drawA->at(1).planId == drawB->at(1).planId);
    CHECK(drawA->at(0).seed == 77);
    CHECK(drawA->at(0).outcome == QStringLiteral("pending"));

    SpotCheckService checks(a.db(), Session{});
    CHECK(checks.list()->size() == 2);
    auto again = checks.choose(drawA->at(0).planId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("已列入抽查")));
    auto bad = checks.record(drawA->at(0).id, QDate(2020, 4, 1), QString(), QString(), QString(), QStringLiteral("rectify"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().fields.size() == 3);
    auto done = checks.record(drawA->at(0).id, QDate(2020, 4, 1), QStringLiteral("吕本顺、刘丽洁"), QStringLiteral("考评员未持证上岗"),
                              QStringLiteral("一个月内更换考评员并报送整改报告"), QStringLiteral("rectify"));
    REQUIRE(done.ok());
    CHECK(done->outcome == QStringLiteral("rectify"));
    CHECK(checks.list(done->enterpriseId)->first().findings == QStringLiteral("考评员未持证上岗"));
    CHECK(SpotCheckService(a.db(), Session{QStringLiteral("c"), Role::Clerk}).drawRandom(1, 1).error().code == ErrorCode::NotAllowed);
}
