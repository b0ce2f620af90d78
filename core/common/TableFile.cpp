#include "core/common/TableFile.h"

#include "core/common/Csv.h"
#include "core/common/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace jd::table {
namespace {
// Messages of this file, translated under the context "jd::TableFile".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::TableFile)
};
} // namespace

Status write(const QString& path, const QList<QStringList>& rows, const QString& sheetName)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("xlsx")) {
        lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
        if (!book)
            return Error::storage(Tr::tr("无法写入“%1”，请检查文件夹是否存在、是否有写权限。").arg(path));
        lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.toUtf8().constData());
        for (qsizetype r = 0; r < rows.size(); ++r)
            for (qsizetype c = 0; c < rows.at(r).size(); ++c)
                worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                                       rows.at(r).at(c).toUtf8().constData(), nullptr);
        if (workbook_close(book) != LXW_NO_ERROR)
            return Error::storage(Tr::tr("写入“%1”失败。").arg(path));
        return {};
    }
    if (suffix != QStringLiteral("csv"))
        return Error::invalid(Tr::tr("文件“%1”的扩展名应为 .csv 或 .xlsx。").arg(QFileInfo(path).fileName()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::storage(Tr::tr("无法写入“%1”：%2").arg(path, f.errorString()));
    QString text;
    for (const QStringList& r : rows)
        text += csv::line(r);
    f.write("\xEF\xBB\xBF");
    f.write(text.toUtf8());
    if (!f.commit())
        return Error::storage(Tr::tr("写入“%1”失败：%2").arg(path, f.errorString()));
    return {};
}

Result<Read> read(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("xlsx")) {
        auto sheet = XlsxReader::read(path);
        if (!sheet)
            return sheet.error();
        if (!sheet->formulaCells.isEmpty()) {
            const QPoint p = sheet->formulaCells.first();
            return Error::invalid(Tr::tr("工作表第 %1 行 %2 列是公式：请把公式复制后“粘贴为数值”再导入。")
                                      .arg(p.y())
                                      .arg(XlsxReader::columnName(p.x())));
        }
        if (!sheet->mergedRanges.isEmpty())
            return Error::invalid(Tr::tr("工作表含合并单元格（%1）：请取消合并，每个单元格填写一个值。")
                                      .arg(sheet->mergedRanges.join(Tr::tr("、"))));
        return Read{sheet->rows, QStringLiteral("XLSX")};
    }
    if (suffix != QStringLiteral("csv"))
        return Error::invalid(Tr::tr("文件“%1”的扩展名应为 .csv 或 .xlsx。").arg(QFileInfo(path).fileName()));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(Tr::tr("无法打开“%1”：%2").arg(path, f.errorString()));
    auto decoded = csv::decode(f.readAll());
    if (!decoded)
        return decoded.error();
    auto rows = csv::parse(decoded->text);
    if (!rows)
        return rows.error();
    return Read{*rows, QStringLiteral("CSV (%1)").arg(decoded->encoding)};
}

Status writeErrorReport(const QString& path, const QString& sourceFile, const QList<FieldError>& errors)
{
    QList<QStringList> rows{{Tr::tr("文件"), Tr::tr("行"), Tr::tr("列"), Tr::tr("值"), Tr::tr("原因")}};
    const QString name = QFileInfo(sourceFile).fileName();
    for (const FieldError& f : errors)
        rows << QStringList{name, f.row > 0 ? QString::number(f.row) : Tr::tr("表头"),
                            f.label.isEmpty() ? f.field : f.label, f.value, f.message};
    return write(path, rows, Tr::tr("错误报告"));
}

} // namespace jd::table
