#pragma once
// TableFile: a table of text cells written to or read from a spreadsheet file, the format
// chosen by the extension: .csv (written UTF-8 with BOM so Excel opens it; read as UTF-8
// or GBK/GB18030) or .xlsx (libxlsxwriter; XlsxReader). Reading refuses XLSX formulas and
// merged cells, naming where they are. Other extensions fail with Invalid.

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QList>
#include <QStringList>

namespace jd::table {

Status write(const QString& path, const QList<QStringList>& rows, const QString& sheetName = QStringLiteral("Sheet1"));

struct Read
{
    QList<QStringList> rows; // the first row is the header
    QString format;          // "CSV (UTF-8)", "CSV (GB18030)", "XLSX"
};
Result<Read> read(const QString& path);

// The error report of a refused import, for whoever filled in `sourceFile`: one row per
// problem (file, row — "表头" for the header —, column, value, reason) under a header, as
// .csv or .xlsx by the extension of `path`. Used by every import, in the GUI and the CLI.
Status writeErrorReport(const QString& path, const QString& sourceFile, const QList<FieldError>& errors);

} // namespace jd::table
