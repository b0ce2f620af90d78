#pragma once
// 职业技能等级证书 on A4 (fields of 人社鉴发〔2021〕1号), painted directly so it lands on
// pre-printed paper: a per-printer X/Y offset in millimetres moves everything. One page
// per certificate, in the order given (number order for a whole result filing).

#include "core/certificates/CertificateRegistry.h"
#include "core/common/Result.h"

#include <QPointF>

#include <functional>

class QPainter;
class QPrinter;

namespace jd {

struct CertificatePrintOptions
{
    QString organisation;   // 评价机构名称
    QPointF offsetMm;       // printer calibration for pre-printed paper
    bool drawFrame = true;  // false on pre-printed forms: only the variable text
    // The candidate's photo (JPEG/PNG bytes), empty when there is none.
    std::function<QByteArray(const Certificate&)> photo;
    // progress(pages done, pages in all) before each page and once at the end; returning
    // false stops the run there (a long batch can be cancelled).
    std::function<bool(int done, int total)> progress;
};

class CertificateDocument
{
public:
    // One page per certificate; false when options.progress cancelled the run.
    static bool print(const QList<Certificate>& certificates, const CertificatePrintOptions& options, QPrinter* printer);
    static Status toPdf(const QList<Certificate>& certificates, const CertificatePrintOptions& options, const QString& path);
    // The text carried by the QR code.
    static QString qrText(const Certificate& c);
    // Draws a QR code of `text` in `rect` (device units); false when it cannot be encoded.
    static bool drawQr(QPainter& p, const QRectF& rect, const QString& text);
};

} // namespace jd
