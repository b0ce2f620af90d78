#include "core/review/ReviewPackage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sodium.h>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::ReviewPackage".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::ReviewPackage)
};

const QString Format = QStringLiteral("jianding-review-package");
const QByteArray CheckText = QByteArrayLiteral("jianding review package access code");

QByteArray mac(const QByteArray& key, const QByteArray& message)
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char*>(out.data()), reinterpret_cast<const unsigned char*>(message.constData()),
                           static_cast<unsigned long long>(message.size()), reinterpret_cast<const unsigned char*>(key.constData()));
    return out;
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QByteArray canonical(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString ReviewPackage::newAccessCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 symbols, no 0/O/1/I
    if (sodium_init() < 0)
        return {};
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[randombytes_uniform(32)]);
    }
    return code;
}

QString ReviewPackage::normalizeAccessCode(const QString& code)
{
    QString out;
    for (QChar c : code) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) // full-width typed on a Chinese keyboard
            c = QChar(c.unicode() - 0xFEE0);
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QByteArray ReviewPackage::deriveKey(const QString& accessCode, const QByteArray& salt)
{
    if (sodium_init() < 0 || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray code = normalizeAccessCode(accessCode).toUtf8();
    QByteArray key(crypto_auth_hmacsha256_KEYBYTES, '\0');
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), static_cast<unsigned long long>(key.size()), code.constData(),
                      static_cast<unsigned long long>(code.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return key;
}

QJsonObject ReviewPackage::toJson() const
{
    QJsonArray scores;
    for (const ScoreEntry& s : m_scores)
        scores.append(QJsonObject{{QStringLiteral("criterion"), s.criterionId}, {QStringLiteral("score"), s.score},
                                  {QStringLiteral("comment"), s.comment}});
    return {{QStringLiteral("format"), Format},
            {QStringLiteral("format_version"), 1},
            {QStringLiteral("package_id"), m_packageId},
            {QStringLiteral("created_at"), m_createdAt.toString(Qt::ISODate)},
            {QStringLiteral("created_by"), m_createdBy},
            {QStringLiteral("salt"), QString::fromLatin1(m_salt.toHex())},
            {QStringLiteral("filing"), QJsonObject{{QStringLiteral("id"), m_filingId},
                                                   {QStringLiteral("enterprise"), m_enterpriseName},
                                                   {QStringLiteral("occupations"), QJsonArray::fromStringList(m_occupations)},
                                                   {QStringLiteral("visit_date"), m_visitDate.toString(Qt::ISODate)},
                                                   {QStringLiteral("visit_place"), m_visitPlace}}},
            {QStringLiteral("expert"), QJsonObject{{QStringLiteral("id"), m_expertId}, {QStringLiteral("name"), m_expertName}}},
            {QStringLiteral("template"), templateToJson(m_template)},
            {QStringLiteral("sheet"), QJsonObject{{QStringLiteral("scores"), scores},
                                                  {QStringLiteral("opinion"), m_opinion},
                                                  {QStringLiteral("signed_on"), m_signedOn.toString(Qt::ISODate)}}}};
}

namespace {

struct RawPackage
{
    QJsonObject content;
    QByteArray check;
    QByteArray mac;
    QByteArray salt;
};

Result<RawPackage> readRaw(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(Tr::tr("无法打开评分包“%1”：%2").arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(8 * 1024 * 1024), &pe);
    const QJsonObject top = doc.object();
    const QJsonObject content = top.value(QStringLiteral("package")).toObject();
    if (pe.error != QJsonParseError::NoError || content.value(QStringLiteral("format")).toString() != Format)
        return Error::invalid(Tr::tr("“%1”不是鉴定系统的离线评分包（*.%2），或文件已损坏。")
                                  .arg(QFileInfo(path).fileName(), QString::fromLatin1(ReviewPackage::FileSuffix)));
    if (content.value(QStringLiteral("format_version")).toInt() != 1)
        return Error::invalid(Tr::tr("评分包格式版本 %1 不受支持，请升级程序。").arg(content.value(QStringLiteral("format_version")).toInt()));
    return RawPackage{content, QByteArray::fromHex(top.value(QStringLiteral("check")).toString().toLatin1()),
                      QByteArray::fromHex(top.value(QStringLiteral("mac")).toString().toLatin1()),
                      QByteArray::fromHex(content.value(QStringLiteral("salt")).toString().toLatin1())};
}

} // namespace

Result<ReviewPackage> ReviewPackage::open(const QString& path, const QString& accessCode)
{
    auto raw = readRaw(path);
    if (!raw)
        return raw.error();
    if (normalizeAccessCode(accessCode).size() != 12)
        return Error::invalid(Tr::tr("访问码应为 12 位字母和数字（如 ABCD-EFGH-JKMN），请核对中心给您的访问码。"),
                              {FieldError{QStringLiteral("access_code"), Tr::tr("访问码"), Tr::tr("应为 12 位。"), 0, {}}});
    const QByteArray key = deriveKey(accessCode, raw->salt);
    if (key.isEmpty())
        return Error::invalid(Tr::tr("评分包已损坏（缺少密钥参数）。"));
    if (!sameBytes(mac(key, CheckText), raw->check))
        return Error::invalid(Tr::tr("访问码不正确：请核对中心导出评分包时给您的访问码。"),
                              {FieldError{QStringLiteral("access_code"), Tr::tr("访问码"), Tr::tr("与此评分包不符。"), 0, {}}});
    if (!sameBytes(mac(key, canonical(raw->content)), raw->mac))
        return Error::invalid(Tr::tr("评分包内容已被改动（校验不符），不能使用。请向中心重新索取评分包。"));
    return fromContent(raw->content, key, raw->salt);
}

Result<QString> ReviewPackage::packageIdOf(const QString& path)
{
    auto raw = readRaw(path);
    if (!raw)
        return raw.error();
    return raw->content.value(QStringLiteral("package_id")).toString();
}

Result<ReviewPackage> ReviewPackage::openWithKey(const QString& path, const QByteArray& key)
{
    auto raw = readRaw(path);
    if (!raw)
        return raw.error();
    if (!sameBytes(mac(key, CheckText), raw->check) || !sameBytes(mac(key, canonical(raw->content)), raw->mac))
        return Error::invalid(Tr::tr("评分包“%1”的内容在专家保存后被改动过（校验不符），不能导入。请让专家重新填写并保存。")
                                  .arg(QFileInfo(path).fileName()));
    return fromContent(raw->content, key, raw->salt);
}

Result<ReviewPackage> ReviewPackage::fromContent(const QJsonObject& c, const QByteArray& key, const QByteArray& salt)
{
    ReviewPackage p;
    p.m_key = key;
    p.m_salt = salt;
    p.m_packageId = c.value(QStringLiteral("package_id")).toString();
    p.m_createdAt = QDateTime::fromString(c.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    p.m_createdBy = c.value(QStringLiteral("created_by")).toString();
    const QJsonObject filing = c.value(QStringLiteral("filing")).toObject();
    p.m_filingId = filing.value(QStringLiteral("id")).toInteger();
    p.m_enterpriseName = filing.value(QStringLiteral("enterprise")).toString();
    for (const QJsonValue& v : filing.value(QStringLiteral("occupations")).toArray())
        p.m_occupations << v.toString();
    p.m_visitDate = QDate::fromString(filing.value(QStringLiteral("visit_date")).toString(), Qt::ISODate);
    p.m_visitPlace = filing.value(QStringLiteral("visit_place")).toString();
    const QJsonObject expert = c.value(QStringLiteral("expert")).toObject();
    p.m_expertId = expert.value(QStringLiteral("id")).toInteger();
    p.m_expertName = expert.value(QStringLiteral("name")).toString();
    auto t = templateFromJson(c.value(QStringLiteral("template")).toObject());
    if (!t)
        return t.error();
    p.m_template = *t;
    const QJsonObject sheet = c.value(QStringLiteral("sheet")).toObject();
    for (const QJsonValue& v : sheet.value(QStringLiteral("scores")).toArray()) {
        const QJsonObject s = v.toObject();
        p.m_scores << ScoreEntry{p.m_expertId, s.value(QStringLiteral("criterion")).toString(), s.value(QStringLiteral("score")).toDouble(),
                                 s.value(QStringLiteral("comment")).toString()};
    }
    p.m_opinion = sheet.value(QStringLiteral("opinion")).toString();
    p.m_signedOn = QDate::fromString(sheet.value(QStringLiteral("signed_on")).toString(), Qt::ISODate);
    return p;
}

bool ReviewPackage::complete() const
{
    for (const Criterion& c : m_template.leaves()) {
        bool found = false;
        for (const ScoreEntry& s : m_scores)
            found = found || s.criterionId == c.id;
        if (!found)
            return false;
    }
    return true;
}

Status ReviewPackage::setScore(const QString& criterionId, double score, const QString& comment)
{
    const Criterion* c = m_template.find(criterionId);
    if (!c || m_template.isGroup(criterionId))
        return Error::invalid(Tr::tr("评分标准第 %1 版中没有评分项“%2”。").arg(m_template.version).arg(criterionId),
                              {FieldError{QStringLiteral("criterion"), Tr::tr("评分项"), Tr::tr("不存在。"), 0, criterionId}});
    if (const QString why = checkScore(*c, score); !why.isEmpty())
        return Error::invalid(why, {FieldError{criterionId, c->name, why, 0, QString::number(score)}});
    for (ScoreEntry& s : m_scores)
        if (s.criterionId == criterionId) {
            s.score = score;
            s.comment = comment.trimmed();
            return {};
        }
    m_scores << ScoreEntry{m_expertId, criterionId, score, comment.trimmed()};
    return {};
}

void ReviewPackage::clearScore(const QString& criterionId)
{
    m_scores.removeIf([&](const ScoreEntry& s) { return s.criterionId == criterionId; });
}

Status ReviewPackage::save(const QString& path) const
{
    if (m_key.isEmpty())
        return Error::invalid(Tr::tr("评分包未用访问码打开，不能保存。"));
    const QJsonObject content = toJson();
    const QJsonObject top{{QStringLiteral("package"), content},
                          {QStringLiteral("check"), QString::fromLatin1(mac(m_key, CheckText).toHex())},
                          {QStringLiteral("mac"), QString::fromLatin1(mac(m_key, canonical(content)).toHex())}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::storage(Tr::tr("无法写入“%1”：%2").arg(path, f.errorString()));
    f.write(QJsonDocument(top).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::storage(Tr::tr("保存评分包“%1”失败：%2").arg(path, f.errorString()));
    return {};
}

} // namespace jd
