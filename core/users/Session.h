#pragma once
// Session: who is acting, and what that role may do. Every service takes one; the
// permission checks and the audit trail read it. Before the first user exists the
// actor is "system" with every right (the database is being set up).

#include "core/common/Error.h"

#include <QString>

#include <optional>

namespace jd {

enum class Role { Clerk, Reviewer, Supervisor, Admin };
QString roleKey(Role r);   // clerk, reviewer, supervisor, admin
QString roleLabel(Role r); // 录入员, 评审专家, 审核员, 管理员
bool roleFromString(const QString& s, Role* out);

// What a service may be asked to do; each maps to the roles allowed to do it.
enum class Permission {
    ViewRegistry,      // read enterprises and filings
    EditRegistry,      // enter and change enterprises, attach scans
    ImportRegistry,    // bulk import
    DeleteEnterprise,  // take an enterprise out of the registry
    ViewFullIdNumbers, // see unmasked ID numbers
    EditReferenceData, // occupation catalogue, calendars
    ManageUsers,
    ViewAudit,
    Backup,
    Restore,
    DecideFiling,      // accept, return, approve, publish, evaluate, terminate; draw panels
    EnterScores,       // expert score sheets (entered, imported, offline packages)
};

struct Session
{
    QString user = QStringLiteral("system");
    Role role = Role::Admin;

    bool can(Permission p) const;
    // NotAllowed error naming the role and the action, or success.
    std::optional<Error> refuse(Permission p) const;
};

QString permissionLabel(Permission p);

} // namespace jd
