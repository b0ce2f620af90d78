#pragma once
// PrintableDocument: a document ready to print: a title, its body as rich text (the
// subset of HTML that QTextDocument lays out), and the page it goes on. Builders in this
// folder make one from core values; DocumentRenderer puts it on paper or into a PDF.

#include <QPageLayout>
#include <QString>

namespace jd {

struct PrintableDocument
{
    QString title;
    QString html;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double marginMm = 18.0;
    QString footer; // printed at the foot of every page with "第 N 页 共 M 页"
};

namespace html {
QString esc(const QString& s);            // escaped, line breaks kept
QString cell(const QString& s, const QString& attrs = {});
QString head(const QString& s, const QString& attrs = {}); // a label cell
// The shared style sheet: Noto Serif CJK SC body, ruled tables.
QString styleSheet();
} // namespace html

} // namespace jd
