#include "ui/supervision/SpotCheckModel.h"

#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QBrush>
#include <QFont>

namespace jd::ui {

QStringList SpotCheckModel::headers() const
{
    return {tr("编号"),     tr("企业"),     tr("计划"),     tr("计划开始"), tr("抽取方式"),
            tr("检查日期"), tr("检查人员"), tr("发现问题"), tr("结论")};
}

QColor SpotCheckModel::outcomeColor(const QString& outcome)
{
    if (outcome == QStringLiteral("compliant"))
        return StatusStyle::goodColor();
    if (outcome == QStringLiteral("rectify"))
        return StatusStyle::warningColor();
    if (outcome == QStringLiteral("serious"))
        return StatusStyle::errorColor();
    return {0x70, 0x70, 0x70};
}

QVariant SpotCheckModel::cell(const SpotCheck& c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return c.id;
        case Enterprise:
            return c.enterpriseName;
        case Plan:
            return c.planId;
        case PlanStart:
            return c.planStart.toString(Qt::ISODate);
        case SelectedBy:
            return c.selectedBy == QStringLiteral("random") ? tr("随机抽取（种子 %1）").arg(c.seed)
                                                            : tr("指定抽查");
        case VisitDate:
            return c.visitDate.isValid() ? c.visitDate.toString(Qt::ISODate) : QString();
        case Inspectors:
            return c.inspectors;
        case Findings:
            return c.findings.simplified();
        case Outcome:
            return spotOutcomeText(c.outcome);
        }
        break;
    case SortRole:
        switch (column) {
        case PlanStart:
            return c.planStart;
        case VisitDate:
            return c.visitDate;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Id || column == Plan)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Outcome)
            return QBrush(outcomeColor(c.outcome));
        break;
    case Qt::DecorationRole:
        if (column == Outcome)
            return StatusStyle::dot(outcomeColor(c.outcome));
        break;
    case Qt::FontRole:
        if (column == Outcome && c.outcome == QStringLiteral("serious")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Findings || column == Outcome)
            return tr("发现问题：%1\n整改要求：%2")
                .arg(c.findings.isEmpty() ? tr("（无）") : c.findings,
                     c.rectification.isEmpty() ? tr("（无）") : c.rectification);
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
