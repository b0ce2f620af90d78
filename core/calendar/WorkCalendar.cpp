#include "core/calendar/WorkCalendar.h"

#include "core/audit/AuditLog.h"
#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/db/Database.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::WorkCalendar".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::WorkCalendar)
};
} // namespace

QString dayKindKey(DayKind k)
{
    switch (k) {
    case DayKind::Normal: return QStringLiteral("normal");
    case DayKind::Off: return QStringLiteral("off");
    case DayKind::Work: return QStringLiteral("work");
    }
    return {};
}

QString dayKindLabel(DayKind k)
{
    switch (k) {
    case DayKind::Normal: return QStringLiteral("正常");
    case DayKind::Off: return QStringLiteral("休");
    case DayKind::Work: return QStringLiteral("班");
    }
    return {};
}

static bool kindFrom(const QString& s, DayKind* out)
{
    const QString v = validation::normalizeWidth(s).toLower();
    for (DayKind k : {DayKind::Normal, DayKind::Off, DayKind::Work})
        if (v == dayKindKey(k) || v == dayKindLabel(k)) {
            *out = k;
            return true;
        }
    return false;
}

Status WorkCalendar::seedIfEmpty()
{
    auto c = m_db.exec(QStringLiteral("SELECT count(*) FROM work_calendar"));
    if (!c || !c.value().next())
        return c ? Status(Error::storage(Tr::tr("无法读取工作日历。"))) : Status(c.error());
    if (c.value().value(0).toInt() > 0)
        return {};
    QFile f(QStringLiteral(":/reference/calendar_2019_2026.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("缺少工作日历参考数据。"));
    auto rows = csv::parse(QString::fromUtf8(f.readAll()));
    if (!rows)
        return rows.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QStringList& r = rows->at(i);
        if (r.size() < 2)
            continue;
        auto ins = m_db.exec(QStringLiteral("INSERT INTO work_calendar (date, kind, note) VALUES (?,?,?) ON CONFLICT DO NOTHING"),
                             {r.at(0), r.at(1), QStringLiteral("国务院办公厅 %1 年节假日安排").arg(r.value(2))});
        if (!ins)
            return ins.error();
    }
    return tx.commit();
}

Result<QHash<QDate, DayKind>> WorkCalendar::load() const
{
    auto q = m_db.exec(QStringLiteral("SELECT date, kind FROM work_calendar"));
    if (!q)
        return q.error();
    QHash<QDate, DayKind> out;
    while (q.value().next()) {
        DayKind k;
        if (kindFrom(q.value().value(1).toString(), &k))
            out.insert(QDate::fromString(q.value().value(0).toString(), Qt::ISODate), k);
    }
    return out;
}

bool WorkCalendar::working(const QDate& d, const QHash<QDate, DayKind>& special)
{
    const auto it = special.constFind(d);
    if (it != special.cend() && *it != DayKind::Normal)
        return *it == DayKind::Work;
    return d.dayOfWeek() <= 5;
}

Result<bool> WorkCalendar::isWorkingDay(const QDate& d) const
{
    auto s = load();
    if (!s)
        return s.error();
    return working(d, *s);
}

Result<QDate> WorkCalendar::addWorkingDays(const QDate& from, int n) const
{
    if (!from.isValid())
        return Error::invalid(Tr::tr("日期无效，应为 YYYY-MM-DD。"));
    if (n < -100000 || n > 100000)
        return Error::invalid(Tr::tr("工作日数 %1 超出范围。").arg(n));
    auto s = load();
    if (!s)
        return s.error();
    QDate d = from;
    const int step = n >= 0 ? 1 : -1;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (working(d, *s))
            --left;
    }
    return d;
}

Result<int> WorkCalendar::countWorkingDays(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return Error::invalid(Tr::tr("日期无效，应为 YYYY-MM-DD。"));
    if (std::abs(from.daysTo(to)) > 36600)
        return Error::invalid(Tr::tr("日期相距超过 100 年。"));
    auto s = load();
    if (!s)
        return s.error();
    const QDate lo = std::min(from, to), hi = std::max(from, to);
    int n = 0;
    for (QDate d = lo.addDays(1); d <= hi; d = d.addDays(1))
        n += working(d, *s) ? 1 : 0;
    return to < from ? -n : n;
}

Result<QList<CalendarDay>> WorkCalendar::days(int year) const
{
    auto q = m_db.exec(QStringLiteral("SELECT date, kind, note FROM work_calendar WHERE date >= ? AND date <= ? ORDER BY date"),
                       {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)});
    if (!q)
        return q.error();
    QList<CalendarDay> out;
    while (q.value().next()) {
        CalendarDay d{QDate::fromString(q.value().value(0).toString(), Qt::ISODate), DayKind::Normal, q.value().value(2).toString()};
        kindFrom(q.value().value(1).toString(), &d.kind);
        out << d;
    }
    return out;
}

Result<QList<int>> WorkCalendar::coveredYears() const
{
    // A year counts as covered when the calendar holds at least its New Year holiday.
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT substr(date, 1, 4) FROM work_calendar WHERE kind = 'off' "
                                      "AND substr(date, 6, 5) = '01-01' ORDER BY 1"));
    if (!q)
        return q.error();
    QList<int> out;
    while (q.value().next())
        out << q.value().value(0).toInt();
    return out;
}

QString WorkCalendar::coverageWarning(const QDate& a, const QDate& b) const
{
    auto years = coveredYears();
    if (!years)
        return years.error().message;
    QStringList missing;
    for (const QDate& d : {a, b})
        if (d.isValid() && !years->contains(d.year()) && !missing.contains(QString::number(d.year())))
            missing << QString::number(d.year());
    if (missing.isEmpty())
        return {};
    return Tr::tr("工作日历未包含 %1 年的节假日安排，按周一至周五计算。请管理员导入该年日历。")
        .arg(missing.join(Tr::tr("、")));
}

Status WorkCalendar::setDay(const Session& session, const QDate& date, DayKind kind, const QString& note)
{
    if (auto denied = session.refuse(Permission::EditReferenceData))
        return *denied;
    if (!date.isValid())
        return Error::invalid(Tr::tr("日期无效，应为 YYYY-MM-DD。"));
    if (kind == DayKind::Off && date.dayOfWeek() > 5)
        return Error::invalid(Tr::tr("%1 是周末，本来就休息，无需标为节假日。").arg(date.toString(Qt::ISODate)));
    if (kind == DayKind::Work && date.dayOfWeek() <= 5)
        return Error::invalid(Tr::tr("%1 是工作日，调休上班只能设在周末。").arg(date.toString(Qt::ISODate)));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto before = m_db.exec(QStringLiteral("SELECT kind FROM work_calendar WHERE date = ?"), {date.toString(Qt::ISODate)});
    if (!before)
        return before.error();
    const QString old = before.value().next() ? before.value().value(0).toString() : QStringLiteral("normal");
    auto w = kind == DayKind::Normal
                 ? m_db.exec(QStringLiteral("DELETE FROM work_calendar WHERE date = ?"), {date.toString(Qt::ISODate)})
                 : m_db.exec(QStringLiteral("INSERT INTO work_calendar (date, kind, note) VALUES (?,?,?) "
                                         "ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, note = excluded.note"),
                             {date.toString(Qt::ISODate), dayKindKey(kind), note});
    if (!w)
        return w.error();
    if (Status s = AuditLog(m_db).append(session.user, QStringLiteral("set_day"), QStringLiteral("work_calendar"),
                                         date.toString(Qt::ISODate), {{QStringLiteral("kind"), old}},
                                         {{QStringLiteral("kind"), dayKindKey(kind)}, {QStringLiteral("note"), note}});
        !s)
        return s;
    return tx.commit();
}

Result<int> WorkCalendar::importCsv(const Session& session, const QByteArray& bytes)
{
    if (auto denied = session.refuse(Permission::EditReferenceData))
        return *denied;
    auto decoded = csv::decode(bytes);
    if (!decoded)
        return decoded.error();
    auto rows = csv::parse(decoded->text);
    if (!rows)
        return rows.error();
    return importRows(session, *rows);
}

Result<int> WorkCalendar::importFile(const Session& session, const QString& path)
{
    if (auto denied = session.refuse(Permission::EditReferenceData))
        return *denied;
    auto read = table::read(path);
    if (!read)
        return read.error();
    return importRows(session, read->rows);
}

Result<int> WorkCalendar::importRows(const Session& session, const QList<QStringList>& rows)
{
    if (auto denied = session.refuse(Permission::EditReferenceData))
        return *denied;
    QList<FieldError> errors;
    QList<CalendarDay> items;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList& r = rows.at(i);
        if (r.join(QString()).trimmed().isEmpty())
            continue;
        const int row = static_cast<int>(i);
        CalendarDay d{QDate::fromString(validation::normalizeWidth(r.value(0)), Qt::ISODate), DayKind::Normal, r.value(2).trimmed()};
        if (!d.date.isValid())
            errors << FieldError{QStringLiteral("date"), Tr::tr("日期"), Tr::tr("应为 YYYY-MM-DD 格式的日期。"), row, r.value(0)};
        else if (!kindFrom(r.value(1), &d.kind))
            errors << FieldError{QStringLiteral("kind"), Tr::tr("类型"), Tr::tr("应为 off（休）、work（班）或 normal。"), row, r.value(1)};
        else if (d.kind == DayKind::Off && d.date.dayOfWeek() > 5)
            errors << FieldError{QStringLiteral("kind"), Tr::tr("类型"), Tr::tr("周末本来就休息，无需列为节假日。"), row, r.value(0)};
        else if (d.kind == DayKind::Work && d.date.dayOfWeek() <= 5)
            errors << FieldError{QStringLiteral("kind"), Tr::tr("类型"), Tr::tr("调休上班只能设在周末。"), row, r.value(0)};
        items << d;
    }
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("日历文件有 %1 处错误，未导入任何数据。").arg(errors.size()), errors);
    if (items.isEmpty())
        return Error::invalid(Tr::tr("文件中没有日期。表头应为 date,kind,note。"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    for (const CalendarDay& d : items) {
        auto w = d.kind == DayKind::Normal
                     ? m_db.exec(QStringLiteral("DELETE FROM work_calendar WHERE date = ?"), {d.date.toString(Qt::ISODate)})
                     : m_db.exec(QStringLiteral("INSERT INTO work_calendar (date, kind, note) VALUES (?,?,?) "
                                         "ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, note = excluded.note"),
                                 {d.date.toString(Qt::ISODate), dayKindKey(d.kind), d.note});
        if (!w)
            return w.error();
    }
    if (Status s = AuditLog(m_db).append(session.user, QStringLiteral("import"), QStringLiteral("work_calendar"), QString(), {},
                                         {{QStringLiteral("rows"), static_cast<int>(items.size())}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(items.size());
}

} // namespace jd
