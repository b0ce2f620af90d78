#include "core/documents/ApplicationForm.h"

#include "core/validation/Validators.h"

namespace jd {

using html::cell;
using html::esc;
using html::head;

namespace {

QString section(const QString& text)
{
    return QStringLiteral("<tr><td class=\"section\" colspan=\"7\">%1</td></tr>").arg(esc(text));
}

QString row(const QStringList& cells) { return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>"); }

QString span(int n) { return QStringLiteral("colspan=\"%1\"").arg(n); }

QString levelsText(const QList<int>& levels)
{
    QStringList parts;
    for (int l : levels)
        parts << validation::levelLabel(l);
    return parts.join(QStringLiteral("、"));
}

// At least `minimum` numbered rows, blank ones as on the paper form.
template <typename T, typename F>
QString numberedRows(const QList<T>& items, int minimum, F cellsFor, const QList<int>& spans)
{
    QString out;
    const int n = std::max(minimum, static_cast<int>(items.size()));
    for (int i = 0; i < n; ++i) {
        QStringList values = i < items.size() ? cellsFor(items.at(i)) : QStringList();
        QStringList cells{cell(QString::number(i + 1), QStringLiteral("align=\"center\""))};
        for (qsizetype c = 0; c < spans.size(); ++c)
            cells << cell(values.value(c), span(spans.at(c)));
        out += row(cells);
    }
    return out;
}

QString peopleBlock(const QString& title, const QStringList& headers, const QList<Person>& people, bool withEmployer)
{
    QString out = section(title);
    static const int widths[] = {6, 13, 21, 20, 14, 10, 16};
    QStringList h{head(QStringLiteral("序号"), QStringLiteral("width=\"%1%\"").arg(widths[0]))};
    const QList<int> spans = withEmployer ? QList<int>{1, 1, 1, 1, 1, 1} : QList<int>{1, 1, 2, 1, 1};
    for (qsizetype i = 0; i < headers.size(); ++i)
        h << head(headers.at(i), span(spans.at(i)) +
                                     (withEmployer ? QStringLiteral(" width=\"%1%\"").arg(widths[i + 1]) : QString()));
    out += row(h);
    out += numberedRows(
        people, 3,
        [&](const Person& p) {
            QStringList v{p.name, p.idNumber};
            if (withEmployer)
                v << p.employer;
            v << p.title << p.education << p.field;
            return v;
        },
        spans);
    return out;
}

} // namespace

PrintableDocument applicationForm(const Enterprise& e)
{
    PrintableDocument doc;
    doc.title = QStringLiteral("职业技能等级认定机构备案申请表 - %1").arg(e.name);
    doc.footer = QStringLiteral("%1（统一社会信用代码 %2）").arg(e.name, e.uscc);
    QString h;
    h += QStringLiteral("<p>附件1</p><h1>职业技能等级认定机构备案申请表</h1>");
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">");
    // Seven ruled columns; each section spans them its own way, as on the paper form.
    // The widths are set on the seven-cell header rows of section 五.
    h += section(QStringLiteral("一、申请单位基本信息"));
    h += row({head(QStringLiteral("名称"), span(2)), cell(e.name, span(5))});
    h += row({head(QStringLiteral("地址"), span(2)), cell(e.address, span(5))});
    h += row({head(QStringLiteral("注册登记机构"), span(2)), cell(e.registrationAuthority, span(5))});
    QString uscc = e.uscc;
    if (e.usccOverride)
        uscc += QStringLiteral("（未通过校验，经核实保留：%1）").arg(e.usccOverrideReason);
    h += row({head(QStringLiteral("统一社会信用代码"), span(2)), cell(uscc, span(5))});
    QString kind = enterpriseKindLabel(e.kind);
    if (e.kind == EnterpriseKind::CentralSoeBranch)
        kind += QStringLiteral("（人社部备案：%1）").arg(e.ministryFilingRef);
    h += row({head(QStringLiteral("单位类型"), span(2)), cell(kind, span(5))});
    h += row({head(QStringLiteral("联系人"), span(2)), cell(e.contact, span(2)), head(QStringLiteral("职务")),
              cell(e.contactTitle, span(2))});
    h += row({head(QStringLiteral("座机"), span(2)), cell(e.landline, span(2)), head(QStringLiteral("手机")),
              cell(e.mobile, span(2))});
    h += row({head(QStringLiteral("电子邮箱"), span(2)), cell(e.email, span(5))});
    h += row({head(QStringLiteral("规章制度文件（另附）"), span(2)), cell(e.rulesNote, span(5))});

    h += section(QStringLiteral("二、申请开展评价的职业（工种）"));
    h += row({head(QStringLiteral("序号")), head(QStringLiteral("职业（工种）名称"), span(2)),
              head(QStringLiteral("职业编码")), head(QStringLiteral("认定依据"), span(3))});
    h += numberedRows(
        e.occupations, 5,
        [](const OccupationApplied& o) {
            QString name = o.name;
            if (!o.trade.isEmpty())
                name += QStringLiteral("（%1）").arg(o.trade);
            if (!o.levels.isEmpty())
                name += QStringLiteral("\n申报等级：%1").arg(levelsText(o.levels));
            return QStringList{name, o.code, o.basis};
        },
        {2, 1, 3});

    h += section(QStringLiteral("三、具备的组织优势、专业优势等"));
    h += row({cell(e.advantages, span(7) + QStringLiteral(" height=\"80\""))});

    h += section(QStringLiteral("四、场地设备等情况（权属证明材料另附）"));
    h += row({head(QStringLiteral("（一）场地情况"), span(7) + QStringLiteral(" align=\"left\""))});
    h += row({cell(e.venue, span(7) + QStringLiteral(" height=\"50\""))});
    h += row({head(QStringLiteral("（二）设施设备情况（权属证明材料另附）"), span(7) + QStringLiteral(" align=\"left\""))});
    h += row({head(QStringLiteral("序号")), head(QStringLiteral("名称"), span(2)), head(QStringLiteral("品牌")),
              head(QStringLiteral("规格/型号")), head(QStringLiteral("数量")), head(QStringLiteral("所有权归属"))});
    h += numberedRows(
        e.equipment, 4,
        [](const Equipment& q) {
            return QStringList{q.name, q.brand, q.model, QString::number(q.quantity), q.ownership};
        },
        {2, 1, 1, 1, 1});
    h += row({head(QStringLiteral("（三）计算机考务管理及视频监控设备配置情况"), span(7) + QStringLiteral(" align=\"left\""))});
    h += row({cell(e.itEquipment, span(7) + QStringLiteral(" height=\"50\""))});

    h += section(QStringLiteral("五、人员情况（技术技能水平证明复印件另附）"));
    h += peopleBlock(QStringLiteral("（一）专职工作人员情况"),
                     {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("职务/职称"),
                      QStringLiteral("学历"), QStringLiteral("主要工作职责")},
                     e.staff, false);
    h += peopleBlock(QStringLiteral("（二）专家情况"),
                     {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("所在单位"),
                      QStringLiteral("职务/职称/技能等级"), QStringLiteral("学历"), QStringLiteral("专业方向")},
                     e.experts, true);
    h += peopleBlock(QStringLiteral("（三）考评人员情况"),
                     {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("所在单位"),
                      QStringLiteral("职务/职称/技能等级"), QStringLiteral("学历"), QStringLiteral("考评职业领域")},
                     e.assessors, true);
    h += peopleBlock(QStringLiteral("（四）质量督导人员情况"),
                     {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("所在单位"),
                      QStringLiteral("职务/职称/技能等级"), QStringLiteral("学历"), QStringLiteral("督导职业领域")},
                     e.supervisors, true);
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"50%\"></td>"
                        "<td>申请单位（盖章）：<br/><br/>法定代表人（签字）：<br/><br/>"
                        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;月"
                        "&nbsp;&nbsp;&nbsp;&nbsp;日</td></tr></table>");
    doc.html = QStringLiteral("<html><body>") + h + QStringLiteral("</body></html>");
    return doc;
}

} // namespace jd
