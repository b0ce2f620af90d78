#pragma once
// DatabaseOpener: opens a database the way the desktop app does: a file directly, a server
// through ServerConnectionDialog (the password is asked, never stored). The reference data
// are loaded and the location goes to the top of RecentDatabases. Failures are shown through
// ErrorPresenter; nullptr when people cancel or the database could not be opened.

#include "core/db/Database.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace jd::ui {

class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
public:
    static std::shared_ptr<Database> open(QWidget* parent, const QString& location,
                                          const Database::Options& options = {});
    // ServerConnectionDialog, prefilled from `location` when given (e.g. a recent server).
    static std::shared_ptr<Database> connectServer(QWidget* parent, const QString& location = {},
                                                   const Database::Options& options = {});
    // For a database opened another way (the first-run wizard, a connection dialog shown by
    // the caller): the reference data loaded and the location recorded; false (shown) on failure.
    static bool prepare(QWidget* parent, Database& db);
};

} // namespace jd::ui
