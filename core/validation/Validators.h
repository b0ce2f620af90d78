#pragma once
// Validators for the identifiers of DESIGN §6. Each returns the normalised value or a
// message in Chinese that says what is wrong and how to fix it. Pure functions: no
// database, so the CLI, the GUI and every import check values the same way.

#include <QDate>
#include <QString>
#include <QStringList>

namespace jd::validation {

struct Check
{
    bool ok = false;
    QString normalized; // the value to store (upper-case, half-width, converted)
    QString message;    // empty when ok

    static Check pass(QString v) { return Check{true, std::move(v), {}}; }
    static Check fail(QString why, QString v = {}) { return Check{false, std::move(v), std::move(why)}; }
};

// Full-width letters, digits and punctuation to half-width; trims white space.
QString normalizeWidth(const QString& s);

// GB 32100-2015 unified social credit code, with the embedded GB 11714 code checked.
Check uscc(const QString& code);
// The check character GB 32100 gives for the first 17 characters (or '\0' if any is invalid).
QChar usccCheckChar(const QString& first17);
// GB 11714 organisation code check character for 8 characters (or '\0').
QChar orgCodeCheckChar(const QString& first8);

enum class IdType {
    ResidentId,      // 居民身份证
    Passport,        // 护照
    HkMacaoResidence,// 港澳居民居住证
    TaiwanResidence, // 台湾居民居住证
    HkMacaoPermit,   // 港澳居民来往内地通行证
    TaiwanPermit,    // 台湾居民来往大陆通行证
    ForeignPermanent,// 外国人永久居留身份证
};
QString idTypeKey(IdType t);         // "resident_id", "passport", ...
QString idTypeLabel(IdType t);       // 居民身份证, 护照, ...
bool idTypeFromString(const QString& keyOrLabel, IdType* out); // accepts key or label
QList<IdType> allIdTypes();

// GB 11643 citizen ID (18 characters; 15-digit legacy numbers converted; 'x' upper-cased).
Check residentId(const QString& number, const QDate& today = QDate::currentDate());
QChar residentIdCheckChar(const QString& first17);
// Any document type: resident-ID rules, or the document's format.
Check idDocument(IdType type, const QString& number, const QDate& today = QDate::currentDate());
// "1101************2X": first 4 and last 2 kept; short numbers (passports) keep only the last 2.
QString maskIdNumber(const QString& number);
// Birth date encoded in a valid 18-character resident ID.
QDate birthDateFromId(const QString& id18);

Check mobile(const QString& phone);
Check landline(const QString& phone);
Check email(const QString& address);

// Format and 大类 of a 职业分类大典 code: D-DD-DD-DD with 大类 3–6.
Check occupationCodeFormat(const QString& code);

// Certification levels 1..5: "三级/高级工" style labels and parsing.
QString levelLabel(int level);
// Accepts 1..5, "三级", "高级工", "三级/高级工"; returns 0 when unknown.
int parseLevel(const QString& text);
// "3,4" <-> {3,4}; rejects anything but distinct levels 1..5.
bool parseLevels(const QString& text, QList<int>* out);
QString formatLevels(const QList<int>& levels);

} // namespace jd::validation
