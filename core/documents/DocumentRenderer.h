#pragma once
// DocumentRenderer: the one place that puts a PrintableDocument on a QPrinter: a real
// printer, a print preview's printer, or a PDF file (CJK fonts embedded). Needs a
// QGuiApplication. Fails with a Storage error when the PDF cannot be written.

#include "core/common/Result.h"
#include "core/documents/PrintableDocument.h"

class QPrinter;

namespace jd {

class DocumentRenderer
{
public:
    // Lays the document out on the printer's page and paints every page.
    static void print(const PrintableDocument& doc, QPrinter* printer);
    static Status toPdf(const PrintableDocument& doc, const QString& path);
    // The serif and sans CJK families, checked to be installed; empty when missing.
    static QString serifFamily();
    static QString sansFamily();
};

} // namespace jd
