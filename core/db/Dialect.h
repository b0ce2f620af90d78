#pragma once
// Dialect: every piece of SQL that differs between the embedded SQLite file and a
// centre's PostgreSQL server, in one place. The rest of the core writes SQL both engines
// understand (ON CONFLICT … DO UPDATE, RETURNING, CAST, coalesce) and asks here for the rest.

#include <QString>
#include <QStringList>

namespace jd {

enum class Engine { SQLite, PostgreSQL };

namespace dialect {

// The Qt Sql driver of an engine: QSQLITE or QPSQL.
QString driver(Engine engine);

// A schema statement written for SQLite, as the engine runs it. On PostgreSQL the types
// are mapped (INTEGER → BIGINT, INTEGER PRIMARY KEY → identity, REAL → DOUBLE PRECISION,
// BLOB → BYTEA, TEXT compared byte by byte like SQLite) and a trigger that refuses a
// change (RAISE(ABORT, …)) becomes a PL/pgSQL function and its trigger.
QStringList schemaStatements(Engine engine, const QString& sqliteStatement);

// Settings every new connection runs. SQLite: foreign keys on, wait up to ten seconds
// for another writer, synchronous NORMAL (with WAL). PostgreSQL: no notices for people,
// the same ten-second wait for a lock, read-only transactions when asked.
QStringList sessionSettings(Engine engine, bool readOnly);

// Statements that start a writing transaction: both engines let one writer in at a time,
// so two sessions queue instead of failing half-way (SQLite: BEGIN IMMEDIATE;
// PostgreSQL: BEGIN and a transaction-scoped advisory lock).
QStringList beginWrite(Engine engine);

// The expression `expr` as decimal text padded with zeros to `width` digits.
QString zeroPadded(Engine engine, const QString& expr, int width);

// Reading and writing the schema version and the application id.
QString readVersion(Engine engine);      // one row: application_id, version
QStringList writeVersion(Engine engine, int applicationId, int version);
// Number of tables in the database (schema): 0 means it is empty and may be initialised.
QString countTables(Engine engine);

// Statements to run after rows were copied in with their ids, so the next insert
// continues after the highest id (PostgreSQL identities); none on SQLite.
QStringList afterCopy(Engine engine, const QString& table, const QString& idColumn);

// How the engine will run a statement.
QString explain(Engine engine, const QString& sql);

} // namespace dialect
} // namespace jd
