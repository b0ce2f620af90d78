#pragma once
// RecentDatabases: the databases opened last (文件 → 最近打开, and the one the app starts
// with), newest first, at most eight, kept in QSettings under recent/databases. Entries are
// absolute file paths or server URLs; a password is never stored: one inside a URL is
// dropped before anything is written, and a location that cannot be cleaned is not kept.

#include <QCoreApplication>
#include <QStringList>

namespace jd::ui {

class RecentDatabases
{
    Q_DECLARE_TR_FUNCTIONS(RecentDatabases)
public:
    static constexpr int MaxEntries = 8;
    static const QString& settingsKey();

    static QStringList list();
    // Puts the location first (moving it up when it is listed already); false when it
    // is not a usable location (empty, or a server URL that does not parse).
    static bool add(const QString& location);
    static void remove(const QString& location);
    static void clear();
    // The form a location is stored and compared in: an absolute file path, or the server
    // URL as Database::Server::url() writes it, without a password; empty when unusable.
    static QString normalised(const QString& location);

    // Short, for the title bar and menus: the file name, or "host/database" for a server.
    static QString displayName(const QString& location);
    // In full, for the status bar and tooltips: the native file path, or the server URL.
    static QString describe(const QString& location);
};

} // namespace jd::ui
