#include "core/documents/CertificateDocument.h"

#include "core/documents/DocumentRenderer.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPrinter>

#include <qrencode.h>

namespace jd {

namespace {
// Messages of this file (not the documents' own text, which stays Chinese).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::CertificateDocument)
};
} // namespace

namespace {

QString idTypeText(const QString& key)
{
    validation::IdType t;
    return validation::idTypeFromString(key, &t) ? validation::idTypeLabel(t) : key;
}

} // namespace

QString CertificateDocument::qrText(const Certificate& c)
{
    return QStringLiteral("证书编号:%1\n姓名:%2\n发证日期:%3\n查询网址:jndj.osta.org.cn")
        .arg(c.number, c.name, c.issueDate.toString(Qt::ISODate));
}

bool CertificateDocument::drawQr(QPainter& p, const QRectF& rect, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return false;
    const int n = code->width;
    const double cell = std::min(rect.width(), rect.height()) / (n + 2); // a quiet zone of one module
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRect(QRectF(rect.topLeft(), QSizeF(cell * (n + 2), cell * (n + 2))));
    p.setBrush(Qt::black);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                p.drawRect(QRectF(rect.left() + (x + 1) * cell, rect.top() + (y + 1) * cell, cell, cell));
    p.restore();
    QRcode_free(code);
    return true;
}

bool CertificateDocument::print(const QList<Certificate>& list, const CertificatePrintOptions& o, QPrinter* printer)
{
    printer->setDocName(list.size() == 1 ? QStringLiteral("职业技能等级证书 %1").arg(list.first().number)
                                         : QStringLiteral("职业技能等级证书（%1 本）").arg(list.size()));
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true);
    QPainter p(printer);
    // Millimetres as the unit: the layout is a paper form.
    const double dpmm = printer->resolution() / 25.4;
    const QString serif = DocumentRenderer::serifFamily().isEmpty() ? QStringLiteral("Noto Serif CJK SC") : DocumentRenderer::serifFamily();
    const QString sans = DocumentRenderer::sansFamily().isEmpty() ? QStringLiteral("Noto Sans CJK SC") : DocumentRenderer::sansFamily();
    auto font = [&](const QString& family, double pt, bool bold = false) {
        QFont f(family);
        f.setPointSizeF(pt);
        f.setBold(bold);
        return f;
    };
    // Millimetres on the form, moved by the printer's calibration, to device units. Fonts
    // keep their point sizes: the painter is not scaled.
    auto mm = [&](double x, double y, double w, double h) {
        return QRectF((x + o.offsetMm.x()) * dpmm, (y + o.offsetMm.y()) * dpmm, w * dpmm, h * dpmm);
    };
    const QColor red(0x8B, 0x1A, 0x1A);
    const int total = static_cast<int>(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Certificate& c = list.at(i);
        if (o.progress && !o.progress(static_cast<int>(i), total))
            return false;
        if (i > 0)
            printer->newPage();
        if (o.drawFrame) {
            p.setPen(QPen(red, 1.2 * dpmm));
            p.drawRect(mm(12, 12, 186, 273));
            p.setPen(QPen(red, 0.4 * dpmm));
            p.drawRect(mm(15, 15, 180, 267));
            p.setFont(font(sans, 30, true));
            p.setPen(red);
            p.drawText(mm(15, 35, 180, 20), Qt::AlignCenter, QStringLiteral("职业技能等级证书"));
            p.setFont(font(serif, 11));
            p.drawText(mm(15, 56, 180, 8), Qt::AlignCenter, QStringLiteral("Certificate of Vocational Skill Level"));
            p.setPen(QPen(Qt::black, 0.3 * dpmm));
            p.drawRect(mm(150, 78, 30, 40));
        }
        // The photo when there is one (3 x 4 cm); otherwise the frame says where to affix it.
        QImage photo;
        if (o.photo)
            photo.loadFromData(o.photo(c));
        if (!photo.isNull())
            p.drawImage(mm(150, 78, 30, 40), photo.scaled(static_cast<int>(30 * dpmm), static_cast<int>(40 * dpmm),
                                                          Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
        else if (o.drawFrame) {
            p.setFont(font(sans, 9));
            p.drawText(mm(150, 78, 30, 40), Qt::AlignCenter, QStringLiteral("照片"));
        }
        p.setPen(Qt::black);
        const struct
        {
            const char* label;
            QString value;
        } rows[] = {
            {"姓　　名", c.name},
            {"证件类型", idTypeText(c.idType)},
            {"证件号码", c.idNumber},
            {"职业名称", c.occupationName},
            {"工种/职业方向", c.trade.isEmpty() ? QStringLiteral("--") : c.trade},
            {"职业技能等级", validation::levelLabel(c.level)},
            {"证书编号", c.number},
            {"发证日期", QStringLiteral("%1年%2月%3日").arg(c.issueDate.year()).arg(c.issueDate.month()).arg(c.issueDate.day())},
            {"评价机构", o.organisation.isEmpty() ? c.enterpriseName : o.organisation},
        };
        double y = 78;
        for (const auto& r : rows) {
            if (o.drawFrame) {
                p.setFont(font(sans, 12));
                p.drawText(mm(28, y, 40, 10), Qt::AlignLeft | Qt::AlignVCenter, QString::fromUtf8(r.label));
            }
            p.setFont(font(serif, 13));
            p.drawText(mm(62, y, 86, 10), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, r.value);
            y += 14;
        }
        drawQr(p, mm(28, 218, 34, 34), qrText(c));
        p.setFont(font(sans, 9));
        p.drawText(mm(66, 228, 120, 8), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("扫码或登录 jndj.osta.org.cn 查询证书信息"));
        if (o.drawFrame) {
            p.setFont(font(sans, 12));
            p.drawText(mm(110, 250, 80, 10), Qt::AlignCenter, QStringLiteral("（评价机构印章）"));
        }
        if (c.status != QStringLiteral("valid")) {
            // A revoked or replaced certificate is never printed clean.
            p.setPen(QPen(Qt::red, 1));
            p.setFont(font(sans, 40, true));
            p.drawText(mm(15, 120, 180, 40), Qt::AlignCenter,
                       c.status == QStringLiteral("revoked") ? QStringLiteral("已撤销") : QStringLiteral("已换发"));
        }
    }
    return !o.progress || o.progress(total, total);
}

Status CertificateDocument::toPdf(const QList<Certificate>& list, const CertificatePrintOptions& o, const QString& path)
{
    if (list.isEmpty())
        return Error::invalid(Tr::tr("没有要打印的证书。"));
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error::storage(Tr::tr("无法写入“%1”：%2").arg(path, probe.errorString()));
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("Jianding"));
    if (!print(list, o, &printer)) {
        printer.abort();
        QFile::remove(path);
        return Error::invalid(Tr::tr("已取消，没有生成 PDF。"));
    }
    if (QFileInfo(path).size() == 0)
        return Error::storage(Tr::tr("生成 PDF“%1”失败。").arg(path));
    return {};
}

} // namespace jd
