#include "ui/security/PermissionGate.h"

#include <QAction>
#include <QWidget>

namespace jd::ui {

QString PermissionGate::reason(const Session& session, Permission permission)
{
    const auto refused = session.refuse(permission);
    return refused ? refused->message : QString();
}

bool PermissionGate::apply(QAction* action, const Session& session, Permission permission)
{
    const QString why = reason(session, permission);
    action->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        action->setToolTip(why);
        action->setStatusTip(why);
    }
    return why.isEmpty();
}

bool PermissionGate::apply(QWidget* widget, const Session& session, Permission permission)
{
    const QString why = reason(session, permission);
    widget->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        widget->setToolTip(why);
    return why.isEmpty();
}

} // namespace jd::ui
