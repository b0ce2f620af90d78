#pragma once
// PrintActions: print preview and PDF export of a printable document, shared by every
// window that prints, so the preview code exists once.

#include "core/documents/PrintableDocument.h"

#include <QCoreApplication>

class QWidget;

namespace jd::ui {

class PrintActions
{
    Q_DECLARE_TR_FUNCTIONS(PrintActions)
public:
    // Opens a print preview; printing from it goes to the chosen printer.
    static void preview(QWidget* parent, const PrintableDocument& doc);
    // Asks for a file name (suggested from `baseName`) and writes the PDF; false when
    // cancelled or failed (failures are shown through ErrorPresenter).
    static bool exportPdf(QWidget* parent, const PrintableDocument& doc, const QString& baseName);
};

} // namespace jd::ui
