#include "core/registry/EnterpriseService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/db/Database.h"
#include "core/registry/EnterpriseJson.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::EnterpriseService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::EnterpriseService)
};

constexpr qint64 kMaxDocumentBytes = 50LL * 1024 * 1024;

FieldError fe(const QString& field, const QString& label, const QString& message, const QString& value = {})
{
    return FieldError{field, label, message, 0, value};
}

QString entityId(qint64 id) { return QString::number(id); }

// The category of people as named inside a field label ("第 1 名考评人员的证件号码"). The
// same words as personRoleLabel(), which stays Chinese because imports match it.
QString roleInMessage(PersonRole r)
{
    switch (r) {
    case PersonRole::Staff: return Tr::tr("专职工作人员", "person category in a field label");
    case PersonRole::Expert: return Tr::tr("专家", "person category in a field label");
    case PersonRole::Assessor: return Tr::tr("考评人员", "person category in a field label");
    case PersonRole::Supervisor: return Tr::tr("质量督导人员", "person category in a field label");
    }
    return {};
}

// Column keys of the registry CSV, in template order, with the header people see.
struct CsvColumn
{
    const char* key;
    const char* header;
};
const CsvColumn kCsvColumns[] = {
    {"uscc", "统一社会信用代码"},
    {"name", "企业名称"},
    {"address", "地址"},
    {"registration_authority", "注册登记机构"},
    {"kind", "企业类型"},
    {"ministry_filing_ref", "人社部备案文号"},
    {"contact", "联系人"},
    {"contact_title", "联系人职务"},
    {"landline", "座机"},
    {"mobile", "手机"},
    {"email", "电子邮箱"},
    {"rules_note", "规章制度文件"},
    {"advantages", "组织优势专业优势"},
    {"venue", "场地情况"},
    {"it_equipment", "考务及视频监控设备"},
    {"occ_code", "职业编码"},
    {"occ_name", "职业名称"},
    {"occ_trade", "工种/职业方向"},
    {"occ_basis", "认定依据"},
    {"occ_levels", "申报等级"},
    {"eq_name", "设备名称"},
    {"eq_brand", "设备品牌"},
    {"eq_model", "规格型号"},
    {"eq_quantity", "数量"},
    {"eq_ownership", "所有权归属"},
    {"person_role", "人员类别"},
    {"person_name", "姓名"},
    {"person_id_type", "证件类型"},
    {"person_id_number", "证件号码"},
    {"person_employer", "所在单位"},
    {"person_title", "职务职称技能等级"},
    {"person_education", "学历"},
    {"person_field", "职责或专业领域"},
};
const int kMainColumnCount = 15; // uscc .. it_equipment

} // namespace

EnterpriseService::EnterpriseService(const Database& db, Session session, QObject* parent)
    : QObject(parent), m_db(db), m_session(std::move(session)), m_repo(db)
{
}

QList<FieldError> EnterpriseService::validate(Enterprise& e) const
{
    using namespace validation;
    QList<FieldError> errors;
    e.name = normalizeWidth(e.name);
    if (e.name.isEmpty())
        errors << fe(QStringLiteral("name"), Tr::tr("名称"), Tr::tr("不能为空，请填写营业执照上的企业全称。"));
    else if (e.name.size() > 100)
        errors << fe(QStringLiteral("name"), Tr::tr("名称"), Tr::tr("不能超过 100 个字。"), e.name);
    e.address = e.address.trimmed();
    if (e.address.isEmpty())
        errors << fe(QStringLiteral("address"), Tr::tr("地址"), Tr::tr("不能为空，请填写企业地址。"));

    const Check u = uscc(e.uscc);
    e.uscc = u.normalized;
    if (!u.ok) {
        if (e.uscc.isEmpty() || !e.usccOverride)
            errors << fe(QStringLiteral("uscc"), Tr::tr("统一社会信用代码"),
                         e.uscc.isEmpty() ? u.message
                                          : Tr::tr("%1确认无误时可勾选“保留未通过校验的代码”并写明理由。").arg(u.message),
                         e.uscc);
        else if (e.usccOverrideReason.trimmed().isEmpty())
            errors << fe(QStringLiteral("uscc_override_reason"), Tr::tr("保留理由"),
                         Tr::tr("保留未通过校验的统一社会信用代码时必须写明理由。"));
    } else {
        // A valid code needs no override; clearing it keeps the flag meaningful.
        e.usccOverride = false;
        e.usccOverrideReason.clear();
    }

    if (e.kind == EnterpriseKind::CentralSoeBranch && e.ministryFilingRef.trimmed().isEmpty())
        errors << fe(QStringLiteral("ministry_filing_ref"), Tr::tr("人社部备案文号"),
                     Tr::tr("中央企业驻津分支机构须填写其在人社部的试点备案文号。"));
    e.contact = normalizeWidth(e.contact);
    if (e.contact.isEmpty())
        errors << fe(QStringLiteral("contact"), Tr::tr("联系人"), Tr::tr("不能为空。"));
    if (e.mobile.trimmed().isEmpty() && e.landline.trimmed().isEmpty())
        errors << fe(QStringLiteral("mobile"), Tr::tr("手机"), Tr::tr("手机和座机至少填写一个。"));
    if (!e.mobile.trimmed().isEmpty()) {
        const Check c = mobile(e.mobile);
        if (c.ok)
            e.mobile = c.normalized;
        else
            errors << fe(QStringLiteral("mobile"), Tr::tr("手机"), c.message, e.mobile);
    }
    if (!e.landline.trimmed().isEmpty()) {
        const Check c = landline(e.landline);
        if (c.ok)
            e.landline = c.normalized;
        else
            errors << fe(QStringLiteral("landline"), Tr::tr("座机"), c.message, e.landline);
    }
    if (!e.email.trimmed().isEmpty()) {
        const Check c = email(e.email);
        if (c.ok)
            e.email = c.normalized;
        else
            errors << fe(QStringLiteral("email"), Tr::tr("电子邮箱"), c.message, e.email);
    }

    OccupationCatalogue catalogue(m_db);
    for (qsizetype i = 0; i < e.occupations.size(); ++i) {
        OccupationApplied& o = e.occupations[i];
        const QString at = QStringLiteral("occupations[%1].").arg(i + 1);
        const int n = static_cast<int>(i + 1);
        o.name = normalizeWidth(o.name);
        const Check c = catalogue.check(o.code, o.name);
        if (c.ok)
            o.code = c.normalized;
        else
            errors << fe(at + QStringLiteral("code"), Tr::tr("第 %1 个职业的职业编码").arg(n),
                         c.message, o.code);
        if (o.name.isEmpty())
            errors << fe(at + QStringLiteral("name"), Tr::tr("第 %1 个职业的职业名称").arg(n),
                         Tr::tr("不能为空。"));
        if (o.levels.isEmpty())
            errors << fe(at + QStringLiteral("levels"), Tr::tr("第 %1 个职业的申报等级").arg(n),
                         Tr::tr("至少选择一个等级（1–5 级）。"));
        for (int l : o.levels)
            if (l < 1 || l > 5)
                errors << fe(at + QStringLiteral("levels"), Tr::tr("第 %1 个职业的申报等级").arg(n),
                             Tr::tr("等级只能是 1–5 级。"), QString::number(l));
    }
    for (qsizetype i = 0; i < e.equipment.size(); ++i) {
        Equipment& q = e.equipment[i];
        const QString at = QStringLiteral("equipment[%1].").arg(i + 1);
        const int n = static_cast<int>(i + 1);
        q.name = q.name.trimmed();
        if (q.name.isEmpty())
            errors << fe(at + QStringLiteral("name"), Tr::tr("第 %1 项设备的名称").arg(n),
                         Tr::tr("不能为空。"));
        if (q.quantity < 1)
            errors << fe(at + QStringLiteral("quantity"), Tr::tr("第 %1 项设备的数量").arg(n),
                         Tr::tr("应为正整数。"), QString::number(q.quantity));
    }
    for (PersonRole r : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor}) {
        QList<Person>& list = e.people(r);
        for (qsizetype i = 0; i < list.size(); ++i) {
            Person& p = list[i];
            const QString at = QStringLiteral("%1[%2].").arg(personRoleKey(r)).arg(i + 1);
            const int n = static_cast<int>(i + 1);
            p.name = normalizeWidth(p.name);
            if (p.name.isEmpty())
                errors << fe(at + QStringLiteral("name"),
                             Tr::tr("第 %1 名%2的姓名").arg(n).arg(roleInMessage(r)),
                             Tr::tr("不能为空。"));
            IdType type;
            if (!idTypeFromString(p.idType, &type)) {
                errors << fe(at + QStringLiteral("id_type"),
                             Tr::tr("第 %1 名%2的证件类型").arg(n).arg(roleInMessage(r)),
                             Tr::tr("无法识别，应为居民身份证、护照、港澳居民居住证等。"), p.idType);
                continue;
            }
            p.idType = idTypeKey(type);
            const Check c = idDocument(type, p.idNumber, m_db.clock().today());
            if (c.ok)
                p.idNumber = c.normalized;
            else
                errors << fe(at + QStringLiteral("id_number"),
                             Tr::tr("第 %1 名%2的证件号码").arg(n).arg(roleInMessage(r)),
                             c.message, p.idNumber);
        }
    }
    return errors;
}

Result<qint64> EnterpriseService::create(Enterprise e)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    QList<FieldError> errors = validate(e);
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("企业信息有 %1 处需要修改，未保存。").arg(errors.size()), errors);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto dup = m_repo.activeWithUscc(e.uscc, 0);
    if (!dup)
        return dup.error();
    if (*dup != 0)
        return Error::invalid(Tr::tr("统一社会信用代码重复，未保存。"),
                              {fe(QStringLiteral("uscc"), Tr::tr("统一社会信用代码"),
                                  Tr::tr("已被登记册中的企业（编号 %1）使用。请核对，或打开该企业修改。").arg(*dup),
                                  e.uscc)});
    e.createdAt = e.updatedAt = m_db.clock().now();
    e.active = true;
    auto id = m_repo.insert(e);
    if (!id)
        return id.error();
    e.id = *id;
    e.rowVersion = 1;
    AuditLog audit(m_db);
    if (Status s = audit.append(m_session.user, QStringLiteral("create"), QStringLiteral("enterprise"),
                                entityId(*id), {}, enterprise_json::toJson(e));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(*id);
    return *id;
}

Result<Enterprise> EnterpriseService::update(Enterprise e)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    QList<FieldError> errors = validate(e);
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("企业信息有 %1 处需要修改，未保存。").arg(errors.size()), errors);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto before = m_repo.find(e.id);
    if (!before)
        return before.error();
    if (!before->has_value() || !(*before)->active)
        return Error::notFound(Tr::tr("企业 %1 不存在或已删除。").arg(e.id));
    auto dup = m_repo.activeWithUscc(e.uscc, e.id);
    if (!dup)
        return dup.error();
    if (*dup != 0)
        return Error::invalid(Tr::tr("统一社会信用代码重复，未保存。"),
                              {fe(QStringLiteral("uscc"), Tr::tr("统一社会信用代码"),
                                  Tr::tr("已被登记册中的企业（编号 %1）使用。").arg(*dup), e.uscc)});
    e.updatedAt = m_db.clock().now();
    if (Status s = m_repo.update(e); !s)
        return s.error();
    auto after = m_repo.find(e.id);
    if (!after || !after->has_value())
        return Error::storage(Tr::tr("保存后读取企业失败。"));
    AuditLog audit(m_db);
    QJsonObject b = enterprise_json::toJson(**before);
    QJsonObject a = enterprise_json::toJson(**after);
    if (Status s = audit.append(m_session.user, QStringLiteral("update"), QStringLiteral("enterprise"), entityId(e.id),
                                b, a);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(e.id);
    return **after;
}

Result<Enterprise> EnterpriseService::get(qint64 id) const
{
    auto e = m_repo.find(id);
    if (!e)
        return e.error();
    if (!e->has_value())
        return Error::notFound(Tr::tr("企业 %1 不存在。").arg(id));
    Enterprise out = **e;
    if (!m_session.can(Permission::ViewFullIdNumbers)) {
        // Roles that only read (reviewers) see masked numbers (PIPL: least necessary).
        for (PersonRole r : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor})
            for (Person& p : out.people(r))
                p.idNumber = validation::maskIdNumber(p.idNumber);
    }
    return out;
}

Result<QList<EnterpriseSummary>> EnterpriseService::list(const EnterpriseFilter& f) const
{
    return m_repo.list(f);
}

Status EnterpriseService::remove(qint64 id)
{
    if (auto denied = m_session.refuse(Permission::DeleteEnterprise))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto e = m_repo.find(id);
    if (!e)
        return e.error();
    if (!e->has_value() || !(*e)->active)
        return Error::notFound(Tr::tr("企业 %1 不存在或已删除。").arg(id));
    if (Status s = m_repo.setActive(id, false, m_db.clock().now()); !s)
        return s;
    AuditLog audit(m_db);
    if (Status s = audit.append(m_session.user, QStringLiteral("delete"), QStringLiteral("enterprise"), entityId(id),
                                enterprise_json::toJson(**e), {});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit changed(id);
    return {};
}

Result<AttachedDocument> EnterpriseService::attachDocument(qint64 enterpriseId, const QString& kind,
                                                           const QString& filePath)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("无法读取文件“%1”：%2").arg(filePath, f.errorString()));
    if (f.size() > kMaxDocumentBytes)
        return Error::invalid(Tr::tr("文件“%1”超过 50 MB，请压缩或分开扫描后再附加。").arg(filePath));
    const QByteArray content = f.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(filePath, content).name();
    if (!(mime == QStringLiteral("application/pdf") || mime.startsWith(QStringLiteral("image/"))))
        return Error::invalid(Tr::tr("只能附加 PDF 或图片文件（扫描件），“%1”的类型是 %2。")
                                  .arg(QFileInfo(filePath).fileName(), mime));
    AttachedDocument d;
    d.kind = kind.isEmpty() ? QStringLiteral("other") : kind;
    d.fileName = QFileInfo(filePath).fileName();
    d.mimeType = mime;
    d.size = content.size();
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    d.addedAt = m_db.clock().now();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto e = m_repo.find(enterpriseId);
    if (!e)
        return e.error();
    if (!e->has_value())
        return Error::notFound(Tr::tr("企业 %1 不存在。").arg(enterpriseId));
    auto id = m_repo.insertDocument(enterpriseId, d, content);
    if (!id)
        return id.error();
    d.id = *id;
    AuditLog audit(m_db);
    if (Status s = audit.append(m_session.user, QStringLiteral("attach"), QStringLiteral("enterprise_document"),
                                entityId(d.id), {},
                                {{QStringLiteral("enterprise_id"), enterpriseId},
                                 {QStringLiteral("file_name"), d.fileName},
                                 {QStringLiteral("kind"), d.kind},
                                 {QStringLiteral("sha256"), d.sha256}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit changed(enterpriseId);
    return d;
}

Result<QByteArray> EnterpriseService::documentContent(qint64 documentId) const
{
    qint64 owner = 0;
    auto meta = m_repo.document(documentId, &owner);
    if (!meta)
        return meta.error();
    if (!meta->has_value())
        return Error::notFound(Tr::tr("附件 %1 不存在。").arg(documentId));
    auto content = m_repo.documentContent(documentId);
    if (!content)
        return content;
    const QString sum = QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
    if (sum != (*meta)->sha256)
        return Error::storage(Tr::tr("附件“%1”的校验值不符，文件已损坏。请重新附加原件。").arg((*meta)->fileName));
    return content;
}

Status EnterpriseService::removeDocument(qint64 documentId)
{
    if (auto denied = m_session.refuse(Permission::EditRegistry))
        return *denied;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    qint64 owner = 0;
    auto meta = m_repo.document(documentId, &owner);
    if (!meta)
        return meta.error();
    if (!meta->has_value())
        return Error::notFound(Tr::tr("附件 %1 不存在。").arg(documentId));
    if (Status s = m_repo.deleteDocument(documentId); !s)
        return s;
    AuditLog audit(m_db);
    if (Status s = audit.append(m_session.user, QStringLiteral("detach"), QStringLiteral("enterprise_document"),
                                entityId(documentId),
                                {{QStringLiteral("enterprise_id"), owner},
                                 {QStringLiteral("file_name"), (*meta)->fileName},
                                 {QStringLiteral("sha256"), (*meta)->sha256}},
                                {});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit changed(owner);
    return {};
}

QStringList EnterpriseService::csvHeader()
{
    QStringList h;
    for (const CsvColumn& c : kCsvColumns)
        h << QString::fromUtf8(c.header);
    return h;
}

Result<ImportReport> EnterpriseService::importFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("无法读取文件“%1”：%2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("json"))
        return importJson(bytes);
    if (suffix == QStringLiteral("csv") || suffix == QStringLiteral("txt"))
        return importCsv(bytes);
    if (suffix == QStringLiteral("xlsx")) {
        f.close();
        auto sheet = table::read(path); // refuses formulas and merged cells, naming where
        if (!sheet)
            return sheet.error();
        return importRows(sheet->rows);
    }
    const QByteArray head = bytes.trimmed().left(1);
    if (head == "{" || head == "[")
        return importJson(bytes);
    return importCsv(bytes);
}

Result<ImportReport> EnterpriseService::importJson(const QByteArray& bytes)
{
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::invalid(Tr::tr("JSON 格式错误（第 %1 个字符处）：%2。").arg(pe.offset).arg(pe.errorString()));
    QJsonArray arr;
    if (doc.isObject())
        arr.append(doc.object());
    else
        arr = doc.array();
    QList<Enterprise> items;
    QList<int> rows;
    QList<FieldError> errors;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const int row = static_cast<int>(i + 1);
        if (!arr.at(i).isObject()) {
            errors << FieldError{QString(), Tr::tr("记录"), Tr::tr("应为一个 JSON 对象。"), row, {}};
            continue;
        }
        items << enterprise_json::fromJson(arr.at(i).toObject(), row, &errors);
        rows << row;
    }
    return importAll(items, rows, errors);
}

Result<ImportReport> EnterpriseService::importCsv(const QByteArray& bytes)
{
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    auto decoded = csv::decode(bytes);
    if (!decoded)
        return decoded.error();
    auto parsed = csv::parse(decoded->text);
    if (!parsed)
        return parsed.error();
    auto report = importRows(*parsed);
    if (report)
        report.value().encoding = decoded->encoding;
    return report;
}

Result<ImportReport> EnterpriseService::importRows(QList<QStringList> rows)
{
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    if (rows.isEmpty())
        return Error::invalid(Tr::tr("文件是空的，请使用企业导入模板填写后再导入。"));
    // Header: every template column may appear in any order; unknown ones are refused.
    QHash<QString, int> colOf;
    const QStringList header = rows.takeFirst();
    QList<FieldError> errors;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = validation::normalizeWidth(header.at(i));
        bool known = false;
        for (const CsvColumn& c : kCsvColumns) {
            if (h == QString::fromUtf8(c.header) || h == QLatin1String(c.key)) {
                colOf.insert(QLatin1String(c.key), static_cast<int>(i));
                known = true;
            }
        }
        if (!known && !h.isEmpty())
            errors << FieldError{QStringLiteral("header"), h,
                                 Tr::tr("不是模板中的列名。模板列名为：%1").arg(csvHeader().join(Tr::tr("，"))),
                                 0, h};
    }
    for (const char* required : {"uscc", "name"})
        if (!colOf.contains(QLatin1String(required)))
            errors << FieldError{QStringLiteral("header"), Tr::tr("表头"),
                                 Tr::tr("缺少必需的列“%1”。").arg(QLatin1String(required) == QLatin1String("uscc")
                                                                       ? QStringLiteral("统一社会信用代码")
                                                                       : QStringLiteral("企业名称")),
                                 0, {}};
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("表头不正确，未导入任何数据。"), errors);

    auto cell = [&](const QStringList& r, const char* key) {
        const int c = colOf.value(QLatin1String(key), -1);
        return c < 0 ? QString() : r.value(c).trimmed();
    };
    QList<Enterprise> items;
    QList<int> firstRows;
    QHash<QString, qsizetype> indexOfUscc;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList& r = rows.at(i);
        const int row = static_cast<int>(i + 1);
        if (r.join(QString()).trimmed().isEmpty())
            continue; // empty lines that spreadsheets leave behind
        for (qsizetype c = 0; c < r.size(); ++c) {
            if (r.at(c).startsWith(QLatin1Char('=')))
                errors << FieldError{header.value(c), header.value(c),
                                     Tr::tr("单元格含公式，请粘贴为数值后再导入。"), row, r.at(c)};
        }
        const QString key = validation::normalizeWidth(cell(r, "uscc")).toUpper();
        if (key.isEmpty()) {
            errors << FieldError{QStringLiteral("uscc"), Tr::tr("统一社会信用代码"),
                                 Tr::tr("不能为空：每一行都要写明所属企业的统一社会信用代码。"), row, {}};
            continue;
        }
        qsizetype idx = indexOfUscc.value(key, -1);
        if (idx < 0) {
            Enterprise e;
            e.uscc = cell(r, "uscc");
            e.name = cell(r, "name");
            e.address = cell(r, "address");
            e.registrationAuthority = cell(r, "registration_authority");
            const QString kind = cell(r, "kind");
            if (!kind.isEmpty() && !enterpriseKindFromString(kind, &e.kind))
                errors << FieldError{QStringLiteral("kind"), Tr::tr("企业类型"),
                                     Tr::tr("应为“天津注册企业”或“中央企业驻津分支机构”。"), row, kind};
            e.ministryFilingRef = cell(r, "ministry_filing_ref");
            e.contact = cell(r, "contact");
            e.contactTitle = cell(r, "contact_title");
            e.landline = cell(r, "landline");
            e.mobile = cell(r, "mobile");
            e.email = cell(r, "email");
            e.rulesNote = cell(r, "rules_note");
            e.advantages = cell(r, "advantages");
            e.venue = cell(r, "venue");
            e.itEquipment = cell(r, "it_equipment");
            idx = items.size();
            indexOfUscc.insert(key, idx);
            items << e;
            firstRows << row;
        } else {
            for (int c = 1; c < kMainColumnCount; ++c) {
                const QString v = cell(r, kCsvColumns[c].key);
                if (!v.isEmpty() && v != cell(rows.at(firstRows.at(idx) - 1), kCsvColumns[c].key))
                    errors << FieldError{QLatin1String(kCsvColumns[c].key), QString::fromUtf8(kCsvColumns[c].header),
                                         Tr::tr("与该企业第 %1 行的值不同；同一企业的基本信息只在第一行填写。")
                                             .arg(firstRows.at(idx)),
                                         row, v};
            }
        }
        Enterprise& e = items[idx];
        if (!cell(r, "occ_code").isEmpty() || !cell(r, "occ_name").isEmpty()) {
            OccupationApplied o{cell(r, "occ_code"), cell(r, "occ_name"), cell(r, "occ_trade"), cell(r, "occ_basis"), {}};
            if (!validation::parseLevels(cell(r, "occ_levels"), &o.levels))
                errors << FieldError{QStringLiteral("occ_levels"), Tr::tr("申报等级"),
                                     Tr::tr("应为 1–5 的等级，多个用逗号分隔，如“3,4”或“三级,四级”。"), row,
                                     cell(r, "occ_levels")};
            e.occupations << o;
        }
        if (!cell(r, "eq_name").isEmpty()) {
            bool ok = true;
            const QString qtyText = validation::normalizeWidth(cell(r, "eq_quantity"));
            const int qty = qtyText.isEmpty() ? 1 : qtyText.toInt(&ok);
            if (!ok)
                errors << FieldError{QStringLiteral("eq_quantity"), Tr::tr("数量"), Tr::tr("应为正整数。"),
                                     row, qtyText};
            e.equipment << Equipment{cell(r, "eq_name"), cell(r, "eq_brand"), cell(r, "eq_model"), qty,
                                     cell(r, "eq_ownership")};
        }
        if (!cell(r, "person_name").isEmpty() || !cell(r, "person_role").isEmpty()) {
            const QString roleText = cell(r, "person_role");
            std::optional<PersonRole> role;
            for (PersonRole pr : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor})
                if (roleText == personRoleLabel(pr) || roleText == personRoleKey(pr))
                    role = pr;
            if (!role) {
                errors << FieldError{QStringLiteral("person_role"), Tr::tr("人员类别"),
                                     Tr::tr("应为 专职工作人员、专家、考评人员 或 质量督导人员。"), row, roleText};
            } else {
                e.people(*role) << Person{cell(r, "person_name"),     cell(r, "person_id_type"),
                                          cell(r, "person_id_number"), cell(r, "person_employer"),
                                          cell(r, "person_title"),     cell(r, "person_education"),
                                          cell(r, "person_field")};
            }
        }
    }
    return importAll(items, firstRows, errors);
}

Result<ImportReport> EnterpriseService::importAll(QList<Enterprise> items, const QList<int>& rows,
                                                  QList<FieldError> errors)
{
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int row = rows.value(i);
        for (FieldError f : validate(items[i])) {
            f.row = row;
            errors << f;
        }
        if (items[i].uscc.isEmpty())
            continue;
        if (seen.contains(items[i].uscc))
            errors << FieldError{QStringLiteral("uscc"), Tr::tr("统一社会信用代码"),
                                 Tr::tr("与第 %1 行重复。").arg(seen.value(items[i].uscc)), row, items[i].uscc};
        seen.insert(items[i].uscc, row);
        auto dup = m_repo.activeWithUscc(items[i].uscc, 0);
        if (!dup)
            return dup.error();
        if (*dup != 0)
            errors << FieldError{QStringLiteral("uscc"), Tr::tr("统一社会信用代码"),
                                 Tr::tr("已在登记册中（企业编号 %1），导入只新建企业。").arg(*dup), row,
                                 items[i].uscc};
    }
    std::stable_sort(errors.begin(), errors.end(), [](const FieldError& a, const FieldError& b) { return a.row < b.row; });
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("导入文件有 %1 处错误，未导入任何数据。").arg(errors.size()), errors);
    if (items.isEmpty())
        return Error::invalid(Tr::tr("文件中没有企业记录。"));

    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    ImportReport report;
    AuditLog audit(m_db);
    const QDateTime now = m_db.clock().now();
    for (Enterprise& e : items) {
        e.createdAt = e.updatedAt = now;
        auto id = m_repo.insert(e);
        if (!id)
            return id.error();
        e.id = *id;
        e.rowVersion = 1;
        if (Status s = audit.append(m_session.user, QStringLiteral("import"), QStringLiteral("enterprise"),
                                    entityId(*id), {}, enterprise_json::toJson(e));
            !s)
            return s.error();
        report.ids << *id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    report.imported = static_cast<int>(items.size());
    for (qint64 id : report.ids)
        emit changed(id);
    return report;
}

} // namespace jd
