#pragma once
// SpotCheckService: the centre's supervision visits (抽查监督) of certification plans:
// plans chosen by a reproducible random sample (the seed is stored) or by hand, then the
// visit recorded (date, inspectors, findings, rectification, outcome). The findings of an
// enterprise's checks are what its phase evaluation reads.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDate>
#include <QList>

namespace jd {

class Database;

struct SpotCheck
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QDate planStart;
    QString selectedBy; // random, manual
    qint64 seed = 0;
    QDate visitDate;
    QString inspectors;
    QString findings;
    QString rectification;
    QString outcome; // pending, compliant, rectify, serious
};

QString spotOutcomeLabel(const QString& key);

class SpotCheckService
{
public:
    SpotCheckService(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    // `count` plans not yet checked, starting on or after `from`, drawn with `seed`
    // (the same seed and the same plans give the same draw).
    Result<QList<SpotCheck>> drawRandom(int count, quint32 seed, const QDate& from = {});
    Result<SpotCheck> choose(qint64 planId);
    Result<SpotCheck> record(qint64 id, const QDate& visit, const QString& inspectors, const QString& findings,
                             const QString& rectification, const QString& outcome);
    Result<QList<SpotCheck>> list(qint64 enterpriseId = 0) const;

private:
    Result<SpotCheck> insert(qint64 planId, const QString& by, qint64 seed);
    const Database& m_db;
    Session m_session;
};

} // namespace jd
