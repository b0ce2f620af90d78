#include "core/documents/LedgerDocument.h"

#include "core/validation/Validators.h"

namespace jd {

using html::cell;
using html::esc;
using html::head;

namespace {

QString table(const QStringList& headers, const QList<int>& widths, const QList<QStringList>& rows, const QString& empty)
{
    QString h = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        h += head(headers.at(i), QStringLiteral("width=\"%1%\"").arg(widths.value(i)));
    h += QStringLiteral("</tr>");
    for (const QStringList& r : rows) {
        h += QStringLiteral("<tr>");
        for (const QString& c : r)
            h += cell(c);
        h += QStringLiteral("</tr>");
    }
    if (rows.isEmpty())
        h += QStringLiteral("<tr><td colspan=\"%1\" align=\"center\">%2</td></tr>").arg(headers.size()).arg(esc(empty));
    return h + QStringLiteral("</table>");
}

QString d(const QDate& date) { return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("--"); }

} // namespace

PrintableDocument ledgerDocument(const Ledger& l, const QDate& printed)
{
    PrintableDocument doc;
    doc.orientation = QPageLayout::Landscape;
    doc.title = QStringLiteral("工作台账 - %1").arg(l.enterpriseName);
    doc.footer = QStringLiteral("%1 工作台账（评价机构序列码 %2），打印于 %3").arg(l.enterpriseName, l.orgSerial.isEmpty() ? QStringLiteral("--") : l.orgSerial, d(printed));
    QString h = QStringLiteral("<h1>职业技能等级认定工作台账</h1><p align=\"center\">%1&nbsp;&nbsp;评价机构序列码：%2</p>")
                    .arg(esc(l.enterpriseName), l.orgSerial.isEmpty() ? QStringLiteral("--") : l.orgSerial);
    h += QStringLiteral("<h2>一、认定实施计划</h2>");
    QList<QStringList> plans;
    for (const CertificationPlan& p : l.plans) {
        QStringList occ;
        for (const PlanOccupation& o : p.occupations) {
            QStringList levels;
            for (int x : o.levels)
                levels << validation::levelLabel(x).section(QLatin1Char('/'), 0, 0);
            occ << QStringLiteral("%1（%2）").arg(o.name, levels.join(QStringLiteral("、")));
        }
        plans << QStringList{QString::number(p.id), occ.join(QStringLiteral("；")), QStringLiteral("%1 至 %2").arg(d(p.start), d(p.end)),
                             QString::number(p.candidates), d(p.submitted), p.late ? QStringLiteral("逾期") : QStringLiteral("按时")};
    }
    h += table({QStringLiteral("编号"), QStringLiteral("职业及等级"), QStringLiteral("认定时间"), QStringLiteral("预计人数"),
                QStringLiteral("报送日期"), QStringLiteral("报送")},
               {6, 40, 22, 8, 12, 12}, plans, QStringLiteral("暂无认定计划"));
    h += QStringLiteral("<h2>二、抽查监督</h2>");
    QList<QStringList> checks;
    for (const SpotCheck& c : l.checks)
        checks << QStringList{QString::number(c.planId), d(c.visitDate), c.inspectors, c.findings, c.rectification, spotOutcomeLabel(c.outcome)};
    h += table({QStringLiteral("计划"), QStringLiteral("检查日期"), QStringLiteral("检查人员"), QStringLiteral("检查发现"),
                QStringLiteral("整改要求"), QStringLiteral("结论")},
               {6, 12, 14, 30, 26, 12}, checks, QStringLiteral("暂无抽查记录"));
    h += QStringLiteral("<h2>三、认定结果备案</h2>");
    QList<QStringList> results;
    for (const ResultFiling& r : l.results)
        results << QStringList{QString::number(r.id), QString::number(r.planId), d(r.submitted), d(r.due), r.late ? QStringLiteral("逾期") : QStringLiteral("按时"),
                               QStringLiteral("%1 / %2").arg(r.passed).arg(r.rows),
                               r.status == QStringLiteral("confirmed") ? QStringLiteral("已确认（%1）").arg(d(r.confirmedOn)) : QStringLiteral("待确认")};
    h += table({QStringLiteral("编号"), QStringLiteral("计划"), QStringLiteral("报送日期"), QStringLiteral("应报日期"), QStringLiteral("报送"),
                QStringLiteral("合格 / 参评"), QStringLiteral("确认")},
               {8, 8, 14, 14, 10, 16, 30}, results, QStringLiteral("暂无结果备案"));
    h += QStringLiteral("<h2>四、证书核发</h2>");
    QList<QStringList> certs;
    int total = 0;
    for (auto it = l.certificatesByLevel.cbegin(); it != l.certificatesByLevel.cend(); ++it) {
        certs << QStringList{validation::levelLabel(it.key()), QString::number(it.value())};
        total += it.value();
    }
    if (!certs.isEmpty())
        certs << QStringList{QStringLiteral("合计（另有撤销 %1 本）").arg(l.revoked), QString::number(total)};
    h += table({QStringLiteral("等级"), QStringLiteral("有效证书")}, {60, 40}, certs, QStringLiteral("暂无证书"));
    h += QStringLiteral("<h2>五、逾期事项</h2>");
    if (l.lateItems.isEmpty())
        h += QStringLiteral("<p>无。</p>");
    else
        for (const QString& x : l.lateItems)
            h += QStringLiteral("<p>• %1</p>").arg(esc(x));
    doc.html = QStringLiteral("<html><body>") + h + QStringLiteral("</body></html>");
    return doc;
}

} // namespace jd
