#pragma once
// EnterpriseService: the enterprise registry's rules. Validates every field (DESIGN §6),
// keeps USCCs unique among active enterprises, writes in one transaction with an audit
// entry, and imports CSV/JSON all-or-nothing. Fails with Invalid (field errors listed),
// NotFound, NotAllowed (someone else saved first) or Storage; on failure nothing changes.

#include "core/common/Result.h"
#include "core/registry/EnterpriseRepository.h"
#include "core/users/Session.h"

#include <QObject>

namespace jd {

class Database;
class OccupationCatalogue;

struct ImportReport
{
    int imported = 0;
    QList<qint64> ids;
    QString encoding; // of a CSV file
};

class EnterpriseService : public QObject
{
    Q_OBJECT
public:
    EnterpriseService(const Database& db, Session session, QObject* parent = nullptr);

    // Normalises values in place (USCC upper-case, ID numbers to 18 characters, phones)
    // and returns every field error; empty when the enterprise can be saved.
    QList<FieldError> validate(Enterprise& e) const;

    Result<qint64> create(Enterprise e);
    // Saves changes to an existing enterprise; refused when its row_version is stale.
    Result<Enterprise> update(Enterprise e);
    Result<Enterprise> get(qint64 id) const;
    Result<QList<EnterpriseSummary>> list(const EnterpriseFilter& f = {}) const;
    // Takes the enterprise out of the registry (kept for history; its USCC is freed).
    Status remove(qint64 id);

    Result<AttachedDocument> attachDocument(qint64 enterpriseId, const QString& kind, const QString& filePath);
    Result<QByteArray> documentContent(qint64 documentId) const;
    Status removeDocument(qint64 documentId);

    // CSV or XLSX (one row per enterprise or per child line, the template's headers) or
    // JSON (an object or an array, as `enterprise show` prints). Detects the format by
    // extension, else by content.
    Result<ImportReport> importFile(const QString& path);
    Result<ImportReport> importJson(const QByteArray& bytes);
    Result<ImportReport> importCsv(const QByteArray& bytes);
    Result<ImportReport> importRows(QList<QStringList> rows); // the header first
    static QStringList csvHeader();

signals:
    void changed(qint64 enterpriseId);

private:
    Result<ImportReport> importAll(QList<Enterprise> items, const QList<int>& rows, QList<FieldError> errors);
    const Database& m_db;
    Session m_session;
    EnterpriseRepository m_repo;
};

} // namespace jd
