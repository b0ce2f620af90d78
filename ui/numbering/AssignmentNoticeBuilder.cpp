#include "ui/numbering/AssignmentNoticeBuilder.h"

#include "core/documents/NumberingDocuments.h"
#include "core/numbering/NumberingService.h"
#include "core/registry/EnterpriseService.h"

namespace jd::ui {

Result<PrintableDocument> AssignmentNoticeBuilder::build(const Database& db, const Session& session,
                                                         qint64 enterpriseId)
{
    auto e = EnterpriseService(db, session).get(enterpriseId);
    if (!e)
        return e.error();
    NumberingService numbering(db, session);
    auto ledger = numbering.ledger();
    if (!ledger)
        return ledger.error();
    const OrgSerialEntry* entry = nullptr;
    for (const OrgSerialEntry& x : *ledger)
        if (x.enterpriseId == enterpriseId)
            entry = &x;
    if (!entry)
        return Error::notAllowed(
            tr("“%1”还没有评价机构序列码（尚未公布为试点企业），没有赋码通知。").arg(e->name));
    // The example uses a level the enterprise really certifies, as the CLI does.
    int level = 3;
    if (!e->occupations.isEmpty() && !e->occupations.first().levels.isEmpty())
        level = e->occupations.first().levels.last();
    auto example = numbering.numberFor(entry->serial, entry->assigned.year(), level, 1);
    if (!example)
        return example.error();
    return assignmentNotice(e->name, e->uscc, entry->serial, entry->assigned, *example);
}

} // namespace jd::ui
