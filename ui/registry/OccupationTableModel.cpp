#include "ui/registry/OccupationTableModel.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"

namespace jd::ui {

namespace {
// "三级、四级" for {3,4}: short enough for a table cell, unambiguous for a clerk.
QString levelsShort(const QList<int>& levels)
{
    QStringList parts;
    for (int l : levels)
        parts << levelText(l).section(QLatin1Char('/'), 0, 0);
    return parts.join(OccupationTableModel::tr("、"));
}
QString levelsLong(const QList<int>& levels)
{
    QStringList parts;
    for (int l : levels)
        parts << levelText(l);
    return parts.join(OccupationTableModel::tr("、"));
}
} // namespace

void OccupationTableModel::setItems(const QList<OccupationApplied>& items)
{
    resetWith([&] { m_items = items; });
}

QStringList OccupationTableModel::headers() const
{
    return {tr("职业编码"), tr("职业名称"), tr("工种/职业方向"), tr("认定依据"), tr("申报等级")};
}

int OccupationTableModel::columnForField(const QString& key) const
{
    if (key == QStringLiteral("code"))
        return Code;
    if (key == QStringLiteral("name"))
        return Name;
    if (key == QStringLiteral("trade"))
        return Trade;
    if (key == QStringLiteral("basis"))
        return Basis;
    if (key == QStringLiteral("levels"))
        return Levels;
    return -1;
}

bool OccupationTableModel::isRowBlank(int row) const
{
    return m_items.value(row) == OccupationApplied{};
}

QVariant OccupationTableModel::cell(int row, int column, int role) const
{
    const OccupationApplied& o = m_items.at(row);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Code: return o.code;
        case Name: return o.name;
        case Trade: return o.trade;
        case Basis: return o.basis;
        case Levels:
            return role == Qt::EditRole ? validation::formatLevels(o.levels) : levelsShort(o.levels);
        }
    }
    if (role == Qt::ToolTipRole && column == Levels && !o.levels.isEmpty())
        return levelsLong(o.levels);
    if (role == Qt::UserRole && column == Levels)
        return QVariant::fromValue(o.levels);
    return {};
}

bool OccupationTableModel::setCell(int row, int column, const QVariant& value)
{
    OccupationApplied& o = m_items[row];
    switch (column) {
    case Code: o.code = value.toString().trimmed(); return true;
    case Name: o.name = value.toString(); return true;
    case Trade: o.trade = value.toString(); return true;
    case Basis: o.basis = value.toString(); return true;
    case Levels: {
        QList<int> levels;
        if (value.metaType() == QMetaType::fromType<QList<int>>())
            levels = value.value<QList<int>>();
        else if (!validation::parseLevels(value.toString(), &levels))
            return false; // the delegate offers checkboxes; free text must parse
        o.levels = levels;
        return true;
    }
    }
    return false;
}

} // namespace jd::ui
