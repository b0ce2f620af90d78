#pragma once
// AuditLog: the append-only, hash-chained record of every write (who, when, what,
// before and after). append() must run inside the caller's transaction so the entry
// and the change commit together; verify() reports any edited, removed or inserted entry.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace jd {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QString actor;
    QString entity;
    QString entityId;
    QDate from;
    QDate to;
    int limit = 1000;
};

class AuditLog
{
public:
    explicit AuditLog(const Database& db) : m_db(db) {}

    Status append(const QString& actor, const QString& action, const QString& entity,
                  const QString& entityId, const QJsonObject& before, const QJsonObject& after) const;
    Result<QList<AuditEntry>> entries(const AuditFilter& filter) const;
    // The same for a person: refused unless the role may read the audit log.
    Result<QList<AuditEntry>> entries(const AuditFilter& filter, const Session& session) const;
    // Writes entries as .csv (UTF-8 with BOM, for Excel) or .xlsx by the extension, and
    // records the export itself: the values before and after hold personal data.
    Status exportTo(const QList<AuditEntry>& entries, const QString& path, const Session& session) const;
    // Who last changed a record and when, for the message that refuses a stale save:
    // "张三（clerk2）于 2026-11-28 10:05"; empty when the log has no entry for it.
    QString lastChangeBy(const QString& entity, const QString& entityId) const;
    // Problems found in the chain, one line each; empty when the chain is intact.
    Result<QStringList> verify() const;

    static QString hashOf(const AuditEntry& e);

private:
    const Database& m_db;
};

} // namespace jd
