#include "core/documents/NumberingDocuments.h"

#include "core/validation/Validators.h"

namespace jd {

using html::cell;
using html::esc;
using html::head;

PrintableDocument assignmentNotice(const QString& name, const QString& uscc, int orgSerial, const QDate& assigned,
                                   const CertificateNumber& ex)
{
    PrintableDocument doc;
    const QString serial = QStringLiteral("%1").arg(orgSerial, 6, 10, QLatin1Char('0'));
    doc.title = QStringLiteral("赋码通知 - %1").arg(name);
    doc.footer = QStringLiteral("评价机构序列码 %1").arg(serial);
    const QString date = QStringLiteral("%1年%2月%3日").arg(assigned.year()).arg(assigned.month()).arg(assigned.day());
    const QString number = ex.format();
    QString h = QStringLiteral("<h1>职业技能等级证书编码赋码通知</h1>");
    h += QStringLiteral("<p>%1（统一社会信用代码：%2）：</p>").arg(esc(name), esc(uscc));
    h += QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;你单位已列入《全市开展职业技能等级认定试点企业目录》。根据职业技能等级证书编码规则"
                        "（人社鉴发〔2019〕2号），按备案顺序，自%1起赋予你单位评价机构序列码：</p>")
             .arg(date);
    h += QStringLiteral("<p align=\"center\" style=\"font-size:20pt; font-weight:bold;\">%1</p>").arg(serial);
    h += QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;你单位颁发的职业技能等级证书编号共 22 位，构成如下：</p>");
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr>") + head(QStringLiteral("位置"), QStringLiteral("width=\"16%\"")) +
         head(QStringLiteral("位数"), QStringLiteral("width=\"8%\"")) + head(QStringLiteral("含义"), QStringLiteral("width=\"46%\"")) +
         head(QStringLiteral("你单位的取值"), QStringLiteral("width=\"30%\"")) + QStringLiteral("</tr>");
    const struct
    {
        const char* pos;
        const char* len;
        const char* meaning;
        QString value;
    } rows[] = {
        {"第 1 位", "1", "评价机构类别：Y 用人单位，S 社会培训评价组织", QString(ex.type)},
        {"第 2–5 位", "4", "人社部备案代码（向省级备案的为 0000）", ex.ministry},
        {"第 6–7 位", "2", "省级代码（天津 12）", ex.province},
        {"第 8–13 位", "6", "评价机构序列码（按备案顺序赋予，终身不变、不重复使用）", serial},
        {"第 14–15 位", "2", "发证年份后两位", QStringLiteral("如 %1 年为 %2").arg(ex.year).arg(ex.year % 100, 2, 10, QLatin1Char('0'))},
        {"第 16 位", "1", "职业技能等级：1 一级/高级技师，2 二级/技师，3 三级/高级工，4 四级/中级工，5 五级/初级工",
         QStringLiteral("如 %1 为 %2").arg(validation::levelLabel(ex.level)).arg(ex.level)},
        {"第 17–22 位", "6", "顺序号：同一发证年份、同一等级内从 000001 起连续编排，由市鉴定中心在认定结果确认时分段核定",
         QStringLiteral("%1").arg(ex.serial, 6, 10, QLatin1Char('0'))},
    };
    for (const auto& r : rows)
        h += QStringLiteral("<tr>") + cell(QString::fromUtf8(r.pos), QStringLiteral("align=\"center\"")) +
             cell(QString::fromUtf8(r.len), QStringLiteral("align=\"center\"")) + cell(QString::fromUtf8(r.meaning)) + cell(r.value) +
             QStringLiteral("</tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;示例：<b>%1</b> 表示你单位 %2 年颁发的%3证书中的第 %4 本。</p>")
             .arg(number)
             .arg(ex.year)
             .arg(validation::levelLabel(ex.level))
             .arg(ex.serial);
    h += QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;证书编号不设校验位。作废的编号不得重复使用。证书信息将纳入全市职业技能等级证书查询数据库，"
                        "并上传至人社部职业技能鉴定指导中心全国联网查询系统（jndj.osta.org.cn）。</p>");
    h += QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"55%\"></td><td align=\"center\">天津市职业技能鉴定指导中心（盖章）<br/><br/>%1</td></tr></table>")
             .arg(date);
    doc.html = QStringLiteral("<html><body>") + h + QStringLiteral("</body></html>");
    return doc;
}

} // namespace jd
