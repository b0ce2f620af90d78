#pragma once
// CalendarMonthModel: one month as a 6 × 7 grid (Monday first) for the 工作日历 screen: each
// cell a date, marked 休 (holiday) or 班 (make-up working day) with its colour and note.

#include "core/calendar/WorkCalendar.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jd::ui {

class CalendarMonthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int DateRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2; // DayKind as int

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows `month` of `year` with the special days of that year (WorkCalendar::days).
    void setMonth(int year, int month, const QList<CalendarDay>& special);
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate dateAt(const QModelIndex& index) const;
    // The cell of a date of the shown grid; invalid when it is not on it.
    QModelIndex indexOf(const QDate& date) const;
    // "休", "班" or empty for a date of the loaded year.
    QString markOf(const QDate& date) const;
    static QString mark(DayKind kind);
    static QColor background(DayKind kind);

private:
    QDate firstCell() const;

    int m_year = 2019;
    int m_month = 1;
    QHash<QDate, CalendarDay> m_special;
};

} // namespace jd::ui
