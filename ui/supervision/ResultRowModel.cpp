#include "ui/supervision/ResultRowModel.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QBrush>

namespace jd::ui {

QStringList ResultRowModel::headers() const
{
    return {tr("行"),       tr("姓名"),          tr("证件类型"), tr("证件号码"), tr("性别"),
            tr("职业"),     tr("工种/职业方向"), tr("等级"),     tr("理论知识"), tr("操作技能"),
            tr("综合评审"), tr("是否合格"),      tr("天津参保")};
}

QVariant ResultRowModel::cell(const ResultRow& r, int column, int role) const
{
    auto score = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Row:
            return r.row;
        case Name:
            return r.name;
        case IdType: {
            validation::IdType t;
            return validation::idTypeFromString(r.idType, &t) ? idTypeText(t) : r.idType;
        }
        case IdNumber:
            return r.idNumber;
        case Gender:
            return r.gender;
        case Occupation:
            return tr("%1 %2").arg(r.occupationCode, r.occupationName);
        case Trade:
            return r.trade.isEmpty() ? QStringLiteral("--") : r.trade;
        case Level:
            return levelText(r.level);
        case Theory:
            return score(r.theory);
        case Practical:
            return score(r.practical);
        case Overall:
            return score(r.overall);
        case Passed:
            return r.passed ? tr("是") : tr("否");
        case Insured:
            return r.insured ? tr("是") : tr("否");
        }
        break;
    case SortRole:
        if (column == Level)
            return r.level;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Row || column == Theory || column == Practical || column == Overall)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Passed)
            return QBrush(r.passed ? StatusStyle::goodColor() : StatusStyle::errorColor());
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
