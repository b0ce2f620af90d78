#pragma once
// Database: one open connection to a Jianding database file, with the pragmas every
// connection needs (WAL, foreign keys, busy timeout) and the schema brought up to date.
// open() fails with a Storage error, never a crash, when the file is not a Jianding
// database, is damaged, or was written by a newer version.

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace jd {

class Database
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool backupBeforeUpgrade = true;
        bool readOnly = false;
    };

    static Result<std::shared_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::shared_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    // The default database of the desktop app: AppDataLocation/jianding.sqlite.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
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
    // How the engine will run `sql` (EXPLAIN QUERY PLAN): one line per step, e.g.
    // "SEARCH c USING INDEX certificates_id_number (id_number=?)". For tests that keep
    // the hot queries on their indexes.
    Result<QStringList> queryPlan(const QString& sql, const QVariantList& values = {}) const;
    // The file name of the backup written before the last schema upgrade, if any.
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    // File systems where WAL cannot work (network shares): nfs, cifs, smb3, sshfs, ...
    static bool isNetworkFileSystem(const QByteArray& type);

    static constexpr int ApplicationId = 0x4A44444E; // "JDDN"

private:
    Database(QString path, QString connectionName);
    Status initialise(const Options& options);
    Status migrate(const Options& options);

    QString m_path;
    QString m_connectionName;
    QString m_journalMode;
    QString m_warning;
    QString m_upgradeBackup;
    std::shared_ptr<Clock> m_clock;
};

// A transaction that rolls back unless commit() succeeds. SQLite takes the write lock
// at the start (BEGIN IMMEDIATE) so two writers queue instead of failing mid-way.
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
