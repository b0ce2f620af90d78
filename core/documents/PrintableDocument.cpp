#include "core/documents/PrintableDocument.h"

namespace jd::html {

QString esc(const QString& s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

QString cell(const QString& s, const QString& attrs)
{
    return QStringLiteral("<td %1>%2</td>").arg(attrs, s.isEmpty() ? QStringLiteral("&nbsp;") : esc(s));
}

QString head(const QString& s, const QString& attrs)
{
    return QStringLiteral("<td class=\"label\" %1>%2</td>").arg(attrs, esc(s));
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; }"
        "h1 { font-family: 'Noto Sans CJK SC'; font-size: 18pt; font-weight: bold; text-align: center; }"
        "h2 { font-family: 'Noto Sans CJK SC'; font-size: 12pt; font-weight: bold; }"
        "table.grid { border-collapse: collapse; border: 1px solid black; }"
        "table.grid td { border: 1px solid black; padding: 4px; vertical-align: middle; }"
        "td.label { font-family: 'Noto Sans CJK SC'; text-align: center; }"
        "td.section { font-family: 'Noto Sans CJK SC'; font-weight: bold; background-color: #eeeeee; }"
        "p.note { font-size: 9pt; }");
}

} // namespace jd::html
