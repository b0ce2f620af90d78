#pragma once
// BulkInsert: one prepared statement executed for many rows inside the caller's
// transaction, through SQLite's own API (values still bound, never spliced into SQL).
// For the hot paths (result lists, certificate numbering) where Qt's per-value binding
// costs more than the insert itself.

#include "core/common/Result.h"

#include <QVariantList>

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
};

} // namespace jd
