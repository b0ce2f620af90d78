#include "core/numbering/CertificateNumber.h"

#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::CertificateNumber".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::CertificateNumber)
};
} // namespace

QString CertificateNumber::format() const
{
    if (legacy)
        return text;
    return QString(type) + ministry + province + orgText() + QStringLiteral("%1").arg(year % 100, 2, 10, QLatin1Char('0')) +
           QString::number(level) + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
}

CertificateNumber CertificateNumber::make(int org, int year, int level, int serial, QChar type, const QString& ministry,
                                          const QString& province)
{
    CertificateNumber n;
    n.type = type;
    n.ministry = ministry;
    n.province = province;
    n.org = org;
    n.year = year;
    n.level = level;
    n.serial = serial;
    n.text = n.format();
    return n;
}

Result<CertificateNumber> CertificateNumber::parse(const QString& input)
{
    const QString s = validation::normalizeWidth(input).toUpper().remove(QLatin1Char(' '));
    auto bad = [&](int pos, const QString& why) {
        const QString where = pos > 0 ? Tr::tr("第 %1 位").arg(pos) : Tr::tr("长度");
        return Error::invalid(Tr::tr("证书编号“%1”无效。").arg(s),
                              {FieldError{QStringLiteral("number"), where, why, 0, s}});
    };
    if (s.isEmpty())
        return bad(0, Tr::tr("不能为空。"));
    auto digitsOnly = [](const QString& t) {
        for (QChar c : t)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if (s.size() == 16 && digitsOnly(s)) {
        CertificateNumber n;
        n.legacy = true;
        n.text = s;
        return n;
    }
    if (s.size() != 22)
        return bad(0, Tr::tr("应为 22 位（职业技能等级证书）或 16 位数字（旧版职业资格证书），现在是 %1 位。").arg(s.size()));
    if (s.at(0) != QLatin1Char('Y') && s.at(0) != QLatin1Char('S'))
        return bad(1, Tr::tr("类别应为 Y（用人单位）或 S（社会培训评价组织），现为“%1”。").arg(s.at(0)));
    for (int i = 1; i < 22; ++i)
        if (s.at(i) < QLatin1Char('0') || s.at(i) > QLatin1Char('9'))
            return bad(i + 1, Tr::tr("应为数字，现为“%1”。").arg(s.at(i)));
    const int level = s.mid(15, 1).toInt();
    if (level < 1 || level > 5)
        return bad(16, Tr::tr("等级应为 1–5（1 一级/高级技师 … 5 五级/初级工），现为 %1。").arg(level));
    const int org = s.mid(7, 6).toInt();
    if (org == 0)
        return bad(8, Tr::tr("评价机构序列码不能为 000000。"));
    const int serial = s.mid(16, 6).toInt();
    if (serial == 0)
        return bad(17, Tr::tr("顺序号不能为 000000（从 000001 开始）。"));
    CertificateNumber n;
    n.type = s.at(0);
    n.ministry = s.mid(1, 4);
    n.province = s.mid(5, 2);
    n.org = org;
    n.year = 2000 + s.mid(13, 2).toInt();
    n.level = level;
    n.serial = serial;
    n.text = s;
    return n;
}

} // namespace jd
