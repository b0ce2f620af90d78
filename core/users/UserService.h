#pragma once
// UserService: accounts, passwords (Argon2id via libsodium) and sign-in with lock-out.
// A database without users accepts its first administrator from anyone; after that
// only administrators manage users. authenticate() fails with NotAllowed for an unknown
// user, a wrong password, a locked or a disabled account, and says which.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDateTime>
#include <QList>

namespace jd {

class Database;

struct User
{
    qint64 id = 0;
    QString name;
    QString fullName;
    Role role = Role::Clerk;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    bool active = true;
    QDateTime createdAt;
};

class UserService
{
public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockMinutes = 15;

    UserService(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    Result<bool> hasUsers() const;
    Result<Session> authenticate(const QString& name, const QString& password);
    Result<User> add(const QString& name, Role role, const QString& password, const QString& fullName = {});
    Result<QList<User>> list() const;
    Status setPassword(const QString& name, const QString& password);
    Status setRole(const QString& name, Role role);
    Status setActive(const QString& name, bool active);
    Status unlock(const QString& name);

    // Password rules: at least 8 characters with letters and digits.
    static std::optional<QString> passwordProblem(const QString& password);
    static QString hashPassword(const QString& password);
    static bool verifyPassword(const QString& hash, const QString& password);

private:
    Status requireAdmin() const;
    Result<User> find(const QString& name) const;
    const Database& m_db;
    Session m_session;
};

} // namespace jd
