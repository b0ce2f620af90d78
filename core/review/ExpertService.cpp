#include "core/review/ExpertService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Dates.h"
#include "core/common/TableFile.h"
#include "core/db/Database.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace jd {

using namespace validation;

bool specialtyCovers(const QString& specialty, const QString& occupationCode)
{
    const QString s = specialty.trimmed();
    if (s.isEmpty())
        return false;
    return occupationCode == s || occupationCode.startsWith(s + QLatin1Char('-'));
}

QJsonObject expertToJson(const Expert& e)
{
    QJsonArray conflicts;
    for (const ExpertConflict& c : e.conflicts)
        conflicts.append(QJsonObject{{QStringLiteral("enterprise_id"), c.enterpriseId},
                                     {QStringLiteral("enterprise"), c.enterpriseName},
                                     {QStringLiteral("reason"), c.reason}});
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("id_type"), e.idType},
            {QStringLiteral("id_number"), e.idNumber},
            {QStringLiteral("employer"), e.employer},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("region"), e.region},
            {QStringLiteral("phone"), e.phone},
            {QStringLiteral("specialties"), QJsonArray::fromStringList(e.specialties)},
            {QStringLiteral("active"), e.active},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("conflicts"), conflicts}};
}

namespace {

// Messages of this file, translated under the context "jd::ExpertService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::ExpertService)
};

using dates::ts;

const QRegularExpression& specialtyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[1-8](-\\d{2}){0,3}$"));
    return re;
}

} // namespace

QStringList ExpertService::columns()
{
    return {QStringLiteral("姓名"),     QStringLiteral("证件类型"), QStringLiteral("证件号码"),
            QStringLiteral("工作单位"), QStringLiteral("职称或技能等级"), QStringLiteral("地区"),
            QStringLiteral("联系电话"), QStringLiteral("专业领域"), QStringLiteral("备注")};
}

ExpertService::ExpertService(const Database& db, Session session, QObject* parent)
    : QObject(parent), m_db(db), m_session(std::move(session))
{
}

Status ExpertService::checkExpert(Expert& e, qint64 selfId) const
{
    QList<FieldError> errors;
    auto add = [&](const char* field, const QString& label, const QString& why, const QString& value = {}) {
        errors << FieldError{QString::fromLatin1(field), label, why, 0, value};
    };
    e.name = normalizeWidth(e.name).simplified();
    e.employer = e.employer.simplified();
    e.title = e.title.simplified();
    e.region = e.region.simplified();
    e.phone = normalizeWidth(e.phone).remove(QLatin1Char(' '));
    e.note = e.note.trimmed();
    if (e.name.isEmpty())
        add("name", Tr::tr("姓名"), Tr::tr("请填写专家姓名。"));
    IdType type = IdType::ResidentId;
    if (!idTypeFromString(e.idType, &type))
        add("id_type", Tr::tr("证件类型"),
            Tr::tr("“%1”不是可用的证件类型，请选择居民身份证、护照等。").arg(e.idType), e.idType);
    else {
        e.idType = idTypeKey(type);
        const Check c = idDocument(type, e.idNumber, m_db.clock().today());
        if (!c.ok)
            add("id_number", Tr::tr("证件号码"), c.message, e.idNumber);
        else {
            e.idNumber = c.normalized;
            auto dup = m_db.exec(QStringLiteral("SELECT id, name FROM experts WHERE id_number = ? AND id <> ?"), {e.idNumber, selfId});
            if (!dup)
                return dup.error();
            if (dup.value().next())
                add("id_number", Tr::tr("证件号码"),
                    Tr::tr("该证件号码已在专家库中（编号 %1，%2），同一人只登记一次。")
                        .arg(dup.value().value(0).toLongLong())
                        .arg(dup.value().value(1).toString()),
                    e.idNumber);
        }
    }
    if (e.employer.isEmpty())
        add("employer", Tr::tr("工作单位"), Tr::tr("请填写工作单位：抽取专家组时据此回避。"));
    if (!e.phone.isEmpty()) {
        const Check m = mobile(e.phone);
        const Check l = landline(e.phone);
        if (m.ok)
            e.phone = m.normalized;
        else if (l.ok)
            e.phone = l.normalized;
        else
            add("phone", Tr::tr("联系电话"), Tr::tr("应为 11 位手机号或带区号的固定电话，如 022-23456789。"), e.phone);
    }
    QStringList specialties;
    for (const QString& raw : std::as_const(e.specialties)) {
        const QString s = normalizeWidth(raw).remove(QLatin1Char(' '));
        if (s.isEmpty() || specialties.contains(s))
            continue;
        if (!specialtyPattern().match(s).hasMatch())
            add("specialties", Tr::tr("专业领域"),
                Tr::tr("“%1”不是职业分类代码：应为大类至职业各级代码，如 6、6-31、6-31-01 或 6-31-01-03。").arg(s), s);
        specialties << s;
    }
    e.specialties = specialties;
    if (e.specialties.isEmpty())
        add("specialties", Tr::tr("专业领域"), Tr::tr("请至少填写一个专业领域（职业分类代码，如 6-31）。"));
    if (errors.isEmpty())
        return {};
    QStringList lines;
    for (const FieldError& f : errors)
        lines << Tr::tr("%1：%2").arg(f.label, f.message);
    return Error::invalid(Tr::tr("专家信息有 %1 处需要修改：\n  %2").arg(errors.size()).arg(lines.join(QStringLiteral("\n  "))),
                          errors);
}

Status ExpertService::saveChildren(const Expert& e)
{
    auto del = m_db.exec(QStringLiteral("DELETE FROM expert_specialties WHERE expert_id = ?"), {e.id});
    if (!del)
        return del.error();
    for (int i = 0; i < e.specialties.size(); ++i) {
        auto ins = m_db.exec(QStringLiteral("INSERT INTO expert_specialties (expert_id, position, code) VALUES (?,?,?)"),
                             {e.id, i + 1, e.specialties.at(i)});
        if (!ins)
            return ins.error();
    }
    return {};
}

Result<Expert> ExpertService::load(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, id_type, id_number, employer, title, region, phone, active, note, row_version "
                                      "FROM experts WHERE id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(Tr::tr("专家库中没有编号为 %1 的专家。").arg(id));
    const QSqlQuery& r = q.value();
    Expert e;
    e.id = r.value(0).toLongLong();
    e.name = r.value(1).toString();
    e.idType = r.value(2).toString();
    e.idNumber = r.value(3).toString();
    e.employer = r.value(4).toString();
    e.title = r.value(5).toString();
    e.region = r.value(6).toString();
    e.phone = r.value(7).toString();
    e.active = r.value(8).toBool();
    e.note = r.value(9).toString();
    e.rowVersion = r.value(10).toInt();
    auto s = m_db.exec(QStringLiteral("SELECT code FROM expert_specialties WHERE expert_id = ? ORDER BY position"), {id});
    if (!s)
        return s.error();
    while (s.value().next())
        e.specialties << s.value().value(0).toString();
    auto c = m_db.exec(QStringLiteral("SELECT c.enterprise_id, e.name, c.reason FROM expert_conflicts c "
                                      "JOIN enterprises e ON e.id = c.enterprise_id WHERE c.expert_id = ? ORDER BY e.name"),
                       {id});
    if (!c)
        return c.error();
    while (c.value().next())
        e.conflicts << ExpertConflict{c.value().value(0).toLongLong(), c.value().value(1).toString(), c.value().value(2).toString()};
    return e;
}

Result<Expert> ExpertService::get(qint64 id) const
{
    auto e = load(id);
    if (e && !m_session.can(Permission::ViewFullIdNumbers))
        e.value().idNumber = maskIdNumber(e.value().idNumber);
    return e;
}

Result<QList<Expert>> ExpertService::list(bool includeInactive, const QString& search) const
{
    const QString like = QStringLiteral("%%1%").arg(search.trimmed());
    auto q = m_db.exec(QStringLiteral("SELECT x.id FROM experts x WHERE (? = 1 OR x.active = 1) AND (? = '' OR x.name LIKE ? "
                                      "OR x.employer LIKE ? OR EXISTS (SELECT 1 FROM expert_specialties s WHERE s.expert_id = x.id "
                                      "AND s.code LIKE ?)) ORDER BY x.name, x.id"),
                       {includeInactive ? 1 : 0, search.trimmed(), like, like, like});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    QList<Expert> out;
    for (qint64 id : ids) {
        auto e = get(id);
        if (!e)
            return e.error();
        out << *e;
    }
    return out;
}

Result<Expert> ExpertService::add(const Expert& input)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    Expert e = input;
    if (Status s = checkExpert(e, 0); !s)
        return s.error();
    const QString now = ts(m_db.clock().now());
    auto ins = m_db.insert(QStringLiteral("INSERT INTO experts (name, id_type, id_number, employer, title, region, phone, note, active, "
                                        "updated_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                         {e.name, e.idType, e.idNumber, e.employer, e.title, e.region, e.phone, e.note, e.active ? 1 : 0,
                          m_session.user, now, now});
    if (!ins)
        return ins.error();
    e.id = ins.value();
    if (Status s = saveChildren(e); !s)
        return s.error();
    // Conflicts declared with a new expert are stored with it, in the same transaction.
    QList<FieldError> conflictErrors;
    for (int i = 0; i < e.conflicts.size(); ++i) {
        const ExpertConflict& c = e.conflicts.at(i);
        const QString field = QStringLiteral("conflicts[%1]").arg(i);
        if (c.reason.trimmed().isEmpty()) {
            conflictErrors << FieldError{field + QStringLiteral(".reason"), Tr::tr("回避理由"),
                                         Tr::tr("请写明与该企业的回避理由。"), 0, c.enterpriseName};
            continue;
        }
        auto ci = m_db.exec(QStringLiteral("INSERT INTO expert_conflicts (expert_id, enterprise_id, reason) "
                                           "SELECT ?, id, ? FROM enterprises WHERE id = ?"),
                            {e.id, c.reason.trimmed(), c.enterpriseId});
        if (!ci)
            return ci.error();
        if (ci.value().numRowsAffected() != 1)
            conflictErrors << FieldError{field + QStringLiteral(".enterprise_id"), Tr::tr("回避企业"),
                                         Tr::tr("企业 %1 不存在或重复列出。").arg(c.enterpriseId), 0, QString::number(c.enterpriseId)};
    }
    if (!conflictErrors.isEmpty())
        return Error::invalid(Tr::tr("回避关系有 %1 处需要修改，专家未保存。").arg(conflictErrors.size()), conflictErrors);
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("create"), QStringLiteral("expert"), QString::number(e.id),
                                         {}, expertToJson(e));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed();
    return get(e.id);
}

Result<Expert> ExpertService::update(const Expert& input)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto before = load(input.id);
    if (!before)
        return before.error();
    Expert e = input;
    // A masked number (read by a role that cannot see it) means "unchanged".
    if (e.idNumber.contains(QLatin1Char('*')))
        e.idNumber = before->idNumber;
    if (Status s = checkExpert(e, e.id); !s)
        return s.error();
    auto u = m_db.exec(QStringLiteral("UPDATE experts SET name = ?, id_type = ?, id_number = ?, employer = ?, title = ?, region = ?, "
                                      "phone = ?, note = ?, active = ?, updated_by = ?, updated_at = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND row_version = ?"),
                       {e.name, e.idType, e.idNumber, e.employer, e.title, e.region, e.phone, e.note, e.active ? 1 : 0,
                        m_session.user, ts(m_db.clock().now()), e.id, e.rowVersion});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1) {
        auto who = m_db.exec(QStringLiteral("SELECT updated_by, updated_at FROM experts WHERE id = ?"), {e.id});
        QString by, at;
        if (who && who.value().next()) {
            by = who.value().value(0).toString();
            at = QDateTime::fromString(who.value().value(1).toString(), Qt::ISODateWithMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        return Error::notAllowed(Tr::tr("专家“%1”已于 %2 被“%3”修改，您的修改未保存。请重新打开后再改。").arg(before->name, at, by));
    }
    e.conflicts = before->conflicts;
    if (Status s = saveChildren(e); !s)
        return s.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("update"), QStringLiteral("expert"), QString::number(e.id),
                                         expertToJson(*before), expertToJson(e));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed();
    return get(e.id);
}

Result<Expert> ExpertService::setActive(qint64 id, bool active, const QString& reason)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    if (!active && reason.trimmed().isEmpty())
        return Error::invalid(Tr::tr("停用专家需要写明理由。"),
                              {FieldError{QStringLiteral("reason"), Tr::tr("理由"), Tr::tr("请写明停用理由。"), 0, {}}});
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto before = load(id);
    if (!before)
        return before.error();
    auto u = m_db.exec(QStringLiteral("UPDATE experts SET active = ?, updated_by = ?, updated_at = ?, row_version = row_version + 1 "
                                      "WHERE id = ?"),
                       {active ? 1 : 0, m_session.user, ts(m_db.clock().now()), id});
    if (!u)
        return u.error();
    QJsonObject after = expertToJson(*before);
    after.insert(QStringLiteral("active"), active);
    after.insert(QStringLiteral("reason"), reason.trimmed());
    if (Status s = AuditLog(m_db).append(m_session.user, active ? QStringLiteral("activate") : QStringLiteral("deactivate"),
                                         QStringLiteral("expert"), QString::number(id), expertToJson(*before), after);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed();
    return get(id);
}

Result<Expert> ExpertService::addConflict(qint64 expertId, qint64 enterpriseId, const QString& reason)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    if (reason.trimmed().isEmpty())
        return Error::invalid(Tr::tr("登记回避关系需要写明理由（如“曾在该企业任职”）。"),
                              {FieldError{QStringLiteral("reason"), Tr::tr("回避理由"), Tr::tr("请写明理由。"), 0, {}}});
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto before = load(expertId);
    if (!before)
        return before.error();
    auto ent = m_db.exec(QStringLiteral("SELECT name FROM enterprises WHERE id = ?"), {enterpriseId});
    if (!ent)
        return ent.error();
    if (!ent.value().next())
        return Error::notFound(Tr::tr("企业 %1 不存在，请核对企业编号。").arg(enterpriseId));
    for (const ExpertConflict& c : before->conflicts)
        if (c.enterpriseId == enterpriseId)
            return Error::invalid(Tr::tr("专家“%1”与“%2”的回避关系已登记。").arg(before->name, c.enterpriseName));
    auto ins = m_db.exec(QStringLiteral("INSERT INTO expert_conflicts (expert_id, enterprise_id, reason) VALUES (?,?,?)"),
                         {expertId, enterpriseId, reason.trimmed()});
    if (!ins)
        return ins.error();
    auto after = load(expertId);
    if (!after)
        return after.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("conflict_add"), QStringLiteral("expert"),
                                         QString::number(expertId), expertToJson(*before), expertToJson(*after));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed();
    return get(expertId);
}

Result<Expert> ExpertService::removeConflict(qint64 expertId, qint64 enterpriseId)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto before = load(expertId);
    if (!before)
        return before.error();
    auto del = m_db.exec(QStringLiteral("DELETE FROM expert_conflicts WHERE expert_id = ? AND enterprise_id = ?"), {expertId, enterpriseId});
    if (!del)
        return del.error();
    if (del.value().numRowsAffected() != 1)
        return Error::notFound(Tr::tr("专家“%1”与企业 %2 没有登记回避关系。").arg(before->name).arg(enterpriseId));
    auto after = load(expertId);
    if (!after)
        return after.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("conflict_remove"), QStringLiteral("expert"),
                                         QString::number(expertId), expertToJson(*before), expertToJson(*after));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed();
    return get(expertId);
}

Result<ExpertImportSummary> ExpertService::importFile(const QString& path)
{
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    auto read = table::read(path);
    if (!read)
        return read.error();
    const QList<QStringList>& rows = read->rows;
    const QStringList header = columns();
    if (rows.isEmpty())
        return Error::invalid(Tr::tr("文件是空的：第一行应为表头 %1。").arg(header.join(Tr::tr("，"))));
    QStringList got;
    for (const QString& h : rows.first())
        got << h.trimmed();
    while (!got.isEmpty() && got.last().isEmpty())
        got.removeLast();
    if (got != header)
        return Error::invalid(Tr::tr("表头不符：应为 %1（可用“导出模板”取得），文件中是 %2。")
                                  .arg(header.join(Tr::tr("，")), got.join(Tr::tr("，"))));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    ExpertImportSummary summary;
    QSet<QString> seen;
    QList<Expert> valid;
    for (int i = 1; i < rows.size(); ++i) {
        QStringList cells = rows.at(i);
        while (cells.size() < header.size())
            cells << QString();
        bool blank = true;
        for (const QString& c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        Expert e;
        e.name = cells.at(0);
        e.idType = cells.at(1).trimmed().isEmpty() ? QStringLiteral("resident_id") : cells.at(1).trimmed();
        e.idNumber = cells.at(2);
        e.employer = cells.at(3);
        e.title = cells.at(4);
        e.region = cells.at(5);
        e.phone = cells.at(6);
        e.specialties = cells.at(7).split(QRegularExpression(QStringLiteral("[,，;；、\\s]+")), Qt::SkipEmptyParts);
        e.note = cells.at(8);
        const Status s = checkExpert(e, 0);
        if (!s) {
            if (s.error().fields.isEmpty())
                return s.error();
            for (FieldError f : s.error().fields) {
                f.row = i + 1;
                const int column = int(QStringList{QStringLiteral("name"), QStringLiteral("id_type"), QStringLiteral("id_number"),
                                                   QStringLiteral("employer"), QStringLiteral("title"), QStringLiteral("region"),
                                                   QStringLiteral("phone"), QStringLiteral("specialties")}
                                           .indexOf(f.field));
                if (column >= 0)
                    f.label = header.at(column);
                summary.errors << f;
            }
            continue;
        }
        if (seen.contains(e.idNumber)) {
            summary.errors << FieldError{QStringLiteral("id_number"), header.at(2),
                                         Tr::tr("同一证件号码在文件中出现多次。"), i + 1, e.idNumber};
            continue;
        }
        seen.insert(e.idNumber);
        valid << e;
    }
    if (!summary.errors.isEmpty())
        return summary; // nothing written: the transaction rolls back
    const QString now = ts(m_db.clock().now());
    for (Expert& e : valid) {
        auto ins = m_db.insert(QStringLiteral("INSERT INTO experts (name, id_type, id_number, employer, title, region, phone, note, active, "
                                            "updated_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,1,?,?,?)"),
                             {e.name, e.idType, e.idNumber, e.employer, e.title, e.region, e.phone, e.note, m_session.user, now, now});
        if (!ins)
            return ins.error();
        e.id = ins.value();
        if (Status s = saveChildren(e); !s)
            return s.error();
    }
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("import"), QStringLiteral("expert"), QString(), {},
                                         {{QStringLiteral("file"), path}, {QStringLiteral("format"), read->format},
                                          {QStringLiteral("imported"), int(valid.size())}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    summary.imported = int(valid.size());
    if (summary.imported > 0)
        emit changed();
    return summary;
}

Status ExpertService::exportFile(const QString& path) const
{
    auto all = list(true);
    if (!all)
        return all.error();
    QList<QStringList> rows{columns()};
    for (const Expert& e : *all) {
        IdType type = IdType::ResidentId;
        idTypeFromString(e.idType, &type);
        rows << QStringList{e.name, idTypeLabel(type), e.idNumber, e.employer, e.title, e.region, e.phone,
                            e.specialties.join(QStringLiteral("、")), e.active ? e.note : QStringLiteral("（已停用）%1").arg(e.note)};
    }
    // The file holds ID numbers: who wrote it is recorded.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("export"), QStringLiteral("expert"), QString(), {},
                                         {{QStringLiteral("file"), QFileInfo(path).fileName()},
                                          {QStringLiteral("rows"), int(all->size())},
                                          {QStringLiteral("id_numbers"), m_session.can(Permission::ViewFullIdNumbers) ? QStringLiteral("full")
                                                                                                                     : QStringLiteral("masked")}});
        !s)
        return s;
    if (Status s = table::write(path, rows, QStringLiteral("专家库")); !s)
        return s;
    return tx.commit();
}

Status ExpertService::writeTemplate(const QString& path)
{
    return table::write(path, {columns()}, QStringLiteral("专家库"));
}

} // namespace jd
