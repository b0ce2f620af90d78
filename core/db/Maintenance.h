#pragma once
// Maintenance: online backup (SQLite backup API; a server is copied into a SQLite file),
// checked restore (files only: a server is restored with `jianding-cli migrate`),
// rotating backups and the integrity check of `check`. A backup or restore that fails
// leaves the live database as it was; restore refuses a file that is damaged, foreign,
// newer, or whose audit chain is broken.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QStringList>

#include <functional>

namespace jd {

class Database;

struct BackupInfo
{
    QString path;
    int schemaVersion = 0;
    int enterprises = 0;
    int users = 0;
    int auditEntries = 0;
    qint64 bytes = 0;
};

class Maintenance
{
public:
    // Integrity, foreign keys and the audit chain; one finding per line, empty when sound.
    static Result<QStringList> check(const Database& db);
    // progress(done, total) while it copies (pages of a file, rows of a server); returning
    // false cancels, and no backup file is left behind.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<BackupInfo> backup(const Database& db, const Session& session, const QString& path,
                                     const Progress& progress = {});
    // Opens a copy of `path`, upgrades it if older, checks it; the file itself is not touched.
    // progress(0, 0) — how far is not known — before the check and every so often during it;
    // returning false cancels.
    static Result<BackupInfo> inspect(const QString& path, const Progress& progress = {});
    // Replaces the live database's content with the checked file, in one step.
    // progress(0, 0) while the file is checked (inspect), then progress(pages copied, pages in
    // all) while its pages replace the live ones; returning false before the last step
    // cancels, and the live database stays as it was.
    static Result<BackupInfo> restore(Database& db, const Session& session, const QString& path,
                                      const Progress& progress = {});
    // A backup into `folder` named by time, keeping the newest `keep` of them.
    static Result<BackupInfo> rotate(const Database& db, const QString& folder, int keep);
};

} // namespace jd
