#pragma once
// SignIn: the start of every session of the desktop app: the first-run wizard (administrator
// and sample data) on a database without users, the login dialog otherwise. Empty when people cancel
// (the app then ends) or the user table cannot be read (shown through ErrorPresenter).

#include "core/users/Session.h"

#include <QCoreApplication>

#include <optional>

namespace jd {
class Database;
}

namespace jd::ui {

class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)
public:
    static std::optional<Session> ask(const Database& db);
};

} // namespace jd::ui
