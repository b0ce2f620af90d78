#include "core/db/Database.h"

#include "core/db/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QSqlDriver>

#include <sqlite3.h>

#include <optional>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::Database".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Database)
};

QAtomicInteger<quint64> g_connectionCounter;

bool isIdentifier(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(s).hasMatch();
}

} // namespace

QVariant bindable(const QVariant& v)
{
    // An empty QString is "null" to the driver and would be stored as NULL; text
    // columns here are NOT NULL with '' meaning "not filled in".
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    // Flags are stored as 0/1 integers on both engines.
    if (v.typeId() == QMetaType::Bool)
        return QVariant(v.toBool() ? 1 : 0);
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

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

std::optional<Database::Server> Database::Server::parse(const QString& location, QString* why)
{
    auto fail = [&](const QString& text) -> std::optional<Server> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (!isServerLocation(location))
        return fail(Tr::tr("服务器地址应以 postgresql:// 开头，例如 postgresql://jianding@192.168.1.10:5432/jianding。"));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return fail(Tr::tr("服务器地址“%1”的格式不正确：%2").arg(location, url.errorString()));
    if (!url.password().isEmpty())
        return fail(Tr::tr("服务器地址中不能写密码：请去掉“:密码”部分，连接时再输入密码。"));
    Server s;
    s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.database = url.path().mid(1);
    s.schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
    if (s.host.isEmpty())
        return fail(Tr::tr("服务器地址缺少服务器名或 IP 地址，例如 postgresql://jianding@192.168.1.10:5432/jianding。"));
    if (s.user.isEmpty())
        return fail(Tr::tr("服务器地址缺少用户名：请写成 postgresql://用户名@服务器:端口/数据库。"));
    if (s.database.isEmpty() || s.database.contains(QLatin1Char('/')))
        return fail(Tr::tr("服务器地址缺少数据库名：请写成 postgresql://用户名@服务器:端口/数据库。"));
    if (s.port < 1 || s.port > 65535)
        return fail(Tr::tr("服务器端口应在 1 到 65535 之间。"));
    if (!s.schema.isEmpty() && !isIdentifier(s.schema))
        return fail(Tr::tr("schema 名“%1”只能由小写字母、数字和下划线组成，且不以数字开头。").arg(s.schema));
    return s;
}

QString Database::Server::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(host);
    u.setPort(port);
    u.setUserName(user);
    u.setPath(QLatin1Char('/') + database);
    if (!schema.isEmpty())
        u.setQuery(QStringLiteral("schema=") + schema);
    return u.toString();
}

Database::Database(QString path, QString connectionName, Engine engine)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_engine(engine),
      m_clock(std::make_shared<Clock>())
{
}

Database::~Database()
{
    // Statements go before their connection.
    m_cached.clear();
    for (auto& [sql, statement] : m_statements)
        sqlite3_finalize(statement);
    m_statements.clear();
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
        return Error::usage(Tr::tr("未指定数据库文件路径。"));
    auto db = isServerLocation(path) ? openServer(path, options) : openFile(path, options);
    if (db)
        (*db)->m_options = options;
    return db;
}

Result<std::shared_ptr<Database>> Database::openAnother() const
{
    Options o = m_options;
    o.createIfMissing = false;
    o.backupBeforeUpgrade = false;
    auto db = open(m_path, o);
    if (db)
        (*db)->setClock(m_clock);
    return db;
}

Result<std::shared_ptr<Database>> Database::openServer(const QString& location, const Options& options)
{
    QString why;
    const std::optional<Server> server = Server::parse(location, &why);
    if (!server)
        return Error::usage(why);
    const QString name = QStringLiteral("jianding-%1").arg(++g_connectionCounter);
    std::shared_ptr<Database> self(new Database(server->url(), name, Engine::PostgreSQL));
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error::storage(Tr::tr("本机缺少 PostgreSQL 数据库驱动（Qt 的 QPSQL 插件），无法连接服务器数据库。"
                                         "请安装 libqt6sql6-psql。"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setDatabaseName(server->database);
        db.setUserName(server->user);
        if (!options.password.isEmpty())
            db.setPassword(options.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=jianding"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            if (detail.contains(QStringLiteral("password"), Qt::CaseInsensitive))
                return Error::notAllowed(Tr::tr("服务器 %1:%2 拒绝了用户“%3”的登录：密码不对或未提供密码。请输入正确的数据库密码。")
                                             .arg(server->host)
                                             .arg(server->port)
                                             .arg(server->user));
            return Error::storage(Tr::tr("无法连接服务器数据库 %1:%2/%3。请检查服务器名、端口、数据库名和网络连接。")
                                      .arg(server->host)
                                      .arg(server->port)
                                      .arg(server->database),
                                  detail);
        }
    }
    if (Status s = self->initialiseServer(*server, options); !s)
        return s.error();
    return self;
}

Status Database::initialiseServer(const Server& server, const Options& options)
{
    QSqlQuery q(connection());
    for (const QString& sql : dialect::sessionSettings(m_engine, options.readOnly))
        q.exec(sql);
    if (!server.schema.isEmpty()) {
        // The name was checked to be a plain identifier (Server::parse).
        if (!options.readOnly && options.createIfMissing &&
            !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(server.schema)))
            return Error::storage(Tr::tr("无法在服务器上创建 schema“%1”，请检查数据库用户的权限。").arg(server.schema),
                                  sqlErrorText(q));
        if (!q.exec(QStringLiteral("SET search_path TO %1").arg(server.schema)))
            return Error::storage(Tr::tr("无法使用 schema“%1”。").arg(server.schema), sqlErrorText(q));
    }
    m_journalMode = QStringLiteral("server");
    if (auto v = readVersion(); !v)
        return v.error();
    return migrate(options);
}

Result<std::pair<int, int>> Database::readVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(dialect::countTables(m_engine)) || !q.next())
        return Error::storage(Tr::tr("“%1”不是 Jianding 数据库文件，或文件已损坏。请选择正确的数据库文件，或从备份恢复。")
                                  .arg(m_path),
                              q.lastError().text());
    const int objects = q.value(0).toInt();
    if (m_engine == Engine::PostgreSQL && objects == 0)
        return std::pair<int, int>{0, 0};
    if (!q.exec(dialect::readVersion(m_engine)) || !q.next()) {
        if (m_engine == Engine::PostgreSQL)
            return Error::storage(Tr::tr("服务器上的数据库“%1”已有其他程序的数据表，不是 Jianding 数据库。"
                                         "请使用一个空数据库，或在地址中用 ?schema= 指定一个新的 schema。")
                                      .arg(m_path),
                                  q.lastError().text());
        return Error::storage(Tr::tr("“%1”不是 Jianding 数据库文件，或文件已损坏。请选择正确的数据库文件，或从备份恢复。")
                                  .arg(m_path),
                              q.lastError().text());
    }
    const int appId = q.value(0).toInt();
    const int version = q.value(1).toInt();
    if (appId != 0 && appId != ApplicationId)
        return Error::storage(Tr::tr("“%1”是其他程序的数据库，不是 Jianding 数据库。请选择正确的文件。").arg(m_path));
    if (appId == 0 && objects > 0)
        return Error::storage(Tr::tr("“%1”是其他程序的 SQLite 数据库，不是 Jianding 数据库。请选择正确的文件。").arg(m_path));
    return std::pair<int, int>{appId, version};
}

Result<std::shared_ptr<Database>> Database::openFile(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error::storage(Tr::tr("“%1”是一个文件夹，不是数据库文件。请指定一个文件。").arg(path));
    if (!exists) {
        if (!options.createIfMissing || options.readOnly)
            return Error::notFound(Tr::tr("数据库文件“%1”不存在。").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(Tr::tr("无法创建文件夹“%1”，请检查权限。").arg(info.absolutePath()));
        // Personal data lives here: the file is readable by its owner only.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error::storage(Tr::tr("无法创建数据库文件“%1”：%2").arg(path, f.errorString()));
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QString name = QStringLiteral("jianding-%1").arg(++g_connectionCounter);
    std::shared_ptr<Database> self(new Database(info.absoluteFilePath(), name, Engine::SQLite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(self->m_path);
        if (options.readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return Error::storage(Tr::tr("无法打开数据库“%1”。").arg(path), db.lastError().text());
    }
    if (Status s = self->initialise(options); !s)
        return s.error();
    return self;
}

QSqlQuery Database::query(const QString& sql) const
{
    QSqlQuery q(connection());
    // A server streams forward-only results row by row, and a second query on the same
    // connection would cut the first short: there the whole result is fetched at once.
    q.setForwardOnly(m_engine == Engine::SQLite);
    q.prepare(sql);
    return q;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q(connection());
    // A server streams forward-only results row by row, and a second query on the same
    // connection would cut the first short: there the whole result is fetched at once.
    q.setForwardOnly(m_engine == Engine::SQLite);
    // Without values the statement runs as it is: PostgreSQL prepares only queries and
    // changes of rows, never schema statements.
    if (values.isEmpty()) {
        if (!q.exec(sql))
            return Error::storage(Tr::tr("数据库操作失败。"), sqlErrorText(q));
        return q;
    }
    if (!q.prepare(sql))
        return Error::storage(Tr::tr("数据库操作失败。"), sqlErrorText(q));
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return Error::storage(Tr::tr("数据库操作失败。"), sqlErrorText(q));
    return q;
}

Result<QSqlQuery*> Database::execCached(const QString& sql, const QVariantList& values) const
{
    std::unique_ptr<QSqlQuery>& q = m_cached[sql];
    if (!q) {
        auto fresh = std::make_unique<QSqlQuery>(connection());
        fresh->setForwardOnly(m_engine == Engine::SQLite);
        if (!fresh->prepare(sql)) {
            m_cached.erase(sql);
            return Error::storage(Tr::tr("数据库操作失败。"), sqlErrorText(*fresh));
        }
        q = std::move(fresh);
    }
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, bindable(values.at(i)));
    if (!q->exec())
        return Error::storage(Tr::tr("数据库操作失败。"), sqlErrorText(*q));
    return q.get();
}

namespace {

class SqliteRow : public RowReader
{
public:
    explicit SqliteRow(sqlite3_stmt* statement) : m_statement(statement) {}
    QString text(int column) const override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt* m_statement;
};

class QueryRow : public RowReader
{
public:
    explicit QueryRow(const QSqlQuery& query) : m_query(query) {}
    QString text(int column) const override { return m_query.value(column).toString(); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }

private:
    const QSqlQuery& m_query;
};

} // namespace

sqlite3* Database::sqliteHandle() const
{
    if (m_engine != Engine::SQLite)
        return nullptr;
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

int Database::bindSqlite(sqlite3_stmt* statement, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int type = v.typeId();
        int rc;
        if (v.isNull() && type != QMetaType::QString)
            rc = sqlite3_bind_null(statement, i + 1);
        else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Bool ||
                 type == QMetaType::UInt || type == QMetaType::ULongLong)
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        else if (type == QMetaType::Double)
            rc = sqlite3_bind_double(statement, i + 1, v.toDouble());
        else {
            const QByteArray t = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, t.constData(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

Status Database::select(const QString& sql, const QVariantList& values,
                        const std::function<bool(const RowReader&)>& row, Fetch fetch) const
{
    sqlite3* handle = sqliteHandle();
    if (!handle) {
        // A stream is a cursor of its own; otherwise the kept statement fetches the whole result.
        std::optional<QSqlQuery> stream;
        QSqlQuery* rows = nullptr;
        if (fetch == Fetch::Streamed) {
            stream.emplace(connection());
            stream->setForwardOnly(true);
            if (!stream->prepare(sql))
                return Error::storage(Tr::tr("数据库操作失败。"), sqlErrorText(*stream));
            for (int i = 0; i < values.size(); ++i)
                stream->bindValue(i, bindable(values.at(i)));
            if (!stream->exec())
                return Error::storage(Tr::tr("数据库操作失败。"), sqlErrorText(*stream));
            rows = &*stream;
        } else {
            auto cached = execCached(sql, values);
            if (!cached)
                return cached.error();
            rows = cached.value();
        }
        const QueryRow reader(*rows);
        while (rows->next())
            if (!row(reader))
                break;
        rows->finish();
        return {};
    }
    sqlite3_stmt*& statement = m_statements[sql];
    if (!statement) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), static_cast<int>(text.size()), &statement, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
            m_statements.erase(sql);
            return Error::storage(Tr::tr("数据库操作失败。"), why + QStringLiteral(" [") + sql + QStringLiteral("]"));
        }
    }
    if (bindSqlite(statement, values) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return Error::storage(Tr::tr("数据库操作失败。"), why);
    }
    const SqliteRow reader(statement);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        if (!row(reader)) {
            rc = SQLITE_DONE;
            break;
        }
    // Reset at once: a statement left open would keep the next COMMIT from finishing.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        return Error::storage(Tr::tr("数据库操作失败。"), QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values) const
{
    auto q = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::storage(Tr::tr("数据库操作失败。"), QStringLiteral("INSERT returned no id [%1]").arg(sql));
    return q.value().value(0).toLongLong();
}

Result<QStringList> Database::queryPlan(const QString& sql, const QVariantList& values) const
{
    auto q = exec(dialect::explain(m_engine, sql), values);
    if (!q)
        return q.error();
    QStringList lines;
    const int column = m_engine == Engine::SQLite ? 3 : 0;
    while (q.value().next())
        lines << q.value().value(column).toString();
    return lines;
}

int Database::schemaVersion() const
{
    auto v = readVersion();
    return v ? v.value().second : -1;
}

Status Database::initialise(const Options& options)
{
    // The first read tells a damaged or foreign file apart from a database.
    if (auto v = readVersion(); !v)
        return v.error();
    QSqlQuery q(connection());
    for (const QString& sql : dialect::sessionSettings(m_engine, options.readOnly))
        q.exec(sql);
    if (!options.readOnly) {
        // WAL needs shared memory that network file systems do not offer: there the
        // file is kept in rollback-journal mode and the user is told why.
        const bool network = isNetworkFileSystem(QStorageInfo(QFileInfo(m_path).absolutePath()).fileSystemType());
        if (!network && q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
            m_journalMode = q.value(0).toString().toLower();
        if (m_journalMode != QStringLiteral("wal")) {
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            m_journalMode = QStringLiteral("delete");
            m_warning = Tr::tr("数据库所在位置不支持 WAL 日志模式（可能是网络共享文件夹），已改用普通日志模式。"
                               "多人同时使用时请改用服务器数据库。");
        }
    }
    q.finish(); // no statement may stay open across the migration's transactions
    return migrate(options);
}

Status Database::migrate(const Options& options)
{
    const int current = schemaVersion();
    const int latest = migrations::latestVersion();
    if (current > latest)
        return Error::storage(Tr::tr("数据库“%1”的版本（%2）比本程序支持的版本（%3）更新。请升级 Jianding 后再打开。")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(latest));
    if (current == latest)
        return {};
    if (options.readOnly)
        return Error::storage(Tr::tr("数据库“%1”需要升级，但以只读方式打开。").arg(m_path));

    if (current > 0 && options.backupBeforeUpgrade && m_engine == Engine::SQLite) {
        // A copy of the user's file as it was, before any step touches it.
        m_upgradeBackup = m_path + QStringLiteral(".v%1.bak").arg(current);
        QFile::remove(m_upgradeBackup);
        QSqlQuery b(connection());
        b.prepare(QStringLiteral("VACUUM INTO ?"));
        b.addBindValue(m_upgradeBackup);
        if (!b.exec())
            return Error::storage(Tr::tr("升级前备份数据库失败，数据库未改动。请检查磁盘空间和权限。"),
                                  sqlErrorText(b));
        QFile::setPermissions(m_upgradeBackup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const auto& all = migrations::steps();
    for (int v = current; v < latest; ++v) {
        Transaction tx(*this);
        if (!tx.started())
            return tx.startError();
        QSqlQuery q(connection());
        for (const QString& statement : all[v].statements) {
            for (const QString& sql : dialect::schemaStatements(m_engine, statement)) {
                if (!q.exec(sql))
                    return Error::storage(Tr::tr("数据库升级到第 %1 版失败，数据库保持原样。").arg(v + 1),
                                          sqlErrorText(q));
            }
        }
        if (m_engine == Engine::SQLite) {
            for (const QString& sql : all[v].sqliteOnly) {
                if (!q.exec(sql))
                    return Error::storage(Tr::tr("数据库升级到第 %1 版失败，数据库保持原样。").arg(v + 1),
                                          sqlErrorText(q));
            }
        }
        for (const QString& sql : dialect::writeVersion(m_engine, ApplicationId, v + 1)) {
            if (!q.exec(sql))
                return Error::storage(Tr::tr("数据库升级失败。"), sqlErrorText(q));
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Transaction::Transaction(const Database& db) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    const QStringList begin = dialect::beginWrite(m_db.engine());
    for (int i = 0; i < begin.size(); ++i) {
        if (!q.exec(begin[i])) {
            m_error = Error::storage(Tr::tr("数据库正忙或不可写，请稍后再试。"), sqlErrorText(q));
            if (i > 0)
                q.exec(QStringLiteral("ROLLBACK"));
            return;
        }
    }
    m_active = true;
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
        Error e = Error::storage(Tr::tr("保存失败，数据库未改动。"), sqlErrorText(q));
        return e;
    }
    m_active = false;
    return {};
}

} // namespace jd
