#include "ui/security/AutoBackup.h"

#include "core/db/Database.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/BusyCursor.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace jd::ui {

QString AutoBackup::folder()
{
    const QString fallback =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
    const QString set = QSettings().value(QStringLiteral("backup/folder")).toString();
    return set.isEmpty() ? fallback : set;
}

int AutoBackup::keep()
{
    const int n = QSettings().value(QStringLiteral("backup/keep"), DefaultKeep).toInt();
    return n > 0 ? n : DefaultKeep;
}

void AutoBackup::setFolder(const QString& folder)
{
    QSettings().setValue(QStringLiteral("backup/folder"), folder);
}

void AutoBackup::setKeep(int keep)
{
    QSettings().setValue(QStringLiteral("backup/keep"), keep);
}

Result<BackupInfo> AutoBackup::run(const Database& db)
{
    const BusyCursor busy;
    return Maintenance::rotate(db, folder(), keep());
}

bool AutoBackup::runOnClose(const Database& db, QWidget* parent)
{
    // A server is shared by the whole centre and backed up where it runs: copying all of it
    // onto every desk at every close would be slow and spread personal data. The manual
    // 备份数据库… still writes a copy when one is wanted.
    if (db.isServer())
        return true;
    auto info = run(db);
    if (info)
        return true;
    Error e = info.error();
    e.message = tr("关闭时的自动备份未能完成：%1\n程序仍将关闭，数据库本身未受影响。请用“系统 → 备份数据库…”另行备份，"
                   "或在设置中检查备份文件夹“%2”。")
                    .arg(e.message, QDir::toNativeSeparators(folder()));
    ErrorPresenter::show(parent, e, tr("自动备份失败"));
    return false;
}

} // namespace jd::ui
