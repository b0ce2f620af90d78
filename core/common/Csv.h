#pragma once
// CSV reading and writing (RFC 4180: quotes, doubled quotes, line breaks in quotes).
// decode() reads UTF-8 (with or without BOM) and falls back to GB18030 for files saved
// by Excel on Chinese Windows; it says which encoding it used.

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace jd::csv {

struct Decoded
{
    QString text;
    QString encoding; // "UTF-8" or "GB18030"
};

Result<Decoded> decode(const QByteArray& bytes);
// Rows of cells; a file that ends inside quotes is an error naming the row.
Result<QList<QStringList>> parse(const QString& text);
QString escape(const QString& cell);
QString line(const QStringList& cells); // joined and terminated with CRLF

} // namespace jd::csv
