#include "core/users/UserService.h"

#include "core/audit/AuditLog.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::UserService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::UserService)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString ts(const QDateTime& d) { return d.isValid() ? d.toString(Qt::ISODateWithMs) : QString(); }

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    roleFromString(q.value(3).toString(), &u.role);
    u.failedAttempts = q.value(4).toInt();
    u.lockedUntil = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    u.active = q.value(6).toInt() != 0;
    u.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return u;
}

const QString kUserColumns =
    QStringLiteral("id, name, full_name, role, failed_attempts, locked_until, active, created_at");

QJsonObject userJson(const User& u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("full_name"), u.fullName},
            {QStringLiteral("role"), roleKey(u.role)},
            {QStringLiteral("active"), u.active}};
}

} // namespace

std::optional<QString> UserService::passwordProblem(const QString& password)
{
    if (password.size() < 8)
        return Tr::tr("密码至少 8 位。");
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (!password.contains(letter) || !password.contains(digit))
        return Tr::tr("密码须同时包含字母和数字。");
    return std::nullopt;
}

QString UserService::hashPassword(const QString& password)
{
    if (!sodiumReady())
        return {};
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: about a tenth of a second and 64 MiB on a desk computer.
    if (crypto_pwhash_str_alg(out, pw.constData(), static_cast<unsigned long long>(pw.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool UserService::verifyPassword(const QString& hash, const QString& password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), static_cast<unsigned long long>(pw.size())) == 0;
}

Result<bool> UserService::hasUsers() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt() > 0;
}

Status UserService::requireAdmin() const
{
    if (auto e = m_session.refuse(Permission::ManageUsers))
        return *e;
    return {};
}

Result<User> UserService::find(const QString& name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(kUserColumns), {name});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Tr::tr("用户“%1”不存在。").arg(name));
    return readUser(q.value());
}

Result<Session> UserService::authenticate(const QString& name, const QString& password)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1, password_hash FROM users WHERE name = ?").arg(kUserColumns), {name});
    if (!q)
        return q.error();
    // One message for unknown users and wrong passwords, so names cannot be probed.
    const Error wrong = Error::notAllowed(Tr::tr("用户名或密码不正确。"));
    if (!q.value().next())
        return wrong;
    const User u = readUser(q.value());
    const QString hash = q.value().value(8).toString();
    const QDateTime now = m_db.clock().now();
    if (!u.active)
        return Error::notAllowed(Tr::tr("账户“%1”已停用，请联系管理员。").arg(name));
    if (u.lockedUntil.isValid() && u.lockedUntil > now)
        return Error::notAllowed(Tr::tr("账户“%1”因连续输错密码已锁定，请于 %2 后再试，或请管理员解锁。")
                                     .arg(name, u.lockedUntil.toString(QStringLiteral("HH:mm"))));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    AuditLog audit(m_db);
    if (!verifyPassword(hash, password)) {
        const int failed = u.failedAttempts + 1;
        const bool lock = failed >= MaxFailedAttempts;
        const QDateTime until = lock ? now.addSecs(LockMinutes * 60) : QDateTime();
        auto upd = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                             {lock ? 0 : failed, ts(until), u.id});
        if (!upd)
            return upd.error();
        if (Status s = audit.append(name, lock ? QStringLiteral("lock") : QStringLiteral("login_failed"),
                                    QStringLiteral("user"), name, {}, {{QStringLiteral("failed_attempts"), failed}});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        if (lock)
            return Error::notAllowed(Tr::tr("密码连续输错 %1 次，账户“%2”已锁定 %3 分钟。")
                                         .arg(MaxFailedAttempts)
                                         .arg(name)
                                         .arg(LockMinutes));
        return wrong;
    }
    auto upd = m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = '' WHERE id = ?"), {u.id});
    if (!upd)
        return upd.error();
    if (Status s = audit.append(name, QStringLiteral("login"), QStringLiteral("user"), name, {}, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Session{u.name, u.role};
}

Result<User> UserService::add(const QString& name, Role role, const QString& password, const QString& fullName)
{
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (!*any) {
        if (role != Role::Admin)
            return Error::invalid(Tr::tr("数据库还没有用户：第一个用户必须是管理员（--role admin）。"));
    } else if (Status s = requireAdmin(); !s) {
        return s.error();
    }
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.\\-\\x{4e00}-\\x{9fff}]{2,32}$"));
    QList<FieldError> errors;
    if (!nameRe.match(name).hasMatch())
        errors << FieldError{QStringLiteral("name"), Tr::tr("用户名"),
                             Tr::tr("应为 2–32 个字母、数字、汉字或 _ . -，不含空格。"), 0, name};
    if (auto p = passwordProblem(password))
        errors << FieldError{QStringLiteral("password"), Tr::tr("密码"), *p, 0, {}};
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("无法创建用户。"), errors);
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Error::storage(Tr::tr("密码加密失败（内存不足？），用户未创建。"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (find(name).ok())
        return Error::invalid(Tr::tr("无法创建用户。"),
                              {FieldError{QStringLiteral("name"), Tr::tr("用户名"),
                                          Tr::tr("“%1”已存在，请换一个。").arg(name), 0, name}});
    const QString now = ts(m_db.clock().now());
    auto ins = m_db.exec(QStringLiteral("INSERT INTO users (name, full_name, role, password_hash, created_at, updated_at) "
                                        "VALUES (?,?,?,?,?,?)"),
                         {name, fullName, roleKey(role), hash, now, now});
    if (!ins)
        return ins.error();
    auto u = find(name);
    if (!u)
        return u.error();
    const QString actor = *any ? m_session.user : name;
    if (Status s = AuditLog(m_db).append(actor, QStringLiteral("create"), QStringLiteral("user"), name, {}, userJson(*u));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return u;
}

Result<QList<User>> UserService::list() const
{
    if (Status s = requireAdmin(); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kUserColumns));
    if (!q)
        return q.error();
    QList<User> out;
    while (q.value().next())
        out << readUser(q.value());
    return out;
}

Status UserService::setPassword(const QString& name, const QString& password)
{
    // Everyone may change their own password; administrators anyone's.
    if (name != m_session.user)
        if (Status s = requireAdmin(); !s)
            return s;
    if (auto p = passwordProblem(password))
        return Error::invalid(*p, {FieldError{QStringLiteral("password"), Tr::tr("密码"), *p, 0, {}}});
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Error::storage(Tr::tr("密码加密失败，密码未修改。"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto u = find(name);
    if (!u)
        return u.error();
    auto q = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = '', "
                                      "updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                       {hash, ts(m_db.clock().now()), u->id});
    if (!q)
        return q.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("set_password"), QStringLiteral("user"), name, {}, {});
        !s)
        return s;
    return tx.commit();
}

static Status changeUser(const Database& db, const Session& session, const QString& name, const QString& action,
                         const QString& setSql, const QVariant& value)
{
    if (auto e = session.refuse(Permission::ManageUsers))
        return *e;
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    auto before = db.exec(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(kUserColumns), {name});
    if (!before)
        return before.error();
    if (!before.value().next())
        return Error::notFound(Tr::tr("用户“%1”不存在。").arg(name));
    const User old = readUser(before.value());
    // The last active administrator cannot be demoted or disabled: nobody could manage users.
    if ((action == QStringLiteral("set_role") && old.role == Role::Admin && value.toString() != roleKey(Role::Admin)) ||
        (action == QStringLiteral("disable") && old.role == Role::Admin)) {
        auto admins = db.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"));
        if (!admins)
            return admins.error();
        admins.value().next();
        if (admins.value().value(0).toInt() <= 1)
            return Error::notAllowed(Tr::tr("“%1”是唯一的管理员，不能降级或停用。请先指定另一位管理员。").arg(name));
    }
    auto q = db.exec(QStringLiteral("UPDATE users SET %1, updated_at = ?, row_version = row_version + 1 WHERE id = ?")
                         .arg(setSql),
                     {value, ts(db.clock().now()), old.id});
    if (!q)
        return q.error();
    auto after = db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {old.id});
    if (!after || !after.value().next())
        return Error::storage(Tr::tr("读取用户失败。"));
    if (Status s = AuditLog(db).append(session.user, action, QStringLiteral("user"), name, userJson(old),
                                       userJson(readUser(after.value())));
        !s)
        return s;
    return tx.commit();
}

Status UserService::setRole(const QString& name, Role role)
{
    return changeUser(m_db, m_session, name, QStringLiteral("set_role"), QStringLiteral("role = ?"), roleKey(role));
}

Status UserService::setActive(const QString& name, bool active)
{
    return changeUser(m_db, m_session, name, active ? QStringLiteral("enable") : QStringLiteral("disable"),
                      QStringLiteral("active = ?"), active ? 1 : 0);
}

Status UserService::unlock(const QString& name)
{
    return changeUser(m_db, m_session, name, QStringLiteral("unlock"),
                      QStringLiteral("failed_attempts = 0, locked_until = ?"), QString());
}

} // namespace jd
