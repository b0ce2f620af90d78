#pragma once
// CalendarView: the 工作日历 screen: a year and month grid marking 休 and 班 with a legend and
// the year's list of special days; administrators set a day by clicking it or import a CSV;
// everyone uses the 工作日计算 panel (a date plus N working days, working days between two
// dates) with the warning when a year is not covered.

#include "core/calendar/WorkCalendar.h"

#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QComboBox;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace jd::ui {

class CalendarMonthModel;

class CalendarView : public QWidget
{
    Q_OBJECT
public:
    using DialogRunner = std::function<void(QDialog* dialog)>;

    CalendarView(const Database& db, Session session, QWidget* parent = nullptr);

    CalendarMonthModel* model() const { return m_model; }
    void showMonth(int year, int month);
    // Opens the day dialog (administrators); false when the session may not edit.
    bool editDay(const QDate& date);
    // Imports a CSV (date,kind,note); problems are shown by row. Returns the days imported.
    Result<int> importFile(const QString& path);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

public slots:
    void refresh();
    void importWithDialog();

signals:
    void calendarChanged();

private:
    void updateCalculator();

    const Database& m_db;
    Session m_session;
    WorkCalendar m_calendar;
    CalendarMonthModel* m_model;
    QSpinBox* m_year;
    QComboBox* m_month;
    QTableView* m_grid;
    QTableWidget* m_days;
    QLabel* m_coverage;
    QDateEdit* m_addFrom;
    QSpinBox* m_addDays;
    QLabel* m_addResult;
    QDateEdit* m_countFrom;
    QDateEdit* m_countTo;
    QLabel* m_countResult;
    QLabel* m_calcWarning;
    DialogRunner m_runDialog;
};

} // namespace jd::ui
