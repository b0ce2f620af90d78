#include "ui/common/PrintActions.h"

#include "core/documents/DocumentRenderer.h"
#include "ui/common/ErrorPresenter.h"

#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace jd::ui {

void PrintActions::preview(QWidget* parent, const PrintableDocument& doc)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("打印预览 — %1").arg(doc.title));
    dialog.resize(1000, 800);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&doc](QPrinter* p) { DocumentRenderer::print(doc, p); });
    dialog.exec();
}

bool PrintActions::exportPdf(QWidget* parent, const PrintableDocument& doc, const QString& baseName)
{
    QString name = baseName;
    // Characters that file systems refuse become underscores.
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name)
        if (bad.contains(c))
            c = QLatin1Char('_');
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("导出 PDF"),
                                                      QDir(dir).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (Status s = DocumentRenderer::toPdf(doc, path); !s) {
        ErrorPresenter::show(parent, s.error());
        return false;
    }
    return true;
}

} // namespace jd::ui
