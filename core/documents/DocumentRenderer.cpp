#include "core/documents/DocumentRenderer.h"

#include <QCoreApplication>
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace jd {

namespace {
// Messages of this file (not the documents' own text, which stays Chinese).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::DocumentRenderer)
};
} // namespace

QString DocumentRenderer::serifFamily()
{
    const QString f = QStringLiteral("Noto Serif CJK SC");
    return QFontDatabase::hasFamily(f) ? f : QString();
}

QString DocumentRenderer::sansFamily()
{
    const QString f = QStringLiteral("Noto Sans CJK SC");
    return QFontDatabase::hasFamily(f) ? f : QString();
}

void DocumentRenderer::print(const PrintableDocument& doc, QPrinter* printer)
{
    printer->setDocName(doc.title);
    printer->setPageOrientation(doc.orientation);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(doc.marginMm, doc.marginMm, doc.marginMm, doc.marginMm), QPageLayout::Millimeter);

    QTextDocument text;
    QFont base(serifFamily().isEmpty() ? QStringLiteral("Noto Sans CJK SC") : serifFamily());
    base.setPointSizeF(10.5);
    text.setDefaultFont(base);
    text.setDefaultStyleSheet(html::styleSheet());
    text.setHtml(doc.html);
    text.setDocumentMargin(0);

    // Lay out in device pixels of the printer's paintable area, leaving a footer band.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const double footerHeight = printer->resolution() * 0.35; // about 9 mm
    const QSizeF bodySize(page.width(), page.height() - footerHeight);
    text.documentLayout()->setPaintDevice(printer);
    text.setPageSize(bodySize);
    const int pages = text.pageCount();

    QPainter painter(printer);
    QFont footerFont(sansFamily().isEmpty() ? base.family() : sansFamily());
    footerFont.setPointSizeF(8.5);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            printer->newPage();
        painter.save();
        painter.translate(0, -p * bodySize.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * bodySize.height(), bodySize.width(), bodySize.height());
        painter.setClipRect(ctx.clip);
        text.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(footerFont);
        const QRectF foot(0, bodySize.height(), bodySize.width(), footerHeight);
        const QString pageText = QStringLiteral("第 %1 页 共 %2 页").arg(p + 1).arg(pages);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, pageText);
        if (!doc.footer.isEmpty())
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, doc.footer);
    }
}

Status DocumentRenderer::toPdf(const PrintableDocument& doc, const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return Error::storage(Tr::tr("无法写入“%1”：文件只读。").arg(path));
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error::storage(Tr::tr("无法写入“%1”：%2").arg(path, probe.errorString()));
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("Jianding"));
    printer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    print(doc, &printer);
    if (QFileInfo(path).size() == 0)
        return Error::storage(Tr::tr("生成 PDF“%1”失败。").arg(path));
    return {};
}

} // namespace jd
