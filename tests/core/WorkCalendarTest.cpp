#include "core/calendar/WorkCalendar.h"
#include "core/common/TableFile.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("Working days: long holidays, make-up Saturdays and Sundays", "[calendar]")
{
    test::TestDatabase t;
    WorkCalendar c(t.db());
    CHECK_FALSE(*c.isWorkingDay(QDate(2019, 10, 1)));  // National Day
    CHECK(*c.isWorkingDay(QDate(2019, 9, 29)));        // Sunday, make-up day
    CHECK(*c.isWorkingDay(QDate(2019, 10, 12)));       // Saturday, make-up day
    CHECK_FALSE(*c.isWorkingDay(QDate(2019, 10, 13))); // plain Sunday
    CHECK_FALSE(*c.isWorkingDay(QDate(2020, 1, 30)));  // the extended 2020 Spring Festival is shipped as given
    CHECK(*c.isWorkingDay(QDate(2026, 2, 14)));        // Saturday before the 2026 Spring Festival
    CHECK_FALSE(*c.isWorkingDay(QDate(2026, 2, 23)));
    // Ten working days before 2019-10-08 reach back over the holiday and its make-up Sunday.
    CHECK(*c.addWorkingDays(QDate(2019, 10, 8), -10) == QDate(2019, 9, 18));
    CHECK(*c.addWorkingDays(QDate(2019, 9, 30), 1) == QDate(2019, 10, 8));
    CHECK(*c.addWorkingDays(QDate(2019, 10, 8), 0) == QDate(2019, 10, 8));
    CHECK(*c.countWorkingDays(QDate(2019, 9, 30), QDate(2019, 10, 14)) == 6);
    CHECK(*c.countWorkingDays(QDate(2019, 10, 14), QDate(2019, 9, 30)) == -6);
    CHECK(*c.countWorkingDays(QDate(2019, 1, 1), QDate(2019, 1, 1)) == 0);
}

TEST_CASE("Working days across year boundaries", "[calendar]")
{
    test::TestDatabase t;
    WorkCalendar c(t.db());
    // 2018-12-29 (Saturday) was a make-up day for the 2019 New Year; 12-30/31 and 01-01 off.
    CHECK(*c.isWorkingDay(QDate(2018, 12, 29)));
    CHECK_FALSE(*c.isWorkingDay(QDate(2018, 12, 31)));
    CHECK(*c.addWorkingDays(QDate(2018, 12, 28), 1) == QDate(2018, 12, 29));
    CHECK(*c.addWorkingDays(QDate(2018, 12, 29), 1) == QDate(2019, 1, 2));
    // 2022-12-31 belongs to the 2023 New Year holiday (a Saturday anyway); 2023-01-02 off.
    CHECK(*c.addWorkingDays(QDate(2022, 12, 30), 1) == QDate(2023, 1, 3));
    // January 2020: 16 weekdays before the Spring Festival (01-24…02-02) plus make-up Sunday 01-19.
    CHECK(*c.countWorkingDays(QDate(2019, 12, 31), QDate(2020, 1, 31)) == 17);
    CHECK(c.coveredYears()->size() == 8);
    CHECK(c.coverageWarning(QDate(2019, 5, 1)).isEmpty());
    CHECK(c.coverageWarning(QDate(2031, 5, 1)).contains(QStringLiteral("2031")));
}

TEST_CASE("Administrators edit and import the calendar; bad files change nothing", "[calendar]")
{
    test::TestDatabase t;
    WorkCalendar c(t.db());
    const Session admin;
    const Session clerk{QStringLiteral("c"), Role::Clerk};
    CHECK(c.setDay(clerk, QDate(2027, 1, 1), DayKind::Off, {}).error().code == ErrorCode::NotAllowed);
    CHECK(c.setDay(admin, QDate(2027, 1, 2), DayKind::Off, {}).error().code == ErrorCode::Invalid); // a Saturday
    CHECK(c.setDay(admin, QDate(2027, 1, 4), DayKind::Work, {}).error().code == ErrorCode::Invalid); // a Monday
    REQUIRE(c.setDay(admin, QDate(2027, 1, 1), DayKind::Off, QStringLiteral("元旦")).ok());
    CHECK_FALSE(*c.isWorkingDay(QDate(2027, 1, 1)));
    REQUIRE(c.setDay(admin, QDate(2027, 1, 1), DayKind::Normal, {}).ok());
    CHECK(*c.isWorkingDay(QDate(2027, 1, 1)));

    const QByteArray bad = QStringLiteral("date,kind,note\n2027-02-05,off,春节\n2027-02-06,work,\n").toUtf8(); // 02-06 is a Saturday: fine
    const QByteArray wrong = QStringLiteral("date,kind,note\n2027-02-05,off,春节\n2027-02-08,work,\n2027-13-01,off,\n").toUtf8();
    auto refused = c.importCsv(admin, wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fields.size() == 2);
    CHECK(refused.error().fields.at(0).row == 2);
    CHECK(*c.isWorkingDay(QDate(2027, 2, 5))); // nothing written
    auto ok = c.importCsv(admin, bad);
    REQUIRE(ok.ok());
    CHECK(*ok == 2);
    CHECK_FALSE(*c.isWorkingDay(QDate(2027, 2, 5)));
    CHECK(*c.isWorkingDay(QDate(2027, 2, 6)));
    CHECK(c.days(2027)->size() == 2);
}

TEST_CASE("A calendar is imported from an Excel workbook, all or nothing", "[calendar]")
{
    test::TestDatabase t;
    WorkCalendar c(t.db());
    const Session admin;
    const QString wrong = t.dir() + QStringLiteral("/wrong.xlsx");
    REQUIRE(table::write(wrong, {{QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("note")},
                                 {QStringLiteral("2027-02-05"), QStringLiteral("休"), QStringLiteral("春节")},
                                 {QStringLiteral("2027-02-08"), QStringLiteral("班"), QString()}})
                .ok());
    auto refused = c.importFile(admin, wrong);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields.first().row == 2);
    CHECK(*c.isWorkingDay(QDate(2027, 2, 5)));
    const QString good = t.dir() + QStringLiteral("/good.xlsx");
    REQUIRE(table::write(good, {{QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("note")},
                                {QStringLiteral("2027-02-05"), QStringLiteral("休"), QStringLiteral("春节")},
                                {QStringLiteral("2027-02-06"), QStringLiteral("班"), QString()}})
                .ok());
    auto ok = c.importFile(admin, good);
    INFO(test::why(ok));
    REQUIRE(ok.ok());
    CHECK(*ok == 2);
    CHECK_FALSE(*c.isWorkingDay(QDate(2027, 2, 5)));
    CHECK(*c.isWorkingDay(QDate(2027, 2, 6)));
    CHECK(c.importFile(Session{QStringLiteral("c"), Role::Clerk}, good).error().code == ErrorCode::NotAllowed);
}
