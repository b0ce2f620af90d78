#pragma once
// TableFile: a table of text cells written to or read from a spreadsheet file, the format
// chosen by the extension: .csv (written UTF-8 with BOM so Excel opens it; read as UTF-8
// or GBK/GB18030) or .xlsx (libxlsxwriter; XlsxReader). Reading refuses XLSX formulas and
// merged cells, naming where they are. Other extensions fail with Invalid.

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

} // namespace jd::table
