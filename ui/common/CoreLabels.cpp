#include "ui/common/CoreLabels.h"

#include "core/common/Translation.h"
#include "core/supervision/SpotCheckService.h"

namespace jd::ui {

QString statusText(FilingStatus s)
{
    return translation::label(statusLabel(s), "filing status");
}

QString actionText(FilingAction a)
{
    return translation::label(actionLabel(a), "filing action");
}

QString itemStateText(ItemState s)
{
    return translation::label(itemStateLabel(s), "checklist item state");
}

QString roleText(Role r)
{
    return translation::label(roleLabel(r), "user role");
}

QString levelText(int level)
{
    return translation::label(validation::levelLabel(level), "skill level");
}

QString idTypeText(validation::IdType t)
{
    return translation::label(validation::idTypeLabel(t), "ID document type");
}

QString enterpriseKindText(EnterpriseKind k)
{
    return translation::label(enterpriseKindLabel(k), "enterprise type");
}

QString spotOutcomeText(const QString& key)
{
    return translation::label(spotOutcomeLabel(key), "spot check outcome");
}

} // namespace jd::ui
