#pragma once
// FieldErrorStyle: marks an input widget as holding a wrong value (red border and a pale
// red background through the "fieldError" property) and fills the message label under it.

#include <QString>

class QLabel;
class QWidget;

namespace jd::ui {

class FieldErrorStyle
{
public:
    // The style sheet a form installs once; it styles every widget carrying the property.
    static QString styleSheet();
    static void mark(QWidget* input, QLabel* messageLabel, const QString& message);
    static void clear(QWidget* input, QLabel* messageLabel) { mark(input, messageLabel, {}); }
    static bool isMarked(const QWidget* input);
};

} // namespace jd::ui
