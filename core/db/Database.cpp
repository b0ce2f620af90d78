#include "core/db/Database.h"

#include "core/db/Migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>

namespace jd {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

QString tr(const char* text) { return QString::fromUtf8(text); }

} // namespace

QVariant bindable(const QVariant& v)
{
    // An empty QString is "null" to the driver and would be stored as NULL; text
    // columns here are NOT NULL with '' meaning "not filled in".
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

QString sqlErrorText(const QSqlQuery& q)
{
    return q.lastError().text() + QStringLiteral(" [") + q.lastQuery() + QStringLiteral("]");
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/jianding");
    return dir + QStringLiteral("/jianding.sqlite");
}

bool Database::isNetworkFileSystem(const QByteArray& type)
{
    static const QList<QByteArray> network = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs",
                                              "afs", "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2"};
    return network.contains(type.toLower());
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_clock(std::make_shared<Clock>())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty())
        return Error::usage(tr("未指定数据库文件路径。"));
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error::storage(tr("“%1”是一个文件夹，不是数据库文件。请指定一个文件。").arg(path));
    if (!exists) {
        if (!options.createIfMissing || options.readOnly)
            return Error::notFound(tr("数据库文件“%1”不存在。").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("无法创建文件夹“%1”，请检查权限。").arg(info.absolutePath()));
        // Personal data lives here: the file is readable by its owner only.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error::storage(tr("无法创建数据库文件“%1”：%2").arg(path, f.errorString()));
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QString name = QStringLiteral("jianding-%1").arg(++g_connectionCounter);
    std::shared_ptr<Database> self(new Database(info.absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(self->m_path);
        if (options.readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return Error::storage(tr("无法打开数据库“%1”。").arg(path), db.lastError().text());
    }
    if (Status s = self->initialise(options); !s)
        return s.error();
    return self;
}

QSqlQuery Database::query(const QString& sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::storage(tr("数据库操作失败。"), sqlErrorText(q));
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return Error::storage(tr("数据库操作失败。"), sqlErrorText(q));
    return q;
}

Result<QStringList> Database::queryPlan(const QString& sql, const QVariantList& values) const
{
    auto q = exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values);
    if (!q)
        return q.error();
    QStringList lines;
    while (q.value().next())
        lines << q.value().value(3).toString();
    return lines;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::initialise(const Options& options)
{
    QSqlQuery q(connection());
    // The first read tells a damaged or foreign file apart from a database.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Error::storage(tr("“%1”不是 Jianding 数据库文件，或文件已损坏。请选择正确的数据库文件，或从备份恢复。")
                                  .arg(m_path),
                              q.lastError().text());
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error::storage(tr("“%1”不是 Jianding 数据库文件，或文件已损坏。").arg(m_path),
                              q.lastError().text());
    const int objects = q.value(0).toInt();
    if (appId != 0 && appId != ApplicationId)
        return Error::storage(tr("“%1”是其他程序的数据库，不是 Jianding 数据库。请选择正确的文件。").arg(m_path));
    if (appId == 0 && objects > 0)
        return Error::storage(tr("“%1”是其他程序的 SQLite 数据库，不是 Jianding 数据库。请选择正确的文件。").arg(m_path));

    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    if (!options.readOnly) {
        // WAL needs shared memory that network file systems do not offer: there the
        // file is kept in rollback-journal mode and the user is told why.
        const bool network = isNetworkFileSystem(QStorageInfo(QFileInfo(m_path).absolutePath()).fileSystemType());
        if (!network && q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
            m_journalMode = q.value(0).toString().toLower();
        if (m_journalMode != QStringLiteral("wal")) {
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            m_journalMode = QStringLiteral("delete");
            m_warning = tr("数据库所在位置不支持 WAL 日志模式（可能是网络共享文件夹），已改用普通日志模式。"
                           "多人同时使用时请改用服务器数据库。");
        }
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return migrate(options);
}

Status Database::migrate(const Options& options)
{
    const int current = schemaVersion();
    const int latest = migrations::latestVersion();
    if (current > latest)
        return Error::storage(tr("数据库“%1”的版本（%2）比本程序支持的版本（%3）更新。请升级 Jianding 后再打开。")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(latest));
    if (current == latest)
        return {};
    if (options.readOnly)
        return Error::storage(tr("数据库“%1”需要升级，但以只读方式打开。").arg(m_path));

    if (current > 0 && options.backupBeforeUpgrade) {
        // A copy of the user's file as it was, before any step touches it.
        m_upgradeBackup = m_path + QStringLiteral(".v%1.bak").arg(current);
        QFile::remove(m_upgradeBackup);
        QSqlQuery b(connection());
        b.prepare(QStringLiteral("VACUUM INTO ?"));
        b.addBindValue(m_upgradeBackup);
        if (!b.exec())
            return Error::storage(tr("升级前备份数据库失败，数据库未改动。请检查磁盘空间和权限。"),
                                  sqlErrorText(b));
        QFile::setPermissions(m_upgradeBackup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const auto& all = migrations::steps();
    for (int v = current; v < latest; ++v) {
        Transaction tx(*this);
        if (!tx.started())
            return tx.startError();
        QSqlQuery q(connection());
        if (v == 0 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return Error::storage(tr("初始化数据库失败。"), sqlErrorText(q));
        for (const QString& sql : all[v].statements) {
            if (!q.exec(sql))
                return Error::storage(tr("数据库升级到第 %1 版失败，数据库保持原样。").arg(v + 1),
                                      sqlErrorText(q));
        }
        // user_version cannot take a bound value; the number is ours, not input.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
            return Error::storage(tr("数据库升级失败。"), sqlErrorText(q));
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Transaction::Transaction(const Database& db) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_error = Error::storage(QString::fromUtf8("数据库正忙或不可写，请稍后再试。"), sqlErrorText(q));
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = Error::storage(QString::fromUtf8("保存失败，数据库未改动。"), sqlErrorText(q));
        return e;
    }
    m_active = false;
    return {};
}

} // namespace jd
