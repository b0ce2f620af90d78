#pragma once
// CertificateNumber: the 22-character 职业技能等级证书编码 of 人社鉴发〔2019〕2号 (DESIGN §4):
// type, ministry code, province, OrgSerial, year, level, serial; no check digit. parse()
// refuses a malformed number with the position and the reason; legacy 16-digit
// 职业资格证书 numbers are recognised for look-up and never issued.

#include "core/common/Result.h"

#include <QString>

namespace jd {

struct CertificateNumber
{
    bool legacy = false;    // a 16-digit 职业资格证书 number: only `text` is meaningful
    QChar type = QLatin1Char('Y'); // Y employer, S social training-evaluation body
    QString ministry = QStringLiteral("0000");
    QString province = QStringLiteral("12");
    int org = 0;            // OrgSerial 1..999999
    int year = 0;           // full year, 2000 + the two digits
    int level = 0;          // 1..5
    int serial = 0;         // 1..999999
    QString text;           // as printed

    QString format() const; // the 22 characters
    QString orgText() const { return QStringLiteral("%1").arg(org, 6, 10, QLatin1Char('0')); }

    static Result<CertificateNumber> parse(const QString& number);
    static CertificateNumber make(int org, int year, int level, int serial, QChar type = QLatin1Char('Y'),
                                  const QString& ministry = QStringLiteral("0000"),
                                  const QString& province = QStringLiteral("12"));
};

} // namespace jd
