#include "ui/supervision/StatisticsModel.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace jd::ui {

int StatisticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : static_cast<int>(m_rows.size()) + 1;
}

int StatisticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList names{tr("企业"),     tr("职业"),     tr("等级"),   tr("高技能"),
                            tr("参加人数"), tr("合格人数"), tr("合格率"), tr("发证数")};
    return names.value(section);
}

void StatisticsModel::setRows(const QList<StatRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    m_totals = StatRow{};
    for (const StatRow& r : rows) {
        m_totals.candidates += r.candidates;
        m_totals.passed += r.passed;
        m_totals.certificates += r.certificates;
    }
    endResetModel();
}

QVariant StatisticsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_rows.size();
    const StatRow& r = total ? m_totals : m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Enterprise:
            return total ? tr("合计") : r.enterpriseName;
        case Occupation:
            return total ? QString() : tr("%1 %2").arg(r.occupationCode, r.occupationName);
        case Level:
            return total ? QString() : levelText(r.level);
        case HighSkill:
            return !total && r.highSkill() ? tr("高技能") : QString();
        case Candidates:
            return r.candidates;
        case Passed:
            return r.passed;
        case PassRate:
            return QStringLiteral("%1%").arg(QString::number(r.passRate() * 100, 'f', 1));
        case Certificates:
            return r.certificates;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Candidates)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::BackgroundRole:
        if (total)
            return QBrush(QColor(0xee, 0xf2, 0xf7));
        break;
    case Qt::ForegroundRole:
        if (index.column() == HighSkill && !total && r.highSkill())
            return QBrush(QColor(0xc0, 0x6a, 0x00));
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
