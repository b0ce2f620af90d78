#include "ui/numbering/VoidNumberModel.h"

namespace jd::ui {

QStringList VoidNumberModel::headers() const
{
    return {tr("证书编号"), tr("作废原因"), tr("经办人"), tr("作废时间")};
}

QVariant VoidNumberModel::cell(const VoidNumber& v, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return v.number;
        case Reason:
            return v.reason;
        case Actor:
            return v.actor;
        case At:
            return v.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        break;
    case SortRole:
        if (column == At)
            return v.at;
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
