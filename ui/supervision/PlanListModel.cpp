#include "ui/supervision/PlanListModel.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace jd::ui {

QStringList PlanListModel::headers() const
{
    return {tr("编号"),         tr("企业"),     tr("报送日期"), tr("认定日期"),
            tr("职业（等级）"), tr("预计人数"), tr("报送期限"), tr("逾期报送")};
}

QString PlanListModel::occupationsText(const CertificationPlan& p)
{
    QStringList occ;
    for (const PlanOccupation& o : p.occupations) {
        QStringList levels;
        for (int l : o.levels)
            levels << levelText(l).section(QLatin1Char('/'), 0, 0); // 三级/高级工 → 三级
        occ << tr("%1（%2）").arg(o.name, levels.join(tr("、")));
    }
    return occ.join(tr("、"));
}

QVariant PlanListModel::cell(const CertificationPlan& p, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id:
            return p.id;
        case Enterprise:
            return p.enterpriseName;
        case Submitted:
            return p.submitted.toString(Qt::ISODate);
        case Dates:
            return tr("%1 至 %2").arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate));
        case Occupations:
            return occupationsText(p);
        case Candidates:
            return p.candidates;
        case Deadline:
            return p.deadline.toString(Qt::ISODate);
        case Late:
            return p.late ? tr("逾期报送") : QString();
        }
        break;
    case SortRole:
        switch (column) {
        case Submitted:
            return p.submitted;
        case Dates:
            return p.start;
        case Deadline:
            return p.deadline;
        case Late:
            return p.late ? 1 : 0;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Id || column == Candidates)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (p.late && (column == Late || column == Submitted))
            return QBrush(StatusStyle::warningColor());
        break;
    case Qt::DecorationRole:
        if (column == Late && p.late)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (column == Late && p.late)
            return tr("报送日期 %1 晚于期限 %2（开始前 %3 个工作日）。")
                .arg(p.submitted.toString(Qt::ISODate), p.deadline.toString(Qt::ISODate))
                .arg(PlanService::LeadWorkingDays);
        return tr("考核场地：%1\n考评人员：%2\n质量督导人员：%3")
            .arg(p.sites.isEmpty() ? tr("（未填）") : p.sites, p.assessors.join(tr("、")),
                 p.supervisors.join(tr("、")));
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
