#include "core/documents/FilingDocuments.h"

namespace jd {

using html::cell;
using html::esc;
using html::head;

namespace {

const QString kCentre = QStringLiteral("天津市职业技能鉴定指导中心");

QString chineseDate(const QDate& d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QString wrap(const QString& body) { return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>"); }

QString signature(const QDate& date)
{
    return QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"55%\"></td><td align=\"center\">%1（盖章）<br/><br/>%2</td></tr></table>")
        .arg(kCentre, chineseDate(date));
}

const HistoryEntry* lastOf(const Filing& f, const QString& action)
{
    for (auto it = f.history.crbegin(); it != f.history.crend(); ++it)
        if (it->action == action)
            return &*it;
    return nullptr;
}

} // namespace

PrintableDocument filingReceipt(const Filing& f, const Enterprise& e, const QDate& issued)
{
    PrintableDocument doc;
    doc.title = QStringLiteral("受理回执 - %1").arg(e.name);
    doc.footer = QStringLiteral("备案申请编号 %1").arg(f.id);
    const HistoryEntry* accepted = lastOf(f, QStringLiteral("accept"));
    QString h = QStringLiteral("<h1>企业职业技能等级认定试点备案申请受理回执</h1>");
    h += QStringLiteral("<p>编号：津鉴受〔%1〕%2号</p>").arg(f.received.year()).arg(f.id, 4, 10, QLatin1Char('0'));
    h += QStringLiteral("<p>%1：</p>").arg(esc(e.name));
    h += QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;你单位于%1报送的企业职业技能等级认定试点备案申请材料（申报批次：%2）已收悉，")
             .arg(chineseDate(f.received), esc(f.batchName));
    if (accepted)
        h += QStringLiteral("经审核，于%1予以受理。我中心将组织专家进行现场评估，请做好准备。").arg(chineseDate(accepted->date));
    else
        h += QStringLiteral("现正在审核中。");
    if (f.late)
        h += QStringLiteral("（本申请晚于批次截止日期 %1 提交。）").arg(chineseDate(f.batchDeadline));
    h += QStringLiteral("</p>");
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr>") + head(QStringLiteral("序号"), QStringLiteral("width=\"8%\"")) +
         head(QStringLiteral("材料"), QStringLiteral("width=\"62%\"")) + head(QStringLiteral("类别"), QStringLiteral("width=\"12%\"")) +
         head(QStringLiteral("收到情况"), QStringLiteral("width=\"18%\"")) + QStringLiteral("</tr>");
    int n = 0;
    for (const ChecklistItem& c : f.checklist) {
        QString state = itemStateLabel(c.state);
        if (!c.note.isEmpty())
            state += QStringLiteral("（%1）").arg(c.note);
        h += QStringLiteral("<tr>") + cell(QString::number(++n), QStringLiteral("align=\"center\"")) + cell(c.label) +
             cell(c.group, QStringLiteral("align=\"center\"")) + cell(state) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (!f.checklistOverrideReason.isEmpty())
        h += QStringLiteral("<p>说明：部分材料未齐，经审核员同意先行受理：%1。请尽快补齐。</p>").arg(esc(f.checklistOverrideReason));
    h += QStringLiteral("<p class=\"note\">联系地址：天津市南开区迎水道47号&nbsp;&nbsp;联系电话：83635027</p>");
    h += signature(accepted ? accepted->date : issued);
    doc.html = wrap(h);
    return doc;
}

PrintableDocument correctionNotice(const Filing& f, const Enterprise& e)
{
    PrintableDocument doc;
    doc.title = QStringLiteral("补正通知 - %1").arg(e.name);
    doc.footer = QStringLiteral("备案申请编号 %1").arg(f.id);
    const HistoryEntry* ret = lastOf(f, QStringLiteral("return"));
    if (!ret)
        return doc;
    QString h = QStringLiteral("<h1>企业职业技能等级认定试点备案申请补正通知</h1>");
    h += QStringLiteral("<p>编号：津鉴补〔%1〕%2号</p>").arg(ret->date.year()).arg(f.id, 4, 10, QLatin1Char('0'));
    h += QStringLiteral("<p>%1：</p>").arg(esc(e.name));
    h += QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;你单位于%1报送的企业职业技能等级认定试点备案申请材料，经审核，"
                        "尚需补正以下内容。请补正后重新报送，材料齐全后予以受理。</p>")
             .arg(chineseDate(f.received));
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr>") + head(QStringLiteral("序号"), QStringLiteral("width=\"8%\"")) +
         head(QStringLiteral("需补正的内容"), QStringLiteral("width=\"92%\"")) + QStringLiteral("</tr>");
    int n = 0;
    for (const QString& defect : ret->defects)
        h += QStringLiteral("<tr>") + cell(QString::number(++n), QStringLiteral("align=\"center\"")) + cell(defect) + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"note\">联系地址：天津市南开区迎水道47号&nbsp;&nbsp;联系电话：83635027</p>");
    h += signature(ret->date);
    doc.html = wrap(h);
    return doc;
}

PrintableDocument catalogueDocument(const CatalogueVersion& c)
{
    PrintableDocument doc;
    doc.orientation = QPageLayout::Landscape;
    doc.title = QStringLiteral("全市开展职业技能等级认定试点企业目录（第%1版）").arg(c.version);
    doc.footer = QStringLiteral("第%1版，自%2起施行").arg(c.version).arg(chineseDate(c.effectiveDate));
    QString h = QStringLiteral("<h1>全市开展职业技能等级认定试点企业目录</h1>");
    h += QStringLiteral("<p align=\"center\">（第%1版&nbsp;&nbsp;%2起施行）</p>").arg(c.version).arg(chineseDate(c.effectiveDate));
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr>") +
         head(QStringLiteral("序号"), QStringLiteral("width=\"5%\"")) + head(QStringLiteral("企业名称"), QStringLiteral("width=\"25%\"")) +
         head(QStringLiteral("统一社会信用代码"), QStringLiteral("width=\"21%\"")) +
         head(QStringLiteral("评价机构序列码"), QStringLiteral("width=\"11%\"")) +
         head(QStringLiteral("认定职业（工种）及等级"), QStringLiteral("width=\"38%\"")) + QStringLiteral("</tr>");
    int n = 0;
    for (const CatalogueEntry& e : c.entries)
        h += QStringLiteral("<tr>") + cell(QString::number(++n), QStringLiteral("align=\"center\"")) + cell(e.name) +
             cell(e.uscc, QStringLiteral("style=\"white-space: nowrap;\"")) + cell(e.orgSerial, QStringLiteral("align=\"center\"")) +
             cell(e.occupations.join(QLatin1Char('\n'))) + QStringLiteral("</tr>");
    if (c.entries.isEmpty())
        h += QStringLiteral("<tr><td colspan=\"5\" align=\"center\">本版目录暂无企业。</td></tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"note\">本目录实行动态调整。本版调整事项：%1</p>").arg(esc(c.reason));
    h += QStringLiteral("<p align=\"right\">天津市人力资源和社会保障局</p>");
    doc.html = wrap(h);
    return doc;
}

} // namespace jd
