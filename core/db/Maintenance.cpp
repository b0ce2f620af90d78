#include "core/db/Maintenance.h"

#include "core/audit/AuditLog.h"
#include "core/db/Database.h"
#include "core/db/DatabaseCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::Maintenance".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Maintenance)
};

// Copies every page of `from` into `to` while both stay usable (sqlite3_backup).
Error cancelled() { return Error::invalid(Tr::tr("备份已取消，未留下备份文件。")); }

// How a cancelled copy ends. A backup can still be cancelled after its last step (its file
// is then removed); a restore cannot: its last step already committed the pages into the
// live file.
struct CopyCancel
{
    Error error = cancelled();
    bool afterLastStep = true;
};

Status copyPages(sqlite3* from, sqlite3* to, const Maintenance::Progress& progress = {}, const CopyCancel& cancel = {})
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return Error::storage(Tr::tr("无法开始备份。"), QString::fromUtf8(sqlite3_errmsg(to)));
    int rc;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
        const int total = sqlite3_backup_pagecount(b);
        if (progress && !progress(total - sqlite3_backup_remaining(b), total) && (cancel.afterLastStep || rc != SQLITE_DONE)) {
            sqlite3_backup_finish(b); // rolls back what the target received so far
            return cancel.error;
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return Error::storage(Tr::tr("备份或恢复过程中出错，未完成。"), QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

int countOf(const Database& db, const char* table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toInt();
}

BackupInfo infoOf(const Database& db, const QString& path)
{
    BackupInfo i;
    i.path = path;
    i.schemaVersion = db.schemaVersion();
    i.enterprises = countOf(db, "enterprises");
    i.users = countOf(db, "users");
    i.auditEntries = countOf(db, "audit_log");
    i.bytes = QFileInfo(path).size();
    return i;
}

} // namespace

Result<QStringList> Maintenance::check(const Database& db)
{
    QStringList findings;
    if (db.isServer()) {
        // The server keeps its own files sound and enforces every foreign key itself.
        auto chain = AuditLog(db).verify();
        if (!chain)
            return chain.error();
        return *chain;
    }
    auto integrity = db.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QStringLiteral("ok"))
            findings << Tr::tr("完整性：%1").arg(line);
    }
    auto fk = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    while (fk.value().next())
        findings << Tr::tr("外键：表 %1 第 %2 行引用的 %3 记录不存在。")
                        .arg(fk.value().value(0).toString(), fk.value().value(1).toString(),
                             fk.value().value(2).toString());
    auto chain = AuditLog(db).verify();
    if (!chain)
        return chain.error();
    findings << *chain;
    return findings;
}

namespace {

// The pages of a live SQLite file, copied into `tmp` while it stays in use.
Status writeFileCopy(const Database& db, const QString& tmp, const QString& path, const Maintenance::Progress& progress)
{
    {
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly))
            return Error::storage(Tr::tr("无法写入备份文件“%1”：%2").arg(path, f.errorString()));
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(tmp).constData(), &target, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(target);
        return Error::storage(Tr::tr("无法创建备份文件“%1”。").arg(path));
    }
    sqlite3* live = db.sqliteHandle();
    Status copied = live ? copyPages(live, target, progress) : Status(Error::storage(Tr::tr("数据库驱动不支持在线备份。")));
    if (copied) // a backup is one self-contained file: no WAL beside it
        sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(target);
    return copied;
}

// A server, as a SQLite copy: one file that any Jianding opens, and that
// `jianding-cli migrate` moves back onto a new server database.
Status writeServerCopy(const Database& db, const Session& session, const QString& tmp, const QString& path,
                       const Maintenance::Progress& progress)
{
    auto opened = Database::open(tmp);
    if (!opened)
        return Error::storage(Tr::tr("无法写入备份文件“%1”：%2").arg(path, opened.error().message));
    std::shared_ptr<Database> file = *opened;
    bool stopped = false;
    auto copied = DatabaseCopy::copy(db, *file, session.user.isEmpty() ? QStringLiteral("system") : session.user,
                                     [&](const QString&, qint64 done, qint64 total) {
                                         stopped = progress && !progress(done, total);
                                         return !stopped;
                                     });
    if (stopped)
        return cancelled();
    if (!copied)
        return copied.error();
    (void)file->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    return {};
}

} // namespace

Result<BackupInfo> Maintenance::backup(const Database& db, const Session& session, const QString& path,
                                       const Progress& progress)
{
    if (auto e = session.refuse(Permission::Backup))
        return *e;
    if (!db.isServer() && QFileInfo(path).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error::invalid(Tr::tr("备份文件不能与数据库是同一个文件，请换一个位置。"));
    const QString tmp = path + QStringLiteral(".partial");
    auto removeTmp = [&tmp] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(tmp + suffix);
    };
    removeTmp();
    const Status written =
        db.isServer() ? writeServerCopy(db, session, tmp, path, progress) : writeFileCopy(db, tmp, path, progress);
    if (!written) {
        removeTmp();
        return written.error();
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        removeTmp();
        return Error::storage(Tr::tr("无法写入备份文件“%1”。").arg(path));
    }
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    if (Status s = AuditLog(db).append(session.user, QStringLiteral("backup"), QStringLiteral("database"), db.path(),
                                       {}, {{QStringLiteral("file"), path}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return infoOf(db, path);
}

namespace {

// Calls `progress(0, 0)` while SQLite works through a long statement on `handle` (every
// 100,000 virtual machine steps); a false answer interrupts the statement.
class CheckProgress
{
public:
    CheckProgress(sqlite3* handle, const Maintenance::Progress& progress) : m_handle(handle), m_progress(progress)
    {
        if (m_handle && m_progress)
            sqlite3_progress_handler(m_handle, 100000, &CheckProgress::step, this);
    }
    ~CheckProgress()
    {
        if (m_handle && m_progress)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    CheckProgress(const CheckProgress&) = delete;
    CheckProgress& operator=(const CheckProgress&) = delete;

    // Asks once more; false (and remembered) when the answer was to stop.
    bool goOn()
    {
        if (m_progress && !m_stopped && !m_progress(0, 0))
            m_stopped = true;
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    static int step(void* self) { return static_cast<CheckProgress*>(self)->goOn() ? 0 : 1; }

    sqlite3* m_handle;
    const Maintenance::Progress& m_progress;
    bool m_stopped = false;
};

} // namespace

Result<BackupInfo> Maintenance::inspect(const QString& path, const Progress& progress)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(Tr::tr("备份文件“%1”不存在。").arg(path));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("inspect.sqlite"));
    if (!QFile::copy(path, copy))
        return Error::storage(Tr::tr("无法读取备份文件“%1”。").arg(path));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Database::Options o;
    o.createIfMissing = false;
    o.backupBeforeUpgrade = false;
    auto db = Database::open(copy, o);
    if (!db)
        return Error::invalid(Tr::tr("“%1”不能用于恢复：%2").arg(path, db.error().message), db.error().fields);
    const Error cancelled = Error::invalid(Tr::tr("已取消检查备份文件，当前数据未改变。"));
    CheckProgress watch((*db)->sqliteHandle(), progress);
    if (!watch.goOn())
        return cancelled;
    auto findings = check(**db);
    if (watch.stopped())
        return cancelled;
    if (!findings)
        return findings.error();
    if (!findings->isEmpty())
        return Error::invalid(Tr::tr("“%1”未通过检查，不能用于恢复：\n%2").arg(path, findings->join(QLatin1Char('\n'))));
    BackupInfo info = infoOf(**db, path);
    info.bytes = QFileInfo(path).size();
    return info;
}

Result<BackupInfo> Maintenance::restore(Database& db, const Session& session, const QString& path,
                                         const Progress& progress)
{
    if (auto e = session.refuse(Permission::Restore))
        return *e;
    if (db.isServer())
        return Error::notAllowed(Tr::tr("服务器数据库不在程序里整体恢复，以免覆盖其他人正在使用的数据。"
                                        "请让服务器管理员新建一个空数据库，再用 jianding-cli migrate --from 备份文件 "
                                        "--to 新数据库地址 把备份迁入。"));
    auto info = inspect(path, progress);
    if (!info)
        return info.error();
    // Restore from an upgraded copy, so the live file always has the current schema.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(path, copy))
        return Error::storage(Tr::tr("无法读取备份文件“%1”。").arg(path));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Database::Options o;
    o.createIfMissing = false;
    o.backupBeforeUpgrade = false;
    auto source = Database::open(copy, o);
    if (!source)
        return source.error();
    {
        Transaction tx(**source);
        if (!tx.started())
            return tx.startError();
        if (Status s = AuditLog(**source).append(session.user, QStringLiteral("restore"), QStringLiteral("database"),
                                                 db.path(), {}, {{QStringLiteral("from"), path}});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    sqlite3* live = db.sqliteHandle();
    sqlite3* from = (*source)->sqliteHandle();
    if (!live || !from)
        return Error::storage(Tr::tr("数据库驱动不支持在线恢复。"));
    if (Status s = copyPages(from, live, progress, {Error::invalid(Tr::tr("恢复已取消，当前数据未改变。")), false}); !s)
        return s.error();
    BackupInfo restored = infoOf(db, path);
    return restored;
}

Result<BackupInfo> Maintenance::rotate(const Database& db, const QString& folder, int keep)
{
    if (!QDir().mkpath(folder))
        return Error::storage(Tr::tr("无法创建备份文件夹“%1”。").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString name = QStringLiteral("jianding-%1.sqlite").arg(db.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Automatic backups run as the program itself, whoever is signed in.
    auto info = backup(db, Session{}, QDir(folder).filePath(name));
    if (!info)
        return info;
    QDir d(folder);
    QStringList files = d.entryList({QStringLiteral("jianding-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < files.size(); ++i)
        d.remove(files.at(i));
    return info;
}

} // namespace jd
