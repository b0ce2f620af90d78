#pragma once
// The transitions of DESIGN §2 as data: which action leads from which status to which,
// and which role may take it. Pure: no database.

#include "core/filing/Filing.h"
#include "core/users/Session.h"

#include <optional>

namespace jd {

struct Transition
{
    FilingAction action;
    FilingStatus from;
    FilingStatus to;
    bool decision; // a supervisor's decision (clerks only submit and resubmit)
};

class FilingStateMachine
{
public:
    static const QList<Transition>& transitions();
    // The target of `action` from `from`; nullopt when the state does not allow it.
    // Reinstate returns to `suspendedFrom`.
    static std::optional<FilingStatus> next(FilingStatus from, FilingAction action,
                                            FilingStatus suspendedFrom = FilingStatus::Published);
    static QList<FilingAction> allowed(FilingStatus from);
    // Actions the role may take now (the GUI shows exactly these).
    static QList<FilingAction> allowedFor(FilingStatus from, const Session& session);
    static bool mayTake(FilingAction action, const Session& session);
    static bool isDecision(FilingAction action);
};

} // namespace jd
