#include "core/filing/FilingStateMachine.h"

namespace jd {

const QList<Transition>& FilingStateMachine::transitions()
{
    using S = FilingStatus;
    using A = FilingAction;
    static const QList<Transition> all = {
        {A::Submit, S::Draft, S::Submitted, false},
        {A::Accept, S::Submitted, S::MaterialsAccepted, true},
        {A::Return, S::Submitted, S::Returned, true},
        {A::Reject, S::Submitted, S::Rejected, true},
        {A::Resubmit, S::Returned, S::Submitted, false},
        {A::Schedule, S::MaterialsAccepted, S::SiteVisit, true},
        {A::Score, S::SiteVisit, S::Scored, true},
        {A::Recommend, S::Scored, S::Recommended, true},
        {A::NotRecommend, S::Scored, S::NotRecommended, true},
        {A::Approve, S::Recommended, S::Approved, true},
        {A::Refuse, S::Recommended, S::Refused, true},
        {A::Report, S::Approved, S::ReportedToMinistry, true},
        {A::MinistryAccept, S::ReportedToMinistry, S::Filed, true},
        {A::MinistryReject, S::ReportedToMinistry, S::MinistryRejected, true},
        {A::Publish, S::Filed, S::Published, true},
        {A::PhasePass, S::Published, S::Formal, true},
        {A::Terminate, S::Published, S::Terminated, true},
        {A::Terminate, S::Formal, S::Terminated, true},
        {A::Suspend, S::Published, S::Suspended, true},
        {A::Suspend, S::Formal, S::Suspended, true},
        {A::Reinstate, S::Suspended, S::Published, true}, // the target is the state before suspension
    };
    return all;
}

std::optional<FilingStatus> FilingStateMachine::next(FilingStatus from, FilingAction action, FilingStatus suspendedFrom)
{
    for (const Transition& t : transitions())
        if (t.from == from && t.action == action)
            return action == FilingAction::Reinstate ? suspendedFrom : t.to;
    return std::nullopt;
}

QList<FilingAction> FilingStateMachine::allowed(FilingStatus from)
{
    QList<FilingAction> out;
    for (const Transition& t : transitions())
        if (t.from == from && !out.contains(t.action))
            out << t.action;
    return out;
}

bool FilingStateMachine::isDecision(FilingAction action)
{
    return action != FilingAction::Submit && action != FilingAction::Resubmit;
}

bool FilingStateMachine::mayTake(FilingAction action, const Session& session)
{
    return session.can(isDecision(action) ? Permission::DecideFiling : Permission::EditRegistry);
}

QList<FilingAction> FilingStateMachine::allowedFor(FilingStatus from, const Session& session)
{
    QList<FilingAction> out;
    for (FilingAction a : allowed(from))
        if (mayTake(a, session))
            out << a;
    return out;
}

} // namespace jd
