#include "ui/supervision/CalendarMonthModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace jd::ui {

int CalendarMonthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 6;
}

int CalendarMonthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList names{tr("一"), tr("二"), tr("三"), tr("四"), tr("五"), tr("六"), tr("日")};
    return names.value(section);
}

QDate CalendarMonthModel::firstCell() const
{
    const QDate first(m_year, m_month, 1);
    return first.addDays(1 - first.dayOfWeek());
}

QDate CalendarMonthModel::dateAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return firstCell().addDays(index.row() * 7 + index.column());
}

QModelIndex CalendarMonthModel::indexOf(const QDate& date) const
{
    const qint64 n = firstCell().daysTo(date);
    if (n < 0 || n >= 42)
        return {};
    return index(static_cast<int>(n / 7), static_cast<int>(n % 7));
}

QString CalendarMonthModel::mark(DayKind kind)
{
    switch (kind) {
    case DayKind::Off:
        return tr("休");
    case DayKind::Work:
        return tr("班");
    case DayKind::Normal:
        break;
    }
    return {};
}

QColor CalendarMonthModel::background(DayKind kind)
{
    switch (kind) {
    case DayKind::Off:
        return {0xfd, 0xe2, 0xdf};
    case DayKind::Work:
        return {0xdc, 0xe8, 0xf8};
    case DayKind::Normal:
        break;
    }
    return {};
}

QString CalendarMonthModel::markOf(const QDate& date) const
{
    const auto it = m_special.constFind(date);
    return it == m_special.cend() ? QString() : mark(it->kind);
}

void CalendarMonthModel::setMonth(int year, int month, const QList<CalendarDay>& special)
{
    beginResetModel();
    m_year = year;
    m_month = month;
    m_special.clear();
    for (const CalendarDay& d : special)
        m_special.insert(d.date, d);
    endResetModel();
}

QVariant CalendarMonthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = dateAt(index);
    const bool inMonth = date.month() == m_month;
    const CalendarDay special = m_special.value(date, CalendarDay{date, DayKind::Normal, {}});
    switch (role) {
    case Qt::DisplayRole: {
        const QString m = mark(special.kind);
        return m.isEmpty() ? QString::number(date.day()) : tr("%1  %2").arg(date.day()).arg(m);
    }
    case DateRole:
        return date;
    case KindRole:
        return static_cast<int>(special.kind);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (special.kind != DayKind::Normal)
            return QBrush(inMonth ? background(special.kind)
                                  : background(special.kind).lighter(106));
        if (date.dayOfWeek() > 5)
            return QBrush(QColor(0xf3, 0xf3, 0xf3));
        break;
    case Qt::ForegroundRole:
        if (!inMonth)
            return QBrush(QColor(0xa8, 0xa8, 0xa8));
        if (special.kind == DayKind::Off)
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        if (special.kind == DayKind::Work)
            return QBrush(QColor(0x1f, 0x4e, 0x9a));
        break;
    case Qt::FontRole:
        if (special.kind != DayKind::Normal && inMonth) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole: {
        QString text = date.toString(Qt::ISODate);
        if (special.kind != DayKind::Normal)
            text += special.kind == DayKind::Off ? tr("：休（节假日）") : tr("：班（调休上班）");
        if (!special.note.isEmpty())
            text += tr("（%1）").arg(special.note);
        return text;
    }
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
