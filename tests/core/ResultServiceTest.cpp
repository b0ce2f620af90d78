#include "core/certificates/CertificateRegistry.h"
#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"
#include "core/validation/Validators.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

const Session kSupervisor{QStringLiteral("shenhe"), Role::Supervisor};
const Session kClerk{QStringLiteral("luru"), Role::Clerk};

// A published enterprise (sample 1: 电工 levels 2-4, 焊工 3-5) with a plan for 电工 3 and 4
// running 2019-10-08 to 2019-10-09: results are due by 2019-10-22 (Saturday 10-12 was a
// make-up working day).
struct Setup
{
    test::TestDatabase t;
    qint64 enterprise = 0;
    qint64 plan = 0;
    Setup()
    {
        FilingService filings(t.db(), kSupervisor);
        const qint64 batch = filings.createBatch(QStringLiteral("b"), QDate(2019, 6, 30))->id;
        enterprise = *EnterpriseService(t.db(), kSupervisor).create(test::sampleEnterprise(1));
        auto f = filings.create(enterprise, batch, QDate(2019, 6, 1));
        REQUIRE(filings.setAllReceived(f->id, {}).ok());
        for (auto [a, doc] : {std::make_pair(FilingAction::Accept, QString()), std::make_pair(FilingAction::Schedule, QString()),
                              std::make_pair(FilingAction::Score, QString()), std::make_pair(FilingAction::Recommend, QString()),
                              std::make_pair(FilingAction::Approve, QStringLiteral("d1")), std::make_pair(FilingAction::Report, QString()),
                              std::make_pair(FilingAction::MinistryAccept, QStringLiteral("d2")),
                              std::make_pair(FilingAction::Publish, QString())}) {
            if (a == FilingAction::Score)
                test::completeReview(t.db(), f->id);
            AdvanceRequest r;
            r.action = a;
            r.docNumber = doc;
            r.date = QDate(2019, 9, 1);
            REQUIRE(filings.advance(f->id, r).ok());
        }
        auto p = PlanService(t.db(), kClerk)
                     .create({{QStringLiteral("enterprise_id"), enterprise},
                              {QStringLiteral("submitted"), QStringLiteral("2019-09-10")},
                              {QStringLiteral("start"), QStringLiteral("2019-10-08")},
                              {QStringLiteral("end"), QStringLiteral("2019-10-09")},
                              {QStringLiteral("candidates"), 10},
                              {QStringLiteral("occupations"),
                               QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("6-31-01-03")},
                                                      {QStringLiteral("levels"), QJsonArray{3, 4}}}}}});
        INFO(test::why(p));
        REQUIRE(p.ok());
        plan = p->id;
    }
};

// A resident ID with the given sex (odd 17th digit: male).
QString idFor(int n, bool male)
{
    const QString body = QStringLiteral("1201041990") + QStringLiteral("%1").arg(1 + n % 12, 2, 10, QLatin1Char('0')) +
                         QStringLiteral("15") + QStringLiteral("%1").arg(n % 100, 2, 10, QLatin1Char('0')) + QString::number(male ? 1 : 2);
    return body + validation::residentIdCheckChar(body);
}

QString row(const QString& name, const QString& id, const QString& sex, const QString& level, const QString& theory,
            const QString& practical, const QString& passed, const QString& insured = QStringLiteral("是"),
            const QString& code = QStringLiteral("6-31-01-03"), const QString& occ = QStringLiteral("电工"))
{
    return csv::line({name, QString(), id, sex, code, occ, QStringLiteral("维修电工"), level, theory, practical, QString(), passed, insured});
}

QByteArray file(const QStringList& rows) { return (csv::line(ResultService::header()) + rows.join(QString())).toUtf8(); }

} // namespace

TEST_CASE("A clean result list imports; confirmation numbers the passed candidates by level", "[results]")
{
    Setup s;
    ResultService clerk(s.t.db(), kClerk);
    auto r = clerk.importCsv(s.plan,
                             file({row(QStringLiteral("马春生"), idFor(1, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("82"),
                                       QStringLiteral("88"), QStringLiteral("是")),
                                   row(QStringLiteral("罗玉兰"), idFor(2, false), QStringLiteral("女"), QStringLiteral("四级/中级工"),
                                       QStringLiteral("58"), QStringLiteral("71"), QStringLiteral("否")),
                                   row(QStringLiteral("何振华"), idFor(3, true), QStringLiteral("男"), QStringLiteral("高级工"),
                                       QStringLiteral("90"), QStringLiteral("93.5"), QStringLiteral("是")),
                                   row(QStringLiteral("高婷"), idFor(4, false), QStringLiteral("女"), QStringLiteral("4"), QStringLiteral("77"),
                                       QStringLiteral("80"), QStringLiteral("是")),
                                   QStringLiteral(",,,,,,,,,,,,\r\n")}),
                             QStringLiteral("结果.csv"), QDate(2019, 10, 22));
    INFO(test::why(r));
    REQUIRE(r.ok());
    CHECK(r->imported == 4);
    auto filing = clerk.get(r->resultId);
    CHECK_FALSE(filing->late); // due 2019-10-22: ten working days after 2019-10-09
    CHECK(filing->due == QDate(2019, 10, 22));
    CHECK(clerk.confirm(r->resultId).error().code == ErrorCode::NotAllowed); // clerks do not confirm

    ResultService centre(s.t.db(), kSupervisor);
    auto c = centre.confirm(r->resultId, QDate(2019, 10, 25));
    REQUIRE(c.ok());
    CHECK(c->certificates == 3);
    REQUIRE(c->blocks.size() == 2);
    CHECK(c->blocks[0].level == 3);
    CHECK(c->blocks[0].first == 1);
    CHECK(c->blocks[0].last == 2);
    CHECK(c->blocks[1].level == 4);
    CHECK(c->blocks[1].last == 1);
    CHECK(centre.confirm(r->resultId).error().code == ErrorCode::NotAllowed); // once only

    CertificateRegistry reg(s.t.db(), kSupervisor);
    CertificateQuery byName;
    byName.namePrefix = QStringLiteral("马");
    auto found = reg.find(byName);
    REQUIRE(found->size() == 1);
    CHECK(found->first().number == QStringLiteral("Y000012000001193000001"));
    CHECK(found->first().issueDate == QDate(2019, 10, 25));
    CertificateQuery byId;
    byId.idNumber = idFor(4, false).toLower();
    CHECK(reg.find(byId)->first().number == QStringLiteral("Y000012000001194000001"));
    CHECK(reg.findList({QStringLiteral("Y000012000001193000002"), idFor(4, false), QString(), QStringLiteral("Y000012000001193000002")})->size() == 2);
    // Reviewers see masked ID numbers.
    CHECK(CertificateRegistry(s.t.db(), Session{QStringLiteral("r"), Role::Reviewer}).find(byName)->first().idNumber.contains(QLatin1Char('*')));
}

TEST_CASE("Every import check reports row and column, and nothing is written", "[results][bad-input]")
{
    Setup s;
    ResultService clerk(s.t.db(), kClerk);
    QString badId = idFor(5, true);
    badId[17] = badId[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    auto r = clerk.importCsv(
        s.plan,
        file({row(QStringLiteral("甲"), badId, QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("80"), QStringLiteral("80"), QStringLiteral("是")),
              row(QStringLiteral("乙"), idFor(6, true), QStringLiteral("女"), QStringLiteral("3"), QStringLiteral("80"), QStringLiteral("80"),
                  QStringLiteral("是")),
              row(QStringLiteral("丙"), idFor(7, true), QStringLiteral("男"), QStringLiteral("2"), QStringLiteral("80"), QStringLiteral("80"),
                  QStringLiteral("是")),
              row(QStringLiteral("丁"), idFor(8, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("120"), QStringLiteral("80"),
                  QStringLiteral("是")),
              row(QStringLiteral("戊"), idFor(9, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("50"), QStringLiteral("80"),
                  QStringLiteral("是")),
              row(QStringLiteral("己"), idFor(10, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("80"), QStringLiteral("80"),
                  QStringLiteral("否")),
              row(QStringLiteral("庚"), idFor(11, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("80"), QStringLiteral("80"),
                  QStringLiteral("是"), QStringLiteral("否")),
              row(QStringLiteral("辛"), idFor(12, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("80"), QStringLiteral("80"),
                  QStringLiteral("是"), QStringLiteral("是"), QStringLiteral("6-18-02-04"), QStringLiteral("焊工")),
              row(QStringLiteral("壬"), idFor(13, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("80"), QStringLiteral("80"),
                  QStringLiteral("是"), QStringLiteral("是"), QStringLiteral("6-31-01-03"), QStringLiteral("焊工")),
              row(QStringLiteral("癸"), idFor(14, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("=SUM(A1)"), QStringLiteral("80"),
                  QStringLiteral("是")),
              row(QStringLiteral("子"), idFor(15, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("80"), QStringLiteral("80"),
                  QStringLiteral("是")),
              row(QStringLiteral("子"), idFor(15, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("81"), QStringLiteral("80"),
                  QStringLiteral("是"))}),
        QStringLiteral("x.csv"), QDate(2019, 10, 20));
    REQUIRE_FALSE(r.ok());
    auto has = [&](int rowNo, const char* column, const char* text) {
        for (const FieldError& f : r.error().fields)
            if (f.row == rowNo && f.label == QString::fromUtf8(column) && f.message.contains(QString::fromUtf8(text)))
                return true;
        return false;
    };
    CHECK(has(1, "证件号码", "校验位"));
    CHECK(has(2, "性别", "第 17 位"));
    CHECK(has(3, "等级", "不在计划的等级"));
    CHECK(has(4, "理论知识成绩", "0–100"));
    CHECK(has(5, "是否合格", "不能判为合格"));
    CHECK(has(6, "是否合格", "应判为合格"));
    CHECK(has(7, "天津参保", "天津"));
    CHECK(has(8, "职业编码", "不在认定计划"));
    CHECK(has(9, "职业名称", "应为“电工”"));
    CHECK(has(10, "理论知识成绩", "公式"));
    CHECK(has(12, "证件号码", "与第 11 行重复"));
    CHECK(ResultService(s.t.db(), kClerk).list()->isEmpty());
    // The error report has a header and one line per problem.
    const QString path = s.t.dir() + QStringLiteral("/错误报告.csv");
    REQUIRE(table::writeErrorReport(path, QStringLiteral("结果.csv"), r.error().fields).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // Excel opens it as UTF-8
    const QString report = QString::fromUtf8(bytes);
    CHECK(report.contains(QStringLiteral("文件,行,列,值,原因\r\n")));
    CHECK(report.contains(QStringLiteral("结果.csv,12,证件号码,")));
    CHECK(report.count(QStringLiteral("\r\n")) == r.error().fields.size() + 1);
}

TEST_CASE("Wrong header, GBK files, late filings and earlier certificates", "[results]")
{
    Setup s;
    ResultService clerk(s.t.db(), kClerk);
    auto header = clerk.importCsv(s.plan, QStringLiteral("姓名,身份证\n张三,1\n").toUtf8(), QStringLiteral("h.csv"), QDate(2019, 10, 20));
    REQUIRE_FALSE(header.ok());
    CHECK(header.error().fullText().contains(QStringLiteral("缺少此列")));
    CHECK(header.error().fullText().contains(QStringLiteral("身份证")));
    CHECK(clerk.importCsv(s.plan, file({}), QStringLiteral("e.csv"), QDate(2019, 10, 20)).error().fullText().contains(QStringLiteral("没有考生")));
    CHECK(clerk.importCsv(s.plan, file({}), QStringLiteral("e.csv"), QDate(2019, 10, 1)).error().message.contains(QStringLiteral("早于计划结束")));

    // GBK, and one day after the due date: imported, marked late.
    const QString text = QString::fromUtf8(file({row(QStringLiteral("马春生"), idFor(1, true), QStringLiteral("男"), QStringLiteral("3"),
                                                     QStringLiteral("82"), QStringLiteral("88"), QStringLiteral("是"))}));
    QStringEncoder gbk("GB18030");
    auto late = clerk.importCsv(s.plan, gbk.encode(text), QStringLiteral("gbk.csv"), QDate(2019, 10, 24));
    INFO(test::why(late));
    REQUIRE(late.ok());
    CHECK(late->encoding == QStringLiteral("GB18030"));
    CHECK(clerk.get(late->resultId)->late);
    REQUIRE(ResultService(s.t.db(), kSupervisor).confirm(late->resultId, QDate(2019, 10, 25)).ok());
    // The same person, occupation and level again: refused as a duplicate of the certificate.
    auto again = clerk.importCsv(s.plan, text.toUtf8(), QStringLiteral("again.csv"), QDate(2019, 10, 25));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().fullText().contains(QStringLiteral("已取得")));
}

TEST_CASE("Revocation and reissue keep the register honest", "[certificates]")
{
    Setup s;
    auto r = ResultService(s.t.db(), kClerk)
                 .importCsv(s.plan,
                            file({row(QStringLiteral("马春生"), idFor(1, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("82"),
                                      QStringLiteral("88"), QStringLiteral("是")),
                                  row(QStringLiteral("何振华"), idFor(3, true), QStringLiteral("男"), QStringLiteral("3"), QStringLiteral("82"),
                                      QStringLiteral("88"), QStringLiteral("是"))}),
                            QStringLiteral("r.csv"), QDate(2019, 10, 20));
    REQUIRE(r.ok());
    REQUIRE(ResultService(s.t.db(), kSupervisor).confirm(r->resultId, QDate(2019, 10, 25)).ok());
    CertificateRegistry reg(s.t.db(), kSupervisor);
    CHECK(reg.revoke(QStringLiteral("Y000012000001193000001"), QString()).error().code == ErrorCode::Invalid);
    REQUIRE(reg.revoke(QStringLiteral("Y000012000001193000001"), QStringLiteral("考试作弊")).ok());
    CHECK(reg.get(QStringLiteral("Y000012000001193000001"))->status == QStringLiteral("revoked"));
    CHECK(reg.revoke(QStringLiteral("Y000012000001193000001"), QStringLiteral("again")).error().code == ErrorCode::NotAllowed);
    auto copy = reg.reissue(QStringLiteral("Y000012000001193000002"), QStringLiteral("证书遗失"), QDate(2020, 3, 2));
    REQUIRE(copy.ok());
    CHECK(copy->number == QStringLiteral("Y000012000001203000001")); // a new number in the 2020 space
    CHECK(copy->replaces == QStringLiteral("Y000012000001193000002"));
    CHECK(reg.get(QStringLiteral("Y000012000001193000002"))->status == QStringLiteral("replaced"));
    // Neither a revoked nor a replaced certificate is reissued; the message says which it is.
    auto revoked = reg.reissue(QStringLiteral("Y000012000001193000001"), QStringLiteral("遗失"), QDate(2020, 3, 2));
    CHECK(revoked.error().code == ErrorCode::NotAllowed);
    CHECK(revoked.error().message.contains(QStringLiteral("已撤销")));
    auto again = reg.reissue(QStringLiteral("Y000012000001193000002"), QStringLiteral("遗失"), QDate(2020, 3, 2));
    CHECK(again.error().message.contains(QStringLiteral("已换发过")));
    CHECK(CertificateRegistry(s.t.db(), kClerk).revoke(copy->number, QStringLiteral("x")).error().code == ErrorCode::NotAllowed);
    CHECK(reg.get(QStringLiteral("Y000012000001193000099")).error().code == ErrorCode::NotFound);
    REQUIRE(reg.markPrinted({copy->number}, QStringLiteral("certificate")).ok());
    CHECK(reg.get(copy->number)->printed == 1);
}

TEST_CASE("Candidate photos are imported by ID number, and bad files are reported", "[certificates][photos]")
{
    test::TestDatabase t;
    QDir dir(t.dir());
    REQUIRE(dir.mkdir(QStringLiteral("photos")));
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(QStringLiteral("photos/") + name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("11010519491231002x.jpg"), QByteArray("\xFF\xD8\xFF\xE0 jpeg body"));
    write(QStringLiteral("110105194912310021.jpg"), QByteArray("\xFF\xD8\xFF\xE0"));
    write(QStringLiteral("440524188001010014.png"), QByteArray("not an image"));
    CertificateRegistry reg(t.db(), kSupervisor);
    QStringList skipped;
    // Cancelled at the third file: not even the good first one is kept.
    QList<std::pair<int, int>> calls;
    auto cancelled = reg.importPhotos(dir.filePath(QStringLiteral("photos")), &skipped, [&calls](int done, int total) {
        calls.append({done, total});
        return done < 2;
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("取消")));
    CHECK(calls == QList<std::pair<int, int>>{{0, 3}, {1, 3}, {2, 3}});
    CHECK(reg.photo(QStringLiteral("11010519491231002X"))->isEmpty());
    skipped.clear();
    calls.clear();
    auto n = reg.importPhotos(dir.filePath(QStringLiteral("photos")), &skipped, [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(n.ok());
    CHECK(calls.size() == 4);
    CHECK(calls.last() == std::pair{3, 3});
    CHECK(*n == 1);
    CHECK(skipped.size() == 2);
    CHECK(reg.photo(QStringLiteral("11010519491231002X"))->startsWith("\xFF\xD8"));
    CHECK(reg.photo(QStringLiteral("440524188001010014"))->isEmpty());
    CHECK(CertificateRegistry(t.db(), Session{QStringLiteral("r"), Role::Reviewer}).importPhotos(dir.path(), nullptr).error().code ==
          ErrorCode::NotAllowed);
    CHECK(reg.importPhotos(dir.filePath(QStringLiteral("none")), nullptr).error().code == ErrorCode::NotFound);
}

TEST_CASE("A long import reports its progress and can be cancelled while checking or writing", "[results]")
{
    Setup s;
    QStringList rows;
    // 1,200 different resident IDs: one birthday each.
    auto uniqueId = [](int n, bool male) {
        const QString body = QStringLiteral("120104") + QDate(1980, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                             QStringLiteral("01") + QString::number(male ? 1 : 2);
        return body + validation::residentIdCheckChar(body);
    };
    for (int i = 0; i < 1200; ++i)
        rows << row(QStringLiteral("王伟"), uniqueId(i, i % 2 == 1), i % 2 == 1 ? QStringLiteral("男") : QStringLiteral("女"),
                    QStringLiteral("4"), QStringLiteral("80"), QStringLiteral("85"), QStringLiteral("是"));
    const QByteArray bytes = file(rows);
    ResultService clerk(s.t.db(), kClerk);
    auto listed = [&] { return clerk.list(s.enterprise)->size(); };

    // Cancelled while the rows are checked, and again while they are written: nothing stays.
    for (const qint64 stopAt : {qint64(1000), qint64(2200)}) {
        qint64 last = -1;
        clerk.setImportProgress([&](qint64 done, qint64 total) {
            CHECK(total == 2400);
            last = done;
            return done < stopAt;
        });
        auto r = clerk.importCsv(s.plan, bytes, QStringLiteral("大名单.csv"), QDate(2019, 10, 22));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("取消")));
        CHECK(last == stopAt);
        CHECK(listed() == 0);
    }
    auto q = s.t.db().exec(QStringLiteral("SELECT count(*) FROM result_rows"));
    REQUIRE(q.ok());
    QSqlQuery& count = q.value();
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);

    // Not cancelled: every thousand rows of each stage, then the end.
    QList<qint64> seen;
    clerk.setImportProgress([&](qint64 done, qint64) {
        seen << done;
        return true;
    });
    auto r = clerk.importCsv(s.plan, bytes, QStringLiteral("大名单.csv"), QDate(2019, 10, 22));
    INFO(test::why(r));
    REQUIRE(r.ok());
    CHECK(r->imported == 1200);
    CHECK(seen == QList<qint64>{0, 1000, 1200, 2200, 2400});
    CHECK(listed() == 1);
}
