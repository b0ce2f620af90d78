#pragma once
// Dates as stored: ISO 8601 text ("2019-07-01", timestamps with milliseconds). An invalid
// date is stored as the empty string and read back as an invalid QDate.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace jd::dates {

inline QString d(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
inline QDate pd(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
// "YYYY-MM-DD" read digit by digit (the hot certificate look-ups); anything else as
// QDate::fromString reads it.
inline QDate parseIso(const QString& s)
{
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
        auto digits = [&s](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i) {
                const int d = s.at(i).unicode() - '0';
                if (d < 0 || d > 9)
                    return -1;
                v = v * 10 + d;
            }
            return v;
        };
        const int y = digits(0, 4), m = digits(5, 2), day = digits(8, 2);
        if (y >= 0 && m >= 0 && day >= 0)
            return QDate(y, m, day); // invalid (e.g. 2019-02-30) stays invalid
    }
    return QDate::fromString(s, Qt::ISODate);
}
inline QString ts(const QDateTime& t)
{
    return t.toString(Qt::ISODateWithMs);
}

} // namespace jd::dates
