#include "core/validation/Validators.h"
#include "tests/support/Builders.h"

#include <catch2/catch.hpp>

using namespace jd::validation;

TEST_CASE("USCC: the GB 32100 example passes and is normalised", "[validation][uscc]")
{
    CHECK(uscc(QStringLiteral("91350100M000100Y43")).ok);
    const Check lower = uscc(QStringLiteral(" 91350100m000100y43 "));
    CHECK(lower.ok);
    CHECK(lower.normalized == QStringLiteral("91350100M000100Y43"));
    // Full-width characters typed with a Chinese input method.
    const Check wide = uscc(QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３"));
    CHECK(wide.ok);
    CHECK(wide.normalized == QStringLiteral("91350100M000100Y43"));
}

TEST_CASE("USCC: wrong check character, length and charset are refused with the reason", "[validation][uscc]")
{
    const Check wrongCheck = uscc(QStringLiteral("91350100M000100Y44"));
    CHECK_FALSE(wrongCheck.ok);
    CHECK(wrongCheck.message.contains(QStringLiteral("第 18 位应为“3”")));

    const Check shortCode = uscc(QStringLiteral("91350100M000100Y4"));
    CHECK_FALSE(shortCode.ok);
    CHECK(shortCode.message.contains(QStringLiteral("17 位")));

    const Check letterI = uscc(QStringLiteral("91350100I000100Y43"));
    CHECK_FALSE(letterI.ok);
    CHECK(letterI.message.contains(QStringLiteral("第 9 位")));

    CHECK_FALSE(uscc(QString()).ok);
    CHECK(usccCheckChar(QStringLiteral("91350100M000100Y4")) == QLatin1Char('3'));
}

TEST_CASE("USCC: the embedded GB 11714 organisation code is checked", "[validation][uscc]")
{
    CHECK(orgCodeCheckChar(QStringLiteral("M000100Y")) == QLatin1Char('4'));
    // Change the organisation code's check digit and recompute the USCC check so only
    // the embedded code is wrong.
    const QString first17 = QStringLiteral("91350100M000100Y5");
    const QString code = first17 + usccCheckChar(first17);
    const Check c = uscc(code);
    CHECK_FALSE(c.ok);
    CHECK(c.message.contains(QStringLiteral("组织机构代码")));
}

TEST_CASE("ID number: GB 11643 examples, lower-case x, full-width digits", "[validation][id]")
{
    const QDate today(2026, 11, 28);
    CHECK(residentId(QStringLiteral("11010519491231002X"), today).ok);
    CHECK(residentId(QStringLiteral("440524188001010014"), today).ok);
    const Check x = residentId(QStringLiteral("11010519491231002x"), today);
    CHECK(x.ok);
    CHECK(x.normalized == QStringLiteral("11010519491231002X"));
    const Check wide = residentId(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"), today);
    CHECK(wide.ok);
    CHECK(wide.normalized == QStringLiteral("11010519491231002X"));
}

TEST_CASE("ID number: wrong check digit, impossible dates and bad regions are refused", "[validation][id]")
{
    const QDate today(2026, 11, 28);
    const Check wrong = residentId(QStringLiteral("110105194912310021"), today);
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.message.contains(QStringLiteral("校验位")));
    // 1949-02-30 does not exist; the check digit is made right so only the date fails.
    QString body = QStringLiteral("11010519490230002");
    CHECK_FALSE(residentId(body + residentIdCheckChar(body), today).ok);
    CHECK(residentId(body + residentIdCheckChar(body), today).message.contains(QStringLiteral("出生日期")));
    body = QStringLiteral("11010520300101002"); // born in the future
    CHECK_FALSE(residentId(body + residentIdCheckChar(body), today).ok);
    body = QStringLiteral("99010519491231002"); // no such province
    CHECK_FALSE(residentId(body + residentIdCheckChar(body), today).ok);
    CHECK_FALSE(residentId(QStringLiteral("1101051949123100"), today).ok);
}

TEST_CASE("ID number: 15-digit legacy numbers are converted to 18", "[validation][id]")
{
    const Check c = residentId(QStringLiteral("110105491231002"), QDate(2026, 1, 1));
    REQUIRE(c.ok);
    CHECK(c.normalized == QStringLiteral("11010519491231002X"));
    CHECK(birthDateFromId(c.normalized) == QDate(1949, 12, 31));
    CHECK_FALSE(residentId(QStringLiteral("110105491331002"), QDate(2026, 1, 1)).ok); // month 13
}

TEST_CASE("Other document types are checked by format", "[validation][id]")
{
    CHECK(idDocument(IdType::Passport, QStringLiteral("e12345678")).normalized == QStringLiteral("E12345678"));
    CHECK_FALSE(idDocument(IdType::Passport, QStringLiteral("E1")).ok);
    CHECK(idDocument(IdType::HkMacaoPermit, QStringLiteral("H12345678")).ok);
    CHECK_FALSE(idDocument(IdType::HkMacaoPermit, QStringLiteral("A12345678")).ok);
    CHECK(idDocument(IdType::TaiwanPermit, QStringLiteral("12345678")).ok);
    const QString tw = QStringLiteral("83000019900101002");
    CHECK(idDocument(IdType::TaiwanResidence, tw + residentIdCheckChar(tw)).ok);
    const QString mainland = QStringLiteral("11010519491231002X");
    CHECK_FALSE(idDocument(IdType::TaiwanResidence, mainland).ok);
    CHECK_FALSE(idDocument(IdType::HkMacaoResidence, mainland).ok);
    CHECK(idDocument(IdType::ForeignPermanent, QStringLiteral("USA123456789012")).ok);
    IdType t;
    REQUIRE(idTypeFromString(QStringLiteral("护照"), &t));
    CHECK(t == IdType::Passport);
    REQUIRE(idTypeFromString(QString(), &t));
    CHECK(t == IdType::ResidentId);
    CHECK_FALSE(idTypeFromString(QStringLiteral("驾驶证"), &t));
}

TEST_CASE("Phones and e-mail", "[validation][contact]")
{
    CHECK(mobile(QStringLiteral("138 1234 5678")).normalized == QStringLiteral("13812345678"));
    CHECK(mobile(QStringLiteral("+8613812345678")).ok);
    CHECK_FALSE(mobile(QStringLiteral("12812345678")).ok);
    CHECK_FALSE(mobile(QStringLiteral("1381234567")).ok);
    CHECK(landline(QStringLiteral("022-83635027")).normalized == QStringLiteral("022-83635027"));
    CHECK(landline(QStringLiteral("02283218261")).normalized == QStringLiteral("022-83218261"));
    CHECK(landline(QStringLiteral("(022)83218261转123")).normalized == QStringLiteral("022-83218261-123"));
    CHECK(landline(QStringLiteral("０２２－８３６３５０２７")).ok);
    CHECK_FALSE(landline(QStringLiteral("83635027")).ok); // area code missing
    CHECK(email(QStringLiteral("45675474@QQ.com")).normalized == QStringLiteral("45675474@qq.com"));
    CHECK_FALSE(email(QStringLiteral("hr@localhost")).ok);
    CHECK_FALSE(email(QStringLiteral("hr.example.com")).ok);
}

TEST_CASE("Occupation code format and major group", "[validation][occupation]")
{
    CHECK(occupationCodeFormat(QStringLiteral("6-31-01-03")).ok);
    CHECK(occupationCodeFormat(QStringLiteral("６－３１－０１－０３")).normalized == QStringLiteral("6-31-01-03"));
    CHECK_FALSE(occupationCodeFormat(QStringLiteral("6-31-01")).ok);
    CHECK_FALSE(occupationCodeFormat(QStringLiteral("63101030")).ok);
    const Check major2 = occupationCodeFormat(QStringLiteral("2-02-07-04"));
    CHECK_FALSE(major2.ok);
    CHECK(major2.message.contains(QStringLiteral("第 2 大类")));
    CHECK_FALSE(occupationCodeFormat(QStringLiteral("7-01-01-01")).ok);
}

TEST_CASE("Levels parse from digits and Chinese labels", "[validation][level]")
{
    CHECK(parseLevel(QStringLiteral("3")) == 3);
    CHECK(parseLevel(QStringLiteral("三级/高级工")) == 3);
    CHECK(parseLevel(QStringLiteral("高级工")) == 3);
    CHECK(parseLevel(QStringLiteral("一级")) == 1);
    CHECK(parseLevel(QStringLiteral("技师")) == 2);
    CHECK(parseLevel(QStringLiteral("6")) == 0);
    CHECK(parseLevel(QStringLiteral("0")) == 0);
    QList<int> levels;
    REQUIRE(parseLevels(QStringLiteral("4，三级、5"), &levels));
    CHECK(levels == QList<int>{3, 4, 5});
    CHECK_FALSE(parseLevels(QStringLiteral("3,3"), &levels));
    CHECK_FALSE(parseLevels(QStringLiteral("3,七级"), &levels));
    CHECK(levelLabel(5) == QStringLiteral("五级/初级工"));
}
