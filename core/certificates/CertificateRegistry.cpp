#include "core/certificates/CertificateRegistry.h"

#include "core/audit/AuditLog.h"
#include "core/common/Dates.h"
#include "core/db/Database.h"
#include "core/numbering/NumberingService.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::CertificateRegistry".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::CertificateRegistry)
};

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.number, c.name, c.id_type, c.id_number, c.gender, c.occupation_code, c.occupation_name, c.trade, c.level, "
    "c.issue_date, c.enterprise_id, e.name, c.status, c.replaces, c.status_reason, c.printed, "
    "EXISTS (SELECT 1 FROM filing_history h JOIN filings f ON f.id = h.filing_id WHERE f.enterprise_id = c.enterprise_id "
    "        AND h.action = 'terminate' AND h.effective_date < c.issue_date) "
    "FROM certificates c JOIN enterprises e ON e.id = c.enterprise_id ");

Certificate read(const RowReader& r, bool mask)
{
    Certificate c;
    c.id = r.integer(0);
    c.number = r.text(1);
    c.name = r.text(2);
    c.idType = r.text(3);
    c.idNumber = mask ? validation::maskIdNumber(r.text(4)) : r.text(4);
    c.gender = r.text(5);
    c.occupationCode = r.text(6);
    c.occupationName = r.text(7);
    c.trade = r.text(8);
    c.level = static_cast<int>(r.integer(9));
    c.issueDate = dates::parseIso(r.text(10));
    c.enterpriseId = r.integer(11);
    c.enterpriseName = r.text(12);
    c.status = r.text(13);
    c.replaces = r.text(14);
    c.statusReason = r.text(15);
    c.printed = static_cast<int>(r.integer(16));
    c.flagged = r.integer(17) != 0;
    return c;
}

} // namespace

QString CertificateRegistry::findSql(const CertificateQuery& q, QVariantList* values)
{
    QString sql = kSelect + QStringLiteral("WHERE 1=1");
    QVariantList& v = *values;
    if (!q.number.isEmpty()) {
        sql += QStringLiteral(" AND c.number = ?");
        v << validation::normalizeWidth(q.number).toUpper();
    }
    if (!q.idNumber.isEmpty()) {
        // Accept a 15-digit or lower-case number as typed.
        const validation::Check id = validation::residentId(q.idNumber);
        sql += QStringLiteral(" AND c.id_number = ?");
        v << (id.ok ? id.normalized : validation::normalizeWidth(q.idNumber).toUpper());
    }
    if (!q.namePrefix.isEmpty()) {
        // A range on the index rather than LIKE, so the name index is used.
        const QString p = validation::normalizeWidth(q.namePrefix);
        sql += QStringLiteral(" AND c.name >= ? AND c.name < ?");
        v << p << p + QChar(0xFFFF);
    }
    if (q.resultId) {
        sql += QStringLiteral(" AND c.result_id = ?");
        v << q.resultId;
    }
    // A name search lists people by name: the name index then yields rows in order and the
    // limit stops it early, even when a single character matches a million people.
    const bool byName = !q.namePrefix.isEmpty() && q.number.isEmpty() && q.idNumber.isEmpty() && !q.resultId;
    sql += byName ? QStringLiteral(" ORDER BY c.name, c.number LIMIT ?") : QStringLiteral(" ORDER BY c.number LIMIT ?");
    v << q.limit;
    return sql;
}

Result<QList<Certificate>> CertificateRegistry::find(const CertificateQuery& q) const
{
    QVariantList v;
    const QString sql = findSql(q, &v);
    // The few shapes of this query are prepared once per connection.
    const bool mask = !m_session.can(Permission::ViewFullIdNumbers);
    QList<Certificate> out;
    out.reserve(std::min(q.limit, 1000));
    if (Status s = m_db.select(sql, v, [&](const RowReader& r) {
            out << read(r, mask);
            return true;
        }); !s)
        return s.error();
    return out;
}

Result<QList<Certificate>> CertificateRegistry::findList(const QStringList& keys) const
{
    QList<Certificate> out;
    QSet<qint64> seen;
    for (const QString& raw : keys) {
        const QString key = validation::normalizeWidth(raw);
        if (key.isEmpty())
            continue;
        CertificateQuery q;
        q.limit = 1000;
        if (key.size() == 22 && (key.at(0).toUpper() == QLatin1Char('Y') || key.at(0).toUpper() == QLatin1Char('S')))
            q.number = key;
        else
            q.idNumber = key;
        auto found = find(q);
        if (!found)
            return found.error();
        for (const Certificate& c : *found)
            if (!seen.contains(c.id)) {
                seen.insert(c.id);
                out << c;
            }
    }
    return out;
}

Result<Certificate> CertificateRegistry::get(const QString& number) const
{
    CertificateQuery q;
    q.number = number;
    auto r = find(q);
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error::notFound(Tr::tr("证书 %1 不在登记册中。").arg(number));
    return r->first();
}

Status CertificateRegistry::revoke(const QString& number, const QString& reason, QDate on)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    if (reason.trimmed().isEmpty())
        return Error::invalid(Tr::tr("撤销证书须写明原因。"),
                              {FieldError{QStringLiteral("reason"), Tr::tr("原因"), Tr::tr("不能为空。"), 0, {}}});
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto c = get(number);
    if (!c)
        return c.error();
    if (c->status != QStringLiteral("valid"))
        return Error::notAllowed((c->status == QStringLiteral("revoked") ? Tr::tr("证书 %1 已撤销，不能撤销。")
                                                                         : Tr::tr("证书 %1 已换发，不能撤销。"))
                                     .arg(c->number));
    if (!on.isValid())
        on = m_db.clock().today();
    auto u = m_db.exec(QStringLiteral("UPDATE certificates SET status = 'revoked', status_reason = ?, changed_at = ? WHERE id = ?"),
                       {reason.trimmed(), m_db.clock().now().toString(Qt::ISODateWithMs), c->id});
    if (!u)
        return u.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("revoke"), QStringLiteral("certificate"), c->number,
                                         {{QStringLiteral("status"), c->status}},
                                         {{QStringLiteral("status"), QStringLiteral("revoked")},
                                          {QStringLiteral("reason"), reason.trimmed()},
                                          {QStringLiteral("date"), on.toString(Qt::ISODate)}});
        !s)
        return s;
    return tx.commit();
}

Result<Certificate> CertificateRegistry::reissue(const QString& number, const QString& reason, QDate on)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    if (reason.trimmed().isEmpty())
        return Error::invalid(Tr::tr("换发证书须写明原因（如遗失、损坏、信息更正）。"));
    if (!on.isValid())
        on = m_db.clock().today();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto old = get(number);
    if (!old)
        return old.error();
    if (old->status != QStringLiteral("valid"))
        return Error::notAllowed(old->status == QStringLiteral("revoked")
                                     ? Tr::tr("证书 %1 已撤销，只有有效证书可以换发。").arg(old->number)
                                     : Tr::tr("证书 %1 已换发过，只有有效证书可以换发。").arg(old->number));
    NumberingService numbering(m_db, m_session);
    auto block = numbering.reserveInTransaction(old->enterpriseId, on.year(), old->level, 1, 0, on);
    if (!block)
        return block.error();
    auto newNumber = numbering.numberFor(block->orgSerial, block->year, block->level, block->first);
    if (!newNumber)
        return newNumber.error();
    const QString now = m_db.clock().now().toString(Qt::ISODateWithMs);
    auto ins = m_db.exec(QStringLiteral("INSERT INTO certificates (number, result_id, enterprise_id, block_id, name, id_type, id_number, gender, "
                                        "occupation_code, occupation_name, trade, level, issue_date, replaces, status_reason, changed_at) "
                                        "SELECT ?, result_id, enterprise_id, ?, name, id_type, id_number, gender, occupation_code, "
                                        "occupation_name, trade, level, ?, number, ?, ? FROM certificates WHERE id = ?"),
                         {newNumber->format(), block->id, on.toString(Qt::ISODate), reason.trimmed(), now, old->id});
    if (!ins)
        return ins.error();
    auto u = m_db.exec(QStringLiteral("UPDATE certificates SET status = 'replaced', status_reason = ?, changed_at = ? WHERE id = ?"),
                       {QStringLiteral("换发为 %1：%2").arg(newNumber->format(), reason.trimmed()), now, old->id});
    if (!u)
        return u.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("reissue"), QStringLiteral("certificate"), old->number,
                                         {{QStringLiteral("status"), old->status}},
                                         {{QStringLiteral("replaced_by"), newNumber->format()}, {QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(newNumber->format());
}

Result<int> CertificateRegistry::importPhotos(const QString& folder, QStringList* skipped,
                                              const std::function<bool(int, int)>& progress)
{
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    QDir dir(folder);
    if (!dir.exists())
        return Error::notFound(Tr::tr("文件夹“%1”不存在。").arg(folder));
    const QStringList files = dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                             QStringLiteral("*.JPG"), QStringLiteral("*.JPEG"), QStringLiteral("*.PNG")},
                                            QDir::Files, QDir::Name);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    int stored = 0;
    const QString now = m_db.clock().now().toString(Qt::ISODateWithMs);
    const int total = static_cast<int>(files.size());
    const Error cancelled = Error::invalid(Tr::tr("导入照片已取消，没有保存任何照片。"));
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return cancelled; // the transaction rolls back
        const QString& name = files.at(i);
        const validation::Check id = validation::residentId(QFileInfo(name).completeBaseName());
        QFile f(dir.filePath(name));
        if (!id.ok || f.size() > 2 * 1024 * 1024 || !f.open(QIODevice::ReadOnly)) {
            if (skipped)
                *skipped << (!id.ok ? Tr::tr("%1：文件名不是有效的身份证号码") : Tr::tr("%1：无法读取或超过 2 MB")).arg(name);
            continue;
        }
        const QByteArray bytes = f.readAll();
        const bool png = bytes.startsWith("\x89PNG");
        const bool jpeg = bytes.startsWith("\xFF\xD8");
        if (!png && !jpeg) {
            if (skipped)
                *skipped << Tr::tr("%1：不是 JPEG 或 PNG 图片").arg(name);
            continue;
        }
        auto w = m_db.exec(QStringLiteral("INSERT INTO candidate_photos (id_number, mime_type, image, sha256, added_at) "
                                          "VALUES (?,?,?,?,?) ON CONFLICT (id_number) DO UPDATE SET mime_type = excluded.mime_type, "
                                          "image = excluded.image, sha256 = excluded.sha256, added_at = excluded.added_at"),
                           {id.normalized, png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"), bytes,
                            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), now});
        if (!w)
            return w.error();
        ++stored;
    }
    if (progress && !progress(total, total))
        return cancelled;
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("import"), QStringLiteral("candidate_photos"), folder, {},
                                         {{QStringLiteral("stored"), stored}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<QByteArray> CertificateRegistry::photo(const QString& idNumber) const
{
    auto q = m_db.exec(QStringLiteral("SELECT image FROM candidate_photos WHERE id_number = ?"), {idNumber});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toByteArray() : QByteArray();
}

Status CertificateRegistry::markPrinted(const QList<QString>& numbers, const QString& what)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    for (const QString& n : numbers) {
        auto u = m_db.exec(QStringLiteral("UPDATE certificates SET printed = printed + 1 WHERE number = ?"), {n});
        if (!u)
            return u.error();
    }
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("print"), QStringLiteral("certificate"),
                                         numbers.size() == 1 ? numbers.first() : QStringLiteral("%1 本").arg(numbers.size()), {},
                                         {{QStringLiteral("what"), what}, {QStringLiteral("count"), static_cast<int>(numbers.size())}});
        !s)
        return s;
    return tx.commit();
}

} // namespace jd
