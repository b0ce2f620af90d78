#pragma once
// NumberingService: the OrgSerial ledger and certificate serial blocks (DESIGN §4).
// A block is one contiguous run of serials in one (OrgSerial, year, level) space; blocks
// never overlap and are never released (enforced by triggers inside the transaction, not
// only here); void numbers are recorded with a reason and stay used. A terminated or
// suspended enterprise gets no new block (NotAllowed).

#include "core/common/Result.h"
#include "core/numbering/CertificateNumber.h"
#include "core/users/Session.h"

#include <QDate>
#include <QList>

namespace jd {

class Database;

struct OrgSerialEntry
{
    int serial = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    qint64 filingId = 0;
    QDate assigned;
    QString status; // the filing's status key: published, formal, suspended, terminated
};

struct SerialBlock
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    int orgSerial = 0;
    int year = 0;
    int level = 0;
    int first = 0;
    int last = 0;
    qint64 resultId = 0;
    QDate reservedOn;
    int count() const { return last - first + 1; }
};

struct SpaceUse
{
    qint64 enterpriseId = 0;
    int orgSerial = 0;
    int year = 0;
    int level = 0;
    int used = 0;     // serials reserved in blocks (void ones included)
    int voided = 0;
    double fraction() const { return used / 999999.0; }
};

struct VoidNumber
{
    QString number;
    QString reason;
    QString actor;
    QDateTime at;
};

class NumberingService
{
public:
    static constexpr double WarnFraction = 0.9;

    NumberingService(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    Result<QList<OrgSerialEntry>> ledger() const;
    Result<QList<SerialBlock>> blocks(qint64 enterpriseId = 0) const;
    Result<QList<SpaceUse>> usage(qint64 enterpriseId = 0) const;
    // Spaces past 90 % use, as messages.
    Result<QStringList> warnings() const;
    Result<QList<VoidNumber>> voidNumbers(qint64 enterpriseId = 0) const;

    // Reserves `count` serials after the last used one of the space. Must be called
    // inside the caller's transaction (result confirmation); writes an audit entry.
    Result<SerialBlock> reserveInTransaction(qint64 enterpriseId, int year, int level, int count, qint64 resultId,
                                             const QDate& on);
    // The same in a transaction of its own (administrators: e.g. a paper register).
    Result<SerialBlock> reserve(qint64 enterpriseId, int year, int level, int count, const QDate& on);
    // Marks an issued number spoiled; it stays used.
    Status voidNumber(const QString& number, const QString& reason);

    // Changes the prefix settings (administrators): type Y or S, a 4-digit ministry code,
    // a 2-digit province code. Numbers already issued keep theirs.
    Status setPrefix(const QString& type, const QString& ministry, const QString& province);
    // The prefix settings (type, ministry code, province code); Tianjin defaults.
    Result<CertificateNumber> numberFor(int orgSerial, int year, int level, int serial) const;

private:
    const Database& m_db;
    Session m_session;
};

} // namespace jd
