#include "core/common/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace jd::csv {
namespace {
// Messages of this file, translated under the context "jd::Csv".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Csv)
};
} // namespace

Result<Decoded> decode(const QByteArray& raw)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return Decoded{text, QStringLiteral("UTF-8")};
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        QString text = gb.decode(bytes);
        if (!gb.hasError())
            return Decoded{text, QStringLiteral("GB18030")};
    }
    return Error::invalid(Tr::tr("文件编码无法识别：既不是 UTF-8 也不是 GBK。请在 Excel 中“另存为”"
                                 "“CSV UTF-8（逗号分隔）”后重新导入。"));
}

Result<QList<QStringList>> parse(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int rowStartLine = 1;
    int line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
            ++line;
            rowStartLine = line;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted)
        return Error::invalid(Tr::tr("CSV 格式错误：从第 %1 行开始的引号没有闭合。").arg(rowStartLine));
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QString escape(const QString& cell)
{
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        QString c = cell;
        c.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + c + QLatin1Char('"');
    }
    return cell;
}

QString line(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out << escape(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace jd::csv
