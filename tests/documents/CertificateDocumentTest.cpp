#include "core/documents/CertificateDocument.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

namespace {
Certificate sample(const QString& status = QStringLiteral("valid"))
{
    Certificate c;
    c.number = QStringLiteral("Y000012000003194000123");
    c.name = QStringLiteral("马春生");
    c.idType = QStringLiteral("resident_id");
    c.idNumber = QStringLiteral("11010519491231002X");
    c.occupationName = QStringLiteral("电工");
    c.level = 4;
    c.issueDate = QDate(2019, 10, 25);
    c.enterpriseName = QStringLiteral("天津市海河重型机械制造有限公司");
    c.status = status;
    return c;
}
} // namespace

TEST_CASE("The QR code carries the number, name, date and query site, and is drawn", "[documents][certificate]")
{
    const QString text = CertificateDocument::qrText(sample());
    CHECK(text.contains(QStringLiteral("Y000012000003194000123")));
    CHECK(text.contains(QStringLiteral("马春生")));
    CHECK(text.contains(QStringLiteral("2019-10-25")));
    CHECK(text.contains(QStringLiteral("jndj.osta.org.cn")));
    QImage img(200, 200, QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        REQUIRE(CertificateDocument::drawQr(p, QRectF(0, 0, 200, 200), text));
    }
    // Dark modules were painted, and the quiet zone stayed white.
    int dark = 0;
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x)
            dark += qGray(img.pixel(x, y)) < 128;
    CHECK(dark > 200 * 200 / 5);
    CHECK(qGray(img.pixel(1, 1)) > 128);
}

TEST_CASE("Certificates print one page each with the CJK fonts embedded", "[documents][certificate]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certs.pdf"));
    CertificatePrintOptions o;
    o.offsetMm = QPointF(2.5, -1.0);
    REQUIRE(CertificateDocument::toPdf({sample(), sample(QStringLiteral("revoked"))}, o, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    CHECK(pdf.contains("NotoSerifCJK"));
    CHECK(pdf.contains("/FontFile"));
    CHECK(CertificateDocument::toPdf({}, o, path).error().code == ErrorCode::Invalid);
}

TEST_CASE("A candidate's photo is printed in its frame when there is one", "[documents][certificate]")
{
    QImage photo(120, 160, QImage::Format_RGB32);
    photo.fill(QColor(0x20, 0x60, 0xC0));
    QByteArray png;
    {
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        REQUIRE(photo.save(&b, "PNG"));
    }
    QTemporaryDir dir;
    CertificatePrintOptions with;
    int asked = 0;
    with.photo = [&](const Certificate& c) {
        ++asked;
        CHECK(c.idNumber == QStringLiteral("11010519491231002X"));
        return png;
    };
    const QString a = dir.filePath(QStringLiteral("with.pdf"));
    const QString b = dir.filePath(QStringLiteral("without.pdf"));
    REQUIRE(CertificateDocument::toPdf({sample()}, with, a).ok());
    REQUIRE(CertificateDocument::toPdf({sample()}, CertificatePrintOptions{}, b).ok());
    CHECK(asked == 1);
    QFile fa(a), fb(b);
    REQUIRE(fa.open(QIODevice::ReadOnly));
    REQUIRE(fb.open(QIODevice::ReadOnly));
    const QByteArray withPdf = fa.readAll();
    CHECK(withPdf.contains("/Subtype /Image"));
    CHECK(withPdf.size() > fb.size());
}

TEST_CASE("A long print run reports each page and can be cancelled, leaving no file", "[documents][certificate]")
{
    QTemporaryDir dir;
    const QList<Certificate> five{sample(), sample(), sample(), sample(), sample()};
    QList<std::pair<int, int>> calls;
    CertificatePrintOptions o;
    o.progress = [&calls](int done, int total) {
        calls.append({done, total});
        return true;
    };
    const QString whole = dir.filePath(QStringLiteral("whole.pdf"));
    REQUIRE(CertificateDocument::toPdf(five, o, whole).ok());
    // Before each of the five pages, and once when all are done.
    REQUIRE(calls.size() == 6);
    CHECK(calls.first() == std::pair{0, 5});
    CHECK(calls.last() == std::pair{5, 5});
    CHECK(QFile(whole).size() > 0);

    calls.clear();
    o.progress = [&calls](int done, int total) {
        calls.append({done, total});
        return done < 2; // the user cancels while the third page is laid out
    };
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    const Status s = CertificateDocument::toPdf(five, o, cancelled);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("已取消")));
    CHECK(calls.size() == 3);
    CHECK_FALSE(QFile::exists(cancelled));
}
