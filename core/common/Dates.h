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
inline QString ts(const QDateTime& t)
{
    return t.toString(Qt::ISODateWithMs);
}

} // namespace jd::dates
