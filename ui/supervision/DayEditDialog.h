#pragma once
// DayEditDialog: an administrator marks one day of the 工作日历 as 休, 班 or 正常 with a note;
// a refusal of WorkCalendar::setDay is shown under the field it concerns.

#include "core/calendar/WorkCalendar.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace jd::ui {

class DayEditDialog : public QDialog
{
    Q_OBJECT
public:
    DayEditDialog(WorkCalendar& calendar, const Session& session, const CalendarDay& day,
                  QWidget* parent = nullptr);

    void setValues(DayKind kind, const QString& note);
    DayKind kind() const;
    // Saves through WorkCalendar::setDay; false (the error shown at the field) when refused.
    bool save();
    bool saved() const { return m_saved; }

private:
    WorkCalendar& m_calendar;
    const Session& m_session;
    QDate m_date;
    QComboBox* m_kind;
    QLineEdit* m_note;
    QLabel* m_kindError;
    bool m_saved = false;
};

} // namespace jd::ui
