#include "core/registry/Enterprise.h"

#include "core/validation/Validators.h"

namespace jd {

QString enterpriseKindKey(EnterpriseKind k)
{
    return k == EnterpriseKind::Tianjin ? QStringLiteral("tianjin") : QStringLiteral("central_soe_branch");
}

QString enterpriseKindLabel(EnterpriseKind k)
{
    return k == EnterpriseKind::Tianjin ? QStringLiteral("天津注册企业") : QStringLiteral("中央企业驻津分支机构");
}

bool enterpriseKindFromString(const QString& s, EnterpriseKind* out)
{
    const QString v = validation::normalizeWidth(s);
    for (EnterpriseKind k : {EnterpriseKind::Tianjin, EnterpriseKind::CentralSoeBranch}) {
        if (v == enterpriseKindKey(k) || v == enterpriseKindLabel(k)) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString personRoleKey(PersonRole r)
{
    switch (r) {
    case PersonRole::Staff: return QStringLiteral("staff");
    case PersonRole::Expert: return QStringLiteral("expert");
    case PersonRole::Assessor: return QStringLiteral("assessor");
    case PersonRole::Supervisor: return QStringLiteral("supervisor");
    }
    return {};
}

QString personRoleLabel(PersonRole r)
{
    switch (r) {
    case PersonRole::Staff: return QStringLiteral("专职工作人员");
    case PersonRole::Expert: return QStringLiteral("专家");
    case PersonRole::Assessor: return QStringLiteral("考评人员");
    case PersonRole::Supervisor: return QStringLiteral("质量督导人员");
    }
    return {};
}

QList<Person>& Enterprise::people(PersonRole r)
{
    switch (r) {
    case PersonRole::Staff: return staff;
    case PersonRole::Expert: return experts;
    case PersonRole::Assessor: return assessors;
    case PersonRole::Supervisor: return supervisors;
    }
    return staff;
}

const QList<Person>& Enterprise::people(PersonRole r) const
{
    return const_cast<Enterprise*>(this)->people(r);
}

} // namespace jd
