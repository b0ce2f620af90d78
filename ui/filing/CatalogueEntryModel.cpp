#include "ui/filing/CatalogueEntryModel.h"

namespace jd::ui {

QStringList CatalogueEntryModel::headers() const
{
    return {tr("序号"), tr("评价机构序列码"), tr("企业名称"), tr("统一社会信用代码"),
            tr("职业（工种）及等级")};
}

QVariant CatalogueEntryModel::cell(const CatalogueEntry& e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Position:
            return e.position;
        case OrgSerial:
            return e.orgSerial;
        case Name:
            return e.name;
        case Uscc:
            return e.uscc;
        case Occupations:
            return e.occupations.join(QLatin1Char('\n'));
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Position)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case Qt::ToolTipRole:
        if (column == Occupations)
            return e.occupations.join(QLatin1Char('\n'));
        if (column == Name)
            return e.name;
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
