#pragma once
// WorkCalendar: statutory holidays and make-up working days (DESIGN §5) and working-day
// arithmetic. A working day is Mon–Fri and not a holiday, or a make-up day. Years the
// calendar does not cover count Mon–Fri only; coverage() says which years are known so
// callers can warn.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace jd {

class Database;

enum class DayKind { Normal, Off, Work };
QString dayKindKey(DayKind k); // normal, off, work
QString dayKindLabel(DayKind k);

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Normal;
    QString note;
};

class WorkCalendar
{
public:
    explicit WorkCalendar(const Database& db) : m_db(db) {}

    // Loads the shipped 2019–2026 calendar into an empty table.
    Status seedIfEmpty();
    Result<bool> isWorkingDay(const QDate& d) const;
    // The date n working days after `from` (n < 0: before); `from` itself not counted.
    Result<QDate> addWorkingDays(const QDate& from, int n) const;
    // Working days in (from, to]; negative when to < from.
    Result<int> countWorkingDays(const QDate& from, const QDate& to) const;
    // Holidays and make-up days of a year.
    Result<QList<CalendarDay>> days(int year) const;
    Result<QList<int>> coveredYears() const;
    // A message when a date falls in a year the calendar does not cover; empty otherwise.
    QString coverageWarning(const QDate& a, const QDate& b = {}) const;

    // Administrators: mark a day off, a make-up working day, or back to normal.
    Status setDay(const Session& session, const QDate& date, DayKind kind, const QString& note);
    // Rows date,kind[,note] under a header (kind off|work|normal or 休|班); all-or-nothing;
    // returns the rows. From CSV bytes, or from a .csv or .xlsx file.
    Result<int> importCsv(const Session& session, const QByteArray& bytes);
    Result<int> importFile(const Session& session, const QString& path);
    Result<int> importRows(const Session& session, const QList<QStringList>& rows);

private:
    Result<QHash<QDate, DayKind>> load() const;
    static bool working(const QDate& d, const QHash<QDate, DayKind>& special);
    const Database& m_db;
};

} // namespace jd
