#pragma once
// Enterprise: one applicant or filed enterprise with every field of 附件1 and its child
// lists. Plain values; EnterpriseService validates and stores them.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jd {

enum class EnterpriseKind {
    Tianjin,          // 在天津市行政区域内注册的企业
    CentralSoeBranch, // 已向人社部备案的中央企业驻津分支机构
};
QString enterpriseKindKey(EnterpriseKind k);
QString enterpriseKindLabel(EnterpriseKind k);
bool enterpriseKindFromString(const QString& s, EnterpriseKind* out);

struct OccupationApplied
{
    QString code;  // 职业编码 D-DD-DD-DD
    QString name;  // 职业名称
    QString trade; // 工种/职业方向
    QString basis; // 认定依据: national standard or evaluation specification
    QList<int> levels; // 1..5
    bool operator==(const OccupationApplied&) const = default;
};

struct Equipment
{
    QString name;
    QString brand;
    QString model; // 规格/型号
    int quantity = 1;
    QString ownership; // 所有权归属
    bool operator==(const Equipment&) const = default;
};

enum class PersonRole { Staff, Expert, Assessor, Supervisor };
QString personRoleKey(PersonRole r);
QString personRoleLabel(PersonRole r);

struct Person
{
    QString name;
    QString idType = QStringLiteral("resident_id"); // validation::idTypeKey
    QString idNumber;
    QString employer;  // 所在单位 (staff: the enterprise itself)
    QString title;     // 职务/职称/技能等级
    QString education; // 学历
    QString field;     // staff: 主要工作职责; experts: 专业方向; assessors/supervisors: 考评职业领域
    bool operator==(const Person&) const = default;
};

struct AttachedDocument
{
    qint64 id = 0;
    QString kind; // licence, rules, ownership, other
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
    bool operator==(const AttachedDocument&) const = default;
};

struct Enterprise
{
    qint64 id = 0;
    QString name;
    QString address;
    QString registrationAuthority; // 注册登记机构
    QString uscc;
    bool usccOverride = false; // kept despite a failing check, by explicit decision
    QString usccOverrideReason;
    EnterpriseKind kind = EnterpriseKind::Tianjin;
    QString ministryFilingRef; // central-SOE branch: its filing with the ministry
    QString contact;
    QString contactTitle;
    QString landline;
    QString mobile;
    QString email;
    QString rulesNote;   // 规章制度文件（另附）: what was attached
    QString advantages;  // 组织优势、专业优势
    QString venue;       // 场地情况
    QString itEquipment; // 计算机考务管理及视频监控设备配置情况
    bool active = true;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QList<OccupationApplied> occupations;
    QList<Equipment> equipment;
    QList<Person> staff;
    QList<Person> experts;
    QList<Person> assessors;
    QList<Person> supervisors;
    QList<AttachedDocument> documents; // metadata only; content is loaded on demand

    QList<Person>& people(PersonRole r);
    const QList<Person>& people(PersonRole r) const;
};

// A row of the enterprise list: what the list screen and `enterprise list` show.
struct EnterpriseSummary
{
    qint64 id = 0;
    QString name;
    QString uscc;
    bool usccOverride = false;
    EnterpriseKind kind = EnterpriseKind::Tianjin;
    QString contact;
    QString mobile;
    int occupationCount = 0;
    QDateTime updatedAt;
};

} // namespace jd
