#pragma once
// The schema as an append-only list of steps. Step i brings user_version from i to i+1.
// Never edit a released step: add a new one.

#include <QStringList>
#include <QList>

namespace jd::migrations {

struct Step
{
    QString description;
    QStringList statements;
    // Statements for a SQLite file only: they carry over rows an older version kept in a
    // SQLite-only way. Server databases start at the version that introduced them, so
    // they never hold such rows.
    QStringList sqliteOnly = {};
};

const QList<Step>& steps();
inline int latestVersion() { return static_cast<int>(steps().size()); }

} // namespace jd::migrations
