#include "ui/review/RecommendedListModel.h"
#include "ui/common/CoreLabels.h"

#include "core/filing/Filing.h"
#include "ui/filing/StatusStyle.h"

#include <QBrush>
#include <QFont>

namespace jd::ui {

namespace {
QString points(double v)
{
    return QString::number(v, 'f', 2);
}
} // namespace

QStringList RecommendedListModel::headers() const
{
    return {tr("排名"), tr("企业"), tr("状态"), tr("总分"),
            tr("方法"), tr("否决"), tr("建议"), tr("专家组意见")};
}

QString RecommendedListModel::methodText(const ReviewResult& r)
{
    QString method = r.method == QLatin1String("trimmed_mean") ? tr("去掉最高、最低分后平均")
                     : r.method == QLatin1String("mean")       ? tr("平均分")
                                                               : r.method;
    if (r.experts > 0)
        method += tr("（%1 位专家）").arg(r.experts);
    return method;
}

QString RecommendedListModel::adviceText(const RecommendedEntry& e)
{
    if (e.result.recommended)
        return tr("建议推荐");
    if (!e.result.complete)
        return tr("评分未完成");
    if (e.result.veto)
        return tr("不予推荐（否决项）");
    if (e.result.total < e.result.passLine)
        return tr("不予推荐（低于合格线 %1）").arg(QString::number(e.result.passLine, 'g', 6));
    return tr("不予推荐");
}

QVariant RecommendedListModel::cell(const RecommendedEntry& e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return e.rank > 0 ? QVariant(e.rank) : QVariant(tr("—"));
        case Enterprise:
            return e.enterpriseName;
        case Status: {
            FilingStatus s{};
            return statusFromKey(e.status, &s) ? statusText(s) : e.status;
        }
        case Total:
            return e.result.complete ? points(e.result.total) : tr("—");
        case Method:
            return e.result.experts > 0 ? methodText(e.result) : QString();
        case Veto:
            return e.result.veto ? tr("否决") : QString();
        case Advice:
            return adviceText(e);
        case Opinion:
            return e.opinion.simplified();
        }
        break;
    case SortRole:
        switch (column) {
        case Rank:
            return e.rank > 0 ? e.rank : 1000000;
        case Total:
            return e.result.complete ? e.result.total : -1.0;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Rank || column == Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Veto)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Status) {
            FilingStatus s{};
            if (statusFromKey(e.status, &s))
                return QBrush(StatusStyle::statusColor(s));
        }
        if (column == Veto && e.result.veto)
            return QBrush(StatusStyle::errorColor());
        if (column == Advice)
            return QBrush(e.result.recommended ? StatusStyle::goodColor()
                          : e.result.complete  ? StatusStyle::errorColor()
                                               : StatusStyle::warningColor());
        break;
    case Qt::FontRole:
        if ((column == Total || column == Advice) && e.result.recommended) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Total || column == Advice) {
            if (!e.result.missing.isEmpty())
                return tr("尚缺：\n%1").arg(e.result.missing.mid(0, 12).join(QLatin1Char('\n')));
            if (e.result.complete)
                return tr("总分 %1，合格线 %2")
                    .arg(points(e.result.total), QString::number(e.result.passLine, 'g', 6));
        }
        if (column == Veto && e.result.veto) {
            QStringList names;
            for (const CriterionResult& c : e.result.criteria)
                if (c.vetoed)
                    names << c.name;
            return tr("否决项低于满分的一半：%1").arg(names.join(tr("、")));
        }
        if (column == Opinion && !e.opinion.isEmpty())
            return e.opinion;
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
