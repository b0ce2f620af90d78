#include "ui/review/PanelResultModel.h"

#include "ui/filing/StatusStyle.h"

#include <QBrush>
#include <QFont>

namespace jd::ui {

namespace {
const QColor kFlagBackground(0xfd, 0xe2, 0xc8);
const QColor kVetoBackground(0xf6, 0xd5, 0xd1);
} // namespace

QString PanelResultModel::points(double x)
{
    QString s = QString::number(x, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

void PanelResultModel::setResult(const ReviewResult& result, const QList<PanelMember>& members,
                                 const QList<ExpertSheet>& sheets)
{
    beginResetModel();
    m_result = result;
    m_members = members;
    m_scores.clear();
    for (const ExpertSheet& s : sheets)
        for (const ScoreEntry& e : s.scores)
            m_scores[s.expertId].insert(e.criterionId, e.score);
    endResetModel();
}

void PanelResultModel::clear()
{
    setResult({}, {}, {});
}

int PanelResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.criteria.size());
}

int PanelResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : vetoColumn() + 1;
}

QVariant PanelResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int m = section - FirstMemberColumn;
    if (role == Qt::ToolTipRole && m >= 0 && m < m_members.size())
        return tr("第 %1 位专家 %2（%3）")
            .arg(m_members.at(m).position)
            .arg(m_members.at(m).name, m_members.at(m).employer);
    if (role != Qt::DisplayRole)
        return {};
    if (section == CriterionColumn)
        return tr("评分项");
    if (section == LimitsColumn)
        return tr("满分/权重");
    if (m >= 0 && m < m_members.size())
        return m_members.at(m).name;
    if (section == aggregateColumn())
        return m_result.method == QStringLiteral("trimmed_mean") ? tr("汇总分（去高低）")
                                                                 : tr("汇总分");
    if (section == spreadColumn())
        return tr("极差");
    if (section == flagColumn())
        return tr("分歧");
    if (section == vetoColumn())
        return tr("否决");
    return {};
}

QVariant PanelResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CriterionResult& c = m_result.criteria.at(index.row());
    const int col = index.column();
    const int m = col - FirstMemberColumn;
    const bool memberCol = m >= 0 && m < m_members.size();

    switch (role) {
    case Qt::DisplayRole:
        if (col == CriterionColumn)
            return QStringLiteral("%1 %2").arg(c.id, c.name);
        if (col == LimitsColumn)
            return c.veto ? tr("%1 / 否决项").arg(points(c.maxPoints))
                          : tr("%1 / %2").arg(points(c.maxPoints), points(c.weight));
        if (memberCol) {
            const auto& scores = m_scores.value(m_members.at(m).expertId);
            if (!scores.contains(c.id))
                return tr("—");
            if (c.veto)
                return scores.value(c.id) >= c.maxPoints / 2.0 ? tr("符合") : tr("不符合");
            return points(scores.value(c.id));
        }
        if (c.count == 0)
            return col == aggregateColumn() ? tr("—") : QVariant();
        if (col == aggregateColumn())
            return QString::number(c.score, 'f', 2);
        if (col == spreadColumn())
            return points(c.spread);
        if (col == flagColumn())
            return c.flagged ? tr("⚠ 分歧") : QString();
        if (col == vetoColumn()) {
            if (c.vetoed)
                return tr("否决");
            return c.veto ? tr("通过") : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (col != CriterionColumn)
            return int(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if (memberCol && !m_scores.value(m_members.at(m).expertId).contains(c.id))
            return QBrush(StatusStyle::warningColor());
        if ((col == flagColumn() && c.flagged) || (col == spreadColumn() && c.flagged))
            return QBrush(StatusStyle::warningColor());
        if (col == vetoColumn() && c.vetoed)
            return QBrush(StatusStyle::errorColor());
        if (col == vetoColumn() && c.veto)
            return QBrush(StatusStyle::goodColor());
        break;
    case Qt::BackgroundRole:
        if (c.vetoed && (col == vetoColumn() || col == aggregateColumn()))
            return QBrush(kVetoBackground);
        if (c.flagged && (col == flagColumn() || col == spreadColumn() || col == CriterionColumn))
            return QBrush(kFlagBackground);
        break;
    case Qt::FontRole:
        if ((col == flagColumn() && c.flagged) || (col == vetoColumn() && c.vetoed) ||
            col == aggregateColumn()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (col == aggregateColumn() && c.count > 0)
            return tr("%1 位专家评分，最低 %2，最高 %3；折合 %4 分（权重 %5）")
                .arg(c.count)
                .arg(points(c.low), points(c.high), points(c.contribution), points(c.weight));
        if (col == flagColumn() && c.flagged)
            return tr("专家评分的极差 %1 超过该项的分歧阈值，请专家组核实。").arg(points(c.spread));
        if (col == vetoColumn() && c.vetoed)
            return tr("否决项汇总分低于满分的一半，触发否决。");
        break;
    }
    return {};
}

} // namespace jd::ui
