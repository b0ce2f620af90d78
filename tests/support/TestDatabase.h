#pragma once
// TestDatabase: a fresh, migrated database in its own temporary folder, with the
// reference data loaded and a fixed clock (2026-11-02 09:00).

#include "core/db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace jd::test {

class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_db; }
    const QString& path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    FixedClock& clock() { return *m_clock; }
    // Closes and reopens the file, as a second program start would.
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<FixedClock> m_clock;
    std::shared_ptr<Database> m_db;
};

} // namespace jd::test
