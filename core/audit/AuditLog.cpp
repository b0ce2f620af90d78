#include "core/audit/AuditLog.h"

#include "core/common/TableFile.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::AuditLog".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::AuditLog)
};

QString toJsonText(const QJsonObject& o)
{
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kGenesis = QString(64, QLatin1Char('0'));

} // namespace

QString AuditLog::hashOf(const AuditEntry& e)
{
    // Every field and the previous hash, separated so that moving text between fields
    // changes the hash too.
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList parts{QString::number(e.id), e.at.toString(Qt::ISODateWithMs), e.actor, e.action,
                            e.entity, e.entityId, e.beforeJson, e.afterJson, e.prevHash};
    for (const QString& p : parts) {
        const QByteArray b = p.toUtf8();
        h.addData(QByteArray::number(b.size()) + ':');
        h.addData(b);
    }
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QJsonObject& before, const QJsonObject& after) const
{
    auto last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEntry e;
    e.id = 1;
    e.prevHash = kGenesis;
    if (last.value().next()) {
        e.id = last.value().value(0).toLongLong() + 1;
        e.prevHash = last.value().value(1).toString();
    }
    e.at = m_db.clock().now();
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.beforeJson = toJsonText(before);
    e.afterJson = toJsonText(after);
    e.hash = hashOf(e);
    auto ins = m_db.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, "
                                        "before_json, after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                         {e.id, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.entity, e.entityId,
                          e.beforeJson, e.afterJson, e.prevHash, e.hash});
    if (!ins)
        return ins.error();
    return {};
}

static AuditEntry readEntry(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.beforeJson = q.value(6).toString();
    e.afterJson = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

Result<QList<AuditEntry>> AuditLog::entries(const AuditFilter& f) const
{
    QString sql = QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, "
                                 "prev_hash, hash FROM audit_log WHERE 1=1");
    QVariantList values;
    if (!f.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        values << f.actor;
    }
    if (!f.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        values << f.entity;
    }
    if (!f.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        values << f.entityId;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << f.to.addDays(1).toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << f.limit;
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q.value().next())
        out << readEntry(q.value());
    return out;
}

Result<QList<AuditEntry>> AuditLog::entries(const AuditFilter& filter, const Session& session) const
{
    if (auto denied = session.refuse(Permission::ViewAudit))
        return *denied;
    return entries(filter);
}

Status AuditLog::exportTo(const QList<AuditEntry>& list, const QString& path, const Session& session) const
{
    if (auto denied = session.refuse(Permission::ViewAudit))
        return *denied;
    QList<QStringList> rows{{QStringLiteral("序号"), QStringLiteral("时间"), QStringLiteral("操作人"),
                             QStringLiteral("操作"), QStringLiteral("对象"), QStringLiteral("对象编号"),
                             QStringLiteral("修改前"), QStringLiteral("修改后"), QStringLiteral("哈希")}};
    rows.reserve(list.size() + 1);
    for (const AuditEntry& e : list)
        rows << QStringList{QString::number(e.id), e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor,
                            e.action, e.entity, e.entityId, e.beforeJson, e.afterJson, e.hash};
    if (Status s = table::write(path, rows, QStringLiteral("操作日志")); !s)
        return s;
    // The values before and after hold personal data: the file is its owner's only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status s = append(session.user, QStringLiteral("export_personal_data"), QStringLiteral("audit_log"), QString(),
                          {}, {{QStringLiteral("file"), path}, {QStringLiteral("rows"), static_cast<int>(list.size())}});
        !s)
        return s;
    return tx.commit();
}

QString AuditLog::lastChangeBy(const QString& entity, const QString& entityId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT a.actor, a.at, coalesce(u.full_name, '') FROM audit_log a "
                                      "LEFT JOIN users u ON u.name = a.actor "
                                      "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC LIMIT 1"),
                       {entity, entityId});
    if (!q || !q.value().next())
        return {};
    const QString actor = q.value().value(0).toString();
    const QString fullName = q.value().value(2).toString();
    const QDateTime at = QDateTime::fromString(q.value().value(1).toString(), Qt::ISODateWithMs);
    const QString who = fullName.isEmpty() || fullName == actor ? actor : Tr::tr("%1（%2）").arg(fullName, actor);
    return Tr::tr("%1 于 %2").arg(who, at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Result<QStringList> AuditLog::verify() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, "
                                      "prev_hash, hash FROM audit_log ORDER BY id"));
    if (!q)
        return q.error();
    QStringList problems;
    QString prev = kGenesis;
    qint64 expectedId = 1;
    while (q.value().next()) {
        const AuditEntry e = readEntry(q.value());
        if (e.id != expectedId)
            problems << Tr::tr("操作日志第 %1 条之前缺少条目（应为第 %2 条）。").arg(e.id).arg(expectedId);
        if (e.prevHash != prev)
            problems << Tr::tr("操作日志第 %1 条与前一条的链接不符（条目被删除或插入）。").arg(e.id);
        if (hashOf(e) != e.hash)
            problems << Tr::tr("操作日志第 %1 条的内容与其哈希不符（条目被修改）。").arg(e.id);
        prev = e.hash;
        expectedId = e.id + 1;
    }
    return problems;
}

} // namespace jd
