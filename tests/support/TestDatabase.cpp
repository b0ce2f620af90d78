#include "tests/support/TestDatabase.h"

#include "core/db/ReferenceData.h"

#include <catch2/catch.hpp>

#include <QAtomicInteger>
#include <QCoreApplication>

namespace jd::test {

namespace {
QAtomicInteger<int> g_schemaCounter;
}

QString TestDatabase::serverUrl()
{
    return qEnvironmentVariable("JD_TEST_PG_URL");
}

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite"))),
      m_clock(std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 2), QTime(9, 0))))
{
    if (const QString server = serverUrl(); !server.isEmpty()) {
        m_schema = QStringLiteral("jd_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_schemaCounter);
        m_path = server + QStringLiteral("?schema=") + m_schema;
    }
    reopen();
    REQUIRE(seedReferenceData(*m_db).ok());
}

TestDatabase::~TestDatabase()
{
    if (m_schema.isEmpty() || !m_db)
        return;
    // The test's schema goes with it; the throwaway server keeps nothing.
    (void)m_db->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
}

std::shared_ptr<Database> TestDatabase::openAnother() const
{
    auto db = Database::open(m_path);
    if (!db)
        FAIL(db.error().fullText().toStdString() + " " + db.error().detail.toStdString());
    (*db)->setClock(m_clock);
    return *db;
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(m_path);
    if (!db)
        FAIL(db.error().fullText().toStdString() + " " + db.error().detail.toStdString());
    m_db = *db;
    m_db->setClock(m_clock);
}

} // namespace jd::test
