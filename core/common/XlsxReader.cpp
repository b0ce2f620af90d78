#include "core/common/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPoint>
#include <QXmlStreamReader>

#include <QFile>
#include <QHash>

#include <zlib.h>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::XlsxReader".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::XlsxReader)
};

// A ZIP archive read through its central directory (an XLSX file is one). Only what
// XLSX writers use: stored or deflated entries, no encryption, no ZIP64.
class Zip
{
public:
    bool open(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 512LL * 1024 * 1024)
            return false;
        m_data = f.readAll();
        // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
        const qsizetype from = std::max<qsizetype>(0, m_data.size() - 65557);
        const qsizetype eocd = m_data.lastIndexOf(QByteArray("PK\x05\x06", 4));
        if (eocd < from || eocd + 22 > m_data.size())
            return false;
        const int count = u16(eocd + 10);
        qsizetype p = u32(eocd + 16);
        for (int i = 0; i < count; ++i) {
            if (p + 46 > m_data.size() || m_data.mid(p, 4) != QByteArray("PK\x01\x02", 4))
                return false;
            Entry e;
            e.method = u16(p + 10);
            e.compressed = u32(p + 20);
            e.size = u32(p + 24);
            const int nameLen = u16(p + 28), extraLen = u16(p + 30), commentLen = u16(p + 32);
            e.local = u32(p + 42);
            m_entries.insert(QString::fromUtf8(m_data.mid(p + 46, nameLen)), e);
            p += 46 + nameLen + extraLen + commentLen;
        }
        return true;
    }
    bool contains(const QString& name) const { return m_entries.contains(name); }
    Result<QByteArray> read(const QString& name) const
    {
        const auto it = m_entries.constFind(name);
        if (it == m_entries.cend())
            return Error::invalid(Tr::tr("XLSX 文件缺少 %1，文件可能已损坏。").arg(name));
        const Entry& e = *it;
        if (e.local + 30 > m_data.size())
            return Error::invalid(Tr::tr("XLSX 中的 %1 已损坏。").arg(name));
        const qsizetype start = e.local + 30 + u16(e.local + 26) + u16(e.local + 28);
        if (start + e.compressed > m_data.size() || e.size > 256u * 1024 * 1024)
            return Error::invalid(Tr::tr("XLSX 中的 %1 已损坏。").arg(name));
        const QByteArray raw = m_data.mid(start, e.compressed);
        if (e.method == 0)
            return raw;
        if (e.method != 8)
            return Error::invalid(Tr::tr("XLSX 中的 %1 使用了不支持的压缩方式。").arg(name));
        QByteArray out(static_cast<qsizetype>(e.size), Qt::Uninitialized);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return Error::storage(Tr::tr("解压失败。"));
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.constData()));
        z.avail_in = static_cast<uInt>(raw.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        const int rc = inflate(&z, Z_FINISH);
        inflateEnd(&z);
        if (rc != Z_STREAM_END)
            return Error::invalid(Tr::tr("XLSX 中的 %1 解压失败，文件已损坏。").arg(name));
        return out;
    }

private:
    struct Entry
    {
        int method = 0;
        quint32 compressed = 0;
        quint32 size = 0;
        qsizetype local = 0;
    };
    int u16(qsizetype at) const
    {
        return static_cast<uchar>(m_data.at(at)) | (static_cast<uchar>(m_data.at(at + 1)) << 8);
    }
    quint32 u32(qsizetype at) const { return static_cast<quint32>(u16(at)) | (static_cast<quint32>(u16(at + 2)) << 16); }
    QByteArray m_data;
    QHash<QString, Entry> m_entries;
};

Result<QByteArray> entry(const Zip& zip, const QString& name) { return zip.read(name); }

// "C12" → column 3, row 12.
QPoint cellRef(QStringView ref)
{
    int col = 0;
    int i = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        ++i;
    }
    return QPoint(col, ref.mid(i).toInt());
}

} // namespace

QString XlsxReader::columnName(int column)
{
    QString s;
    while (column > 0) {
        const int r = (column - 1) % 26;
        s.prepend(QChar(QLatin1Char(static_cast<char>('A' + r))));
        column = (column - 1) / 26;
    }
    return s;
}

Result<XlsxSheet> XlsxReader::read(const QString& path)
{
    Zip zip;
    if (!zip.open(path))
        return Error::invalid(Tr::tr("“%1”不是有效的 XLSX 文件（无法解压）。如是旧版 .xls，请在 Excel 中另存为 .xlsx。")
                                  .arg(QFileInfo(path).fileName()));
    // Shared strings (optional).
    QStringList shared;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        auto bytes = entry(zip, QStringLiteral("xl/sharedStrings.xml"));
        if (!bytes)
            return bytes.error();
        QXmlStreamReader x(*bytes);
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QStringLiteral("si")) {
                inSi = true;
                current.clear();
            } else if (x.isStartElement() && x.name() == QStringLiteral("t") && inSi) {
                current += x.readElementText();
            } else if (x.isStartElement() && (x.name() == QStringLiteral("rPh"))) {
                x.skipCurrentElement(); // phonetic hints are not cell text
            } else if (x.isEndElement() && x.name() == QStringLiteral("si")) {
                shared << current;
                inSi = false;
            }
        }
        if (x.hasError())
            return Error::invalid(Tr::tr("XLSX 的共享字符串表已损坏：%1").arg(x.errorString()));
    }
    // The first sheet listed in the workbook, through its relationship.
    auto workbook = entry(zip, QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    QString rid;
    {
        QXmlStreamReader x(*workbook);
        while (!x.atEnd() && rid.isEmpty()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QStringLiteral("sheet"))
                for (const QXmlStreamAttribute& a : x.attributes())
                    if (a.name() == QStringLiteral("id"))
                        rid = a.value().toString();
        }
    }
    QString target = QStringLiteral("worksheets/sheet1.xml");
    if (!rid.isEmpty()) {
        auto rels = entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (rels) {
            QXmlStreamReader x(*rels);
            while (!x.atEnd()) {
                x.readNext();
                if (x.isStartElement() && x.name() == QStringLiteral("Relationship") &&
                    x.attributes().value(QStringLiteral("Id")) == rid)
                    target = x.attributes().value(QStringLiteral("Target")).toString();
            }
        }
    }
    if (target.startsWith(QLatin1Char('/')))
        target = target.mid(1);
    else
        target = QStringLiteral("xl/") + target;
    auto sheet = entry(zip, target);
    if (!sheet)
        return sheet.error();

    XlsxSheet out;
    QXmlStreamReader x(*sheet);
    QMap<int, QMap<int, QString>> cells;
    int maxCol = 0;
    int maxRow = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QStringLiteral("mergeCell")) {
            out.mergedRanges << x.attributes().value(QStringLiteral("ref")).toString();
            continue;
        }
        if (x.name() != QStringLiteral("c"))
            continue;
        const QPoint at = cellRef(x.attributes().value(QStringLiteral("r")));
        const QString type = x.attributes().value(QStringLiteral("t")).toString();
        QString value;
        bool formula = false;
        while (!(x.isEndElement() && x.name() == QStringLiteral("c")) && !x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QStringLiteral("f")) {
                formula = true;
                x.readElementText();
            } else if (x.isStartElement() && x.name() == QStringLiteral("v")) {
                value = x.readElementText();
            } else if (x.isStartElement() && x.name() == QStringLiteral("t")) {
                value += x.readElementText(); // inline string
            }
        }
        if (type == QStringLiteral("s")) {
            const int i = value.toInt();
            value = i >= 0 && i < shared.size() ? shared.at(i) : QString();
        } else if (type == QStringLiteral("b")) {
            value = value == QStringLiteral("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type.isEmpty() || type == QStringLiteral("n")) {
            // Whole numbers as typed ("3", not "3.0"); others unchanged.
            bool ok = false;
            const double d = value.toDouble(&ok);
            if (ok && d == static_cast<qint64>(d) && std::abs(d) < 1e15)
                value = QString::number(static_cast<qint64>(d));
        }
        if (formula)
            out.formulaCells << at;
        if (at.x() > 0 && at.y() > 0) {
            cells[at.y()][at.x()] = value;
            maxCol = std::max(maxCol, at.x());
            maxRow = std::max(maxRow, at.y());
        }
    }
    if (x.hasError())
        return Error::invalid(Tr::tr("XLSX 工作表已损坏：%1").arg(x.errorString()));
    for (int r = 1; r <= maxRow; ++r) {
        QStringList row;
        const auto line = cells.value(r);
        for (int c = 1; c <= maxCol; ++c)
            row << line.value(c);
        out.rows << row;
    }
    return out;
}

} // namespace jd
