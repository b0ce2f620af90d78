#pragma once
// Filing: one enterprise's application in one batch and its whole life afterwards
// (DESIGN §2), with its checklist of materials and the history of every transition.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jd {

enum class FilingStatus {
    Draft,
    Submitted,
    Returned,
    Rejected,
    MaterialsAccepted,
    SiteVisit,
    Scored,
    Recommended,
    NotRecommended,
    Approved,
    Refused,
    ReportedToMinistry,
    Filed,
    MinistryRejected,
    Published,
    Formal,
    Suspended,
    Terminated,
};

enum class FilingAction {
    Submit,
    Accept,
    Return,
    Reject,
    Resubmit,
    Schedule,
    Score,
    Recommend,
    NotRecommend,
    Approve,
    Refuse,
    Report,
    MinistryAccept,
    MinistryReject,
    Publish,
    PhasePass,
    Terminate,
    Suspend,
    Reinstate,
};

QString statusKey(FilingStatus s);
QString statusLabel(FilingStatus s);
bool statusFromKey(const QString& key, FilingStatus* out);
QList<FilingStatus> allStatuses();
QString actionKey(FilingAction a);
QString actionLabel(FilingAction a);
bool actionFromKey(const QString& key, FilingAction* out);
QList<FilingAction> allActions();

struct Batch
{
    qint64 id = 0;
    QString name;
    QDate deadline;
    QDateTime createdAt;
};

enum class ItemState { Received, Missing, Defective };
QString itemStateKey(ItemState s);
QString itemStateLabel(ItemState s);
bool itemStateFromKey(const QString& key, ItemState* out);

struct ChecklistItem
{
    QString item;  // key, e.g. "a2_licence"
    QString label; // 营业执照复印件
    QString group; // 附件2 / 附件3
    bool mandatory = true;
    ItemState state = ItemState::Missing;
    QString note;
    qint64 documentId = 0; // an attached scan, when there is one
};

struct HistoryEntry
{
    qint64 id = 0;
    QString action;
    QString from;
    QString to;
    QString actor;
    QDateTime at;
    QDate date; // the date the decision took effect
    QString note;
    QString docNumber;
    QStringList defects; // for a return: what the enterprise must correct
};

struct Filing
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    qint64 batchId = 0;
    QString batchName;
    QDate batchDeadline;
    FilingStatus status = FilingStatus::Submitted;
    QDate received;
    bool late = false;
    QString checklistOverrideReason;
    QString approvalDoc;
    QDate ministrySent;
    QString ministryDoc;
    QDate ministryDate;
    QDate lastDate; // effective date of the latest step
    int rowVersion = 0;
    QList<HistoryEntry> history;
    QList<ChecklistItem> checklist;
};

struct FilingSummary
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    qint64 batchId = 0;
    QString batchName;
    FilingStatus status = FilingStatus::Submitted;
    QDate received;
    bool late = false;
    QDate lastDate;
};

} // namespace jd
