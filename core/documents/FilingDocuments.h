#pragma once
// Documents of the filing workflow: 受理回执 (receipt), 补正通知 (correction notice listing
// the defects of the latest return) and the 《全市开展职业技能等级认定试点企业目录》.

#include "core/documents/PrintableDocument.h"
#include "core/filing/Filing.h"
#include "core/filing/FilingService.h"
#include "core/registry/Enterprise.h"

namespace jd {

PrintableDocument filingReceipt(const Filing& f, const Enterprise& e, const QDate& issued);
// Empty html when the filing was never returned.
PrintableDocument correctionNotice(const Filing& f, const Enterprise& e);
PrintableDocument catalogueDocument(const CatalogueVersion& c);

} // namespace jd
