#pragma once
// FilingService: batches, filings and their life (DESIGN §2). Every transition is
// checked against the state machine and the role, stored with actor, time, effective
// date, note and document number, and audited in the same transaction. A refused
// transition (state or role) fails with NotAllowed naming the actions possible now;
// missing decision details (document number, reason, defects, dates) fail with Invalid.
// Nothing is written on failure.

#include "core/common/Result.h"
#include "core/filing/Filing.h"
#include "core/users/Session.h"

#include <QMap>
#include <QObject>

#include <optional>

namespace jd {

class Database;

struct AdvanceRequest
{
    FilingAction action = FilingAction::Accept;
    QString note;          // reason, findings or remarks
    QDate date;            // when the decision took effect; default today
    QString docNumber;     // the bureau's or ministry's document number
    QString overrideReason;// accept despite missing materials (supervisor)
    QStringList defects;   // return: what must be corrected, besides the checklist
    bool evaluation = false; // terminate: the result of the phase evaluation (不合格)
};

struct FilingFilter
{
    std::optional<FilingStatus> status;
    qint64 batchId = 0;
    qint64 enterpriseId = 0;
};

struct CatalogueEntry
{
    int position = 0;
    qint64 enterpriseId = 0;
    qint64 filingId = 0;
    QString name;
    QString uscc;
    QString orgSerial; // six digits
    QStringList occupations; // "电工 6-31-01-03（三级、四级）"
};

struct CatalogueVersion
{
    int version = 0;
    QDate effectiveDate;
    QString reason;
    QString actor;
    QList<CatalogueEntry> entries;
};

class FilingService : public QObject
{
    Q_OBJECT
public:
    // Days a filing may wait for the centre before it is marked overdue.
    static constexpr int OverdueDays = 20;

    FilingService(const Database& db, Session session, QObject* parent = nullptr);
    const Database& database() const { return m_db; }

    Result<Batch> createBatch(const QString& name, const QDate& deadline);
    Result<QList<Batch>> batches() const;

    // Opens a filing in `submitted` (or `draft`) with the materials checklist, received
    // on `received` (default today); late when after the batch deadline.
    Result<Filing> create(qint64 enterpriseId, qint64 batchId, QDate received = {}, bool draft = false);
    Result<Filing> get(qint64 id) const;
    Result<QList<FilingSummary>> list(const FilingFilter& filter = {}) const;
    Result<QMap<FilingStatus, int>> countsByStatus() const;
    bool overdue(const FilingSummary& f) const;

    Result<QList<ChecklistItem>> setChecklistItem(qint64 filingId, const QString& item, ItemState state,
                                                  const QString& note, qint64 documentId = 0);
    Result<QList<ChecklistItem>> setAllReceived(qint64 filingId, const QString& note);

    Result<Filing> advance(qint64 filingId, const AdvanceRequest& request);
    // 阶段评估: records findings and result; 合格 → formal, 不合格 → terminated.
    Result<Filing> evaluate(qint64 filingId, bool passed, const QString& findings, const QDate& date = {});
    // The actions this session may take on the filing now.
    Result<QList<FilingAction>> availableActions(qint64 filingId) const;

    // Warnings about the enterprise behind a filing (notice §四, §五); empty when none.
    Result<QStringList> eligibilityWarnings(qint64 filingId) const;

    Result<CatalogueVersion> catalogue(int version = 0) const; // 0: the newest
    Result<QList<CatalogueVersion>> catalogueVersions() const;  // without entries
    Result<QString> orgSerialOf(qint64 enterpriseId) const;     // empty when none
    // The enterprise's occupations as printed: "电工 6-31-01-03（三级、四级）".
    static Result<QStringList> occupationLines(const Database& db, qint64 enterpriseId);

signals:
    void changed(qint64 filingId);

private:
    Status transition(Filing& f, const AdvanceRequest& r, FilingStatus to, const QDate& date, const QJsonObject& details);
    Status newCatalogueVersion(const QDate& date, const QString& reason, qint64 addFiling, qint64 removeEnterprise);
    Result<Filing> load(qint64 id) const;
    const Database& m_db;
    Session m_session;
};

} // namespace jd
