#include "ui/filing/StatusStyle.h"

#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

namespace jd::ui {

bool StatusStyle::isNegative(FilingStatus s)
{
    switch (s) {
    case FilingStatus::Rejected:
    case FilingStatus::NotRecommended:
    case FilingStatus::Refused:
    case FilingStatus::MinistryRejected:
    case FilingStatus::Terminated:
        return true;
    default:
        return false;
    }
}

QColor StatusStyle::statusColor(FilingStatus s)
{
    if (isNegative(s))
        return errorColor();
    switch (s) {
    case FilingStatus::Published:
    case FilingStatus::Formal:
        return goodColor();
    case FilingStatus::Returned:
    case FilingStatus::Suspended:
        return warningColor();
    case FilingStatus::Draft:
        return {0x70, 0x70, 0x70};
    default:
        return {0x1f, 0x4e, 0x8c};
    }
}

QIcon StatusStyle::dot(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

QString StatusStyle::warningPanelStyle()
{
    return QStringLiteral(
        "QFrame[role=\"warningPanel\"] { background: #fff8e1; border: 1px solid #e0b252;"
        " border-radius: 3px; } QFrame[role=\"warningPanel\"] QLabel { color: #7a4b00; }"
        " QFrame[role=\"okPanel\"] { background: #eef7ee; border: 1px solid #a8d5a8;"
        " border-radius: 3px; } QFrame[role=\"okPanel\"] QLabel { color: #1e5b2a; }");
}

void StatusStyle::setPanelWarning(QWidget* panel, bool warning)
{
    panel->setProperty("role",
                       warning ? QStringLiteral("warningPanel") : QStringLiteral("okPanel"));
    // Descendant selectors are resolved at polish time: polish the panel and its labels again.
    QList<QWidget*> widgets = panel->findChildren<QWidget*>();
    widgets.prepend(panel);
    for (QWidget* w : widgets) {
        w->style()->unpolish(w);
        w->style()->polish(w);
        w->update();
    }
}

} // namespace jd::ui
