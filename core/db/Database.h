#pragma once
// Database: one open connection to a Jianding database, with the settings every
// connection needs and the schema brought up to date. The database is either a SQLite
// file (the default: WAL, foreign keys, busy timeout) or a centre's PostgreSQL server,
// named postgresql://USER@HOST:PORT/DBNAME[?schema=NAME]. open() fails with a Storage
// error, never a crash, when the file or server is not a Jianding database, is damaged,
// cannot be reached, or was written by a newer version.

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/db/Dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace jd {

// One row of Database::select(): column values by position, from SQLite's own API on a
// file and from Qt Sql on a server.
class RowReader
{
public:
    virtual ~RowReader() = default;
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
};

class Database
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool backupBeforeUpgrade = true;
        bool readOnly = false;
        // The server password (PostgreSQL). Kept in memory only; when empty, libpq's
        // own sources are used (PGPASSWORD, ~/.pgpass).
        QString password;
    };

    // A server location: postgresql://USER@HOST:PORT/DBNAME[?schema=NAME].
    struct Server
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString schema; // empty: the server's default (public)
        // Parses a location; std::nullopt (with *why set) when it is not a valid server URL.
        static std::optional<Server> parse(const QString& location, QString* why = nullptr);
        QString url() const;
    };
    static bool isServerLocation(const QString& location);

    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::shared_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    // The default database of the desktop app: AppDataLocation/jianding.sqlite.
    static QString defaultPath();

    // A second connection to the same database, with the options (and password) this one
    // was opened with: for work on another thread, where a connection may not be shared.
    Result<std::shared_ptr<Database>> openAnother() const;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file's absolute path, or the server's URL (never with a password).
    const QString& path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    int schemaVersion() const;
    QString journalMode() const { return m_journalMode; }
    // Set when WAL could not be used (e.g. a network share); people should be told.
    QString warning() const { return m_warning; }

    const Clock& clock() const { return *m_clock; }
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }

    // A prepared query on this connection; exec() it after binding values.
    QSqlQuery query(const QString& sql) const;
    // Runs a statement with positional values; returns the executed query or an error.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    // exec() for the hot look-ups: the prepared statement is kept, and returned, for the
    // next call with the same SQL. Read the result and finish() it before that call.
    Result<QSqlQuery*> execCached(const QString& sql, const QVariantList& values) const;
    // The hottest reads (certificate look-ups, the national export): on a file the statement
    // is prepared once through SQLite's own API and each row is read without Qt Sql's
    // per-value wrapping; on a server it is execCached(), or with Fetch::Streamed a
    // forward-only cursor that reads row by row (nothing else may run on this connection
    // meanwhile). `row` is called once per row and returns false to stop. Integers and text.
    enum class Fetch { Whole, Streamed };
    Status select(const QString& sql, const QVariantList& values, const std::function<bool(const RowReader&)>& row,
                  Fetch fetch = Fetch::Whole) const;
    // The file's own SQLite connection, for the work done through SQLite's API (select,
    // BulkInsert, online backup); nullptr on a server.
    sqlite3* sqliteHandle() const;
    // Binds `values` to a statement of that connection, 1-based: a null non-text value as
    // NULL, integers and flags as integers, doubles as reals, everything else as UTF-8 text.
    // Returns SQLite's result code.
    static int bindSqlite(sqlite3_stmt* statement, const QVariantList& values);
    // Runs an INSERT and returns the id of the new row (RETURNING id on both engines).
    Result<qint64> insert(const QString& sql, const QVariantList& values = {}) const;
    // How the engine will run `sql` (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL): one line per step, e.g.
    // "SEARCH c USING INDEX certificates_id_number (id_number=?)". For tests that keep
    // the hot queries on their indexes.
    Result<QStringList> queryPlan(const QString& sql, const QVariantList& values = {}) const;
    // The file name of the backup written before the last schema upgrade, if any.
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    // File systems where WAL cannot work (network shares): nfs, cifs, smb3, sshfs, ...
    static bool isNetworkFileSystem(const QByteArray& type);

    static constexpr int ApplicationId = 0x4A44444E; // "JDDN"

private:
    Database(QString path, QString connectionName, Engine engine);
    static Result<std::shared_ptr<Database>> openFile(const QString& path, const Options& options);
    static Result<std::shared_ptr<Database>> openServer(const QString& location, const Options& options);
    Status initialise(const Options& options);
    Status initialiseServer(const Server& server, const Options& options);
    Result<std::pair<int, int>> readVersion() const; // application id, schema version
    Status migrate(const Options& options);

    QString m_path;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
    QString m_journalMode;
    QString m_warning;
    QString m_upgradeBackup;
    std::shared_ptr<Clock> m_clock;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_cached;
    mutable std::map<QString, sqlite3_stmt*> m_statements; // select() on a file
    Options m_options; // as opened, password included (memory only)
};

// A transaction that rolls back unless commit() succeeds. The write lock is taken at the
// start (dialect::beginWrite) so two writers queue instead of failing mid-way.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool started() const { return m_active; }
    const Error& startError() const { return m_error; }
    Status commit();

private:
    const Database& m_db;
    bool m_active = false;
    Error m_error;
};

QString sqlErrorText(const QSqlQuery& q);
// The value as it should be bound: a null QString becomes '' (see Database.cpp).
QVariant bindable(const QVariant& v);

} // namespace jd
