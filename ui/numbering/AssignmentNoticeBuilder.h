#pragma once
// AssignmentNoticeBuilder: the 赋码通知 of one published enterprise, from its registry
// record, its OrgSerial ledger entry and an example number of its own (the highest level
// of its first occupation). Fails with NotAllowed when the enterprise has no OrgSerial.

#include "core/common/Result.h"
#include "core/documents/PrintableDocument.h"
#include "core/users/Session.h"

#include <QCoreApplication>

namespace jd {
class Database;
}

namespace jd::ui {

class AssignmentNoticeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentNoticeBuilder)
public:
    static Result<PrintableDocument> build(const Database& db, const Session& session,
                                           qint64 enterpriseId);
};

} // namespace jd::ui
