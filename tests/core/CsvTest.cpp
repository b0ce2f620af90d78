#include "core/common/Csv.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("CSV parses quotes, doubled quotes, line breaks and CRLF", "[csv]")
{
    auto rows = csv::parse(QStringLiteral("a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\r\n,,\n"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(1) == QStringList{QStringLiteral("x, y"), QStringLiteral("he said \"hi\""), QStringLiteral("two\nlines")});
    CHECK(rows->at(2) == QStringList{QString(), QString(), QString()});
}

TEST_CASE("CSV with an unclosed quote names the row", "[csv]")
{
    auto rows = csv::parse(QStringLiteral("a,b\n1,\"open\n2,3\n"));
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.contains(QStringLiteral("第 2 行")));
}

TEST_CASE("CSV decoding: UTF-8 with BOM, GBK from Excel", "[csv]")
{
    const QString text = QStringLiteral("企业名称,统一社会信用代码\n天津市海河有限公司,91350100M000100Y43\n");
    auto utf8 = csv::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    REQUIRE(utf8.ok());
    CHECK(utf8->encoding == QStringLiteral("UTF-8"));
    CHECK(utf8->text == text);

    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    const QByteArray gbkBytes = gbk.encode(text);
    auto fromGbk = csv::decode(gbkBytes);
    REQUIRE(fromGbk.ok());
    CHECK(fromGbk->encoding == QStringLiteral("GB18030"));
    CHECK(fromGbk->text == text);
}

TEST_CASE("CSV escaping round-trips", "[csv]")
{
    const QStringList cells{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"x\""), QStringLiteral("l1\nl2")};
    auto rows = csv::parse(csv::line(cells));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first() == cells);
}
