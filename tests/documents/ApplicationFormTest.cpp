#include "core/documents/ApplicationForm.h"
#include "core/documents/DocumentRenderer.h"
#include "tests/support/Builders.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("The application form holds every section of 附件1 and the enterprise's values", "[documents][form]")
{
    const Enterprise e = test::sampleEnterprise(1);
    const PrintableDocument doc = applicationForm(e);
    for (const char* text : {"职业技能等级认定机构备案申请表", "一、申请单位基本信息", "二、申请开展评价的职业（工种）",
                             "三、具备的组织优势、专业优势等", "四、场地设备等情况", "（二）设施设备情况",
                             "（三）计算机考务管理及视频监控设备配置情况", "五、人员情况", "（一）专职工作人员情况",
                             "（二）专家情况", "（三）考评人员情况", "认定依据", "所有权归属"}) {
        INFO(text);
        CHECK(doc.html.contains(QString::fromUtf8(text)));
    }
    CHECK(doc.html.contains(e.uscc));
    CHECK(doc.html.contains(QStringLiteral("6-31-01-03")));
    CHECK(doc.html.contains(QStringLiteral("二级/技师、三级/高级工、四级/中级工")));
    CHECK(doc.html.contains(e.assessors[0].idNumber));
    CHECK(doc.html.contains(QStringLiteral("逆变直流焊机")));
    // Text from the user is escaped, never taken as markup.
    Enterprise tricky = e;
    tricky.name = QStringLiteral("<b>天津</b>&公司");
    CHECK(applicationForm(tricky).html.contains(QStringLiteral("&lt;b&gt;天津&lt;/b&gt;&amp;公司")));
}

TEST_CASE("The form prints to a PDF with the CJK fonts embedded", "[documents][pdf]")
{
    REQUIRE_FALSE(DocumentRenderer::serifFamily().isEmpty()); // fonts-noto-cjk is installed
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.pdf"));
    REQUIRE(DocumentRenderer::toPdf(applicationForm(test::sampleEnterprise(1)), path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("NotoSerifCJK"));
    CHECK(pdf.contains("/FontFile"));
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") +
              pdf.count("/Type/Page") >= 2);
}

TEST_CASE("Writing a PDF where no file can be written fails with a message", "[documents][pdf]")
{
    auto s = DocumentRenderer::toPdf(applicationForm(test::sampleEnterprise(1)),
                                     QStringLiteral("/nonexistent-folder/form.pdf"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Storage);
}
