#include "core/registry/EnterpriseJson.h"

#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace jd::enterprise_json {

namespace {

// Messages of this file, translated under the context "jd::EnterpriseJson".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::EnterpriseJson)
};

QJsonObject personJson(const Person& p)
{
    return {{QStringLiteral("name"), p.name},         {QStringLiteral("id_type"), p.idType},
            {QStringLiteral("id_number"), p.idNumber}, {QStringLiteral("employer"), p.employer},
            {QStringLiteral("title"), p.title},       {QStringLiteral("education"), p.education},
            {QStringLiteral("field"), p.field}};
}

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toVariant().toString(); }

const char* peopleKey(PersonRole r)
{
    switch (r) {
    case PersonRole::Staff: return "staff";
    case PersonRole::Expert: return "experts";
    case PersonRole::Assessor: return "assessors";
    case PersonRole::Supervisor: return "supervisors";
    }
    return "staff";
}

} // namespace

QJsonObject toJson(const Enterprise& e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("address"), e.address},
        {QStringLiteral("registration_authority"), e.registrationAuthority},
        {QStringLiteral("uscc"), e.uscc},
        {QStringLiteral("uscc_override"), e.usccOverride},
        {QStringLiteral("uscc_override_reason"), e.usccOverrideReason},
        {QStringLiteral("kind"), enterpriseKindKey(e.kind)},
        {QStringLiteral("ministry_filing_ref"), e.ministryFilingRef},
        {QStringLiteral("contact"), e.contact},
        {QStringLiteral("contact_title"), e.contactTitle},
        {QStringLiteral("landline"), e.landline},
        {QStringLiteral("mobile"), e.mobile},
        {QStringLiteral("email"), e.email},
        {QStringLiteral("rules_note"), e.rulesNote},
        {QStringLiteral("advantages"), e.advantages},
        {QStringLiteral("venue"), e.venue},
        {QStringLiteral("it_equipment"), e.itEquipment},
        {QStringLiteral("active"), e.active},
        {QStringLiteral("row_version"), e.rowVersion},
        {QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), e.updatedAt.toString(Qt::ISODate)},
    };
    QJsonArray occ;
    for (const OccupationApplied& x : e.occupations) {
        QJsonArray levels;
        for (int l : x.levels)
            levels.append(l);
        occ.append(QJsonObject{{QStringLiteral("code"), x.code},
                               {QStringLiteral("name"), x.name},
                               {QStringLiteral("trade"), x.trade},
                               {QStringLiteral("basis"), x.basis},
                               {QStringLiteral("levels"), levels}});
    }
    o.insert(QStringLiteral("occupations"), occ);
    QJsonArray eq;
    for (const Equipment& x : e.equipment)
        eq.append(QJsonObject{{QStringLiteral("name"), x.name},
                              {QStringLiteral("brand"), x.brand},
                              {QStringLiteral("model"), x.model},
                              {QStringLiteral("quantity"), x.quantity},
                              {QStringLiteral("ownership"), x.ownership}});
    o.insert(QStringLiteral("equipment"), eq);
    for (PersonRole r : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor}) {
        QJsonArray a;
        for (const Person& p : e.people(r))
            a.append(personJson(p));
        o.insert(QLatin1String(peopleKey(r)), a);
    }
    QJsonArray docs;
    for (const AttachedDocument& d : e.documents)
        docs.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("kind"), d.kind},
                                {QStringLiteral("file_name"), d.fileName},
                                {QStringLiteral("mime_type"), d.mimeType},
                                {QStringLiteral("size"), d.size},
                                {QStringLiteral("sha256"), d.sha256},
                                {QStringLiteral("added_at"), d.addedAt.toString(Qt::ISODate)}});
    o.insert(QStringLiteral("documents"), docs);
    return o;
}

QJsonObject summaryToJson(const EnterpriseSummary& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("uscc"), s.uscc},
            {QStringLiteral("uscc_override"), s.usccOverride},
            {QStringLiteral("kind"), enterpriseKindKey(s.kind)},
            {QStringLiteral("contact"), s.contact},
            {QStringLiteral("mobile"), s.mobile},
            {QStringLiteral("occupation_count"), s.occupationCount},
            {QStringLiteral("updated_at"), s.updatedAt.toString(Qt::ISODate)}};
}

Enterprise fromJson(const QJsonObject& o, int row, QList<FieldError>* errors)
{
    Enterprise e;
    e.name = str(o, "name");
    e.address = str(o, "address");
    e.registrationAuthority = str(o, "registration_authority");
    e.uscc = str(o, "uscc");
    e.usccOverride = o.value(QStringLiteral("uscc_override")).toBool();
    e.usccOverrideReason = str(o, "uscc_override_reason");
    const QString kind = str(o, "kind");
    if (!kind.isEmpty() && !enterpriseKindFromString(kind, &e.kind))
        errors->append(FieldError{QStringLiteral("kind"), Tr::tr("企业类型"),
                                  Tr::tr("应为 tianjin（天津注册企业）或 central_soe_branch（中央企业驻津分支机构）。"),
                                  row, kind});
    e.ministryFilingRef = str(o, "ministry_filing_ref");
    e.contact = str(o, "contact");
    e.contactTitle = str(o, "contact_title");
    e.landline = str(o, "landline");
    e.mobile = str(o, "mobile");
    e.email = str(o, "email");
    e.rulesNote = str(o, "rules_note");
    e.advantages = str(o, "advantages");
    e.venue = str(o, "venue");
    e.itEquipment = str(o, "it_equipment");
    const QJsonArray occ = o.value(QStringLiteral("occupations")).toArray();
    for (qsizetype i = 0; i < occ.size(); ++i) {
        const QJsonObject x = occ.at(i).toObject();
        OccupationApplied a{str(x, "code"), str(x, "name"), str(x, "trade"), str(x, "basis"), {}};
        const QJsonValue lv = x.value(QStringLiteral("levels"));
        bool ok = true;
        if (lv.isArray()) {
            for (const QJsonValue& l : lv.toArray()) {
                const int level = l.isDouble() ? l.toInt() : validation::parseLevel(l.toString());
                if (level < 1 || level > 5 || a.levels.contains(level))
                    ok = false;
                else
                    a.levels << level;
            }
            std::sort(a.levels.begin(), a.levels.end());
        } else if (!lv.isUndefined()) {
            ok = validation::parseLevels(lv.toVariant().toString(), &a.levels);
        }
        if (!ok)
            errors->append(FieldError{QStringLiteral("occupations[%1].levels").arg(i + 1), Tr::tr("申报等级"),
                                      Tr::tr("等级应为 1–5 之间不重复的数字。"), row,
                                      QString::fromUtf8(QJsonDocument(lv.toArray()).toJson(QJsonDocument::Compact))});
        e.occupations << a;
    }
    const QJsonArray eq = o.value(QStringLiteral("equipment")).toArray();
    for (const QJsonValue& v : eq) {
        const QJsonObject x = v.toObject();
        const QJsonValue qty = x.value(QStringLiteral("quantity"));
        e.equipment << Equipment{str(x, "name"), str(x, "brand"), str(x, "model"),
                                 qty.isUndefined() ? 1 : qty.toVariant().toInt(), str(x, "ownership")};
    }
    for (PersonRole r : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor}) {
        for (const QJsonValue& v : o.value(QLatin1String(peopleKey(r))).toArray()) {
            const QJsonObject x = v.toObject();
            Person p{str(x, "name"),     str(x, "id_type"),   str(x, "id_number"), str(x, "employer"),
                     str(x, "title"),    str(x, "education"), str(x, "field")};
            if (p.idType.isEmpty())
                p.idType = QStringLiteral("resident_id");
            e.people(r) << p;
        }
    }
    return e;
}

} // namespace jd::enterprise_json
