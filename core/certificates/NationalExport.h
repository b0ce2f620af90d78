#pragma once
// NationalExport: the upload file for the national query database (全国联网查询), CSV or
// XLSX by the file's extension, streamed row by row so a million certificates never sit
// in memory. Every export is a numbered batch; with `sinceBatch` only certificates
// changed after that batch are written. The file holds ID numbers: its export is
// recorded in the audit trail, and only supervisors and administrators may make one.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <functional>

namespace jd {

class Database;

struct ExportOutcome
{
    int batch = 0;
    int rows = 0;
    QString path;
};

class NationalExport
{
public:
    NationalExport(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    static const QStringList& header();
    // Data rows per XLSX worksheet: a sheet holds 1,048,576 rows, the header included. A
    // larger register goes on into 证书信息（2）, （3）…, each sheet with the header again.
    static constexpr int MaxRowsPerSheet = 1048575;
    // `progress(rows)` is called every 10,000 rows; returning false cancels (nothing is recorded).
    Result<ExportOutcome> write(const QString& path, int sinceBatch = 0,
                                const std::function<bool(int)>& progress = {});
    // The same with fewer rows per worksheet (XLSX only).
    Result<ExportOutcome> write(const QString& path, int sinceBatch, const std::function<bool(int)>& progress,
                                int rowsPerSheet);

private:
    const Database& m_db;
    Session m_session;
};

} // namespace jd
