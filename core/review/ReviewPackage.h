#pragma once
// ReviewPackage: one expert's offline score sheet (离线评分包). The centre exports it for
// one panel member and hands the expert an access code; the app in reviewer mode opens
// it on a laptop without the centre's database, the expert fills it and saves it, and
// the centre imports it back. The file is JSON; its content is authenticated with
// HMAC-SHA-256 under a key derived (Argon2id) from the access code, so a wrong code, a
// changed byte or a sheet for another filing or expert is refused. Needs no database.

#include "core/review/Aggregation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace jd {

class ReviewPackage
{
public:
    static constexpr const char* FileSuffix = "jdreview";

    // Reads and authenticates; Invalid naming the cause (not a package, wrong access
    // code, content changed since it was written).
    static Result<ReviewPackage> open(const QString& path, const QString& accessCode);

    QString packageId() const { return m_packageId; }
    qint64 filingId() const { return m_filingId; }
    qint64 expertId() const { return m_expertId; }
    QString expertName() const { return m_expertName; }
    QString enterpriseName() const { return m_enterpriseName; }
    QStringList occupations() const { return m_occupations; } // "电工 6-31-01-03（三级、四级）"
    QDate visitDate() const { return m_visitDate; }
    QString visitPlace() const { return m_visitPlace; }
    QDateTime createdAt() const { return m_createdAt; }
    QString createdBy() const { return m_createdBy; }
    const ReviewTemplate& reviewTemplate() const { return m_template; }

    const QList<ScoreEntry>& scores() const { return m_scores; }
    QString opinion() const { return m_opinion; }
    QDate signedOn() const { return m_signedOn; }
    bool complete() const; // every criterion scored
    double total() const { return sheetTotal(m_template, m_scores); }

    // Checks the criterion and the range; Invalid naming both otherwise.
    Status setScore(const QString& criterionId, double score, const QString& comment = {});
    void clearScore(const QString& criterionId);
    void setOpinion(const QString& text) { m_opinion = text; }
    void setSignedOn(const QDate& d) { m_signedOn = d; }

    // Writes the file (atomically) with a fresh authentication code.
    Status save(const QString& path) const;

    // A fresh access code "XXXX-XXXX-XXXX" (no 0/O, 1/I) and its normalised form.
    static QString newAccessCode();
    static QString normalizeAccessCode(const QString& code);
    static QByteArray deriveKey(const QString& accessCode, const QByteArray& salt);

private:
    friend class ReviewService;
    // The centre's side: authenticated with the key stored at export.
    static Result<QString> packageIdOf(const QString& path); // unauthenticated: only to find the key
    static Result<ReviewPackage> openWithKey(const QString& path, const QByteArray& key);
    static Result<ReviewPackage> fromContent(const QJsonObject& content, const QByteArray& key, const QByteArray& salt);
    QJsonObject toJson() const; // without the authentication code
    QString m_packageId;
    qint64 m_filingId = 0;
    qint64 m_expertId = 0;
    QString m_expertName;
    QString m_enterpriseName;
    QStringList m_occupations;
    QDate m_visitDate;
    QString m_visitPlace;
    QDateTime m_createdAt;
    QString m_createdBy;
    ReviewTemplate m_template;
    QList<ScoreEntry> m_scores;
    QString m_opinion;
    QDate m_signedOn;
    QByteArray m_salt;
    QByteArray m_key;
};

} // namespace jd
