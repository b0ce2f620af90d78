#include "core/review/ReviewTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::ReviewTemplate".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::ReviewTemplate)
};
} // namespace

bool ReviewTemplate::isGroup(const QString& id) const
{
    for (const Criterion& c : criteria)
        if (c.parentId == id)
            return true;
    return false;
}

QList<Criterion> ReviewTemplate::leaves() const
{
    QList<Criterion> out;
    for (const Criterion& c : criteria)
        if (!isGroup(c.id))
            out << c;
    return out;
}

QList<Criterion> ReviewTemplate::groups() const
{
    QList<Criterion> out;
    for (const Criterion& c : criteria)
        if (isGroup(c.id))
            out << c;
    return out;
}

const Criterion* ReviewTemplate::find(const QString& id) const
{
    for (const Criterion& c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

double ReviewTemplate::weightSum() const
{
    double sum = 0;
    for (const Criterion& c : leaves())
        sum += c.weight;
    return sum;
}

Status validateTemplate(const ReviewTemplate& t)
{
    QList<FieldError> errors;
    auto add = [&](int i, const QString& field, const QString& label, const QString& why, const QString& value = {}) {
        errors << FieldError{i < 0 ? field : QStringLiteral("criteria[%1].%2").arg(i).arg(field), label, why, 0, value};
    };
    if (t.name.trimmed().isEmpty())
        add(-1, QStringLiteral("name"), Tr::tr("标准名称"), Tr::tr("请填写评分标准的名称。"));
    if (!(t.passLine >= 0 && t.passLine <= 100))
        add(-1, QStringLiteral("pass_line"), Tr::tr("合格线"), Tr::tr("合格线应在 0 到 100 分之间。"),
            QString::number(t.passLine));
    if (t.criteria.isEmpty())
        add(-1, QStringLiteral("criteria"), Tr::tr("评分项"), Tr::tr("至少需要一个评分项。"));
    QSet<QString> seen;
    for (int i = 0; i < t.criteria.size(); ++i) {
        const Criterion& c = t.criteria.at(i);
        const QString label = Tr::tr("第 %1 项（%2）").arg(i + 1).arg(c.name.isEmpty() ? c.id : c.name);
        if (c.id.trimmed().isEmpty())
            add(i, QStringLiteral("id"), label, Tr::tr("编号不能为空。"));
        else if (seen.contains(c.id))
            add(i, QStringLiteral("id"), label, Tr::tr("编号“%1”重复，每个评分项的编号须唯一。").arg(c.id), c.id);
        if (c.name.trimmed().isEmpty())
            add(i, QStringLiteral("name"), label, Tr::tr("名称不能为空。"));
        if (!c.parentId.isEmpty() && !seen.contains(c.parentId))
            add(i, QStringLiteral("parent"), label,
                Tr::tr("上级“%1”不存在或排在本项之后；上级须列在其下属评分项之前。").arg(c.parentId), c.parentId);
        seen.insert(c.id);
        if (t.isGroup(c.id)) {
            if (c.maxPoints != 0 || c.weight != 0 || c.veto)
                add(i, QStringLiteral("max"), label, Tr::tr("分组本身不评分：请把分值、权重和否决项设在其下属评分项上。"));
            continue;
        }
        if (!(c.maxPoints > 0 && c.maxPoints <= 1000))
            add(i, QStringLiteral("max"), label, Tr::tr("分值应大于 0（不超过 1000）。"), QString::number(c.maxPoints));
        if (!(c.weight >= 0 && c.weight <= 100))
            add(i, QStringLiteral("weight"), label, Tr::tr("权重应在 0 到 100 之间。"), QString::number(c.weight));
        if (!(c.spreadThreshold >= 0))
            add(i, QStringLiteral("spread"), label, Tr::tr("分歧阈值不能为负数。"), QString::number(c.spreadThreshold));
    }
    const double sum = t.weightSum();
    if (!t.criteria.isEmpty() && std::abs(sum - 100.0) > 1e-6)
        add(-1, QStringLiteral("weights"), Tr::tr("权重合计"),
            Tr::tr("各评分项权重合计为 %1，应为 100。").arg(QString::number(sum, 'g', 10)), QString::number(sum, 'g', 10));
    if (errors.isEmpty())
        return {};
    QStringList lines;
    for (const FieldError& e : errors)
        lines << Tr::tr("%1：%2").arg(e.label, e.message);
    return Error::invalid(Tr::tr("评分标准有 %1 处需要修改：\n  %2").arg(errors.size()).arg(lines.join(QStringLiteral("\n  "))),
                          errors);
}

ReviewTemplate defaultReviewTemplate()
{
    ReviewTemplate t;
    t.version = 1;
    t.name = QStringLiteral("企业职业技能等级认定试点备案现场评估评分标准");
    t.passLine = 70;
    t.note = QStringLiteral("依据津人社办发〔2019〕82号 五、试点企业选取条件 和 附件3 评审材料要求。");
    auto group = [&](const char* id, const char* name) {
        t.criteria << Criterion{QString::fromUtf8(id), {}, QString::fromUtf8(name), {}, 0, 0, false, 0};
    };
    auto item = [&](const char* id, const char* parent, const char* name, const char* guidance, double weight) {
        t.criteria << Criterion{QString::fromUtf8(id), QString::fromUtf8(parent), QString::fromUtf8(name),
                                QString::fromUtf8(guidance), 10, weight, false, 3};
    };
    auto veto = [&](const char* id, const char* parent, const char* name, const char* guidance) {
        t.criteria << Criterion{QString::fromUtf8(id), QString::fromUtf8(parent), QString::fromUtf8(name),
                                QString::fromUtf8(guidance), 1, 0, true, 0};
    };
    group("c1", "一、依法设立、管理规范、信用良好（五（一））");
    veto("c1.1", "c1", "依法设立，无严重违法失信记录", "否决项：符合记 1 分，不符合记 0 分。查营业执照、信用中国记录。");
    item("c1.2", "c1", "具有一定规模，已建立技能人才培养、评价、使用、激励机制", "查职工人数、技能人才队伍和相关制度文件。", 8);
    item("c1.3", "c1", "人力资源管理制度完备", "查人力资源管理制度汇编及执行记录。", 4);
    group("c2", "二、评价职业（工种）（五（二））");
    veto("c2.1", "c2", "申报职业为技能类职业且不在国家职业资格目录内", "否决项：符合记 1 分，不符合记 0 分。");
    item("c2.2", "c2", "从业人员较多、技能含量较高", "查各申报职业的在岗人数和技能等级结构。", 6);
    item("c2.3", "c2", "与本单位主营业务直接相关，在业内有广泛影响力", "查主营业务说明、行业地位证明。", 6);
    group("c3", "三、经费保障（五（三））");
    item("c3.1", "c3", "按规定提取职工教育经费或其他经费，为评价工作提供稳定保障", "查经费提取和使用凭证、预算安排。", 8);
    veto("c3.2", "c3", "职业技能等级评价活动不以营利为目的", "否决项：符合记 1 分，不符合记 0 分。查收费情况。");
    group("c4", "四、机构与人员队伍（五（四））");
    item("c4.1", "c4", "管理运行制度完善，有专门负责职工培训考核的内设机构", "查机构设置文件、职责分工。", 8);
    item("c4.2", "c4", "专职工作人员与评价工作相适应", "查专职工作人员名单、劳动合同和工作经历。", 6);
    item("c4.3", "c4", "专家、考评人员和质量督导人员队伍稳定", "查人员名录、资格证明及培训记录。", 8);
    group("c5", "五、场地与设施设备（五（五））");
    item("c5.1", "c5", "考核场地、设施设备、仪器仪表与评价职业相适应", "现场查看场地和设备，核对资产证明。", 10);
    item("c5.2", "c5", "视频监控设备配置齐全、运行正常", "现场查看监控设备及录像保存。", 4);
    group("c6", "六、待遇落实（五（六））");
    item("c6.1", "c6", "已建立制度，对取得证书的人员落实相应待遇", "查薪酬、岗位使用等制度文件。", 6);
    group("c7", "七、评审材料（附件3）");
    item("c7.1", "c7", "国家职业技能标准或评价规范", "各认定职业的标准或规范是否齐全、适用。", 6);
    item("c7.2", "c7", "培训教程及试题样本", "各认定职业的培训教程和试题样本是否齐全、质量合格。", 5);
    item("c7.3", "c7", "考评员、督导员等专业人员名录及技术技能水平证明", "名录与证明是否一致、有效。", 4);
    item("c7.4", "c7", "职业技能等级认定相关规章制度汇编", "制度是否覆盖考务、质量、档案、问题回溯。", 3);
    item("c7.5", "c7", "信息化管理方案", "考务和证书信息化管理方案是否可行。", 3);
    item("c7.6", "c7", "场地设施设备等资产有效证明文件", "证明文件是否有效、与现场一致。", 2);
    item("c7.7", "c7", "证书样式样本及打印系统说明材料", "证书样式是否符合规定，打印系统是否可靠。", 3);
    return t;
}

QJsonObject templateToJson(const ReviewTemplate& t)
{
    QJsonArray criteria;
    for (const Criterion& c : t.criteria) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("guidance"), c.guidance},
                      {QStringLiteral("group"), t.isGroup(c.id)}};
        if (!c.parentId.isEmpty())
            o.insert(QStringLiteral("parent"), c.parentId);
        if (!t.isGroup(c.id)) {
            o.insert(QStringLiteral("max"), c.maxPoints);
            o.insert(QStringLiteral("weight"), c.weight);
            o.insert(QStringLiteral("veto"), c.veto);
            o.insert(QStringLiteral("spread"), c.spreadThreshold);
        }
        criteria.append(o);
    }
    return {{QStringLiteral("version"), t.version},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("pass_line"), t.passLine},
            {QStringLiteral("note"), t.note},
            {QStringLiteral("criteria"), criteria}};
}

Result<ReviewTemplate> templateFromJson(const QJsonObject& o)
{
    ReviewTemplate t;
    t.version = o.value(QStringLiteral("version")).toInt();
    t.name = o.value(QStringLiteral("name")).toString().trimmed();
    t.passLine = o.value(QStringLiteral("pass_line")).toDouble(70);
    t.note = o.value(QStringLiteral("note")).toString();
    const QJsonValue list = o.value(QStringLiteral("criteria"));
    if (!list.isArray())
        return Error::invalid(Tr::tr("评分标准文件缺少“criteria”数组。"),
                              {FieldError{QStringLiteral("criteria"), Tr::tr("评分项"), Tr::tr("应为数组。"), 0, {}}});
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject c = v.toObject();
        t.criteria << Criterion{c.value(QStringLiteral("id")).toString().trimmed(),
                                c.value(QStringLiteral("parent")).toString().trimmed(),
                                c.value(QStringLiteral("name")).toString().trimmed(),
                                c.value(QStringLiteral("guidance")).toString().trimmed(),
                                c.value(QStringLiteral("max")).toDouble(),
                                c.value(QStringLiteral("weight")).toDouble(),
                                c.value(QStringLiteral("veto")).toBool(),
                                c.value(QStringLiteral("spread")).toDouble()};
    }
    return t;
}

} // namespace jd
