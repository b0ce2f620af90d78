#include "ui/review/ExpertListModel.h"

#include "ui/filing/StatusStyle.h"

#include <QBrush>
#include <QPalette>

namespace jd::ui {

QStringList ExpertListModel::headers() const
{
    return {tr("姓名"), tr("证件号码"), tr("工作单位"), tr("职称/技能等级"),
            tr("地区"), tr("专业领域"), tr("状态")};
}

QString ExpertListModel::specialtiesText(const QStringList& specialties)
{
    return specialties.join(tr("、"));
}

QVariant ExpertListModel::cell(const Expert& e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return e.name;
        case IdNumber:
            return e.idNumber;
        case Employer:
            return e.employer;
        case Title:
            return e.title;
        case Region:
            return e.region;
        case Specialties:
            return specialtiesText(e.specialties);
        case Status:
            return e.active ? tr("在库") : tr("已停用");
        }
        break;
    case SortRole:
        if (column == Status)
            return e.active ? 0 : 1;
        return {};
    case Qt::ForegroundRole:
        if (!e.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (column == Status)
            return QBrush(StatusStyle::goodColor());
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!e.phone.isEmpty())
            lines << tr("联系电话：%1").arg(e.phone);
        if (!e.conflicts.isEmpty()) {
            QStringList names;
            for (const ExpertConflict& c : e.conflicts)
                names << c.enterpriseName;
            lines << tr("申报回避的企业：%1").arg(names.join(tr("、")));
        }
        if (!e.note.isEmpty())
            lines << tr("备注：%1").arg(e.note);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
