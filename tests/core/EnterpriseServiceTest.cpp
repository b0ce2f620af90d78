#include "core/audit/AuditLog.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

int count(test::TestDatabase& t, const char* table)
{
    auto q = t.db().exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    REQUIRE(q.ok());
    q.value().next();
    return q.value().value(0).toInt();
}

bool hasFieldError(const Error& e, const QString& field)
{
    for (const FieldError& f : e.fields)
        if (f.field == field)
            return true;
    return false;
}

} // namespace

TEST_CASE("Every field and child list round-trips with Chinese text", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    Enterprise in = test::sampleEnterprise(1);
    auto id = s.create(in);
    INFO(test::why(id));
    REQUIRE(id.ok());
    t.reopen();
    EnterpriseService s2(t.db(), Session{});
    auto out = s2.get(*id);
    REQUIRE(out.ok());
    const Enterprise& e = *out;
    CHECK(e.id == *id);
    CHECK(e.name == in.name);
    CHECK(e.address == in.address);
    CHECK(e.registrationAuthority == in.registrationAuthority);
    CHECK(e.uscc == in.uscc);
    CHECK(e.kind == in.kind);
    CHECK(e.contact == in.contact);
    CHECK(e.contactTitle == in.contactTitle);
    CHECK(e.landline == in.landline);
    CHECK(e.mobile == in.mobile);
    CHECK(e.email == in.email);
    CHECK(e.rulesNote == in.rulesNote);
    CHECK(e.advantages == in.advantages);
    CHECK(e.venue == in.venue);
    CHECK(e.itEquipment == in.itEquipment);
    CHECK(e.occupations == in.occupations);
    CHECK(e.equipment == in.equipment);
    CHECK(e.staff == in.staff);
    CHECK(e.experts == in.experts);
    CHECK(e.assessors == in.assessors);
    CHECK(e.supervisors == in.supervisors);
    CHECK(e.rowVersion == 1);
    CHECK(e.createdAt == t.clock().now());
}

TEST_CASE("A central-SOE branch keeps its ministry filing reference", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    Enterprise e = test::sampleEnterprise(2);
    e.kind = EnterpriseKind::CentralSoeBranch;
    auto refused = s.create(e);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasFieldError(refused.error(), QStringLiteral("ministry_filing_ref")));
    e.ministryFilingRef = QStringLiteral("人社鉴备〔2019〕12号");
    auto id = s.create(e);
    REQUIRE(id.ok());
    CHECK(s.get(*id)->ministryFilingRef == e.ministryFilingRef);
}

TEST_CASE("Bad fields are named with their fix and nothing is written", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    Enterprise e = test::sampleEnterprise(1);
    e.name.clear();
    e.mobile = QStringLiteral("12345");
    e.email = QStringLiteral("not-an-email");
    e.occupations[0].code = QStringLiteral("2-02-07-04");
    e.occupations[1].levels.clear();
    e.equipment[0].quantity = 0;
    e.assessors[0].idNumber = QStringLiteral("110105194912310021");
    auto r = s.create(e);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK(hasFieldError(r.error(), QStringLiteral("name")));
    CHECK(hasFieldError(r.error(), QStringLiteral("mobile")));
    CHECK(hasFieldError(r.error(), QStringLiteral("email")));
    CHECK(hasFieldError(r.error(), QStringLiteral("occupations[1].code")));
    CHECK(hasFieldError(r.error(), QStringLiteral("occupations[2].levels")));
    CHECK(hasFieldError(r.error(), QStringLiteral("equipment[1].quantity")));
    CHECK(hasFieldError(r.error(), QStringLiteral("assessor[1].id_number")));
    CHECK(r.error().fullText().contains(QStringLiteral("第 1 名考评人员的证件号码")));
    CHECK(count(t, "enterprises") == 0);
    CHECK(count(t, "audit_log") == 0);
}

TEST_CASE("Values are normalised before they are stored", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    Enterprise e = test::sampleEnterprise(3);
    e.uscc = e.uscc.toLower();
    e.mobile = QStringLiteral("１３８ １２３４ ５６７８");
    e.landline = QStringLiteral("(022)83635027");
    e.staff[0].idNumber = QStringLiteral("110105491231002"); // legacy 15 digits
    auto id = s.create(e);
    REQUIRE(id.ok());
    auto out = s.get(*id);
    CHECK(out->uscc == e.uscc.toUpper());
    CHECK(out->mobile == QStringLiteral("13812345678"));
    CHECK(out->landline == QStringLiteral("022-83635027"));
    CHECK(out->staff[0].idNumber == QStringLiteral("11010519491231002X"));
}

TEST_CASE("USCC is unique among active enterprises; a deleted one frees it", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    auto first = s.create(test::sampleEnterprise(1));
    REQUIRE(first.ok());
    Enterprise twin = test::sampleEnterprise(2);
    twin.uscc = test::sampleEnterprise(1).uscc;
    auto dup = s.create(twin);
    REQUIRE_FALSE(dup.ok());
    CHECK(hasFieldError(dup.error(), QStringLiteral("uscc")));
    CHECK(dup.error().fullText().contains(QStringLiteral("编号 %1").arg(*first)));
    REQUIRE(s.remove(*first).ok());
    CHECK(s.list()->isEmpty());
    EnterpriseFilter all;
    all.includeInactive = true;
    CHECK(s.list(all)->size() == 1);
    CHECK(s.create(twin).ok());
    CHECK(s.remove(*first).error().code == ErrorCode::NotFound);
}

TEST_CASE("A USCC failing its check is kept only by a recorded override", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    Enterprise e = test::sampleEnterprise(4);
    e.uscc = QStringLiteral("91350100M000100Y44");
    auto refused = s.create(e);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasFieldError(refused.error(), QStringLiteral("uscc")));
    e.usccOverride = true;
    auto noReason = s.create(e);
    REQUIRE_FALSE(noReason.ok());
    CHECK(hasFieldError(noReason.error(), QStringLiteral("uscc_override_reason")));
    e.usccOverrideReason = QStringLiteral("营业执照原件如此，已向市场监管部门核实");
    auto id = s.create(e);
    REQUIRE(id.ok());
    CHECK(s.get(*id)->usccOverride);
    EnterpriseFilter flagged;
    flagged.flaggedOnly = true;
    REQUIRE(s.list(flagged)->size() == 1);
    CHECK(s.list(flagged)->first().usccOverride);
    auto audit = AuditLog(t.db()).entries({});
    CHECK(audit->first().afterJson.contains(QStringLiteral("已向市场监管部门核实")));
}

TEST_CASE("An update is refused when someone else saved first", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    auto id = s.create(test::sampleEnterprise(1));
    REQUIRE(id.ok());
    Enterprise mine = *s.get(*id);
    Enterprise theirs = *s.get(*id);
    theirs.contact = QStringLiteral("赵敏");
    auto saved = s.update(theirs);
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == 2);
    mine.contact = QStringLiteral("孙磊");
    auto stale = s.update(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::NotAllowed);
    CHECK(s.get(*id)->contact == QStringLiteral("赵敏"));
}

TEST_CASE("An update replaces child lists and records before and after", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{QStringLiteral("clerk2"), Role::Clerk});
    auto id = s.create(test::sampleEnterprise(1));
    Enterprise e = *s.get(*id);
    e.occupations.removeLast();
    e.equipment.append(Equipment{QStringLiteral("继电保护测试仪"), QStringLiteral("昂立"), QStringLiteral("PW466i"), 2,
                                 QStringLiteral("企业自有")});
    REQUIRE(s.update(e).ok());
    Enterprise after = *s.get(*id);
    CHECK(after.occupations.size() == 1);
    CHECK(after.equipment.size() == 3);
    auto entries = AuditLog(t.db()).entries({});
    REQUIRE(entries->size() == 2);
    CHECK(entries->first().action == QStringLiteral("update"));
    CHECK(entries->first().beforeJson.contains(QStringLiteral("焊工")));
    CHECK_FALSE(entries->first().afterJson.contains(QStringLiteral("焊工国家")));
}

TEST_CASE("Search matches name, USCC, contact and mobile", "[registry]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    Enterprise a = test::sampleEnterprise(1);
    a.name = QStringLiteral("天津津门电力设备有限公司");
    a.contact = QStringLiteral("周春生");
    Enterprise b = test::sampleEnterprise(2);
    b.name = QStringLiteral("天津渤海家政服务有限公司");
    b.mobile = QStringLiteral("13900001111");
    REQUIRE(s.create(a).ok());
    REQUIRE(s.create(b).ok());
    EnterpriseFilter f;
    f.text = QStringLiteral("电力");
    CHECK(s.list(f)->size() == 1);
    f.text = QStringLiteral("周春生");
    CHECK(s.list(f)->first().name == a.name);
    f.text = QStringLiteral("1390000");
    CHECK(s.list(f)->first().name == b.name);
    f.text = a.uscc.mid(2, 8).toLower();
    CHECK(s.list(f)->size() == 1);
    f.text = QStringLiteral("100%");
    CHECK(s.list(f)->isEmpty());
    f.text.clear();
    f.kind = EnterpriseKind::CentralSoeBranch;
    CHECK(s.list(f)->isEmpty());
}

TEST_CASE("Scanned documents are stored with a checksum and read back intact", "[registry][documents]")
{
    test::TestDatabase t;
    EnterpriseService s(t.db(), Session{});
    auto id = s.create(test::sampleEnterprise(1));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("营业执照.pdf"));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    f.write(content);
    f.close();
    auto doc = s.attachDocument(*id, QStringLiteral("licence"), pdf);
    REQUIRE(doc.ok());
    CHECK(doc->mimeType == QStringLiteral("application/pdf"));
    CHECK(doc->sha256.size() == 64);
    CHECK(s.get(*id)->documents.size() == 1);
    auto back = s.documentContent(doc->id);
    REQUIRE(back.ok());
    CHECK(*back == content);

    // A file that is not a scan is refused.
    const QString txt = dir.filePath(QStringLiteral("notes.txt"));
    QFile t2(txt);
    REQUIRE(t2.open(QIODevice::WriteOnly));
    t2.write("plain text");
    t2.close();
    CHECK_FALSE(s.attachDocument(*id, QStringLiteral("other"), txt).ok());

    // Damage in storage is detected, not handed out.
    REQUIRE(t.db().exec(QStringLiteral("UPDATE enterprise_documents SET content = ? WHERE id = ?"),
                        {QByteArray("tampered"), doc->id})
                .ok());
    auto damaged = s.documentContent(doc->id);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message.contains(QStringLiteral("损坏")));

    REQUIRE(s.removeDocument(doc->id).ok());
    CHECK(s.get(*id)->documents.isEmpty());
}
