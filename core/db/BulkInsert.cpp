#include "core/db/BulkInsert.h"

#include "core/db/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::BulkInsert".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::BulkInsert)
};
} // namespace

BulkInsert::BulkInsert(const Database& db, const QString& sql)
{
    if (db.engine() != Engine::SQLite) {
        m_query.emplace(db.connection());
        if (!m_query->prepare(sql))
            m_error = sqlErrorText(*m_query);
        return;
    }
    m_db = db.sqliteHandle();
    if (!m_db) {
        m_error = Tr::tr("数据库驱动不支持批量写入。");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

BulkInsert::~BulkInsert()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status BulkInsert::row(const QVariantList& values)
{
    if (m_query) {
        if (!m_error.isEmpty())
            return Error::storage(Tr::tr("批量写入失败。"), m_error);
        for (int i = 0; i < values.size(); ++i)
            m_query->bindValue(i, bindable(values.at(i)));
        if (!m_query->exec())
            return Error::storage(Tr::tr("批量写入失败。"), sqlErrorText(*m_query));
        return {};
    }
    if (!m_stmt)
        return Error::storage(Tr::tr("批量写入失败。"), m_error);
    if (Database::bindSqlite(m_stmt, values) != SQLITE_OK)
        return Error::storage(Tr::tr("批量写入失败。"), QString::fromUtf8(sqlite3_errmsg(m_db)));
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE)
        return Error::storage(Tr::tr("批量写入失败。"), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

} // namespace jd
