#pragma once
// ReviewService: the expert review of a filing (DESIGN §3): criteria templates, the panel
// draw with avoidance, score sheets (entered, imported from CSV or from offline
// packages), the aggregated result, the panel opinion and a batch's recommended list.
//
// Rules kept here:
// - A panel is drawn while the filing is `materials_accepted` or `site_visit` and no
//   score exists: `size` (odd, ≥ 3) experts at random among the active experts whose
//   specialty covers one of the filing's occupations and who need not be avoided (works
//   for the enterprise, listed by it, declared conflict). The candidates and the seed are
//   stored: `verifyDraw` repeats the draw. A redraw replaces the panel (audited).
// - A member is replaced by hand with a reason (or by the next expert of the seeded
//   order); the replaced member stays on record.
// - Scores are entered while the filing is `site_visit`, only for panel members and the
//   criteria of the panel's template version, within 0..max. The `score` transition
//   needs every sheet complete; `recommend` needs a recommended result.
// - Packages: one per export, imported once, for the filing and expert they were made for.
// Writes run in one transaction and are audited; nothing is written on failure.

#include "core/review/Aggregation.h"
#include "core/review/ReviewPackage.h"
#include "core/users/Session.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace jd {

class Database;

struct PanelMember
{
    qint64 expertId = 0;
    QString name;
    QString employer;
    QString title;
    int position = 0;         // 1-based order of the draw
    bool active = true;       // false: replaced
    QString replacedReason;
    qint64 replacedBy = 0;
    int scored = 0;           // criteria scored on the member's sheet
};

struct Panel
{
    qint64 id = 0;
    qint64 filingId = 0;
    int size = 0;
    quint32 seed = 0;
    QList<qint64> candidates; // eligible experts at the draw, by id
    QDateTime drawnAt;
    QString drawnBy;
    QDate visitDate;
    QString visitPlace;
    int templateVersion = 0;
    QString opinion;
    QList<PanelMember> members; // active members first (draw order), then replaced ones

    QList<PanelMember> activeMembers() const;
};

// An expert of the pool seen from one filing: may they sit on its panel?
struct PanelCandidate
{
    qint64 expertId = 0;
    QString name;
    QString employer;
    QStringList specialties;
    bool fits = false;      // specialty covers one of the filing's occupations
    QString avoidReason;    // empty when no avoidance rule applies
    bool onPanel = false;
};

struct ExpertSheet
{
    qint64 filingId = 0;
    qint64 expertId = 0;
    QString expertName;
    int templateVersion = 0;
    QList<ScoreEntry> scores;
    QString opinion;  // the expert's own remarks on the whole sheet
    QDate signedOn;   // the date the expert signed the sheet
    QString source;   // entry, import, package
};

struct ScoreImportSummary
{
    int rows = 0;
    int sheets = 0; // (filing, expert) pairs written
    QList<FieldError> errors;
};

struct RecommendedEntry
{
    int rank = 0; // 1.. among recommended; 0 for the others
    qint64 filingId = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString status;  // the filing's status key
    bool scored = false; // result complete
    ReviewResult result;
    QString opinion;
};

struct PackageExport
{
    QString packageId;
    QString path;
    QString accessCode; // shown once; not stored
};

class ReviewService : public QObject
{
    Q_OBJECT
public:
    ReviewService(const Database& db, Session session, QObject* parent = nullptr);

    // Stores the default template as version 1 when there is none.
    static Status seedIfEmpty(const Database& db);

    Result<ReviewTemplate> reviewTemplate(int version = 0) const; // 0: the newest
    Result<QList<ReviewTemplate>> templates() const;
    // Stores `t` as the next version (administrators); checked by validateTemplate.
    Result<ReviewTemplate> saveTemplate(const ReviewTemplate& t);

    Result<QList<PanelCandidate>> candidates(qint64 filingId) const;
    Result<Panel> draw(qint64 filingId, int size = 5, std::optional<quint32> seed = std::nullopt);
    Result<Panel> panel(qint64 filingId) const; // NotFound when none was drawn
    // Repeats the stored draw from its candidates and seed; true when it gives the panel's
    // original members.
    Result<bool> verifyDraw(qint64 filingId) const;
    // newExpertId 0: the next expert of the seeded order who may sit.
    Result<Panel> replaceMember(qint64 filingId, qint64 expertId, qint64 newExpertId, const QString& reason);
    Result<Panel> setVisit(qint64 filingId, const QDate& date, const QString& place);
    Result<Panel> setOpinion(qint64 filingId, const QString& opinion);

    Result<ExpertSheet> sheet(qint64 filingId, qint64 expertId) const;
    // Replaces the expert's scores with `s.scores` (an empty list clears the sheet).
    Result<ExpertSheet> saveSheet(const ExpertSheet& s);
    // CSV `filing_id,expert_id,criterion,score[,comment]`; all-or-nothing.
    Result<ScoreImportSummary> importScores(const QString& path);

    Result<ReviewResult> result(qint64 filingId) const;
    // The batch's filings that have a panel, recommended ones first by total.
    Result<QList<RecommendedEntry>> recommendedList(qint64 batchId) const;

    Result<PackageExport> exportPackage(qint64 filingId, qint64 expertId, const QString& path);
    Result<ExpertSheet> importPackage(const QString& path);

signals:
    void changed(qint64 filingId);

private:
    Result<Panel> loadPanel(qint64 filingId) const;
    Status checkScoring(qint64 filingId, const Panel& p) const;
    Status writeSheet(const Panel& p, qint64 expertId, const QList<ScoreEntry>& scores, const QString& source);
    const Database& m_db;
    Session m_session;
};

// For FilingService: the review gate of `score`, `recommend` and `not_recommend`. Fills
// `details` with the result it rests on; Invalid/NotAllowed naming what is missing.
Status reviewGate(const Database& db, qint64 filingId, const QString& action, QJsonObject* details);

} // namespace jd
