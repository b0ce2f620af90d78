#pragma once
// CertificateRegistry: the register of issued 职业技能等级证书: look-up by number, ID
// number or name, revocation with a reason, reissue under a new number linked to the old
// one, and printing status. ID numbers are masked for roles that only read. A certificate
// dated after its enterprise's termination is flagged.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace jd {

class Database;

struct Certificate
{
    qint64 id = 0;
    QString number;
    QString name;
    QString idType;
    QString idNumber;
    QString gender;
    QString occupationCode;
    QString occupationName;
    QString trade;
    int level = 0;
    QDate issueDate;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString status; // valid, revoked, replaced
    QString replaces;
    QString statusReason;
    int printed = 0;
    bool flagged = false; // issued after the enterprise's termination
};

struct CertificateQuery
{
    QString number;
    QString idNumber;
    QString namePrefix;
    qint64 resultId = 0;
    int limit = 200;
};

class CertificateRegistry
{
public:
    CertificateRegistry(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    Result<QList<Certificate>> find(const CertificateQuery& q) const;
    // The SQL and bound values find() runs for `q` (tests check its query plan).
    static QString findSql(const CertificateQuery& q, QVariantList* values);
    // One line per number or ID number (blank lines and duplicates ignored).
    Result<QList<Certificate>> findList(const QStringList& keys) const;
    Result<Certificate> get(const QString& number) const;
    Status revoke(const QString& number, const QString& reason, QDate on = {});
    // A new number in the same space of the issue year; the old one becomes "replaced".
    Result<Certificate> reissue(const QString& number, const QString& reason, QDate on = {});
    Status markPrinted(const QList<QString>& numbers, const QString& what);

    // Candidate photos for the certificate, keyed by ID number: a folder of JPEG/PNG files
    // named after the ID number (e.g. 11010519491231002X.jpg). Files whose name is not a
    // valid ID number are reported, nothing else is written for them. Returns how many were stored.
    // progress(files done, files in the folder) before each file and at the end; returning
    // false cancels, and no photo of the folder is kept.
    Result<int> importPhotos(const QString& folder, QStringList* skipped,
                             const std::function<bool(int done, int total)>& progress = {});
    // The photo's bytes, empty when there is none.
    Result<QByteArray> photo(const QString& idNumber) const;

private:
    const Database& m_db;
    Session m_session;
};

} // namespace jd
