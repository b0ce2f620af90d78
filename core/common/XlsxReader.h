#pragma once
// XlsxReader: the first worksheet of an .xlsx file as rows of text, for imports. Reports
// what an import must refuse: cells holding formulas and merged cells (by row and column).
// Fails with Invalid when the file is not an XLSX workbook.

#include "core/common/Result.h"

#include <QList>
#include <QPoint>
#include <QStringList>

namespace jd {

struct XlsxSheet
{
    QList<QStringList> rows;     // the first row is the header
    QList<QPoint> formulaCells;  // x = column (1-based), y = row (1-based, header = 1)
    QStringList mergedRanges;    // e.g. "A3:B3"
};

class XlsxReader
{
public:
    static Result<XlsxSheet> read(const QString& path);
    static QString columnName(int column); // 1 → A, 27 → AA
};

} // namespace jd
