#include "ui/security/DatabaseOpener.h"

#include "core/db/ReferenceData.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/RecentDatabases.h"
#include "ui/security/ServerConnectionDialog.h"

namespace jd::ui {

std::shared_ptr<Database> DatabaseOpener::open(QWidget* parent, const QString& location,
                                               const Database::Options& options)
{
    if (Database::isServerLocation(location))
        return connectServer(parent, location, options);
    auto opened = [&] {
        const BusyCursor busy;
        return Database::open(location, options);
    }();
    if (!opened) {
        Error e = opened.error();
        e.message +=
            QStringLiteral("\n\n") + tr("文件：%1").arg(RecentDatabases::describe(location));
        ErrorPresenter::show(parent, e, tr("无法打开数据库"));
        return nullptr;
    }
    std::shared_ptr<Database> db = *std::move(opened);
    if (!prepare(parent, *db))
        return nullptr;
    return db;
}

std::shared_ptr<Database> DatabaseOpener::connectServer(QWidget* parent, const QString& location,
                                                        const Database::Options& options)
{
    ServerConnectionDialog dialog(location, parent);
    dialog.setOptions(options);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    std::shared_ptr<Database> db = dialog.database();
    if (!db || !prepare(parent, *db))
        return nullptr;
    return db;
}

bool DatabaseOpener::prepare(QWidget* parent, Database& db)
{
    // Every program loads the reference data after opening a database (ReferenceData.h).
    Status seeded = [&] {
        const BusyCursor busy;
        return seedReferenceData(db);
    }();
    if (!seeded) {
        ErrorPresenter::show(parent, seeded.error(), tr("无法载入职业目录"));
        return false;
    }
    RecentDatabases::add(db.path());
    return true;
}

} // namespace jd::ui
