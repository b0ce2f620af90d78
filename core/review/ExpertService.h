#pragma once
// ExpertService: the centre's own expert pool (评审专家库), distinct from the experts an
// enterprise lists in its application. Each expert has an ID number, employer, title or
// skill level, region, specialties (职业分类大典 codes or their prefixes such as "6-31",
// matched against a filing's occupations) and declared conflicts with enterprises. Kept
// by clerks, supervisors and administrators; every write audited. ID numbers are masked
// for roles that only read.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace jd {

class Database;

struct ExpertConflict
{
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString reason;
};

struct Expert
{
    qint64 id = 0;
    QString name;
    QString idType = QStringLiteral("resident_id");
    QString idNumber;
    QString employer;
    QString title;  // 职称或技能等级
    QString region; // 区县或地区
    QString phone;
    QStringList specialties; // "6-31", "6-31-01-03", "4"
    bool active = true;
    QString note;
    int rowVersion = 0;
    QList<ExpertConflict> conflicts;
};

struct ExpertImportSummary
{
    int imported = 0;
    QList<FieldError> errors; // row, column, value, reason; nothing imported when not empty
};

// Every field, as `expert show` prints it and the audit log records it.
QJsonObject expertToJson(const Expert& e);

// Whether a specialty (code or prefix, "6-31") covers an occupation code ("6-31-01-03").
bool specialtyCovers(const QString& specialty, const QString& occupationCode);

class ExpertService : public QObject
{
    Q_OBJECT
public:
    ExpertService(const Database& db, Session session, QObject* parent = nullptr);

    // Checks every field; Invalid with field errors (nothing written) otherwise. The
    // conflicts listed in `e` are stored with the expert in the same transaction.
    Result<Expert> add(const Expert& e);
    // Refused when someone saved the expert since `e.rowVersion` was read (names who).
    // Conflicts are not touched: addConflict / removeConflict change them.
    Result<Expert> update(const Expert& e);
    Result<Expert> setActive(qint64 id, bool active, const QString& reason);
    Result<Expert> get(qint64 id) const;
    // Active experts (and inactive ones when asked), by name; `search` matches name,
    // employer or specialty.
    Result<QList<Expert>> list(bool includeInactive = false, const QString& search = {}) const;

    Result<Expert> addConflict(qint64 expertId, qint64 enterpriseId, const QString& reason);
    Result<Expert> removeConflict(qint64 expertId, qint64 enterpriseId);

    // Pool files: the columns of `columns()`, CSV (UTF-8 or GBK) or XLSX by extension;
    // all-or-nothing; an ID number already in the pool is an error.
    Result<ExpertImportSummary> importFile(const QString& path);
    Status exportFile(const QString& path) const;    // CSV or XLSX by extension
    static Status writeTemplate(const QString& path); // empty file with the header
    static QStringList columns(); // 姓名, 证件类型, 证件号码, 工作单位, 职称或技能等级, 地区, 联系电话, 专业领域, 备注

signals:
    void changed();

private:
    Result<Expert> load(qint64 id) const;
    Status checkExpert(Expert& e, qint64 selfId) const;
    Status saveChildren(const Expert& e);
    const Database& m_db;
    Session m_session;
};

} // namespace jd
