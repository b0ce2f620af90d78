#pragma once
// EnterpriseRepository: SQL for enterprises and their child lists, bound values only.
// No rules and no transactions here: EnterpriseService wraps every call in one.

#include "core/common/Result.h"
#include "core/registry/Enterprise.h"

namespace jd {

class Database;

struct EnterpriseFilter
{
    QString text; // matches name, USCC, contact or mobile
    std::optional<EnterpriseKind> kind;
    bool includeInactive = false;
    bool flaggedOnly = false; // USCC kept by override
};

class EnterpriseRepository
{
public:
    explicit EnterpriseRepository(const Database& db) : m_db(db) {}

    Result<qint64> insert(const Enterprise& e);
    Status update(const Enterprise& e); // replaces the child lists; bumps row_version
    Result<std::optional<Enterprise>> find(qint64 id) const;
    Result<QList<EnterpriseSummary>> list(const EnterpriseFilter& f) const;
    // Active enterprise holding the USCC, other than `exceptId`; 0 when none.
    Result<qint64> activeWithUscc(const QString& uscc, qint64 exceptId) const;
    Status setActive(qint64 id, bool active, const QDateTime& at);

    Result<qint64> insertDocument(qint64 enterpriseId, const AttachedDocument& meta, const QByteArray& content);
    Result<QByteArray> documentContent(qint64 documentId) const;
    Result<std::optional<AttachedDocument>> document(qint64 documentId, qint64* enterpriseId) const;
    Status deleteDocument(qint64 documentId);

private:
    Status writeChildren(qint64 id, const Enterprise& e);
    Status readChildren(Enterprise& e) const;
    const Database& m_db;
};

} // namespace jd
