#include "ui/filing/CatalogueVersionModel.h"

namespace jd::ui {

QStringList CatalogueVersionModel::headers() const
{
    return {tr("版本"), tr("生效日期"), tr("调整原因"), tr("经办人")};
}

QVariant CatalogueVersionModel::cell(const CatalogueVersion& v, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Version:
            return tr("第 %1 版").arg(v.version);
        case EffectiveDate:
            return v.effectiveDate.toString(Qt::ISODate);
        case Reason:
            return v.reason;
        case Actor:
            return v.actor;
        }
        break;
    case SortRole:
        if (column == Version)
            return v.version;
        if (column == EffectiveDate)
            return v.effectiveDate;
        break;
    case Qt::ToolTipRole:
        if (column == Reason)
            return v.reason;
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
