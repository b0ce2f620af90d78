#pragma once
// Session: who is acting. Every service takes one; permission checks and the audit
// trail read it. Before the first user exists the actor is "system" with every right.

#include <QString>

namespace jd {

enum class Role { Clerk, Reviewer, Supervisor, Admin };

struct Session
{
    QString user = QStringLiteral("system");
    Role role = Role::Admin;
};

} // namespace jd
