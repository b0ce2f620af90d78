#pragma once
// 工作台账: one enterprise's plans, spot checks, result filings, certificates and late items.

#include "core/documents/PrintableDocument.h"
#include "core/supervision/Statistics.h"

namespace jd {

PrintableDocument ledgerDocument(const Ledger& l, const QDate& printed);

} // namespace jd
