// The supervision screens after publication: the working calendar, the plan dialog and
// its deadline, spot checks, result import (refused and accepted) and confirmation,
// statistics against the register, and the model tester on every new model.
#include "core/calendar/WorkCalendar.h"
#include "core/certificates/CertificateRegistry.h"
#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/demo/DemoGenerator.h"
#include "core/registry/EnterpriseService.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"
#include "core/supervision/SpotCheckService.h"
#include "core/supervision/Statistics.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/supervision/CalendarMonthModel.h"
#include "ui/supervision/CalendarView.h"
#include "ui/supervision/DayEditDialog.h"
#include "ui/supervision/NewPlanDialog.h"
#include "ui/supervision/PlanListModel.h"
#include "ui/supervision/PlanListView.h"
#include "ui/supervision/ResultListModel.h"
#include "ui/supervision/ResultListView.h"
#include "ui/supervision/ResultRowModel.h"
#include "ui/supervision/SpotCheckModel.h"
#include "ui/supervision/SpotCheckView.h"
#include "ui/supervision/SpotRecordDialog.h"
#include "ui/supervision/StatisticsModel.h"
#include "ui/supervision/StatisticsView.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

struct Errors
{
    QList<Error> errors;
    Errors()
    {
        ui::ErrorPresenter::setSink([this](QWidget*, const Error& e) { errors << e; });
    }
    ~Errors() { ui::ErrorPresenter::setSink({}); }
};

struct Demo
{
    test::TestDatabase tdb;
    Demo()
    {
        auto d = DemoGenerator(tdb.db(), Session{}).generate({12, 300, 4});
        INFO(test::why(d));
        REQUIRE(d.ok());
    }
};

// A plan of a published enterprise, run in October 2026 (before the fixed clock's today).
CertificationPlan pastPlan(Database& db, const QList<std::pair<qint64, QString>>& pilots,
                           Enterprise* out)
{
    REQUIRE_FALSE(pilots.isEmpty());
    auto e = EnterpriseService(db, Session{}).get(pilots.first().first);
    REQUIRE(e.ok());
    *out = *e;
    const OccupationApplied& o = e->occupations.first();
    QJsonArray levels;
    for (int l : o.levels)
        levels.append(l);
    auto p = PlanService(db, Session{})
                 .create({{QStringLiteral("enterprise_id"), e->id},
                          {QStringLiteral("submitted"), QStringLiteral("2026-09-15")},
                          {QStringLiteral("start"), QStringLiteral("2026-10-12")},
                          {QStringLiteral("end"), QStringLiteral("2026-10-14")},
                          {QStringLiteral("candidates"), 3},
                          {QStringLiteral("occupations"),
                           QJsonArray{QJsonObject{{QStringLiteral("code"), o.code},
                                                  {QStringLiteral("levels"), levels}}}}});
    INFO(test::why(p));
    REQUIRE(p.ok());
    return *p;
}

QString resultLine(const QString& name, const QString& id, const OccupationApplied& o, int level,
                   int theory, bool passed)
{
    return csv::line({name, QStringLiteral("居民身份证"), id,
                      id.at(16).digitValue() % 2 ? QStringLiteral("男") : QStringLiteral("女"),
                      o.code, o.name, o.trade, QString::number(level), QString::number(theory),
                      QStringLiteral("80"), QString(),
                      passed ? QStringLiteral("是") : QStringLiteral("否"), QStringLiteral("是")});
}

void writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

} // namespace

TEST_CASE("The calendar marks holidays and make-up days, and administrators set a day at the field",
          "[ui][supervision][calendar]")
{
    test::TestDatabase tdb;
    Errors errors;
    ui::CalendarView view(tdb.db(), Session{});
    ui::CalendarMonthModel* model = view.model();
    QAbstractItemModelTester tester(model, Mode::Fatal);

    view.showMonth(2019, 10);
    REQUIRE(model->markOf(QDate(2019, 10, 1)) == QStringLiteral("休"));
    const QModelIndex national = model->indexOf(QDate(2019, 10, 1));
    REQUIRE(national.isValid());
    CHECK(national.data().toString().contains(QStringLiteral("休")));
    CHECK(national.data(ui::CalendarMonthModel::KindRole).toInt() ==
          static_cast<int>(DayKind::Off));
    CHECK(model->indexOf(QDate(2019, 10, 8)).data().toString() == QStringLiteral("8"));
    view.showMonth(2019, 9);
    REQUIRE(model->markOf(QDate(2019, 9, 29)) == QStringLiteral("班"));
    CHECK(model->indexOf(QDate(2019, 9, 29)).data().toString().contains(QStringLiteral("班")));
    CHECK(model->indexOf(QDate(2019, 9, 29)).data(Qt::BackgroundRole).isValid());

    // A Saturday cannot become a holiday: refused at the kind field; as 班 it is saved.
    const QDate saturday(2026, 11, 7);
    QString shownError;
    view.setDialogRunner([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::DayEditDialog*>(d);
        REQUIRE(dialog);
        dialog->setValues(DayKind::Off, QStringLiteral("测试"));
        CHECK_FALSE(dialog->save());
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("dayKindError"));
        REQUIRE(label);
        CHECK_FALSE(label->isHidden());
        shownError = label->text();
        dialog->setValues(DayKind::Work, QStringLiteral("调休上班（测试）"));
        CHECK(dialog->save());
    });
    view.showMonth(2026, 11);
    REQUIRE(view.editDay(saturday));
    CHECK(shownError.contains(QStringLiteral("周末")));
    CHECK(model->markOf(saturday) == QStringLiteral("班"));
    CHECK(*WorkCalendar(tdb.db()).isWorkingDay(saturday));
    CHECK(errors.errors.isEmpty());

    // A clerk only views.
    ui::CalendarView clerkView(tdb.db(), Session{QStringLiteral("luru"), Role::Clerk});
    CHECK_FALSE(clerkView.editDay(saturday));
    auto* import = clerkView.findChild<QPushButton*>(QStringLiteral("importCalendarButton"));
    REQUIRE(import);
    CHECK_FALSE(import->isEnabled());
    CHECK_FALSE(import->toolTip().isEmpty());
}

TEST_CASE("The calendar's working-day panel warns about years it does not cover",
          "[ui][supervision][calendar]")
{
    test::TestDatabase tdb;
    ui::CalendarView view(tdb.db(), Session{});
    auto* from = view.findChild<QDateEdit*>(QStringLiteral("addFromDate"));
    auto* days = view.findChild<QSpinBox*>(QStringLiteral("addDaysSpin"));
    auto* result = view.findChild<QLabel*>(QStringLiteral("addResultLabel"));
    auto* warning = view.findChild<QLabel*>(QStringLiteral("calcWarningLabel"));
    auto* countFrom = view.findChild<QDateEdit*>(QStringLiteral("countFromDate"));
    auto* countTo = view.findChild<QDateEdit*>(QStringLiteral("countToDate"));
    auto* count = view.findChild<QLabel*>(QStringLiteral("countResultLabel"));
    REQUIRE((from && days && result && warning && countFrom && countTo && count));
    // 10 working days before 2019-10-14: the National Day week is skipped, 10-12 and 09-29 worked.
    from->setDate(QDate(2019, 10, 14));
    days->setValue(-10);
    CHECK(result->text().contains(QStringLiteral("2019-09-25")));
    countFrom->setDate(QDate(2019, 9, 30));
    countTo->setDate(QDate(2019, 10, 8));
    CHECK(count->text().contains(QStringLiteral("相隔 1 个工作日")));
    countTo->setDate(QDate(2019, 10, 12));
    CHECK(count->text().contains(QStringLiteral("相隔 5 个工作日")));
    CHECK(warning->isHidden());
    from->setDate(QDate(2031, 3, 3));
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("2031")));
}

TEST_CASE(
    "The plan dialog offers filed levels only, shows the deadline and refuses others by field",
    "[ui][supervision][plans]")
{
    Demo demo;
    Errors errors;
    Database& db = demo.tdb.db();
    EnterpriseService enterprises(db, Session{});
    PlanService plans(db, Session{});
    ui::PlanListView view(db, Session{}, enterprises);
    QAbstractItemModelTester tester(view.model(), Mode::Fatal);
    const auto pilots = view.pilots();
    REQUIRE_FALSE(pilots.isEmpty());
    const int before = static_cast<int>(plans.list()->size());
    CHECK(view.model()->rowCount() == before);

    ui::NewPlanDialog dialog(plans, enterprises, db, pilots);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("planEnterpriseCombo"));
    REQUIRE(combo);
    CHECK(combo->count() == pilots.size());
    const qint64 id = pilots.first().first;
    dialog.setEnterprise(id);
    const Enterprise e = *enterprises.get(id);
    const OccupationApplied& o = e.occupations.first();
    int unfiled = 0;
    for (int l = 1; l <= 5 && unfiled == 0; ++l)
        if (!o.levels.contains(l))
            unfiled = l;
    REQUIRE(unfiled != 0);

    // The deadline follows the dates as they change.
    dialog.setDates(QDate(2026, 10, 20), QDate(2026, 12, 1), QDate(2026, 12, 3));
    const QDate deadline = *WorkCalendar(db).addWorkingDays(QDate(2026, 12, 1), -10);
    auto* deadlineLabel = dialog.findChild<QLabel*>(QStringLiteral("planDeadlineLabel"));
    REQUIRE(deadlineLabel);
    CHECK(deadlineLabel->text().contains(QStringLiteral("应于 %1 前报送（开始前 10 个工作日）")
                                             .arg(deadline.toString(Qt::ISODate))));
    dialog.setDates(QDate(2026, 10, 20), QDate(2026, 12, 15), QDate(2026, 12, 16));
    const QDate later = *WorkCalendar(db).addWorkingDays(QDate(2026, 12, 15), -10);
    CHECK(deadlineLabel->text().contains(later.toString(Qt::ISODate)));
    CHECK(dialog.deadlineText() ==
          QStringLiteral("应于 %1 前报送（开始前 10 个工作日）").arg(later.toString(Qt::ISODate)));

    // Only filed levels can be ticked; a request naming another level is refused at the field.
    CHECK_FALSE(dialog.checkLevel(o.code, unfiled));
    REQUIRE(dialog.checkLevel(o.code, o.levels.first()));
    dialog.checkAllPeople();
    QJsonObject bad = dialog.request();
    QJsonArray occ = bad.value(QStringLiteral("occupations")).toArray();
    REQUIRE(occ.size() == 1);
    QJsonObject first = occ.at(0).toObject();
    first.insert(QStringLiteral("levels"), QJsonArray{o.levels.first(), unfiled});
    occ.replace(0, first);
    bad.insert(QStringLiteral("occupations"), occ);
    CHECK_FALSE(dialog.submit(bad));
    CHECK(dialog.fieldMessage(QStringLiteral("occupations"))
              .contains(QStringLiteral("不在备案等级")));
    CHECK(plans.list()->size() == before);

    // Under the refuse policy a late plan is refused at its date, whatever the language.
    REQUIRE(PlanService(db, Session{}).setLatePolicy(QStringLiteral("refuse")).ok());
    dialog.setDates(QDate(2026, 10, 20), QDate(2026, 10, 26), QDate(2026, 10, 27));
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.fieldMessage(QStringLiteral("submitted")).contains(QStringLiteral("已逾期")));
    CHECK(dialog.fieldMessage(QStringLiteral("enterprise_id")).isEmpty());
    CHECK(plans.list()->size() == before);
    REQUIRE(PlanService(db, Session{}).setLatePolicy(QStringLiteral("warn")).ok());
    dialog.setDates(QDate(2026, 10, 20), QDate(2026, 12, 15), QDate(2026, 12, 16));

    REQUIRE(dialog.submit());
    CHECK(dialog.fieldMessage(QStringLiteral("occupations")).isEmpty());
    CHECK(dialog.created().id != 0);
    CHECK(dialog.created().deadline == *WorkCalendar(db).addWorkingDays(QDate(2026, 12, 15), -10));
    view.refresh();
    CHECK(view.model()->rowCount() == before + 1);
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("The late-plan policy is an administrator's setting", "[ui][supervision][plans]")
{
    test::TestDatabase tdb;
    EnterpriseService enterprises(tdb.db(), Session{});
    ui::PlanListView admin(tdb.db(), Session{}, enterprises);
    REQUIRE(admin.setLatePolicy(QStringLiteral("refuse")).ok());
    CHECK(*PlanService(tdb.db(), Session{}).latePolicy() == QStringLiteral("refuse"));
    auto* combo = admin.findChild<QComboBox*>(QStringLiteral("latePolicyCombo"));
    REQUIRE(combo);
    CHECK(combo->currentData().toString() == QStringLiteral("refuse"));
    ui::PlanListView supervisor(tdb.db(), Session{QStringLiteral("shenhe"), Role::Supervisor},
                                enterprises);
    auto* locked = supervisor.findChild<QComboBox*>(QStringLiteral("latePolicyCombo"));
    REQUIRE(locked);
    CHECK_FALSE(locked->isEnabled());
    CHECK(locked->toolTip().contains(QStringLiteral("无权")));
    CHECK_FALSE(supervisor.setLatePolicy(QStringLiteral("warn")).ok());
}

TEST_CASE("Spot checks are drawn with a stored seed, chosen by hand and recorded by field",
          "[ui][supervision][spotcheck]")
{
    Demo demo;
    Errors errors;
    Database& db = demo.tdb.db();
    ui::SpotCheckView view(db, Session{});
    QAbstractItemModelTester tester(view.model(), Mode::Fatal);
    auto drawn = view.draw(1, 4242);
    INFO(test::why(drawn));
    REQUIRE(drawn.ok());
    REQUIRE(view.model()->rowCount() >= 1);
    CHECK(drawn->first().seed == 4242);
    const QModelIndex how =
        view.model()->index(view.model()->rowOf(drawn->first().id), ui::SpotCheckModel::SelectedBy);
    CHECK(how.data().toString().contains(QStringLiteral("4242")));

    EnterpriseService enterprises(db, Session{});
    ui::PlanListView plans(db, Session{}, enterprises);
    Enterprise e;
    const CertificationPlan p = pastPlan(db, plans.pilots(), &e);
    auto chosen = view.choose(p.id);
    REQUIRE(chosen.ok());
    CHECK(chosen->selectedBy == QStringLiteral("manual"));
    CHECK(view.currentId() == chosen->id);

    SpotCheckService checks(db, Session{});
    ui::SpotRecordDialog dialog(checks, *chosen, db.clock().today());
    dialog.setValues(QDate(2026, 10, 13), QString(), QStringLiteral("考评记录不完整"), QString(),
                     QStringLiteral("rectify"));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(dialog.fieldMessage(QStringLiteral("inspectors")).isEmpty());
    CHECK_FALSE(dialog.fieldMessage(QStringLiteral("rectification")).isEmpty());
    dialog.setValues(QDate(2026, 10, 13), QStringLiteral("张检查、李督导"),
                     QStringLiteral("考评记录不完整"), QStringLiteral("十个工作日内补齐考评记录"),
                     QStringLiteral("rectify"));
    REQUIRE(dialog.save());
    view.refresh();
    const int row = view.model()->rowOf(chosen->id);
    REQUIRE(row >= 0);
    const QModelIndex outcome = view.model()->index(row, ui::SpotCheckModel::Outcome);
    CHECK(outcome.data().toString() == QStringLiteral("限期整改"));
    CHECK(outcome.data(Qt::ForegroundRole).value<QBrush>().color() ==
          ui::SpotCheckModel::outcomeColor(QStringLiteral("rectify")));
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("A bad result list shows every problem and writes nothing, a good one imports and "
          "confirm numbers it",
          "[ui][supervision][results]")
{
    Demo demo;
    Errors errors;
    Database& db = demo.tdb.db();
    EnterpriseService enterprises(db, Session{});
    ui::PlanListView plans(db, Session{}, enterprises);
    Enterprise e;
    const CertificationPlan plan = pastPlan(db, plans.pilots(), &e);
    const OccupationApplied& o = e.occupations.first();
    ResultService results(db, Session{});
    const int before = static_cast<int>(results.list()->size());

    ui::ResultListView view(db, Session{});
    QAbstractItemModelTester tester(view.model(), Mode::Fatal);
    QAbstractItemModelTester rowsTester(view.rowModel(), Mode::Fatal);
    QTemporaryDir dir;
    quint32 seed = 777;
    const QString id1 = DemoGenerator::randomResidentId(seed);
    const QString id2 = DemoGenerator::randomResidentId(seed);
    const QString id3 = DemoGenerator::randomResidentId(seed);
    int unfiled = 0;
    for (int l = 1; l <= 5 && unfiled == 0; ++l)
        if (!o.levels.contains(l))
            unfiled = l;

    // Bad: an impossible ID number and a level outside the plan.
    QString bad = csv::line(ResultService::header());
    bad += resultLine(QStringLiteral("赵一"), id1, o, o.levels.first(), 85, true);
    bad += resultLine(QStringLiteral("钱二"), QStringLiteral("120101199001011234"), o,
                      o.levels.first(), 88, true);
    bad += resultLine(QStringLiteral("孙三"), id3, o, unfiled, 90, true);
    const QString badPath = dir.filePath(QStringLiteral("结果名单-有错.csv"));
    writeFile(badPath, bad);
    QList<FieldError> shown;
    int tableRows = 0;
    const QString reportPath = dir.filePath(QStringLiteral("错误报告.xlsx"));
    view.setDialogRunner([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::ImportErrorDialog*>(d);
        REQUIRE(dialog);
        CHECK(dialog->objectName() == QStringLiteral("resultErrorDialog"));
        tableRows = dialog->table()->rowCount();
        REQUIRE(dialog->saveReport(reportPath).ok());
    });
    auto refused = view.importFile(plan.id, badPath, QDate(2026, 10, 20));
    REQUIRE_FALSE(refused.ok());
    shown = refused.error().fields;
    REQUIRE(shown.size() >= 2);
    CHECK(tableRows == shown.size());
    QSet<int> rows;
    for (const FieldError& f : shown)
        rows.insert(f.row);
    CHECK(rows.contains(2));
    CHECK(rows.contains(3));
    // The report for the enterprise, here as a workbook: one row per problem under a header.
    auto report = table::read(reportPath);
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("XLSX"));
    REQUIRE(report->rows.size() == shown.size() + 1);
    for (int i = 0; i < shown.size(); ++i) {
        CHECK(report->rows.at(i + 1).value(1) == QString::number(shown.at(i).row));
        CHECK(report->rows.at(i + 1).value(4) == shown.at(i).message);
    }
    CHECK(results.list()->size() == before);
    CHECK(view.model()->rowCount() == before);

    // Good: two passed, one failed.
    QString good = csv::line(ResultService::header());
    good += resultLine(QStringLiteral("赵一"), id1, o, o.levels.first(), 85, true);
    good += resultLine(QStringLiteral("钱二"), id2, o, o.levels.last(), 88, true);
    good += resultLine(QStringLiteral("孙三"), id3, o, o.levels.first(), 40, false);
    const QString goodPath = dir.filePath(QStringLiteral("结果名单.csv"));
    writeFile(goodPath, good);
    view.setDialogRunner([](QDialog*) { FAIL("no dialog expected"); });
    auto imported = view.importFile(plan.id, goodPath, QDate(2026, 10, 20));
    INFO(test::why(imported));
    REQUIRE(imported.ok());
    CHECK(imported->imported == 3);
    CHECK(view.model()->rowCount() == before + 1);
    CHECK(view.currentId() == imported->resultId);
    CHECK(view.rowModel()->rowCount() == 3);

    QString question;
    view.setAsker([&](QWidget*, const QString&, const QString& q) {
        question = q;
        return true;
    });
    auto confirmed = view.confirm(imported->resultId);
    INFO(test::why(confirmed));
    REQUIRE(confirmed.ok());
    CHECK(question.contains(QStringLiteral("合格 2 人")));
    CHECK(confirmed->certificates == 2);
    CHECK(view.statusText().contains(QStringLiteral("号段")));
    CertificateQuery q;
    q.resultId = imported->resultId;
    auto certs = CertificateRegistry(db, Session{}).find(q);
    REQUIRE(certs.ok());
    REQUIRE(certs->size() == 2);
    QStringList holders;
    for (const Certificate& c : *certs) {
        CHECK(c.number.size() == 22);
        holders << c.idNumber;
    }
    CHECK(holders.contains(id1));
    CHECK(holders.contains(id2));
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("The statistics totals equal the register and the national export streams it",
          "[ui][supervision][statistics]")
{
    Demo demo;
    Errors errors;
    Database& db = demo.tdb.db();
    ui::StatisticsView view(db, Session{});
    QAbstractItemModelTester tester(view.model(), Mode::Fatal);
    // Computed on a thread of its own; the window stays responsive meanwhile.
    for (int i = 0; i < 1000 && view.isComputing(); ++i)
        QTest::qWait(10);
    REQUIRE_FALSE(view.isComputing());
    auto filings = ResultService(db, Session{}).list();
    REQUIRE(filings.ok());
    CertificateRegistry registry(db, Session{});
    int candidates = 0, passed = 0, issued = 0;
    for (const ResultFiling& r : *filings) {
        if (r.status != QStringLiteral("confirmed"))
            continue;
        candidates += r.rows;
        passed += r.passed;
        CertificateQuery q;
        q.resultId = r.id;
        q.limit = 1000000;
        auto certs = registry.find(q);
        REQUIRE(certs.ok());
        for (const Certificate& c : *certs)
            issued += c.status != QStringLiteral("revoked") ? 1 : 0;
    }
    REQUIRE(issued >= 300);
    const StatRow& t = view.model()->totals();
    CHECK(t.candidates == candidates);
    CHECK(t.passed == passed);
    CHECK(t.certificates == issued);
    const QModelIndex totalRow =
        view.model()->index(view.model()->rowCount() - 1, ui::StatisticsModel::Enterprise);
    CHECK(totalRow.data().toString() == QStringLiteral("合计"));
    int charted = 0;
    for (int n : view.certificatesByLevel())
        charted += n;
    CHECK(charted == issued);

    CHECK(ui::StatisticsView::defaultExportName(QDate(2026, 11, 2))
              .contains(QStringLiteral("含身份证号")));
    QTemporaryDir dir;
    auto out = view.nationalExport(dir.filePath(QStringLiteral("上报.csv")), 0);
    INFO(test::why(out));
    REQUIRE(out.ok());
    CHECK(out->rows == issued);
    REQUIRE(view.exportTable(dir.filePath(QStringLiteral("统计.xlsx"))).ok());
    CHECK(QFileInfo(dir.filePath(QStringLiteral("统计.xlsx"))).size() > 0);
    auto ledger = view.ledger(filings->first().enterpriseId);
    REQUIRE(ledger.ok());
    CHECK_FALSE(ledger->results.isEmpty());
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("The supervision list models pass the model tester", "[ui][supervision][models]")
{
    Demo demo;
    Database& db = demo.tdb.db();
    ui::PlanListModel plans;
    QAbstractItemModelTester t1(&plans, Mode::Fatal);
    plans.setRows(*PlanService(db, Session{}).list());
    CHECK(plans.rowCount() > 0);
    ui::ResultListModel results;
    QAbstractItemModelTester t2(&results, Mode::Fatal);
    auto list = *ResultService(db, Session{}).list();
    results.setRows(list);
    REQUIRE(results.rowCount() > 0);
    CHECK(results.index(0, ui::ResultListModel::Status)
              .data()
              .toString()
              .startsWith(QStringLiteral("已确认")));
    ui::ResultRowModel rows;
    QAbstractItemModelTester t3(&rows, Mode::Fatal);
    rows.setRows(*ResultService(db, Session{}).rows(list.first().id));
    CHECK(rows.rowCount() == list.first().rows);
    ui::StatisticsModel stats;
    QAbstractItemModelTester t4(&stats, Mode::Fatal);
    stats.setRows(*Statistics(db, Session{}).compute({}));
    CHECK(stats.rowCount() == stats.rows().size() + 1);
    stats.setRows({});
    CHECK(stats.rowCount() == 0);
    ui::SpotCheckModel checks;
    QAbstractItemModelTester t5(&checks, Mode::Fatal);
    auto drawn = SpotCheckService(db, Session{}).drawRandom(2, 9);
    REQUIRE(drawn.ok());
    REQUIRE_FALSE(drawn->isEmpty());
    checks.setRows(*drawn);
    CHECK(checks.rowCount() == drawn->size());
    checks.setRows({});
    CHECK(checks.rowCount() == 0);
}
