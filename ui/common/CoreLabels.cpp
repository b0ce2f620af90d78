#include "ui/common/CoreLabels.h"

#include "core/supervision/SpotCheckService.h"

#include <QCoreApplication>

namespace jd::ui {

namespace {

// The core's labels, for lupdate: each kind is its own disambiguation, since the same
// Chinese may name a status and an action (退回补正: "Returned" and "Return").
[[maybe_unused]] const struct
{
    const char* source;
    const char* comment;
} kLabels[] = {
    // filing status
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "草稿", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "已提交", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "退回补正", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "不予受理", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "材料已受理", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "现场评估", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "已评分", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "列入建议名单", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "未列入建议名单", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "已审定", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "审定未通过", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "已报人社部复核", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "已复核备案", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "人社部复核未通过", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "已公布（试点）", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "正式开展", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "暂停", "filing status"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "终止备案", "filing status"),
    // filing action
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "提交", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "受理", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "退回补正", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "不予受理", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "补正后重新提交", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "安排现场评估", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "完成评分", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "列入建议名单", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "不列入建议名单", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "审定通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "审定不通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "报人社部复核", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "人社部复核通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "人社部复核未通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "公布（列入目录）", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "阶段评估合格", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "终止备案", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "暂停", "filing action"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "恢复", "filing action"),
    // checklist item state
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "已收到", "checklist item state"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "缺少", "checklist item state"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "有缺陷", "checklist item state"),
    // user role
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "录入员", "user role"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "评审专家", "user role"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "审核员", "user role"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "管理员", "user role"),
    // skill level
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "一级/高级技师", "skill level"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "二级/技师", "skill level"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "三级/高级工", "skill level"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "四级/中级工", "skill level"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "五级/初级工", "skill level"),
    // ID document type
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "居民身份证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "护照", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "港澳居民居住证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "台湾居民居住证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "港澳居民来往内地通行证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "台湾居民来往大陆通行证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "外国人永久居留身份证", "ID document type"),
    // enterprise type
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "天津注册企业", "enterprise type"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "中央企业驻津分支机构", "enterprise type"),
    // spot check outcome
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "待检查", "spot check outcome"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "规范", "spot check outcome"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "限期整改", "spot check outcome"),
    QT_TRANSLATE_NOOP3("jd::ui::CoreLabels", "严重问题", "spot check outcome"),
};

QString translated(const QString& label, const char* kind)
{
    return QCoreApplication::translate("jd::ui::CoreLabels", label.toUtf8().constData(), kind);
}

} // namespace

QString statusText(FilingStatus s)
{
    return translated(statusLabel(s), "filing status");
}

QString actionText(FilingAction a)
{
    return translated(actionLabel(a), "filing action");
}

QString itemStateText(ItemState s)
{
    return translated(itemStateLabel(s), "checklist item state");
}

QString roleText(Role r)
{
    return translated(roleLabel(r), "user role");
}

QString levelText(int level)
{
    return translated(validation::levelLabel(level), "skill level");
}

QString idTypeText(validation::IdType t)
{
    return translated(validation::idTypeLabel(t), "ID document type");
}

QString enterpriseKindText(EnterpriseKind k)
{
    return translated(enterpriseKindLabel(k), "enterprise type");
}

QString spotOutcomeText(const QString& key)
{
    return translated(spotOutcomeLabel(key), "spot check outcome");
}

} // namespace jd::ui
