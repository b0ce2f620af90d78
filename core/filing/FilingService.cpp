#include "core/filing/FilingService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Dates.h"
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/filing/Checklist.h"
#include "core/filing/FilingStateMachine.h"
#include "core/registry/EnterpriseService.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/review/ReviewService.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::FilingService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::FilingService)
};

using dates::d;
using dates::pd;
using dates::ts;

QJsonObject filingJson(const Filing& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("enterprise_id"), f.enterpriseId},
            {QStringLiteral("batch_id"), f.batchId},
            {QStringLiteral("status"), statusKey(f.status)},
            {QStringLiteral("received"), d(f.received)},
            {QStringLiteral("late"), f.late}};
}

QString possibleText(const QList<FilingAction>& actions)
{
    if (actions.isEmpty())
        return Tr::tr("当前状态下已没有可执行的操作。");
    QStringList parts;
    for (FilingAction a : actions)
        parts << Tr::tr("%1（%2）").arg(translation::label(actionLabel(a), "filing action"), actionKey(a));
    return Tr::tr("当前可执行的操作：%1。").arg(parts.join(Tr::tr("、")));
}

} // namespace

FilingService::FilingService(const Database& db, Session session, QObject* parent)
    : QObject(parent), m_db(db), m_session(std::move(session))
{
}

Result<Batch> FilingService::createBatch(const QString& name, const QDate& deadline)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    QList<FieldError> errors;
    if (name.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("name"), Tr::tr("批次名称"), Tr::tr("不能为空，如“2019年第一批”。"), 0, {}};
    if (!deadline.isValid())
        errors << FieldError{QStringLiteral("deadline"), Tr::tr("截止日期"), Tr::tr("应为 YYYY-MM-DD 格式的日期。"), 0, {}};
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("无法创建申报批次。"), errors);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto dup = m_db.exec(QStringLiteral("SELECT id FROM batches WHERE name = ?"), {name.trimmed()});
    if (!dup)
        return dup.error();
    if (dup.value().next())
        return Error::invalid(Tr::tr("无法创建申报批次。"),
                              {FieldError{QStringLiteral("name"), Tr::tr("批次名称"),
                                          Tr::tr("“%1”已存在。").arg(name.trimmed()), 0, name}});
    const QDateTime now = m_db.clock().now();
    auto ins = m_db.insert(QStringLiteral("INSERT INTO batches (name, deadline, created_at) VALUES (?,?,?)"),
                         {name.trimmed(), d(deadline), ts(now)});
    if (!ins)
        return ins.error();
    Batch b{ins.value(), name.trimmed(), deadline, now};
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("create"), QStringLiteral("batch"),
                                         QString::number(b.id), {},
                                         {{QStringLiteral("name"), b.name}, {QStringLiteral("deadline"), d(deadline)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<QList<Batch>> FilingService::batches() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, deadline, created_at FROM batches ORDER BY id"));
    if (!q)
        return q.error();
    QList<Batch> out;
    while (q.value().next())
        out << Batch{q.value().value(0).toLongLong(), q.value().value(1).toString(), pd(q.value().value(2)),
                     QDateTime::fromString(q.value().value(3).toString(), Qt::ISODateWithMs)};
    return out;
}

Result<Filing> FilingService::create(qint64 enterpriseId, qint64 batchId, QDate received, bool draft)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    const QDate today = m_db.clock().today();
    if (!received.isValid())
        received = today;
    if (received > today)
        return Error::invalid(Tr::tr("收件日期 %1 晚于今天，请填写实际收到纸质申请的日期。").arg(d(received)),
                              {FieldError{QStringLiteral("received"), Tr::tr("收件日期"),
                                          Tr::tr("不能晚于今天。"), 0, d(received)}});
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto ent = m_db.exec(QStringLiteral("SELECT name, active FROM enterprises WHERE id = ?"), {enterpriseId});
    if (!ent)
        return ent.error();
    if (!ent.value().next() || ent.value().value(1).toInt() == 0)
        return Error::notFound(Tr::tr("企业 %1 不存在或已删除。").arg(enterpriseId));
    auto batch = m_db.exec(QStringLiteral("SELECT deadline FROM batches WHERE id = ?"), {batchId});
    if (!batch)
        return batch.error();
    if (!batch.value().next())
        return Error::notFound(Tr::tr("申报批次 %1 不存在。请先用“batch create”建立批次。").arg(batchId));
    const QDate deadline = pd(batch.value().value(0));
    // One open filing per enterprise: a second application waits for the first to end.
    auto open = m_db.exec(QStringLiteral("SELECT id, status FROM filings WHERE enterprise_id = ? AND status NOT IN "
                                         "('rejected','not_recommended','refused','ministry_rejected','terminated')"),
                          {enterpriseId});
    if (!open)
        return open.error();
    if (open.value().next())
        return Error::notAllowed(Tr::tr("该企业已有备案申请（编号 %1，状态：%2），不能重复申请。")
                                     .arg(open.value().value(0).toLongLong())
                                     .arg(translation::label(statusLabel([&] {
                                                                 FilingStatus s = FilingStatus::Submitted;
                                                                 statusFromKey(open.value().value(1).toString(), &s);
                                                                 return s;
                                                             }()),
                                                             "filing status")));
    const QDateTime now = m_db.clock().now();
    const FilingStatus status = draft ? FilingStatus::Draft : FilingStatus::Submitted;
    const bool late = received > deadline;
    auto ins = m_db.insert(QStringLiteral("INSERT INTO filings (enterprise_id, batch_id, status, received, late, last_date, "
                                        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"),
                         {enterpriseId, batchId, statusKey(status), d(received), late ? 1 : 0, d(received), ts(now), ts(now)});
    if (!ins)
        return ins.error();
    const qint64 id = ins.value();
    for (const checklist::ItemDef& item : checklist::items()) {
        auto c = m_db.exec(QStringLiteral("INSERT INTO filing_checklist (filing_id, item) VALUES (?,?)"),
                           {id, QLatin1String(item.key)});
        if (!c)
            return c.error();
    }
    if (!draft) {
        auto h = m_db.exec(QStringLiteral("INSERT INTO filing_history (filing_id, action, from_status, to_status, actor, at, "
                                          "effective_date, note) VALUES (?,?,?,?,?,?,?,?)"),
                           {id, actionKey(FilingAction::Submit), statusKey(FilingStatus::Draft),
                            statusKey(FilingStatus::Submitted), m_session.user, ts(now), d(received),
                            late ? QStringLiteral("逾期提交（截止日期 %1）").arg(d(deadline)) : QString()});
        if (!h)
            return h.error();
    }
    auto f = load(id);
    if (!f)
        return f.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("create"), QStringLiteral("filing"),
                                         QString::number(id), {}, filingJson(*f));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(id);
    return f;
}

Result<Filing> FilingService::load(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral(
                           "SELECT f.id, f.enterprise_id, e.name, f.batch_id, b.name, b.deadline, f.status, f.received, "
                           "f.late, f.checklist_override_reason, f.approval_doc, f.ministry_sent, f.ministry_doc, "
                           "f.ministry_date, f.last_date, f.row_version FROM filings f "
                           "JOIN enterprises e ON e.id = f.enterprise_id JOIN batches b ON b.id = f.batch_id WHERE f.id = ?"),
                       {id});
    if (!q)
        return q.error();
    const QSqlQuery& r = q.value();
    if (!q.value().next())
        return Error::notFound(Tr::tr("备案申请 %1 不存在。").arg(id));
    Filing f;
    f.id = r.value(0).toLongLong();
    f.enterpriseId = r.value(1).toLongLong();
    f.enterpriseName = r.value(2).toString();
    f.batchId = r.value(3).toLongLong();
    f.batchName = r.value(4).toString();
    f.batchDeadline = pd(r.value(5));
    statusFromKey(r.value(6).toString(), &f.status);
    f.received = pd(r.value(7));
    f.late = r.value(8).toInt() != 0;
    f.checklistOverrideReason = r.value(9).toString();
    f.approvalDoc = r.value(10).toString();
    f.ministrySent = pd(r.value(11));
    f.ministryDoc = r.value(12).toString();
    f.ministryDate = pd(r.value(13));
    f.lastDate = pd(r.value(14));
    f.rowVersion = r.value(15).toInt();
    auto h = m_db.exec(QStringLiteral("SELECT id, action, from_status, to_status, actor, at, effective_date, note, "
                                      "doc_number, details FROM filing_history WHERE filing_id = ? ORDER BY id"),
                       {id});
    if (!h)
        return h.error();
    while (h.value().next()) {
        const QSqlQuery& x = h.value();
        HistoryEntry e{x.value(0).toLongLong(), x.value(1).toString(), x.value(2).toString(), x.value(3).toString(),
                       x.value(4).toString(), QDateTime::fromString(x.value(5).toString(), Qt::ISODateWithMs),
                       pd(x.value(6)), x.value(7).toString(), x.value(8).toString(), {}};
        const QJsonObject details = QJsonDocument::fromJson(x.value(9).toString().toUtf8()).object();
        for (const QJsonValue& v : details.value(QStringLiteral("defects")).toArray())
            e.defects << v.toString();
        f.history << e;
    }
    auto c = m_db.exec(QStringLiteral("SELECT item, state, note, document_id FROM filing_checklist WHERE filing_id = ?"), {id});
    if (!c)
        return c.error();
    QHash<QString, ChecklistItem> stored;
    while (c.value().next()) {
        ChecklistItem i;
        i.item = c.value().value(0).toString();
        itemStateFromKey(c.value().value(1).toString(), &i.state);
        i.note = c.value().value(2).toString();
        i.documentId = c.value().value(3).toLongLong();
        stored.insert(i.item, i);
    }
    for (const checklist::ItemDef& def : checklist::items()) {
        ChecklistItem i = stored.value(QLatin1String(def.key));
        i.item = QLatin1String(def.key);
        i.label = QString::fromUtf8(def.label);
        i.group = QString::fromUtf8(def.group);
        i.mandatory = def.mandatory;
        f.checklist << i;
    }
    return f;
}

Result<Filing> FilingService::get(qint64 id) const
{
    return load(id);
}

Result<QList<FilingSummary>> FilingService::list(const FilingFilter& filter) const
{
    QString sql = QStringLiteral("SELECT f.id, f.enterprise_id, e.name, f.batch_id, b.name, f.status, f.received, f.late, "
                                 "f.last_date FROM filings f JOIN enterprises e ON e.id = f.enterprise_id "
                                 "JOIN batches b ON b.id = f.batch_id WHERE 1=1");
    QVariantList v;
    if (filter.status) {
        sql += QStringLiteral(" AND f.status = ?");
        v << statusKey(*filter.status);
    }
    if (filter.batchId) {
        sql += QStringLiteral(" AND f.batch_id = ?");
        v << filter.batchId;
    }
    if (filter.enterpriseId) {
        sql += QStringLiteral(" AND f.enterprise_id = ?");
        v << filter.enterpriseId;
    }
    sql += QStringLiteral(" ORDER BY f.id");
    auto q = m_db.exec(sql, v);
    if (!q)
        return q.error();
    QList<FilingSummary> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        FilingSummary s;
        s.id = r.value(0).toLongLong();
        s.enterpriseId = r.value(1).toLongLong();
        s.enterpriseName = r.value(2).toString();
        s.batchId = r.value(3).toLongLong();
        s.batchName = r.value(4).toString();
        statusFromKey(r.value(5).toString(), &s.status);
        s.received = pd(r.value(6));
        s.late = r.value(7).toInt() != 0;
        s.lastDate = pd(r.value(8));
        out << s;
    }
    return out;
}

Result<QMap<FilingStatus, int>> FilingService::countsByStatus() const
{
    auto q = m_db.exec(QStringLiteral("SELECT status, count(*) FROM filings GROUP BY status"));
    if (!q)
        return q.error();
    QMap<FilingStatus, int> out;
    for (FilingStatus s : allStatuses())
        out.insert(s, 0);
    while (q.value().next()) {
        FilingStatus s;
        if (statusFromKey(q.value().value(0).toString(), &s))
            out[s] = q.value().value(1).toInt();
    }
    return out;
}

bool FilingService::overdue(const FilingSummary& f) const
{
    // Waiting for the centre (not for the enterprise, the bureau's later decisions or the ministry).
    static const QList<FilingStatus> centre = {FilingStatus::Submitted, FilingStatus::MaterialsAccepted,
                                               FilingStatus::SiteVisit, FilingStatus::Scored,
                                               FilingStatus::Recommended, FilingStatus::Approved};
    return centre.contains(f.status) && f.lastDate.isValid() &&
           f.lastDate.daysTo(m_db.clock().today()) > OverdueDays;
}

Result<QList<ChecklistItem>> FilingService::setChecklistItem(qint64 filingId, const QString& item, ItemState state,
                                                             const QString& note, qint64 documentId)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    const checklist::ItemDef* def = checklist::find(item);
    if (!def) {
        QStringList keys;
        for (const auto& i : checklist::items())
            keys << QLatin1String(i.key);
        return Error::invalid(Tr::tr("没有材料项“%1”。可用的材料项：%2").arg(item, keys.join(Tr::tr("、"))));
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto f = load(filingId);
    if (!f)
        return f.error();
    static const QList<FilingStatus> open = {FilingStatus::Draft, FilingStatus::Submitted, FilingStatus::Returned};
    if (!open.contains(f->status))
        return Error::notAllowed(Tr::tr("备案申请 %1 已%2，材料清单不能再修改。")
                                     .arg(filingId)
                                     .arg(translation::label(statusLabel(f->status), "filing status")));
    ChecklistItem before;
    for (const ChecklistItem& c : f->checklist)
        if (c.item == item)
            before = c;
    if (documentId) {
        auto doc = m_db.exec(QStringLiteral("SELECT enterprise_id FROM enterprise_documents WHERE id = ?"), {documentId});
        if (!doc)
            return doc.error();
        if (!doc.value().next() || doc.value().value(0).toLongLong() != f->enterpriseId)
            return Error::invalid(Tr::tr("附件 %1 不属于该企业，请先在企业登记中附加扫描件。").arg(documentId));
    }
    auto u = m_db.exec(QStringLiteral("UPDATE filing_checklist SET state = ?, note = ?, document_id = ? WHERE filing_id = ? "
                                      "AND item = ?"),
                       {itemStateKey(state), note, documentId ? QVariant(documentId) : QVariant(QMetaType(QMetaType::LongLong)),
                        filingId, item});
    if (!u)
        return u.error();
    if (Status s = AuditLog(m_db).append(
            m_session.user, QStringLiteral("checklist"), QStringLiteral("filing"), QString::number(filingId),
            {{QStringLiteral("item"), item}, {QStringLiteral("state"), itemStateKey(before.state)}, {QStringLiteral("note"), before.note}},
            {{QStringLiteral("item"), item}, {QStringLiteral("state"), itemStateKey(state)}, {QStringLiteral("note"), note}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(filingId);
    auto after = load(filingId);
    if (!after)
        return after.error();
    return after->checklist;
}

Result<QList<ChecklistItem>> FilingService::setAllReceived(qint64 filingId, const QString& note)
{
    Result<QList<ChecklistItem>> last = Error::invalid(Tr::tr("材料清单为空。"));
    // Item by item, so each change is audited; the caller sees the final list.
    for (const checklist::ItemDef& def : checklist::items()) {
        last = setChecklistItem(filingId, QLatin1String(def.key), ItemState::Received, note);
        if (!last)
            return last;
    }
    return last;
}

Result<QList<FilingAction>> FilingService::availableActions(qint64 filingId) const
{
    auto f = load(filingId);
    if (!f)
        return f.error();
    return FilingStateMachine::allowedFor(f->status, m_session);
}

Status FilingService::transition(Filing& f, const AdvanceRequest& r, FilingStatus to, const QDate& date,
                                 const QJsonObject& details)
{
    const QDateTime now = m_db.clock().now();
    auto h = m_db.exec(QStringLiteral("INSERT INTO filing_history (filing_id, action, from_status, to_status, actor, at, "
                                      "effective_date, note, doc_number, details) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                       {f.id, actionKey(r.action), statusKey(f.status), statusKey(to), m_session.user, ts(now), d(date),
                        r.note.trimmed(), r.docNumber.trimmed(),
                        details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!h)
        return h.error();
    const QJsonObject before = filingJson(f);
    auto u = m_db.exec(QStringLiteral("UPDATE filings SET status = ?, last_date = ?, updated_at = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                       {statusKey(to), d(date), ts(now), f.id, f.rowVersion});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1) {
        const QString by = AuditLog(m_db).lastChangeBy(QStringLiteral("filing"), QString::number(f.id));
        if (by.isEmpty())
            return Error::notAllowed(Tr::tr("备案申请 %1 刚被他人处理过，请刷新后再操作。").arg(f.id));
        return Error::notAllowed(Tr::tr("备案申请 %1 在您打开之后已由 %2 处理，您的操作未执行。请刷新后再操作。")
                                     .arg(f.id)
                                     .arg(by));
    }
    f.status = to;
    QJsonObject after = filingJson(f);
    after.insert(QStringLiteral("action"), actionKey(r.action));
    after.insert(QStringLiteral("date"), d(date));
    if (!r.note.isEmpty())
        after.insert(QStringLiteral("note"), r.note);
    if (!r.docNumber.isEmpty())
        after.insert(QStringLiteral("doc_number"), r.docNumber);
    return AuditLog(m_db).append(m_session.user, QStringLiteral("transition"), QStringLiteral("filing"),
                                 QString::number(f.id), before, after);
}

Result<Filing> FilingService::advance(qint64 filingId, const AdvanceRequest& r)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto loaded = load(filingId);
    if (!loaded)
        return loaded.error();
    Filing f = *loaded;
    FilingStatus suspendedFrom = FilingStatus::Published;
    if (f.status == FilingStatus::Suspended) {
        auto q = m_db.exec(QStringLiteral("SELECT suspended_from FROM filings WHERE id = ?"), {filingId});
        if (q && q.value().next())
            statusFromKey(q.value().value(0).toString(), &suspendedFrom);
    }
    const auto to = FilingStateMachine::next(f.status, r.action, suspendedFrom);
    if (!to)
        return Error::notAllowed(Tr::tr("备案申请 %1 当前状态为“%2”，不能“%3”。%4")
                                     .arg(filingId)
                                     .arg(translation::label(statusLabel(f.status), "filing status"),
                                          translation::label(actionLabel(r.action), "filing action"),
                                          possibleText(FilingStateMachine::allowedFor(f.status, m_session))));
    if (!FilingStateMachine::mayTake(r.action, m_session))
        return Error::notAllowed(Tr::tr("“%1”（%2）无权执行“%3”，该操作须由审核员或管理员执行。")
                                     .arg(m_session.user, translation::label(roleLabel(m_session.role), "user role"),
                                          translation::label(actionLabel(r.action), "filing action")));

    const QDate today = m_db.clock().today();
    const QDate date = r.date.isValid() ? r.date : today;
    if (date > today)
        return Error::invalid(Tr::tr("日期 %1 晚于今天：只能登记已经作出的决定。").arg(d(date)),
                              {FieldError{QStringLiteral("date"), Tr::tr("日期"), Tr::tr("不能晚于今天。"), 0, d(date)}});
    if (f.lastDate.isValid() && date < f.lastDate)
        return Error::invalid(Tr::tr("日期 %1 早于上一步（%2），请核对。").arg(d(date), d(f.lastDate)),
                              {FieldError{QStringLiteral("date"), Tr::tr("日期"),
                                          Tr::tr("不能早于上一步的日期 %1。").arg(d(f.lastDate)), 0, d(date)}});
    auto need = [&](bool ok, const QString& field, const QString& label, const QString& why) -> std::optional<Error> {
        if (ok)
            return std::nullopt;
        return Error::invalid(Tr::tr("“%1”需要%2。").arg(translation::label(actionLabel(r.action), "filing action"), label),
                              {FieldError{field, label, why, 0, {}}});
    };
    QJsonObject details;
    std::optional<Error> missing;
    switch (r.action) {
    case FilingAction::Accept: {
        QStringList absent; // stored with an override: stays Chinese
        QStringList absentShown;
        for (const ChecklistItem& c : f.checklist)
            if (c.mandatory && c.state != ItemState::Received) {
                absent << QStringLiteral("%1（%2）").arg(c.label, itemStateLabel(c.state));
                absentShown << Tr::tr("%1（%2）").arg(
                    c.label, translation::label(itemStateLabel(c.state), "checklist item state"));
            }
        if (!absent.isEmpty() && r.overrideReason.trimmed().isEmpty())
            return Error::invalid(Tr::tr("材料不齐，不能受理：\n  %1\n请先补齐材料，或由审核员写明理由后破例受理（--override 理由）。")
                                      .arg(absentShown.join(QStringLiteral("\n  "))),
                                  {FieldError{QStringLiteral("checklist"), Tr::tr("材料清单"),
                                              Tr::tr("%1 项必备材料未收到或有缺陷。").arg(absent.size()), 0, {}}});
        if (!absent.isEmpty()) {
            details.insert(QStringLiteral("override"), r.overrideReason.trimmed());
            details.insert(QStringLiteral("absent"), QJsonArray::fromStringList(absent));
            auto u = m_db.exec(QStringLiteral("UPDATE filings SET checklist_override_reason = ? WHERE id = ?"),
                               {r.overrideReason.trimmed(), f.id});
            if (!u)
                return u.error();
        }
        break;
    }
    case FilingAction::Return: {
        QStringList defects = r.defects;
        for (const ChecklistItem& c : f.checklist)
            if (c.state != ItemState::Received && c.mandatory)
                defects << QStringLiteral("%1：%2%3").arg(c.label, itemStateLabel(c.state),
                                                        c.note.isEmpty() ? QString() : QStringLiteral("（%1）").arg(c.note));
        // A note stands as the defect only when nothing else says what to correct.
        if (!r.note.trimmed().isEmpty() && defects.isEmpty())
            defects << r.note.trimmed();
        missing = need(!defects.isEmpty(), QStringLiteral("defects"), Tr::tr("补正内容"),
                       Tr::tr("请列出企业需要补正的内容（材料清单中标为缺少或有缺陷的项目会自动列入）。"));
        details.insert(QStringLiteral("defects"), QJsonArray::fromStringList(defects));
        break;
    }
    case FilingAction::Reject:
    case FilingAction::Refuse:
    case FilingAction::Terminate:
    case FilingAction::Suspend:
    case FilingAction::NotRecommend:
        missing = need(!r.note.trimmed().isEmpty(), QStringLiteral("note"), Tr::tr("理由"),
                       Tr::tr("请写明理由（--note）。"));
        break;
    case FilingAction::PhasePass:
        missing = need(!r.note.trimmed().isEmpty(), QStringLiteral("note"), Tr::tr("评估意见"),
                       Tr::tr("请写明阶段评估的主要发现（--note）。"));
        break;
    case FilingAction::Approve:
    case FilingAction::MinistryAccept:
    case FilingAction::MinistryReject:
        missing = need(!r.docNumber.trimmed().isEmpty(), QStringLiteral("doc_number"), Tr::tr("文号"),
                       Tr::tr("请填写决定所依据的文件文号（--doc-number）。"));
        break;
    default:
        break;
    }
    if (missing)
        return *missing;
    // 完成评分 and the recommendation rest on the expert panel's sheets (DESIGN §3).
    if (r.action == FilingAction::Score || r.action == FilingAction::Recommend || r.action == FilingAction::NotRecommend)
        if (Status s = reviewGate(m_db, f.id, actionKey(r.action), &details); !s)
            return s.error();

    if (r.action == FilingAction::Publish) {
        // 按备案顺序: filings that completed the ministry re-check earlier publish first.
        auto earlier = m_db.exec(QStringLiteral("SELECT f.id, e.name FROM filings f JOIN enterprises e ON e.id = f.enterprise_id "
                                                "WHERE f.status = 'filed' AND f.id <> ? AND (f.ministry_date < ? OR "
                                                "(f.ministry_date = ? AND (f.received < ? OR (f.received = ? AND f.id < ?)))) "
                                                "ORDER BY f.ministry_date, f.received, f.id LIMIT 1"),
                                 {f.id, d(f.ministryDate), d(f.ministryDate), d(f.received), d(f.received), f.id});
        if (!earlier)
            return earlier.error();
        if (earlier.value().next())
            return Error::notAllowed(Tr::tr("评价机构序列码按备案顺序赋予：备案申请 %1（%2）复核通过在先，请先公布它。")
                                         .arg(earlier.value().value(0).toLongLong())
                                         .arg(earlier.value().value(1).toString()));
    }

    if (Status s = transition(f, r, *to, date, details); !s)
        return s.error();

    // What each decision changes besides the status.
    switch (r.action) {
    case FilingAction::Approve: {
        auto u = m_db.exec(QStringLiteral("UPDATE filings SET approval_doc = ? WHERE id = ?"), {r.docNumber.trimmed(), f.id});
        if (!u)
            return u.error();
        break;
    }
    case FilingAction::Report: {
        auto u = m_db.exec(QStringLiteral("UPDATE filings SET ministry_sent = ? WHERE id = ?"), {d(date), f.id});
        if (!u)
            return u.error();
        break;
    }
    case FilingAction::MinistryAccept:
    case FilingAction::MinistryReject: {
        auto u = m_db.exec(QStringLiteral("UPDATE filings SET ministry_doc = ?, ministry_date = ? WHERE id = ?"),
                           {r.docNumber.trimmed(), d(date), f.id});
        if (!u)
            return u.error();
        break;
    }
    case FilingAction::Publish: {
        auto has = m_db.exec(QStringLiteral("SELECT serial FROM org_serials WHERE enterprise_id = ?"), {f.enterpriseId});
        if (!has)
            return has.error();
        if (!has.value().next()) {
            auto next = m_db.exec(QStringLiteral("SELECT coalesce(max(serial), 0) + 1 FROM org_serials"));
            if (!next || !next.value().next())
                return Error::storage(Tr::tr("无法分配评价机构序列码。"));
            const int serial = next.value().value(0).toInt();
            auto ins = m_db.exec(QStringLiteral("INSERT INTO org_serials (serial, enterprise_id, filing_id, assigned_at, "
                                                "assigned_date) VALUES (?,?,?,?,?)"),
                                 {serial, f.enterpriseId, f.id, ts(m_db.clock().now()), d(date)});
            if (!ins)
                return ins.error();
            if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("assign"), QStringLiteral("org_serial"),
                                                 QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0')), {},
                                                 {{QStringLiteral("enterprise_id"), f.enterpriseId},
                                                  {QStringLiteral("filing_id"), f.id}});
                !s)
                return s.error();
        }
        if (Status s = newCatalogueVersion(date, QStringLiteral("新增：%1").arg(f.enterpriseName), f.id, 0); !s)
            return s.error();
        break;
    }
    case FilingAction::PhasePass:
    case FilingAction::Terminate: {
        if (r.action == FilingAction::PhasePass || r.evaluation) {
            auto ev = m_db.exec(QStringLiteral("INSERT INTO phase_evaluations (filing_id, evaluated_on, findings, result, actor, at) "
                                               "VALUES (?,?,?,?,?,?)"),
                                {f.id, d(date), r.note.trimmed(),
                                 r.action == FilingAction::PhasePass ? QStringLiteral("pass") : QStringLiteral("fail"),
                                 m_session.user, ts(m_db.clock().now())});
            if (!ev)
                return ev.error();
        }
        if (r.action == FilingAction::Terminate)
            if (Status s = newCatalogueVersion(date, QStringLiteral("终止备案：%1（%2）").arg(f.enterpriseName, r.note.trimmed()),
                                               0, f.enterpriseId);
                !s)
                return s.error();
        break;
    }
    case FilingAction::Suspend: {
        auto u = m_db.exec(QStringLiteral("UPDATE filings SET suspended_from = ? WHERE id = ?"), {statusKey(loaded->status), f.id});
        if (!u)
            return u.error();
        if (Status s = newCatalogueVersion(date, QStringLiteral("暂停：%1（%2）").arg(f.enterpriseName, r.note.trimmed()), 0,
                                           f.enterpriseId);
            !s)
            return s.error();
        break;
    }
    case FilingAction::Reinstate:
        if (Status s = newCatalogueVersion(date, QStringLiteral("恢复：%1").arg(f.enterpriseName), f.id, 0); !s)
            return s.error();
        break;
    default:
        break;
    }
    auto after = load(f.id);
    if (!after)
        return after.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(f.id);
    return after;
}

Result<Filing> FilingService::evaluate(qint64 filingId, bool passed, const QString& findings, const QDate& date)
{
    AdvanceRequest r;
    r.action = passed ? FilingAction::PhasePass : FilingAction::Terminate;
    r.note = passed ? findings : QStringLiteral("阶段评估不合格，终止备案，取消试点资格。%1").arg(findings);
    if (findings.trimmed().isEmpty())
        r.note.clear();
    r.date = date;
    r.evaluation = true;
    return advance(filingId, r);
}

Status FilingService::newCatalogueVersion(const QDate& date, const QString& reason, qint64 addFiling, qint64 removeEnterprise)
{
    auto last = m_db.exec(QStringLiteral("SELECT coalesce(max(version), 0), coalesce(max(effective_date), '') FROM catalogue_versions"));
    if (!last || !last.value().next())
        return Error::storage(Tr::tr("无法读取目录版本。"));
    const int previous = last.value().value(0).toInt();
    const QDate previousDate = pd(last.value().value(1));
    // Versions follow each other in time: a decision dated before the newest version
    // would rewrite a catalogue already published.
    if (previousDate.isValid() && date < previousDate)
        return Error::invalid(Tr::tr("目录第 %1 版已于 %2 生效，本次调整的日期 %3 不能早于它。").arg(previous).arg(d(previousDate), d(date)),
                              {FieldError{QStringLiteral("date"), Tr::tr("日期"),
                                          Tr::tr("不能早于 %1。").arg(d(previousDate)), 0, d(date)}});
    const int version = previous + 1;
    auto v = m_db.exec(QStringLiteral("INSERT INTO catalogue_versions (version, effective_date, reason, actor, created_at) "
                                      "VALUES (?,?,?,?,?)"),
                       {version, d(date), reason, m_session.user, ts(m_db.clock().now())});
    if (!v)
        return v.error();
    // Entries keep the order of their org serials (filing order).
    auto copy = m_db.exec(QStringLiteral("INSERT INTO catalogue_entries (version, position, enterprise_id, filing_id) "
                                         "SELECT ?, 0, enterprise_id, filing_id FROM catalogue_entries "
                                         "WHERE version = ? AND enterprise_id <> ?"),
                          {version, previous, removeEnterprise});
    if (!copy)
        return copy.error();
    if (addFiling) {
        auto add = m_db.exec(QStringLiteral("INSERT INTO catalogue_entries (version, position, enterprise_id, filing_id) "
                                            "SELECT CAST(? AS INTEGER), 0, enterprise_id, id FROM filings WHERE id = ? "
                                            "ON CONFLICT (version, enterprise_id) DO UPDATE SET position = excluded.position, "
                                            "filing_id = excluded.filing_id"),
                             {version, addFiling});
        if (!add)
            return add.error();
    }
    auto order = m_db.exec(QStringLiteral("UPDATE catalogue_entries SET position = (SELECT count(*) FROM catalogue_entries c2 "
                                          "JOIN org_serials s2 ON s2.enterprise_id = c2.enterprise_id WHERE c2.version = ? AND "
                                          "s2.serial <= (SELECT serial FROM org_serials s WHERE s.enterprise_id = "
                                          "catalogue_entries.enterprise_id)) WHERE version = ?"),
                           {version, version});
    if (!order)
        return order.error();
    return AuditLog(m_db).append(m_session.user, QStringLiteral("publish"), QStringLiteral("catalogue"), QString::number(version),
                                 {}, {{QStringLiteral("reason"), reason}, {QStringLiteral("effective_date"), d(date)}});
}

Result<QList<CatalogueVersion>> FilingService::catalogueVersions() const
{
    auto q = m_db.exec(QStringLiteral("SELECT version, effective_date, reason, actor FROM catalogue_versions ORDER BY version"));
    if (!q)
        return q.error();
    QList<CatalogueVersion> out;
    while (q.value().next())
        out << CatalogueVersion{q.value().value(0).toInt(), pd(q.value().value(1)), q.value().value(2).toString(),
                                q.value().value(3).toString(), {}};
    return out;
}

Result<CatalogueVersion> FilingService::catalogue(int version) const
{
    auto q = version > 0 ? m_db.exec(QStringLiteral("SELECT version, effective_date, reason, actor FROM catalogue_versions "
                                                    "WHERE version = ?"),
                                     {version})
                         : m_db.exec(QStringLiteral("SELECT version, effective_date, reason, actor FROM catalogue_versions "
                                                    "ORDER BY version DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        if (version > 0)
            return Error::notFound(Tr::tr("目录第 %1 版不存在。").arg(version));
        return CatalogueVersion{}; // nothing published yet: version 0, no entries
    }
    CatalogueVersion c{q.value().value(0).toInt(), pd(q.value().value(1)), q.value().value(2).toString(),
                       q.value().value(3).toString(), {}};
    auto e = m_db.exec(QStringLiteral("SELECT c.position, c.enterprise_id, c.filing_id, e.name, e.uscc, s.serial FROM "
                                      "catalogue_entries c JOIN enterprises e ON e.id = c.enterprise_id "
                                      "JOIN org_serials s ON s.enterprise_id = c.enterprise_id WHERE c.version = ? "
                                      "ORDER BY s.serial"),
                       {c.version});
    if (!e)
        return e.error();
    while (e.value().next()) {
        const QSqlQuery& r = e.value();
        CatalogueEntry entry{r.value(0).toInt(), r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(),
                             r.value(4).toString(), QStringLiteral("%1").arg(r.value(5).toInt(), 6, 10, QLatin1Char('0')), {}};
        auto lines = occupationLines(m_db, entry.enterpriseId);
        if (!lines)
            return lines.error();
        entry.occupations = *lines;
        c.entries << entry;
    }
    return c;
}

Result<QStringList> FilingService::occupationLines(const Database& db, qint64 enterpriseId)
{
    auto occ = db.exec(QStringLiteral("SELECT code, name, trade, levels FROM enterprise_occupations WHERE enterprise_id = ? "
                                      "ORDER BY position"),
                       {enterpriseId});
    if (!occ)
        return occ.error();
    QStringList out;
    while (occ.value().next()) {
        QList<int> levels;
        validation::parseLevels(occ.value().value(3).toString(), &levels);
        QStringList labels;
        for (int l : levels)
            labels << validation::levelLabel(l).section(QLatin1Char('/'), 0, 0);
        QString name = occ.value().value(1).toString();
        if (!occ.value().value(2).toString().isEmpty())
            name += QStringLiteral("（%1）").arg(occ.value().value(2).toString());
        out << QStringLiteral("%1 %2（%3）").arg(name, occ.value().value(0).toString(), labels.join(QStringLiteral("、")));
    }
    return out;
}

Result<QString> FilingService::orgSerialOf(qint64 enterpriseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT serial FROM org_serials WHERE enterprise_id = ?"), {enterpriseId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return QString();
    return QStringLiteral("%1").arg(q.value().value(0).toInt(), 6, 10, QLatin1Char('0'));
}

Result<QStringList> FilingService::eligibilityWarnings(qint64 filingId) const
{
    auto f = load(filingId);
    if (!f)
        return f.error();
    // Read with full rights: the warnings name no personal data.
    EnterpriseService enterprises(m_db, Session{});
    auto e = enterprises.get(f->enterpriseId);
    if (!e)
        return e.error();
    QStringList w;
    if (e->kind == EnterpriseKind::CentralSoeBranch && e->ministryFilingRef.trimmed().isEmpty())
        w << Tr::tr("中央企业驻津分支机构须已向人社部完成试点备案，但未填写人社部备案文号。");
    if (e->usccOverride)
        w << Tr::tr("统一社会信用代码未通过校验，经核实保留：%1").arg(e->usccOverrideReason);
    if (e->occupations.isEmpty())
        w << Tr::tr("未填写申请开展评价的职业（工种）。");
    OccupationCatalogue catalogue(m_db);
    for (const OccupationApplied& o : e->occupations) {
        const validation::Check c = catalogue.check(o.code, o.name);
        if (!c.ok)
            w << Tr::tr("职业“%1 %2”：%3").arg(o.code, o.name, c.message);
        auto covers = [&](const QList<Person>& people) {
            for (const Person& p : people)
                if (p.field.contains(o.name) || (!o.trade.isEmpty() && p.field.contains(o.trade)) || p.field.contains(o.code))
                    return true;
            return false;
        };
        if (!covers(e->assessors))
            w << Tr::tr("职业“%1”没有列出考评领域相符的考评人员。").arg(o.name);
        if (!covers(e->supervisors))
            w << Tr::tr("职业“%1”没有列出督导领域相符的质量督导人员。").arg(o.name);
    }
    if (e->venue.trimmed().isEmpty())
        w << Tr::tr("未填写考核场地情况。");
    if (e->equipment.isEmpty())
        w << Tr::tr("未填写设施设备情况。");
    if (e->itEquipment.trimmed().isEmpty())
        w << Tr::tr("未填写计算机考务管理及视频监控设备配置情况。");
    if (e->staff.isEmpty())
        w << Tr::tr("未列出专职工作人员。");
    if (e->experts.isEmpty())
        w << Tr::tr("未列出专家。");
    return w;
}

} // namespace jd
