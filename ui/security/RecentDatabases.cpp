#include "ui/security/RecentDatabases.h"

#include "core/db/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace jd::ui {

const QString& RecentDatabases::settingsKey()
{
    static const QString key = QStringLiteral("recent/databases");
    return key;
}

QString RecentDatabases::normalised(const QString& location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!Database::isServerLocation(trimmed))
        return QFileInfo(QDir::fromNativeSeparators(trimmed)).absoluteFilePath();
    // The password goes before the URL is even parsed, so it cannot end up in the list.
    QUrl url(trimmed, QUrl::TolerantMode);
    url.setPassword(QString());
    const auto server = Database::Server::parse(url.toString());
    return server ? server->url() : QString();
}

QStringList RecentDatabases::list()
{
    const QStringList stored = QSettings().value(settingsKey()).toStringList();
    QStringList out;
    for (const QString& entry : stored) {
        // What another version (or a hand-edited file) left there is cleaned the same way.
        const QString n = normalised(entry);
        if (!n.isEmpty() && !out.contains(n))
            out << n;
        if (out.size() == MaxEntries)
            break;
    }
    return out;
}

bool RecentDatabases::add(const QString& location)
{
    const QString n = normalised(location);
    if (n.isEmpty())
        return false;
    QStringList entries = list();
    entries.removeAll(n);
    entries.prepend(n);
    while (entries.size() > MaxEntries)
        entries.removeLast();
    QSettings().setValue(settingsKey(), entries);
    return true;
}

void RecentDatabases::remove(const QString& location)
{
    QStringList entries = list();
    if (entries.removeAll(normalised(location)) > 0)
        QSettings().setValue(settingsKey(), entries);
}

void RecentDatabases::clear()
{
    QSettings().remove(settingsKey());
}

QString RecentDatabases::displayName(const QString& location)
{
    if (!Database::isServerLocation(location))
        return QFileInfo(location).fileName();
    QUrl url(location, QUrl::TolerantMode);
    url.setPassword(QString());
    const auto server = Database::Server::parse(url.toString());
    if (!server)
        return url.toString();
    const QString name = server->host + QLatin1Char('/') + server->database;
    return server->schema.isEmpty() ? name : tr("%1（模式 %2）").arg(name, server->schema);
}

QString RecentDatabases::describe(const QString& location)
{
    if (!Database::isServerLocation(location))
        return QDir::toNativeSeparators(location);
    QUrl url(location, QUrl::TolerantMode);
    url.setPassword(QString());
    return url.toString();
}

} // namespace jd::ui
