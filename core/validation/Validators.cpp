#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jd::validation {

namespace {

// Messages of this file, translated under the context "jd::Validators".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Validators)
};

const QString kUsccChars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Province-level codes of GB/T 2260, plus 81/82/83 used by residence permits.
bool knownProvince(int p)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71,
                                81, 82, 83, 91};
    for (int c : codes)
        if (c == p)
            return true;
    return false;
}

int orgCharValue(QChar c)
{
    if (c.isDigit())
        return c.digitValue();
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.unicode() - 'A' + 10;
    return -1;
}

} // namespace

QString normalizeWidth(const QString& s)
{
    // NFKC folds full-width forms (０-９, Ａ-Ｚ, －, ＠, ideographic space) to ASCII.
    return s.normalized(QString::NormalizationForm_KC).trimmed();
}

QChar usccCheckChar(const QString& first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        const int v = static_cast<int>(kUsccChars.indexOf(first17.at(i)));
        if (v < 0)
            return QChar();
        sum += v * weight;
        weight = (weight * 3) % 31;
    }
    const int c = (31 - sum % 31) % 31;
    return kUsccChars.at(c);
}

QChar orgCodeCheckChar(const QString& first8)
{
    static const int w[] = {3, 7, 9, 10, 5, 8, 4, 2};
    if (first8.size() != 8)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int v = orgCharValue(first8.at(i));
        if (v < 0)
            return QChar();
        sum += v * w[i];
    }
    const int c = 11 - sum % 11;
    if (c == 10)
        return QLatin1Char('X');
    if (c == 11)
        return QLatin1Char('0');
    return QChar(QLatin1Char(static_cast<char>('0' + c)));
}

Check uscc(const QString& code)
{
    const QString s = normalizeWidth(code).toUpper().remove(QLatin1Char(' '));
    if (s.isEmpty())
        return Check::fail(Tr::tr("不能为空，请填写 18 位统一社会信用代码。"), s);
    if (s.size() != 18)
        return Check::fail(Tr::tr("应为 18 位，现在是 %1 位。请对照营业执照重新填写。").arg(s.size()), s);
    for (int i = 0; i < 18; ++i) {
        if (!kUsccChars.contains(s.at(i)))
            return Check::fail(Tr::tr("第 %1 位“%2”不是有效字符（不使用 I、O、S、V、Z）。请对照营业执照核对。")
                                   .arg(i + 1)
                                   .arg(s.at(i)),
                               s);
    }
    if (!s.mid(2, 6).contains(QRegularExpression(QStringLiteral("^[0-9]{6}$"))))
        return Check::fail(Tr::tr("第 3–8 位（登记管理机关行政区划码）应为 6 位数字。"), s);
    const QChar expected = usccCheckChar(s.left(17));
    if (expected != s.at(17))
        return Check::fail(Tr::tr("校验位不符：第 18 位应为“%1”，现为“%2”。请对照营业执照核对是否有错字。")
                               .arg(expected)
                               .arg(s.at(17)),
                           s);
    const QChar orgCheck = orgCodeCheckChar(s.mid(8, 8));
    if (orgCheck != s.at(16))
        return Check::fail(Tr::tr("第 9–17 位（组织机构代码）校验不符：第 17 位应为“%1”。请对照营业执照核对。")
                               .arg(orgCheck.isNull() ? QStringLiteral("?") : QString(orgCheck)),
                           s);
    return Check::pass(s);
}

QString idTypeKey(IdType t)
{
    switch (t) {
    case IdType::ResidentId: return QStringLiteral("resident_id");
    case IdType::Passport: return QStringLiteral("passport");
    case IdType::HkMacaoResidence: return QStringLiteral("hk_macao_residence");
    case IdType::TaiwanResidence: return QStringLiteral("taiwan_residence");
    case IdType::HkMacaoPermit: return QStringLiteral("hk_macao_permit");
    case IdType::TaiwanPermit: return QStringLiteral("taiwan_permit");
    case IdType::ForeignPermanent: return QStringLiteral("foreign_permanent");
    }
    return {};
}

QString idTypeLabel(IdType t)
{
    switch (t) {
    case IdType::ResidentId: return QStringLiteral("居民身份证");
    case IdType::Passport: return QStringLiteral("护照");
    case IdType::HkMacaoResidence: return QStringLiteral("港澳居民居住证");
    case IdType::TaiwanResidence: return QStringLiteral("台湾居民居住证");
    case IdType::HkMacaoPermit: return QStringLiteral("港澳居民来往内地通行证");
    case IdType::TaiwanPermit: return QStringLiteral("台湾居民来往大陆通行证");
    case IdType::ForeignPermanent: return QStringLiteral("外国人永久居留身份证");
    }
    return {};
}

QList<IdType> allIdTypes()
{
    return {IdType::ResidentId,      IdType::Passport,     IdType::HkMacaoResidence,
            IdType::TaiwanResidence, IdType::HkMacaoPermit, IdType::TaiwanPermit,
            IdType::ForeignPermanent};
}

bool idTypeFromString(const QString& keyOrLabel, IdType* out)
{
    const QString s = normalizeWidth(keyOrLabel);
    if (s.isEmpty()) {
        *out = IdType::ResidentId; // the template's default
        return true;
    }
    for (IdType t : allIdTypes()) {
        if (s == idTypeKey(t) || s == idTypeLabel(t)) {
            *out = t;
            return true;
        }
    }
    if (s == QStringLiteral("身份证")) {
        *out = IdType::ResidentId;
        return true;
    }
    return false;
}

QChar residentIdCheckChar(const QString& first17)
{
    static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char map[] = "10X98765432";
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!first17.at(i).isDigit() || first17.at(i).unicode() > 127)
            return QChar();
        sum += first17.at(i).digitValue() * w[i];
    }
    return QLatin1Char(map[sum % 11]);
}

QString maskIdNumber(const QString& n)
{
    if (n.size() <= 4)
        return QString(n.size(), QLatin1Char('*'));
    const qsizetype head = n.size() >= 15 ? 4 : 0;
    return n.left(head) + QString(n.size() - head - 2, QLatin1Char('*')) + n.right(2);
}

QDate birthDateFromId(const QString& id18)
{
    return QDate::fromString(id18.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

static Check residentIdLike(const QString& raw, const QDate& today, const QString& requiredPrefix)
{
    QString s = normalizeWidth(raw).toUpper().remove(QLatin1Char(' '));
    if (s.isEmpty())
        return Check::fail(Tr::tr("不能为空，请填写证件号码。"), s);
    static const QRegularExpression legacy(QStringLiteral("^[0-9]{15}$"));
    if (requiredPrefix.isEmpty() && legacy.match(s).hasMatch()) {
        const QString body = s.left(6) + QStringLiteral("19") + s.mid(6, 9);
        s = body + residentIdCheckChar(body);
    }
    static const QRegularExpression full(QStringLiteral("^[0-9]{17}[0-9X]$"));
    if (s.size() != 18)
        return Check::fail(Tr::tr("应为 18 位（旧版 15 位身份证号也可），现在是 %1 位。").arg(s.size()), s);
    if (!full.match(s).hasMatch())
        return Check::fail(Tr::tr("前 17 位应为数字，最后一位为数字或 X。"), s);
    if (!requiredPrefix.isEmpty() && !s.startsWith(requiredPrefix))
        return Check::fail(Tr::tr("该证件号码应以 %1 开头。").arg(requiredPrefix), s);
    if (!knownProvince(s.left(2).toInt()))
        return Check::fail(Tr::tr("前两位“%1”不是有效的省级行政区划代码。").arg(s.left(2)), s);
    const QDate birth = birthDateFromId(s);
    if (!birth.isValid())
        return Check::fail(Tr::tr("第 7–14 位出生日期“%1”不是有效日期。").arg(s.mid(6, 8)), s);
    if (birth > today || birth.year() < 1870)
        return Check::fail(Tr::tr("出生日期 %1 不合理。").arg(birth.toString(Qt::ISODate)), s);
    const QChar check = residentIdCheckChar(s.left(17));
    if (check != s.at(17))
        return Check::fail(Tr::tr("校验位不符：第 18 位应为“%1”，现为“%2”。请核对号码是否有错字。")
                               .arg(check)
                               .arg(s.at(17)),
                           s);
    return Check::pass(s);
}

Check residentId(const QString& number, const QDate& today)
{
    return residentIdLike(number, today, {});
}

Check idDocument(IdType type, const QString& number, const QDate& today)
{
    const QString s = normalizeWidth(number).toUpper().remove(QLatin1Char(' '));
    auto byFormat = [&](const char* pattern, const QString& hint) {
        if (s.isEmpty())
            return Check::fail(Tr::tr("不能为空，请填写证件号码。"), s);
        const QRegularExpression re(QString::fromLatin1(pattern));
        if (!re.match(s).hasMatch())
            return Check::fail(hint, s);
        return Check::pass(s);
    };
    switch (type) {
    case IdType::ResidentId:
        return residentIdLike(number, today, {});
    case IdType::HkMacaoResidence: {
        Check c = residentIdLike(number, today, {});
        if (c.ok && !(c.normalized.startsWith(QStringLiteral("81")) || c.normalized.startsWith(QStringLiteral("82"))))
            return Check::fail(Tr::tr("港澳居民居住证号码应以 810000 或 820000 开头。"), c.normalized);
        return c;
    }
    case IdType::TaiwanResidence:
        return residentIdLike(number, today, QStringLiteral("830000"));
    case IdType::Passport:
        return byFormat("^[A-Z0-9]{5,17}$", Tr::tr("护照号码应为 5–17 位字母或数字。"));
    case IdType::HkMacaoPermit:
        return byFormat("^[HM][0-9]{8}([0-9]{2})?$",
                        Tr::tr("港澳居民来往内地通行证号码应为 H 或 M 开头，后接 8 位或 10 位数字。"));
    case IdType::TaiwanPermit:
        return byFormat("^[0-9]{8}([0-9]{2})?$",
                        Tr::tr("台湾居民来往大陆通行证号码应为 8 位或 10 位数字。"));
    case IdType::ForeignPermanent:
        return byFormat("^([A-Z]{3}[0-9]{12}|9[0-9]{16}[0-9X])$",
                        Tr::tr("外国人永久居留身份证号码应为 15 位（3 个字母加 12 位数字）或以 9 开头的 18 位。"));
    }
    return Check::fail(Tr::tr("未知的证件类型。"), s);
}

Check mobile(const QString& phone)
{
    QString s = normalizeWidth(phone).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (s.startsWith(QStringLiteral("+86")))
        s = s.mid(3);
    static const QRegularExpression re(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (!re.match(s).hasMatch())
        return Check::fail(Tr::tr("应为 11 位手机号码，以 13–19 开头，例如 13812345678。"), s);
    return Check::pass(s);
}

Check landline(const QString& phone)
{
    QString s = normalizeWidth(phone).remove(QLatin1Char(' '));
    s.replace(QStringLiteral("转"), QStringLiteral("-"));
    s.replace(QLatin1Char('('), QString()).replace(QLatin1Char(')'), QStringLiteral("-"));
    s.replace(QStringLiteral("--"), QStringLiteral("-"));
    static const QRegularExpression re(QStringLiteral("^(0[12][0-9]|0[3-9][0-9]{2})-?([2-9][0-9]{6,7})(-([0-9]{1,6}))?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return Check::fail(Tr::tr("应为带区号的座机号码，例如 022-83635027，分机可写作 022-83635027-123。"), s);
    QString out = m.captured(1) + QLatin1Char('-') + m.captured(2);
    if (!m.captured(4).isEmpty())
        out += QLatin1Char('-') + m.captured(4);
    return Check::pass(out);
}

Check email(const QString& address)
{
    const QString s = normalizeWidth(address);
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"));
    if (!re.match(s).hasMatch())
        return Check::fail(Tr::tr("电子邮箱格式不正确，应类似 name@example.com。"), s);
    return Check::pass(s.toLower());
}

Check occupationCodeFormat(const QString& code)
{
    const QString s = normalizeWidth(code).remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^([0-9])-([0-9]{2})-([0-9]{2})-([0-9]{2})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return Check::fail(Tr::tr("职业编码应为“大类-中类-小类-细类”格式，如 6-31-01-03。"), s);
    const int major = m.captured(1).toInt();
    if (major < 3 || major > 6)
        return Check::fail(Tr::tr("第 %1 大类不属于技能类职业，试点只限第 3–6 大类。").arg(major), s);
    return Check::pass(s);
}

QString levelLabel(int level)
{
    switch (level) {
    case 1: return QStringLiteral("一级/高级技师");
    case 2: return QStringLiteral("二级/技师");
    case 3: return QStringLiteral("三级/高级工");
    case 4: return QStringLiteral("四级/中级工");
    case 5: return QStringLiteral("五级/初级工");
    }
    return {};
}

int parseLevel(const QString& text)
{
    const QString s = normalizeWidth(text);
    if (s.size() == 1 && s.at(0) >= QLatin1Char('1') && s.at(0) <= QLatin1Char('5'))
        return s.at(0).digitValue();
    for (int l = 1; l <= 5; ++l) {
        const QString label = levelLabel(l);
        const QStringList parts = label.split(QLatin1Char('/'));
        if (s == label || s == parts.at(0) || s == parts.at(1))
            return l;
    }
    return 0;
}

bool parseLevels(const QString& text, QList<int>* out)
{
    QList<int> levels;
    const QString s = normalizeWidth(text);
    static const QRegularExpression sep(QStringLiteral("[,，、;；\\s]+"));
    for (const QString& part : s.split(sep, Qt::SkipEmptyParts)) {
        const int l = parseLevel(part);
        if (l == 0 || levels.contains(l))
            return false;
        levels << l;
    }
    std::sort(levels.begin(), levels.end());
    *out = levels;
    return true;
}

QString formatLevels(const QList<int>& levels)
{
    QStringList parts;
    for (int l : levels)
        parts << QString::number(l);
    return parts.join(QLatin1Char(','));
}

} // namespace jd::validation
