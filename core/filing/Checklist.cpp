#include "core/filing/Checklist.h"

namespace jd::checklist {

const QList<ItemDef>& items()
{
    static const QList<ItemDef> all = {
        {"a2_form", "附件2", "《职业技能等级评价机构备案表》", true},
        {"a2_licence", "附件2", "企业营业执照复印件", true},
        {"a2_plan_basic", "附件2", "实施方案：申请试点企业基本情况", true},
        {"a2_plan_organisation", "附件2", "实施方案：试点工作机构情况（领导小组或工作组）", true},
        {"a2_plan_scope", "附件2", "实施方案：工作范围（认定人员范围与认定职业范围）", true},
        {"a2_plan_content", "附件2", "实施方案：主要工作内容", true},
        {"a2_plan_quality", "附件2", "实施方案：质量管控措施", true},
        {"a2_plan_schedule", "附件2", "实施方案：时间安排", true},
        {"a2_plan_suggestions", "附件2", "实施方案：相关建议", false},
        {"a2_quality_measures", "附件2", "质量管控相关工作措施", true},
        {"a3_standards", "附件3", "职业技能等级认定职业（工种）的国家职业技能标准或评价规范", true},
        {"a3_training", "附件3", "各认定职业的培训教程及试题样本", true},
        {"a3_assessors", "附件3", "考评员、督导员等专业人员名录及技术技能水平证明", true},
        {"a3_rules", "附件3", "职业技能等级认定相关工作的规章制度汇编", true},
        {"a3_it", "附件3", "信息化管理方案", true},
        {"a3_assets", "附件3", "场地设施设备等资产有效证明文件", true},
        {"a3_certificate", "附件3", "证书样式样本及打印系统说明材料", true},
    };
    return all;
}

const ItemDef* find(const QString& key)
{
    for (const ItemDef& d : items())
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

} // namespace jd::checklist
