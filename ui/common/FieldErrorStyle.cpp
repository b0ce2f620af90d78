#include "ui/common/FieldErrorStyle.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace jd::ui {

namespace {
const char* const kProperty = "fieldError";
}

QString FieldErrorStyle::styleSheet()
{
    return QStringLiteral("QLineEdit[fieldError=\"true\"], QPlainTextEdit[fieldError=\"true\"],"
                          " QComboBox[fieldError=\"true\"] {"
                          " border: 1px solid #c0392b; border-radius: 2px; background: #fdecea; }"
                          " QLabel[role=\"fieldMessage\"] { color: #b03a2e; }");
}

void FieldErrorStyle::mark(QWidget* input, QLabel* messageLabel, const QString& message)
{
    const bool bad = !message.isEmpty();
    if (input && input->property(kProperty).toBool() != bad) {
        input->setProperty(kProperty, bad);
        // Property selectors are evaluated at polish time, so polish again.
        input->style()->unpolish(input);
        input->style()->polish(input);
        input->update();
    }
    if (input)
        input->setToolTip(message);
    if (messageLabel) {
        messageLabel->setText(message);
        messageLabel->setVisible(bad);
    }
}

bool FieldErrorStyle::isMarked(const QWidget* input)
{
    return input && input->property(kProperty).toBool();
}

} // namespace jd::ui
