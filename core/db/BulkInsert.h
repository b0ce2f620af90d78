#pragma once
// BulkInsert: one prepared statement executed for many rows inside the caller's
// transaction, through SQLite's own API (values still bound, never spliced into SQL).
// For the hot paths (result lists, certificate numbering) where Qt's per-value binding
// costs more than the insert itself. On a server it is a prepared Qt Sql statement.

#include "core/common/Result.h"

#include <QSqlQuery>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace jd {

class Database;

class BulkInsert
{
public:
    BulkInsert(const Database& db, const QString& sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // Null QVariant → NULL, integers and doubles as numbers, everything else as text.
    Status row(const QVariantList& values);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    std::optional<QSqlQuery> m_query; // PostgreSQL
};

} // namespace jd
