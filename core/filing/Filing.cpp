#include "core/filing/Filing.h"

namespace jd {

namespace {

struct StatusInfo
{
    FilingStatus status;
    const char* key;
    const char* label;
};
const StatusInfo kStatuses[] = {
    {FilingStatus::Draft, "draft", "草稿"},
    {FilingStatus::Submitted, "submitted", "已提交"},
    {FilingStatus::Returned, "returned", "退回补正"},
    {FilingStatus::Rejected, "rejected", "不予受理"},
    {FilingStatus::MaterialsAccepted, "materials_accepted", "材料已受理"},
    {FilingStatus::SiteVisit, "site_visit", "现场评估"},
    {FilingStatus::Scored, "scored", "已评分"},
    {FilingStatus::Recommended, "recommended", "列入建议名单"},
    {FilingStatus::NotRecommended, "not_recommended", "未列入建议名单"},
    {FilingStatus::Approved, "approved", "已审定"},
    {FilingStatus::Refused, "refused", "审定未通过"},
    {FilingStatus::ReportedToMinistry, "reported_to_ministry", "已报人社部复核"},
    {FilingStatus::Filed, "filed", "已复核备案"},
    {FilingStatus::MinistryRejected, "ministry_rejected", "人社部复核未通过"},
    {FilingStatus::Published, "published", "已公布（试点）"},
    {FilingStatus::Formal, "formal", "正式开展"},
    {FilingStatus::Suspended, "suspended", "暂停"},
    {FilingStatus::Terminated, "terminated", "终止备案"},
};

struct ActionInfo
{
    FilingAction action;
    const char* key;
    const char* label;
};
const ActionInfo kActions[] = {
    {FilingAction::Submit, "submit", "提交"},
    {FilingAction::Accept, "accept", "受理"},
    {FilingAction::Return, "return", "退回补正"},
    {FilingAction::Reject, "reject", "不予受理"},
    {FilingAction::Resubmit, "resubmit", "补正后重新提交"},
    {FilingAction::Schedule, "schedule", "安排现场评估"},
    {FilingAction::Score, "score", "完成评分"},
    {FilingAction::Recommend, "recommend", "列入建议名单"},
    {FilingAction::NotRecommend, "not_recommend", "不列入建议名单"},
    {FilingAction::Approve, "approve", "审定通过"},
    {FilingAction::Refuse, "refuse", "审定不通过"},
    {FilingAction::Report, "report", "报人社部复核"},
    {FilingAction::MinistryAccept, "ministry_accept", "人社部复核通过"},
    {FilingAction::MinistryReject, "ministry_reject", "人社部复核未通过"},
    {FilingAction::Publish, "publish", "公布（列入目录）"},
    {FilingAction::PhasePass, "phase_pass", "阶段评估合格"},
    {FilingAction::Terminate, "terminate", "终止备案"},
    {FilingAction::Suspend, "suspend", "暂停"},
    {FilingAction::Reinstate, "reinstate", "恢复"},
};

} // namespace

QString statusKey(FilingStatus s)
{
    for (const auto& i : kStatuses)
        if (i.status == s)
            return QLatin1String(i.key);
    return {};
}

QString statusLabel(FilingStatus s)
{
    for (const auto& i : kStatuses)
        if (i.status == s)
            return QString::fromUtf8(i.label);
    return {};
}

bool statusFromKey(const QString& key, FilingStatus* out)
{
    for (const auto& i : kStatuses)
        if (key == QLatin1String(i.key) || key == QString::fromUtf8(i.label)) {
            *out = i.status;
            return true;
        }
    return false;
}

QList<FilingStatus> allStatuses()
{
    QList<FilingStatus> out;
    for (const auto& i : kStatuses)
        out << i.status;
    return out;
}

QString actionKey(FilingAction a)
{
    for (const auto& i : kActions)
        if (i.action == a)
            return QLatin1String(i.key);
    return {};
}

QString actionLabel(FilingAction a)
{
    for (const auto& i : kActions)
        if (i.action == a)
            return QString::fromUtf8(i.label);
    return {};
}

bool actionFromKey(const QString& key, FilingAction* out)
{
    for (const auto& i : kActions)
        if (key == QLatin1String(i.key)) {
            *out = i.action;
            return true;
        }
    return false;
}

QList<FilingAction> allActions()
{
    QList<FilingAction> out;
    for (const auto& i : kActions)
        out << i.action;
    return out;
}

QString itemStateKey(ItemState s)
{
    switch (s) {
    case ItemState::Received: return QStringLiteral("received");
    case ItemState::Missing: return QStringLiteral("missing");
    case ItemState::Defective: return QStringLiteral("defective");
    }
    return {};
}

QString itemStateLabel(ItemState s)
{
    switch (s) {
    case ItemState::Received: return QStringLiteral("已收到");
    case ItemState::Missing: return QStringLiteral("缺少");
    case ItemState::Defective: return QStringLiteral("有缺陷");
    }
    return {};
}

bool itemStateFromKey(const QString& key, ItemState* out)
{
    for (ItemState s : {ItemState::Received, ItemState::Missing, ItemState::Defective})
        if (key == itemStateKey(s) || key == itemStateLabel(s)) {
            *out = s;
            return true;
        }
    return false;
}

} // namespace jd
