#pragma once
// AutoBackup: the rotating backup made when the main window closes (Maintenance::rotate),
// into a folder and with a count kept in QSettings (backup/folder, backup/keep; by
// default <AppDataLocation>/backups and 10). A failure is reported, never blocks closing.
// Files only: a centre's server is backed up on the server.

#include "core/common/Result.h"
#include "core/db/Maintenance.h"

#include <QCoreApplication>

class QWidget;

namespace jd {
class Database;
}

namespace jd::ui {

class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(AutoBackup)
public:
    static constexpr int DefaultKeep = 10;

    static QString folder();
    static int keep();
    static void setFolder(const QString& folder);
    static void setKeep(int keep);
    // One rotating backup now.
    static Result<BackupInfo> run(const Database& db);
    // run(), with a failure shown through ErrorPresenter; true when the backup was made.
    static bool runOnClose(const Database& db, QWidget* parent);
};

} // namespace jd::ui
