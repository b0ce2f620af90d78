#pragma once
// PermissionGate: enables an action or a widget only when the session's role may do what
// it does; otherwise disables it and says why (Session::refuse) in its tooltip.

#include "core/users/Session.h"

class QAction;
class QWidget;

namespace jd::ui {

class PermissionGate
{
public:
    // True when allowed. A refused control keeps the reason as tooltip and status tip.
    static bool apply(QAction* action, const Session& session, Permission permission);
    static bool apply(QWidget* widget, const Session& session, Permission permission);
    // The refusal text for the permission, empty when allowed.
    static QString reason(const Session& session, Permission permission);
};

} // namespace jd::ui
