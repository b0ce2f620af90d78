// Screenshots of the supervision and certificate screens for docs/screenshots, made on the
// offscreen platform with demo data (plans, a confirmed result filing, certificates).
// Hidden tag: run on purpose with `ui_tests "[.screenshot]"`.
#include "core/common/Csv.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/EnterpriseService.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"
#include "core/supervision/SpotCheckService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/certificates/CertificateModel.h"
#include "ui/certificates/CertificateView.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/supervision/CalendarView.h"
#include "ui/supervision/PlanListView.h"
#include "ui/supervision/ResultListView.h"
#include "ui/supervision/SpotCheckView.h"
#include "ui/supervision/StatisticsView.h"
#include "ui/supervision/SupervisionWorkspace.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void save(QWidget& w, const char* name)
{
    settle();
    QDir dir(QStringLiteral(JD_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    const QPixmap shot = w.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(dir.filePath(QString::fromLatin1(name))));
}

} // namespace

TEST_CASE("Screenshots of the supervision and certificate screens", "[.screenshot]")
{
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    auto demo = DemoGenerator(tdb.db(), Session{}).generate({12, 300, 4});
    REQUIRE(demo.ok());
    Database& db = tdb.db();

    ui::MainWindow window(db, Session{});
    window.resize(1280, 800);
    window.show();
    ui::SupervisionWorkspace* ws = window.supervisionWorkspace();
    REQUIRE(ws);

    // More plans, some late, from several pilots.
    const auto pilots = ws->plans()->pilots();
    REQUIRE(pilots.size() >= 3);
    EnterpriseService enterprises(db, Session{});
    PlanService plans(db, Session{});
    const QDate starts[] = {QDate(2026, 9, 7),   QDate(2026, 10, 12), QDate(2026, 11, 9),
                            QDate(2026, 11, 16), QDate(2026, 11, 23), QDate(2026, 12, 7),
                            QDate(2026, 12, 14)};
    int k = 0;
    qint64 octoberPlan = 0, septemberPlan = 0;
    Enterprise octoberEnterprise, septemberEnterprise;
    for (const QDate& start : starts) {
        const auto& [id, name] = pilots.at(k % pilots.size());
        const Enterprise e = *enterprises.get(id);
        const OccupationApplied& o = e.occupations.at(k % e.occupations.size());
        QJsonArray levels;
        for (int l : o.levels)
            levels.append(l);
        const QDate submitted = std::min(db.clock().today(), start.addDays(k % 3 == 1 ? -8 : -24));
        auto p =
            plans.create({{QStringLiteral("enterprise_id"), id},
                          {QStringLiteral("submitted"), submitted.toString(Qt::ISODate)},
                          {QStringLiteral("start"), start.toString(Qt::ISODate)},
                          {QStringLiteral("end"), start.addDays(2).toString(Qt::ISODate)},
                          {QStringLiteral("candidates"), 40 + 15 * k},
                          {QStringLiteral("sites"), QStringLiteral("企业技能培训中心")},
                          {QStringLiteral("occupations"),
                           QJsonArray{QJsonObject{{QStringLiteral("code"), o.code},
                                                  {QStringLiteral("levels"), levels}}}},
                          {QStringLiteral("assessors"), QJsonArray{e.assessors.first().name}},
                          {QStringLiteral("supervisors"), QJsonArray{e.supervisors.first().name}}});
        INFO(test::why(p));
        REQUIRE(p.ok());
        if (start == QDate(2026, 9, 7)) {
            septemberPlan = p->id;
            septemberEnterprise = e;
        }
        if (start == QDate(2026, 10, 12)) {
            octoberPlan = p->id;
            octoberEnterprise = e;
        }
        ++k;
    }
    SpotCheckService checks(db, Session{});
    auto drawn = checks.drawRandom(2, 20261102);
    REQUIRE(drawn.ok());
    REQUIRE(checks
                .record(drawn->first().id, QDate(2026, 10, 14), QStringLiteral("王建国、刘敏"),
                        QStringLiteral("考场秩序良好，试卷保管规范"), QString(),
                        QStringLiteral("compliant"))
                .ok());

    // 工作日历: October 2019 (国庆节 and the make-up Saturday).
    // A second, confirmed result list (another occupation) and one waiting for confirmation.
    {
        const OccupationApplied& so = septemberEnterprise.occupations.first();
        const QStringList names = {QStringLiteral("周立新"), QStringLiteral("吴海燕"),
                                   QStringLiteral("郑国强"), QStringLiteral("孙丽"),
                                   QStringLiteral("王建华"), QStringLiteral("冯志远"),
                                   QStringLiteral("陈晓东"), QStringLiteral("褚红梅")};
        quint32 s = 4711;
        auto list = [&](int n, int failEvery) {
            QString t = csv::line(ResultService::header());
            for (int i = 0; i < n; ++i) {
                const QString id = DemoGenerator::randomResidentId(s, 1975, 2000);
                const bool pass = i % failEvery != 0;
                t += csv::line(
                    {names.at(i % names.size()), QStringLiteral("居民身份证"), id,
                     id.at(16).digitValue() % 2 ? QStringLiteral("男") : QStringLiteral("女"),
                     so.code, so.name, so.trade,
                     QString::number(so.levels.at(i % so.levels.size())),
                     QString::number(pass ? 62 + i % 35 : 41 + i % 15),
                     QString::number(65 + i % 30), QString(),
                     pass ? QStringLiteral("是") : QStringLiteral("否"), QStringLiteral("是")});
            }
            return t.toUtf8();
        };
        ResultService results(db, Session{});
        auto a =
            results.importCsv(septemberPlan, list(48, 4),
                              QStringLiteral("泰达重装-认定结果名单.xlsx"), QDate(2026, 9, 25));
        INFO(test::why(a));
        REQUIRE(a.ok());
        REQUIRE(results.confirm(a->resultId, QDate(2026, 9, 29)).ok());
        auto b = results.importCsv(septemberPlan, list(12, 5),
                                   QStringLiteral("泰达重装-补充名单.csv"), QDate(2026, 10, 30));
        INFO(test::why(b));
        REQUIRE(b.ok());
    }
    ws->results()->refresh();
    ws->statistics()->refresh();

    ws->showPage(ws->calendar());
    ws->calendar()->showMonth(2019, 10);
    ws->calendar()
        ->findChild<QDateEdit*>(QStringLiteral("addFromDate"))
        ->setDate(QDate(2019, 10, 14));
    save(window, "calendar.png");

    ws->showPage(ws->plans());
    ws->plans()->table()->selectRow(1);
    save(window, "plans.png");

    ws->showPage(ws->spotChecks());
    save(window, "spotchecks.png");

    // A result list with problems: the error dialog over the results page.
    ws->showPage(ws->results());
    QTemporaryDir dir;
    const OccupationApplied& o =
        octoberEnterprise.occupations.at(1 % octoberEnterprise.occupations.size());
    quint32 seed = 99;
    auto line = [&](const QString& name, const QString& id, const QString& level,
                    const QString& theory, const QString& passed, const QString& insured) {
        return csv::line({name, QStringLiteral("居民身份证"), id, QStringLiteral("男"), o.code,
                          o.name, o.trade, level, theory, QStringLiteral("82"), QString(), passed,
                          insured});
    };
    QString text = csv::line(ResultService::header());
    text += line(QStringLiteral("张伟"), DemoGenerator::randomResidentId(seed),
                 QString::number(o.levels.first()), QStringLiteral("86"), QStringLiteral("是"),
                 QStringLiteral("是"));
    text += line(QStringLiteral("李娜"), QStringLiteral("12010419880230123X"),
                 QString::number(o.levels.first()), QStringLiteral("78"), QStringLiteral("是"),
                 QStringLiteral("是"));
    text +=
        line(QStringLiteral("王强"), DemoGenerator::randomResidentId(seed), QStringLiteral("一级"),
             QStringLiteral("91"), QStringLiteral("是"), QStringLiteral("是"));
    text += line(QStringLiteral("刘洋"), DemoGenerator::randomResidentId(seed),
                 QString::number(o.levels.first()), QStringLiteral("45"), QStringLiteral("是"),
                 QStringLiteral("否"));
    text += line(QStringLiteral("陈静"), DemoGenerator::randomResidentId(seed),
                 QString::number(o.levels.first()), QStringLiteral("105"), QStringLiteral("是"),
                 QStringLiteral("是"));
    const QString path = dir.filePath(QStringLiteral("天津示例企业-认定结果名单.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    auto refused = ResultService(db, Session{}).importFile(octoberPlan, path, QDate(2026, 10, 20));
    REQUIRE_FALSE(refused.ok());
    ws->results()->table()->selectRow(0);
    settle();
    ui::ImportErrorDialog errors(path, refused.error(), &window,
                                 QStringLiteral("请企业按下表逐条修改后重新报送；可点击“保存错误报告…”把报告发给企业。"));
    errors.resize(960, 480);
    errors.show();
    settle();
    {
        // The dialog over the dimmed window, as the clerk sees it.
        QPixmap base = window.grab();
        QPixmap dialog = errors.grab();
        QPainter p(&base);
        p.fillRect(base.rect(), QColor(0, 0, 0, 70));
        // Offscreen windows have no frame: a plain title bar stands in for the system's.
        const int titleHeight = 30;
        const QPoint at((base.width() - dialog.width()) / 2,
                        (base.height() - dialog.height() + titleHeight) / 2);
        const QRect title(at.x(), at.y() - titleHeight, dialog.width(), titleHeight);
        p.fillRect(title.adjusted(-1, -1, 1, 1), QColor(0x9a, 0x9a, 0x9a));
        p.fillRect(title, QColor(0xe8, 0xe8, 0xe8));
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.setFont(QApplication::font());
        p.drawText(title.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   errors.windowTitle());
        p.drawPixmap(at, dialog);
        p.setPen(QColor(0x9a, 0x9a, 0x9a));
        p.drawRect(QRect(at, dialog.size()).adjusted(-1, 0, 0, 0));
        p.end();
        QDir out(QStringLiteral(JD_SCREENSHOT_DIR));
        REQUIRE(base.save(out.filePath(QStringLiteral("results-import-errors.png"))));
    }
    errors.hide();

    ws->showPage(ws->certificates());
    ws->certificates()->setQuery(QString(), QString(), QStringLiteral("王"));
    ws->certificates()->search();
    REQUIRE(ws->certificates()->model()->rowCount() >= 4);
    ws->certificates()->table()->selectRow(2);
    REQUIRE(ws->certificates()
                ->revokeCurrent(QStringLiteral("经核查，理论考试存在代考行为，撤销证书"))
                .ok());
    ws->certificates()->setQuery(QString(), QString(), QStringLiteral("王"));
    ws->certificates()->search();
    ws->certificates()->table()->selectRow(4);
    REQUIRE(ws->certificates()->reissueCurrent(QStringLiteral("证书遗失，本人申请补发")).ok());
    ws->certificates()->setQuery(QString(), QString(), QStringLiteral("王"));
    ws->certificates()->search();
    ws->certificates()->selectNumber(ws->certificates()->model()->rows().at(2).number);
    save(window, "certificates.png");

    ws->showPage(ws->statistics());
    for (int i = 0; i < 1000 && ws->statistics()->isComputing(); ++i)
        QTest::qWait(10);
    save(window, "statistics.png");
}
