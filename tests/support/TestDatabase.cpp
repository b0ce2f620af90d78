#include "tests/support/TestDatabase.h"

#include "core/db/ReferenceData.h"

#include <catch2/catch.hpp>

namespace jd::test {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite"))),
      m_clock(std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 2), QTime(9, 0))))
{
    reopen();
    REQUIRE(seedReferenceData(*m_db).ok());
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
