#pragma once
// StatusStyle: how the filing screens colour statuses, history steps and markers (late,
// overdue, frozen), so the same state looks the same on every screen.

#include "core/filing/Filing.h"

#include <QColor>
#include <QIcon>

class QWidget;

namespace jd::ui {

class StatusStyle
{
public:
    // Text colour of a status: green published, grey closed, red ended, dark otherwise.
    static QColor statusColor(FilingStatus s);
    // Ended without success (rejected, refused, terminated …).
    static bool isNegative(FilingStatus s);
    // A filled dot of the colour, for timelines and status buttons.
    static QIcon dot(const QColor& color);
    static QColor warningColor() { return {0xb3, 0x5c, 0x00}; }
    static QColor errorColor() { return {0xb0, 0x3a, 0x2e}; }
    static QColor goodColor() { return {0x1e, 0x7b, 0x34}; }
    // Style sheet of the pale yellow warning panels (and the pale green "all well" ones).
    static QString warningPanelStyle();
    // Switches a panel between warning and all-well, restyling the labels inside it.
    static void setPanelWarning(QWidget* panel, bool warning);
};

} // namespace jd::ui
