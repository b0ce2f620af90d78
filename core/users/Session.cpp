#include "core/users/Session.h"

#include "core/common/Translation.h"

#include <QCoreApplication>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::Session".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Session)
};
} // namespace

QString roleKey(Role r)
{
    switch (r) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Clerk: return QStringLiteral("录入员");
    case Role::Reviewer: return QStringLiteral("评审专家");
    case Role::Supervisor: return QStringLiteral("审核员");
    case Role::Admin: return QStringLiteral("管理员");
    }
    return {};
}

bool roleFromString(const QString& s, Role* out)
{
    for (Role r : {Role::Clerk, Role::Reviewer, Role::Supervisor, Role::Admin}) {
        if (s.trimmed() == roleKey(r) || s.trimmed() == roleLabel(r)) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::ViewRegistry: return Tr::tr("查看登记信息");
    case Permission::EditRegistry: return Tr::tr("录入或修改企业信息");
    case Permission::ImportRegistry: return Tr::tr("批量导入");
    case Permission::DeleteEnterprise: return Tr::tr("删除企业");
    case Permission::ViewFullIdNumbers: return Tr::tr("查看完整证件号码");
    case Permission::EditReferenceData: return Tr::tr("修改参考数据（职业目录、工作日历）");
    case Permission::ManageUsers: return Tr::tr("管理用户");
    case Permission::ViewAudit: return Tr::tr("查看操作日志");
    case Permission::Backup: return Tr::tr("备份数据库");
    case Permission::Restore: return Tr::tr("恢复数据库");
    case Permission::DecideFiling: return Tr::tr("对备案申请作出受理、审定、公布、终止等决定");
    case Permission::EnterScores: return Tr::tr("录入专家评分");
    }
    return {};
}

bool Session::can(Permission p) const
{
    switch (p) {
    case Permission::ViewRegistry:
    case Permission::EnterScores:
        return true;
    case Permission::EditRegistry:
    case Permission::ImportRegistry:
    case Permission::ViewFullIdNumbers:
        return role == Role::Clerk || role == Role::Supervisor || role == Role::Admin;
    case Permission::DeleteEnterprise:
    case Permission::DecideFiling:
    case Permission::ViewAudit:
    case Permission::Backup:
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::EditReferenceData:
    case Permission::ManageUsers:
    case Permission::Restore:
        return role == Role::Admin;
    }
    return false;
}

std::optional<Error> Session::refuse(Permission p) const
{
    if (can(p))
        return std::nullopt;
    return Error::notAllowed(Tr::tr("“%1”（%2）无权%3。请联系有权限的同事或管理员。")
                                 .arg(user, translation::label(roleLabel(role), "user role"), permissionLabel(p)));
}

} // namespace jd
