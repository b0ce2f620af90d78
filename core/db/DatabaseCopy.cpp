#include "core/db/DatabaseCopy.h"

#include "core/audit/AuditLog.h"
#include "core/db/BulkInsert.h"
#include "core/db/Database.h"
#include "core/db/Migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::DatabaseCopy".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::DatabaseCopy)
};

struct TableInfo
{
    QString name;
    QString identity; // the INTEGER PRIMARY KEY column, if any
};

const QList<TableInfo>& tableInfo()
{
    static const QList<TableInfo> all = [] {
        static const QRegularExpression create(QStringLiteral("^\\s*CREATE TABLE (\\w+)"));
        static const QRegularExpression identity(QStringLiteral("[(,]\\s*(\\w+) INTEGER PRIMARY KEY\\b"));
        QList<TableInfo> out;
        for (const migrations::Step& step : migrations::steps()) {
            for (const QString& sql : step.statements) {
                const QRegularExpressionMatch m = create.match(sql);
                if (!m.hasMatch())
                    continue;
                const QRegularExpressionMatch id = identity.match(sql);
                out << TableInfo{m.captured(1), id.hasMatch() ? id.captured(1) : QString()};
            }
        }
        return out;
    }();
    return all;
}

// Tables a new database fills by itself (migrations, reference data): replaced by the copy.
bool isReferenceTable(const QString& table)
{
    static const QSet<QString> reference = {QStringLiteral("settings"), QStringLiteral("occupation_catalogue"),
                                            QStringLiteral("qualification_items"), QStringLiteral("work_calendar")};
    return reference.contains(table);
}

Result<qint64> countRows(const Database& db, const QString& table)
{
    // Table names come from the schema itself, never from input.
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::storage(Tr::tr("无法统计表 %1 的行数。").arg(table));
    return q.value().value(0).toLongLong();
}

QString where(const Database& db)
{
    return db.isServer() ? Tr::tr("服务器数据库 %1").arg(db.path()) : Tr::tr("数据库文件“%1”").arg(db.path());
}

} // namespace

QStringList DatabaseCopy::tables()
{
    QStringList out;
    for (const TableInfo& t : tableInfo())
        out << t.name;
    return out;
}

Result<CopyReport> DatabaseCopy::copy(const Database& from, const Database& to, const QString& actor,
                                      const Progress& progress)
{
    if (from.path() == to.path() && from.engine() == to.engine())
        return Error::invalid(Tr::tr("迁移的来源和目标是同一个数据库，请指定另一个目标。"));
    if (from.schemaVersion() != to.schemaVersion())
        return Error::storage(Tr::tr("来源（第 %1 版）和目标（第 %2 版）的数据库版本不同，无法迁移。")
                                  .arg(from.schemaVersion())
                                  .arg(to.schemaVersion()));
    CopyReport report;
    qint64 total = 0;
    for (const TableInfo& t : tableInfo()) {
        auto n = countRows(from, t.name);
        if (!n)
            return n.error();
        report.tables << CopiedTable{t.name, *n, 0};
        total += *n;
        if (isReferenceTable(t.name))
            continue;
        auto existing = countRows(to, t.name);
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return Error::invalid(Tr::tr("目标%1已有数据（表 %2 有 %3 行），不能迁入。请使用一个新建的空数据库。")
                                      .arg(where(to), t.name)
                                      .arg(*existing));
    }

    Transaction tx(to);
    if (!tx.started())
        return tx.startError();
    for (const TableInfo& t : tableInfo()) {
        if (isReferenceTable(t.name)) {
            auto del = to.exec(QStringLiteral("DELETE FROM %1").arg(t.name));
            if (!del)
                return del.error();
        }
    }
    qint64 done = 0;
    for (int i = 0; i < tableInfo().size(); ++i) {
        const TableInfo& t = tableInfo().at(i);
        if (progress && !progress(t.name, done, total))
            return Error::notAllowed(Tr::tr("迁移已取消，目标数据库未改动。"));
        if (report.tables[i].source == 0)
            continue;
        // Read row by row; nothing else runs on the source connection meanwhile.
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(t.name)))
            return Error::storage(Tr::tr("读取表 %1 失败。").arg(t.name), sqlErrorText(read));
        const QSqlRecord record = read.record();
        QStringList columns, marks;
        for (int c = 0; c < record.count(); ++c) {
            columns << record.fieldName(c);
            marks << QStringLiteral("?");
        }
        BulkInsert write(to, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(t.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        QVariantList values;
        values.reserve(record.count());
        while (read.next()) {
            values.clear();
            for (int c = 0; c < record.count(); ++c) {
                if (read.isNull(c)) {
                    values << QVariant(); // NULL stays NULL
                    continue;
                }
                QVariant v = read.value(c);
                if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
                    v = QVariant(QStringLiteral(""));
                values << v;
            }
            if (Status s = write.row(values); !s)
                return Error::storage(Tr::tr("写入表 %1 失败，目标数据库未改动。").arg(t.name), s.error().detail);
            ++done;
            if (progress && done % 5000 == 0 && !progress(t.name, done, total))
                return Error::notAllowed(Tr::tr("迁移已取消，目标数据库未改动。"));
        }
        if (read.lastError().isValid())
            return Error::storage(Tr::tr("读取表 %1 失败。").arg(t.name), sqlErrorText(read));
        if (!t.identity.isEmpty()) {
            for (const QString& sql : dialect::afterCopy(to.engine(), t.name, t.identity)) {
                auto q = to.exec(sql);
                if (!q)
                    return q.error();
            }
        }
    }
    for (CopiedTable& c : report.tables) {
        auto n = countRows(to, c.table);
        if (!n)
            return n.error();
        c.target = *n;
        if (c.target != c.source)
            return Error::storage(Tr::tr("表 %1 的行数不符（来源 %2 行，目标 %3 行），迁移未完成，目标数据库未改动。")
                                      .arg(c.table)
                                      .arg(c.source)
                                      .arg(c.target));
        report.rows += c.source;
    }
    if (Status s = AuditLog(to).append(actor, QStringLiteral("copy"), QStringLiteral("database"), to.path(), {},
                                       {{QStringLiteral("from"), from.path()}, {QStringLiteral("rows"), report.rows}});
        !s)
        return s.error();
    if (progress)
        progress(QString(), total, total);
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace jd
