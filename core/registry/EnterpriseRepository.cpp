#include "core/registry/EnterpriseRepository.h"

#include "core/audit/AuditLog.h"
#include "core/db/Database.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::EnterpriseRepository".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::EnterpriseRepository)
};

QString ts(const QDateTime& d) { return d.toString(Qt::ISODateWithMs); }
QDateTime fromTs(const QVariant& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

const QString kColumns = QStringLiteral(
    "id, name, address, registration_authority, uscc, uscc_override, uscc_override_reason, kind, "
    "ministry_filing_ref, contact, contact_title, landline, mobile, email, rules_note, advantages, venue, "
    "it_equipment, active, row_version, created_at, updated_at");

QVariantList mainValues(const Enterprise& e)
{
    return {e.name,         e.address, e.registrationAuthority, e.uscc,       e.usccOverride ? 1 : 0,
            e.usccOverrideReason, enterpriseKindKey(e.kind), e.ministryFilingRef, e.contact,  e.contactTitle,
            e.landline,     e.mobile,  e.email,                 e.rulesNote,  e.advantages,
            e.venue,        e.itEquipment};
}

} // namespace

Result<qint64> EnterpriseRepository::insert(const Enterprise& e)
{
    QVariantList v = mainValues(e);
    v << (e.active ? 1 : 0) << ts(e.createdAt) << ts(e.updatedAt);
    auto q = m_db.insert(QStringLiteral("INSERT INTO enterprises (name, address, registration_authority, uscc, "
                                      "uscc_override, uscc_override_reason, kind, ministry_filing_ref, contact, "
                                      "contact_title, landline, mobile, email, rules_note, advantages, venue, "
                                      "it_equipment, active, created_at, updated_at) "
                                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                       v);
    if (!q)
        return q.error();
    const qint64 id = q.value();
    if (Status s = writeChildren(id, e); !s)
        return s.error();
    return id;
}

Status EnterpriseRepository::update(const Enterprise& e)
{
    QVariantList v = mainValues(e);
    v << ts(e.updatedAt) << e.id << e.rowVersion;
    auto q = m_db.exec(QStringLiteral("UPDATE enterprises SET name=?, address=?, registration_authority=?, uscc=?, "
                                      "uscc_override=?, uscc_override_reason=?, kind=?, ministry_filing_ref=?, "
                                      "contact=?, contact_title=?, landline=?, mobile=?, email=?, rules_note=?, "
                                      "advantages=?, venue=?, it_equipment=?, updated_at=?, "
                                      "row_version = row_version + 1 WHERE id=? AND row_version=?"),
                       v);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) {
        const QString by = AuditLog(m_db).lastChangeBy(QStringLiteral("enterprise"), QString::number(e.id));
        if (by.isEmpty())
            return Error::notAllowed(Tr::tr("该企业已被他人修改或删除，您的修改未保存。请重新打开后再修改。"));
        return Error::notAllowed(Tr::tr("该企业在您打开之后已由 %1 修改，您的修改未保存，以免覆盖对方的修改。"
                                        "请重新打开该企业，核对后再修改。")
                                     .arg(by));
    }
    for (const char* table : {"enterprise_occupations", "enterprise_equipment", "enterprise_people"}) {
        auto d = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE enterprise_id = ?").arg(QLatin1String(table)), {e.id});
        if (!d)
            return d.error();
    }
    return writeChildren(e.id, e);
}

Status EnterpriseRepository::writeChildren(qint64 id, const Enterprise& e)
{
    int pos = 0;
    for (const OccupationApplied& o : e.occupations) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO enterprise_occupations (enterprise_id, position, code, name, "
                                          "trade, basis, levels) VALUES (?,?,?,?,?,?,?)"),
                           {id, pos++, o.code, o.name, o.trade, o.basis, validation::formatLevels(o.levels)});
        if (!q)
            return q.error();
    }
    pos = 0;
    for (const Equipment& eq : e.equipment) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO enterprise_equipment (enterprise_id, position, name, brand, "
                                          "model, quantity, ownership) VALUES (?,?,?,?,?,?,?)"),
                           {id, pos++, eq.name, eq.brand, eq.model, eq.quantity, eq.ownership});
        if (!q)
            return q.error();
    }
    for (PersonRole role : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor}) {
        pos = 0;
        for (const Person& p : e.people(role)) {
            auto q = m_db.exec(QStringLiteral("INSERT INTO enterprise_people (enterprise_id, role, position, name, "
                                              "id_type, id_number, employer, title, education, field) "
                                              "VALUES (?,?,?,?,?,?,?,?,?,?)"),
                               {id, personRoleKey(role), pos++, p.name, p.idType, p.idNumber, p.employer, p.title,
                                p.education, p.field});
            if (!q)
                return q.error();
        }
    }
    return {};
}

Result<std::optional<Enterprise>> EnterpriseRepository::find(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM enterprises WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    QSqlQuery& r = q.value();
    if (!r.next())
        return std::optional<Enterprise>();
    Enterprise e;
    e.id = r.value(0).toLongLong();
    e.name = r.value(1).toString();
    e.address = r.value(2).toString();
    e.registrationAuthority = r.value(3).toString();
    e.uscc = r.value(4).toString();
    e.usccOverride = r.value(5).toInt() != 0;
    e.usccOverrideReason = r.value(6).toString();
    enterpriseKindFromString(r.value(7).toString(), &e.kind);
    e.ministryFilingRef = r.value(8).toString();
    e.contact = r.value(9).toString();
    e.contactTitle = r.value(10).toString();
    e.landline = r.value(11).toString();
    e.mobile = r.value(12).toString();
    e.email = r.value(13).toString();
    e.rulesNote = r.value(14).toString();
    e.advantages = r.value(15).toString();
    e.venue = r.value(16).toString();
    e.itEquipment = r.value(17).toString();
    e.active = r.value(18).toInt() != 0;
    e.rowVersion = r.value(19).toInt();
    e.createdAt = fromTs(r.value(20));
    e.updatedAt = fromTs(r.value(21));
    if (Status s = readChildren(e); !s)
        return s.error();
    return std::optional<Enterprise>(std::move(e));
}

Status EnterpriseRepository::readChildren(Enterprise& e) const
{
    auto occ = m_db.exec(QStringLiteral("SELECT code, name, trade, basis, levels FROM enterprise_occupations "
                                        "WHERE enterprise_id = ? ORDER BY position"),
                         {e.id});
    if (!occ)
        return occ.error();
    while (occ.value().next()) {
        OccupationApplied o{occ.value().value(0).toString(), occ.value().value(1).toString(),
                            occ.value().value(2).toString(), occ.value().value(3).toString(), {}};
        validation::parseLevels(occ.value().value(4).toString(), &o.levels);
        e.occupations << o;
    }
    auto eq = m_db.exec(QStringLiteral("SELECT name, brand, model, quantity, ownership FROM enterprise_equipment "
                                       "WHERE enterprise_id = ? ORDER BY position"),
                        {e.id});
    if (!eq)
        return eq.error();
    while (eq.value().next())
        e.equipment << Equipment{eq.value().value(0).toString(), eq.value().value(1).toString(),
                                 eq.value().value(2).toString(), eq.value().value(3).toInt(),
                                 eq.value().value(4).toString()};
    auto pp = m_db.exec(QStringLiteral("SELECT role, name, id_type, id_number, employer, title, education, field "
                                       "FROM enterprise_people WHERE enterprise_id = ? ORDER BY role, position"),
                        {e.id});
    if (!pp)
        return pp.error();
    while (pp.value().next()) {
        const QString role = pp.value().value(0).toString();
        Person p{pp.value().value(1).toString(), pp.value().value(2).toString(), pp.value().value(3).toString(),
                 pp.value().value(4).toString(), pp.value().value(5).toString(), pp.value().value(6).toString(),
                 pp.value().value(7).toString()};
        for (PersonRole r : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor})
            if (personRoleKey(r) == role)
                e.people(r) << p;
    }
    auto docs = m_db.exec(QStringLiteral("SELECT id, kind, file_name, mime_type, size, sha256, added_at FROM "
                                         "enterprise_documents WHERE enterprise_id = ? ORDER BY id"),
                          {e.id});
    if (!docs)
        return docs.error();
    while (docs.value().next()) {
        const QSqlQuery& d = docs.value();
        e.documents << AttachedDocument{d.value(0).toLongLong(), d.value(1).toString(), d.value(2).toString(),
                                        d.value(3).toString(), d.value(4).toLongLong(), d.value(5).toString(),
                                        fromTs(d.value(6))};
    }
    return {};
}

Result<QList<EnterpriseSummary>> EnterpriseRepository::list(const EnterpriseFilter& f) const
{
    QString sql = QStringLiteral(
        "SELECT e.id, e.name, e.uscc, e.uscc_override, e.kind, e.contact, e.mobile, e.updated_at, "
        "(SELECT count(*) FROM enterprise_occupations o WHERE o.enterprise_id = e.id) "
        "FROM enterprises e WHERE 1=1");
    QVariantList v;
    if (!f.includeInactive)
        sql += QStringLiteral(" AND e.active = 1");
    if (f.kind) {
        sql += QStringLiteral(" AND e.kind = ?");
        v << enterpriseKindKey(*f.kind);
    }
    if (f.flaggedOnly)
        sql += QStringLiteral(" AND e.uscc_override = 1");
    const QString text = validation::normalizeWidth(f.text);
    if (!text.isEmpty()) {
        QString like = text;
        like.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
            .replace(QStringLiteral("%"), QStringLiteral("\\%"))
            .replace(QStringLiteral("_"), QStringLiteral("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        sql += QStringLiteral(" AND (e.name LIKE ? ESCAPE '\\' OR e.uscc LIKE ? ESCAPE '\\' OR e.contact LIKE ? "
                              "ESCAPE '\\' OR e.mobile LIKE ? ESCAPE '\\')");
        v << like << like.toUpper() << like << like;
    }
    sql += QStringLiteral(" ORDER BY e.id");
    auto q = m_db.exec(sql, v);
    if (!q)
        return q.error();
    QList<EnterpriseSummary> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        EnterpriseSummary s;
        s.id = r.value(0).toLongLong();
        s.name = r.value(1).toString();
        s.uscc = r.value(2).toString();
        s.usccOverride = r.value(3).toInt() != 0;
        enterpriseKindFromString(r.value(4).toString(), &s.kind);
        s.contact = r.value(5).toString();
        s.mobile = r.value(6).toString();
        s.updatedAt = fromTs(r.value(7));
        s.occupationCount = r.value(8).toInt();
        out << s;
    }
    return out;
}

Result<qint64> EnterpriseRepository::activeWithUscc(const QString& uscc, qint64 exceptId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM enterprises WHERE uscc = ? AND active = 1 AND id <> ?"),
                       {uscc, exceptId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Status EnterpriseRepository::setActive(qint64 id, bool active, const QDateTime& at)
{
    auto q = m_db.exec(QStringLiteral("UPDATE enterprises SET active = ?, updated_at = ?, row_version = row_version + 1 "
                                      "WHERE id = ?"),
                       {active ? 1 : 0, ts(at), id});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> EnterpriseRepository::insertDocument(qint64 enterpriseId, const AttachedDocument& m,
                                                    const QByteArray& content)
{
    auto q = m_db.insert(QStringLiteral("INSERT INTO enterprise_documents (enterprise_id, kind, file_name, mime_type, "
                                      "size, sha256, content, added_at) VALUES (?,?,?,?,?,?,?,?)"),
                       {enterpriseId, m.kind, m.fileName, m.mimeType, m.size, m.sha256, content, ts(m.addedAt)});
    if (!q)
        return q.error();
    return q.value();
}

Result<QByteArray> EnterpriseRepository::documentContent(qint64 documentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT content FROM enterprise_documents WHERE id = ?"), {documentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Tr::tr("附件 %1 不存在。").arg(documentId));
    return q.value().value(0).toByteArray();
}

Result<std::optional<AttachedDocument>> EnterpriseRepository::document(qint64 documentId, qint64* enterpriseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, file_name, mime_type, size, sha256, added_at, enterprise_id "
                                      "FROM enterprise_documents WHERE id = ?"),
                       {documentId});
    if (!q)
        return q.error();
    const QSqlQuery& d = q.value();
    if (!q.value().next())
        return std::optional<AttachedDocument>();
    if (enterpriseId)
        *enterpriseId = d.value(7).toLongLong();
    return std::optional<AttachedDocument>(AttachedDocument{d.value(0).toLongLong(), d.value(1).toString(),
                                                            d.value(2).toString(), d.value(3).toString(),
                                                            d.value(4).toLongLong(), d.value(5).toString(),
                                                            fromTs(d.value(6))});
}

Status EnterpriseRepository::deleteDocument(qint64 documentId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM enterprise_documents WHERE id = ?"), {documentId});
    if (!q)
        return q.error();
    return {};
}

} // namespace jd
