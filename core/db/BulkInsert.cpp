#include "core/db/BulkInsert.h"

#include "core/db/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace jd {

BulkInsert::BulkInsert(const Database& db, const QString& sql)
{
    if (db.engine() != Engine::SQLite) {
        m_query.emplace(db.connection());
        if (!m_query->prepare(sql))
            m_error = sqlErrorText(*m_query);
        return;
    }
    const QVariant v = db.connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3* const*>(v.data());
    if (!m_db) {
        m_error = QStringLiteral("数据库驱动不支持批量写入。");
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
            return Error::storage(QStringLiteral("批量写入失败。"), m_error);
        for (int i = 0; i < values.size(); ++i)
            m_query->bindValue(i, bindable(values.at(i)));
        if (!m_query->exec())
            return Error::storage(QStringLiteral("批量写入失败。"), sqlErrorText(*m_query));
        return {};
    }
    if (!m_stmt)
        return Error::storage(QStringLiteral("批量写入失败。"), m_error);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc;
        if (v.isNull() && v.typeId() != QMetaType::QString)
            rc = sqlite3_bind_null(m_stmt, i + 1);
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool)
            rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
        else {
            const QByteArray t = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i + 1, t.constData(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return Error::storage(QStringLiteral("批量写入失败。"), QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE)
        return Error::storage(QStringLiteral("批量写入失败。"), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

} // namespace jd
