#pragma once
// DatabaseCopy: moves a centre's data between engines (a SQLite file ↔ a PostgreSQL
// server) or makes a SQLite copy of a server for backup. Both databases are at the
// current schema; the target holds no data yet (reference data is replaced). Every table
// is copied row for row with its ids, in one transaction on the target, and the row
// counts of both sides are compared before it commits.

#include "core/common/Result.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace jd {

class Database;

struct CopiedTable
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

struct CopyReport
{
    QList<CopiedTable> tables;
    qint64 rows = 0;
};

class DatabaseCopy
{
public:
    // progress(table, rows copied so far in all tables, rows in all tables); returning
    // false cancels the copy and nothing is written.
    using Progress = std::function<bool(const QString& table, qint64 done, qint64 total)>;

    // `actor` is recorded in the target's audit log with where the data came from.
    static Result<CopyReport> copy(const Database& from, const Database& to, const QString& actor,
                                   const Progress& progress = {});

    // The tables of the schema in the order they were created (parents before children).
    static QStringList tables();
};

} // namespace jd
