#pragma once
// TestDatabase: a fresh, migrated database in its own temporary folder, with the
// reference data loaded and a fixed clock (2026-11-02 09:00). When JD_TEST_PG_URL names
// a PostgreSQL server (postgresql://USER@HOST:PORT/DB), the database is a fresh schema
// on that server instead, dropped again at the end: the core suite runs on both engines.

#include "core/db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace jd::test {

class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    Database& db() { return *m_db; }
    // The file path, or the server URL with the test's schema.
    const QString& path() const { return m_path; }
    // A second, independent connection to the same database (another user's session).
    std::shared_ptr<Database> openAnother() const;
    // The server every core test uses when set (JD_TEST_PG_URL), else empty.
    static QString serverUrl();
    QString dir() const { return m_dir.path(); }
    FixedClock& clock() { return *m_clock; }
    // Closes and reopens the file, as a second program start would.
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_schema; // on a server
    std::shared_ptr<FixedClock> m_clock;
    std::shared_ptr<Database> m_db;
};

} // namespace jd::test
