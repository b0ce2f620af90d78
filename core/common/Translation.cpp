#include "core/common/Translation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace jd::translation {

namespace {

// The core's labels, for lupdate: each kind is its own disambiguation, since the same
// Chinese may name a status and an action (退回补正: "Returned" and "Return").
[[maybe_unused]] const struct
{
    const char* source;
    const char* comment;
} kLabels[] = {
    // filing status
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "草稿", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "已提交", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "退回补正", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "不予受理", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "材料已受理", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "现场评估", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "已评分", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "列入建议名单", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "未列入建议名单", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "已审定", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "审定未通过", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "已报人社部复核", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "已复核备案", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "人社部复核未通过", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "已公布（试点）", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "正式开展", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "暂停", "filing status"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "终止备案", "filing status"),
    // filing action
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "提交", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "受理", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "退回补正", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "不予受理", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "补正后重新提交", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "安排现场评估", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "完成评分", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "列入建议名单", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "不列入建议名单", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "审定通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "审定不通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "报人社部复核", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "人社部复核通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "人社部复核未通过", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "公布（列入目录）", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "阶段评估合格", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "终止备案", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "暂停", "filing action"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "恢复", "filing action"),
    // checklist item state
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "已收到", "checklist item state"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "缺少", "checklist item state"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "有缺陷", "checklist item state"),
    // user role
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "录入员", "user role"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "评审专家", "user role"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "审核员", "user role"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "管理员", "user role"),
    // skill level
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "一级/高级技师", "skill level"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "二级/技师", "skill level"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "三级/高级工", "skill level"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "四级/中级工", "skill level"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "五级/初级工", "skill level"),
    // ID document type
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "居民身份证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "护照", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "港澳居民居住证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "台湾居民居住证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "港澳居民来往内地通行证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "台湾居民来往大陆通行证", "ID document type"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "外国人永久居留身份证", "ID document type"),
    // enterprise type
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "天津注册企业", "enterprise type"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "中央企业驻津分支机构", "enterprise type"),
    // spot check outcome
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "待检查", "spot check outcome"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "规范", "spot check outcome"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "限期整改", "spot check outcome"),
    QT_TRANSLATE_NOOP3("jd::CoreLabels", "严重问题", "spot check outcome"),
};


} // namespace

QString label(const QString& chinese, const char* kind)
{
    return QCoreApplication::translate("jd::CoreLabels", chinese.toUtf8().constData(), kind);
}

bool installCore(const QString& code)
{
    // Installed once per process and kept for its lifetime.
    static QTranslator core;
    QCoreApplication::removeTranslator(&core);
    if (code != QStringLiteral("en"))
        return true;
    if (!core.load(QStringLiteral(":/i18n/jianding_core_en.qm")))
        return false;
    QCoreApplication::installTranslator(&core);
    return true;
}

} // namespace jd::translation
