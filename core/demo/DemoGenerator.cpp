#include "core/demo/DemoGenerator.h"

#include "core/db/Database.h"
#include "core/filing/FilingService.h"
#include "core/review/ExpertService.h"
#include "core/review/ReviewService.h"
#include "core/common/Csv.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"
#include "core/registry/EnterpriseJson.h"
#include "core/registry/EnterpriseService.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/validation/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QJsonObject>

namespace jd {

namespace {

// A small explicit generator: the same seed gives the same data on every platform.
quint32 next(quint32& s)
{
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s;
}
int pick(quint32& s, int n) { return static_cast<int>(next(s) % static_cast<quint32>(n)); }
template <typename T, size_t N> const T& pickOf(quint32& s, const T (&a)[N]) { return a[pick(s, static_cast<int>(N))]; }

const char* const kDistricts[][2] = {
    {"120101", "和平区"}, {"120102", "河东区"}, {"120103", "河西区"}, {"120104", "南开区"},
    {"120105", "河北区"}, {"120106", "红桥区"}, {"120110", "东丽区"}, {"120111", "西青区"},
    {"120112", "津南区"}, {"120113", "北辰区"}, {"120114", "武清区"}, {"120115", "宝坻区"},
    {"120116", "滨海新区"}, {"120117", "宁河区"}, {"120118", "静海区"}, {"120119", "蓟州区"},
};
const char* const kBrands[] = {"海河", "津门", "渤海", "北洋", "华北", "金桥", "恒通", "宏达", "泰达", "瑞丰", "中环", "鑫诚"};
const char* const kTrades[] = {"机械制造", "电力设备", "重型装备", "汽车零部件", "精密模具", "热电", "家政服务",
                               "幼儿保育", "冶金铸造", "输变电工程"};
const char* const kStreets[] = {"卫津路", "南京路", "迎水道", "黄河道", "友谊路", "红旗路", "津塘路", "泰达大街",
                                "第三大街", "京津公路", "津沽公路", "中山路"};
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马", "高", "郭", "何", "罗"};
const char* const kGiven[] = {"建国", "丽华", "志强", "海燕", "文博", "秀英", "国庆", "立新", "晓明", "静", "磊",
                              "敏", "军", "芳", "洋", "春生", "玉兰", "振华", "晨", "婷"};
const char* const kEducation[] = {"大专", "本科", "硕士研究生", "中专", "高中", "技工学校"};
const char* const kTitles[] = {"高级工程师", "工程师", "高级技师", "技师", "正高级工程师", "高级经济师"};
const char* const kStaffDuties[] = {"认定工作统筹", "考务管理", "证书管理", "信息系统维护", "档案管理", "质量督导协调"};
const char* const kOwnership[] = {"企业自有", "企业自有", "企业自有", "租赁"};
const char* const kAuthorities[] = {"天津市市场监督管理委员会", "天津市滨海新区市场监督管理局", "天津市南开区市场监督管理局",
                                    "天津市西青区市场监督管理局", "天津市北辰区市场监督管理局"};

QString u(const char* s) { return QString::fromUtf8(s); }

QString personName(quint32& s) { return u(pickOf(s, kSurnames)) + u(pickOf(s, kGiven)); }

struct EquipmentIdea
{
    const char* name;
    const char* model;
};
const EquipmentIdea kEquipment[] = {
    {"数控车床", "CK6150"},       {"立式加工中心", "VMC850"},   {"逆变直流焊机", "ZX7-400"},
    {"二氧化碳气体保护焊机", "NBC-350"}, {"电工实训考核装置", "THPDG-1"}, {"继电保护测试仪", "PW466i"},
    {"中频感应熔炼炉", "GW-0.5T"}, {"箱式热处理炉", "RX3-45-9"},  {"高清视频监控系统", "DS-7932N"},
    {"考务管理计算机", "ThinkCentre M930"}, {"模具装配工作台", "MJ-1500"}, {"婴幼儿护理模型", "BY-02"},
};

} // namespace

// The batch of that name, created with `deadline` when it does not exist yet.
static Result<Batch> batchNamed(FilingService& filings, const QString& name, const QDate& deadline)
{
    auto all = filings.batches();
    if (!all)
        return all.error();
    for (const Batch& b : *all)
        if (b.name == name)
            return b;
    return filings.createBatch(name, deadline);
}

QString DemoGenerator::randomUscc(quint32& s)
{
    // 9 (工商) 1 (企业), a Tianjin district, an organisation code with its check, the check.
    const char* const* d = kDistricts[pick(s, static_cast<int>(std::size(kDistricts)))];
    const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString org;
    for (;;) {
        org.clear();
        for (int i = 0; i < 8; ++i)
            org += chars.at(pick(s, i == 0 ? 10 : 31));
        const QChar oc = validation::orgCodeCheckChar(org);
        if (!oc.isNull() && chars.contains(oc)) {
            org += oc;
            break;
        }
    }
    const QString first17 = QStringLiteral("91") + QLatin1String(d[0]) + org;
    return first17 + validation::usccCheckChar(first17);
}

QString DemoGenerator::randomResidentId(quint32& s, int from, int to)
{
    const char* const* d = kDistricts[pick(s, static_cast<int>(std::size(kDistricts)))];
    const QDate birth = QDate(from, 1, 1).addDays(pick(s, QDate(from, 1, 1).daysTo(QDate(to, 12, 31))));
    const QString first17 = QLatin1String(d[0]) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(pick(s, 1000), 3, 10, QLatin1Char('0'));
    return first17 + validation::residentIdCheckChar(first17);
}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& o)
{
    if (o.enterprises < 0 || o.enterprises > 100000)
        return Error::invalid(QStringLiteral("--enterprises 应在 0 到 100000 之间。"));
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    quint32 s = o.seed == 0 ? 0x9E3779B9u : o.seed;
    OccupationCatalogue catalogue(m_db);
    auto all = catalogue.search(QString(), 100000);
    if (!all)
        return all.error();
    QList<CatalogueOccupation> usable;
    for (const auto& c : *all) {
        auto item = catalogue.qualificationItemFor(c.code, c.name);
        if (item && item->isEmpty() && validation::occupationCodeFormat(c.code).ok)
            usable << c;
    }
    if (usable.isEmpty())
        return Error::invalid(QStringLiteral("职业目录中没有可用于试点的职业，请先导入职业目录。"));

    QList<Enterprise> items;
    DemoSummary summary;
    summary.seed = o.seed;
    for (int i = 0; i < o.enterprises; ++i) {
        Enterprise e;
        const int dist = pick(s, static_cast<int>(std::size(kDistricts)));
        const QString brand = u(pickOf(s, kBrands));
        QString trade = u(pickOf(s, kTrades));
        e.name = QStringLiteral("天津%1%2%3有限公司").arg(brand, trade, i % 3 == 0 ? QStringLiteral("集团") : QString());
        e.kind = pick(s, 6) == 0 ? EnterpriseKind::CentralSoeBranch : EnterpriseKind::Tianjin;
        if (e.kind == EnterpriseKind::CentralSoeBranch) {
            e.name = QStringLiteral("中国%1%2集团有限公司天津分公司").arg(brand, trade);
            e.ministryFilingRef = QStringLiteral("人社鉴备〔2019〕%1号").arg(10 + pick(s, 80));
        }
        e.uscc = randomUscc(s);
        e.address = QStringLiteral("天津市%1%2%3号").arg(u(kDistricts[dist][1]), u(pickOf(s, kStreets))).arg(1 + pick(s, 300));
        e.registrationAuthority = u(pickOf(s, kAuthorities));
        e.contact = personName(s);
        e.contactTitle = pick(s, 2) ? QStringLiteral("人力资源部部长") : QStringLiteral("培训中心主任");
        e.landline = QStringLiteral("022-%1").arg(20000000 + pick(s, 9000000));
        e.mobile = QStringLiteral("1%1%2").arg(3 + pick(s, 7)).arg(100000000 + pick(s, 899999999));
        e.email = QStringLiteral("hr%1@example.com").arg(i + 1);
        e.rulesNote = QStringLiteral("《职业技能等级认定管理办法》《考评人员管理制度》《质量督导制度》等 %1 项").arg(6 + pick(s, 6));
        e.advantages = QStringLiteral("企业建有技能人才培训中心，年培训职工 %1 人次；拥有国家级技能大师工作室 %2 个，"
                                      "多名职工获得“海河工匠”称号。")
                           .arg(500 + pick(s, 3000))
                           .arg(1 + pick(s, 3));
        e.venue = QStringLiteral("培训考核基地建筑面积 %1 平方米，设理论考场 %2 间、实操工位 %3 个。")
                      .arg(800 + pick(s, 5000))
                      .arg(1 + pick(s, 4))
                      .arg(20 + pick(s, 80));
        e.itEquipment = QStringLiteral("考务管理计算机 %1 台，考场高清视频监控全覆盖，录像保存不少于 %2 天。")
                            .arg(10 + pick(s, 60))
                            .arg(90 + pick(s, 3) * 90);
        const int nOcc = 1 + pick(s, std::min<int>(3, static_cast<int>(usable.size())));
        QSet<QString> used;
        for (int k = 0; k < nOcc; ++k) {
            const CatalogueOccupation& c = usable.at(pick(s, static_cast<int>(usable.size())));
            if (used.contains(c.code))
                continue;
            used.insert(c.code);
            OccupationApplied a{c.code, c.name, QString(),
                                QStringLiteral("%1国家职业技能标准").arg(c.name), {}};
            const int top = 1 + pick(s, 3);
            for (int l = top; l <= 5 && a.levels.size() < 3; ++l)
                a.levels << l;
            e.occupations << a;
        }
        // The name follows what the enterprise certifies.
        const QString first = e.occupations.first().code;
        if (first.startsWith(QStringLiteral("4-10")))
            trade = first == QStringLiteral("4-10-01-03") ? QStringLiteral("幼儿保育") : QStringLiteral("家政服务");
        else if (first.startsWith(QStringLiteral("6-28")) || first.startsWith(QStringLiteral("6-31")))
            trade = pick(s, 2) ? QStringLiteral("电力设备") : QStringLiteral("输变电工程");
        else if (first.startsWith(QStringLiteral("6-18")))
            trade = pick(s, 2) ? QStringLiteral("重型装备") : QStringLiteral("精密模具");
        e.name = e.kind == EnterpriseKind::CentralSoeBranch
                     ? QStringLiteral("中国%1%2集团有限公司天津分公司").arg(brand, trade)
                     : QStringLiteral("天津%1%2%3有限公司").arg(brand, trade, i % 3 == 0 ? QStringLiteral("集团") : QString());
        const int nEq = 2 + pick(s, 4);
        for (int k = 0; k < nEq; ++k) {
            const EquipmentIdea& x = pickOf(s, kEquipment);
            e.equipment << Equipment{u(x.name), u(pickOf(s, kBrands)), u(x.model), 1 + pick(s, 20), u(pickOf(s, kOwnership))};
        }
        for (PersonRole r : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor}) {
            const int n = std::max<int>(2 + pick(s, 3), static_cast<int>(e.occupations.size()));
            for (int k = 0; k < n; ++k) {
                Person p;
                p.name = personName(s);
                p.idNumber = randomResidentId(s);
                p.employer = r == PersonRole::Expert && pick(s, 2) ? QStringLiteral("天津职业技术师范大学") : e.name;
                p.title = r == PersonRole::Staff ? QStringLiteral("专职工作人员") : u(pickOf(s, kTitles));
                p.education = u(pickOf(s, kEducation));
                // Assessors and supervisors cover every occupation in turn.
                p.field = r == PersonRole::Staff ? u(pickOf(s, kStaffDuties))
                                                 : e.occupations.at(k % e.occupations.size()).name;
                e.people(r) << p;
                ++summary.people;
            }
        }
        summary.occupations += static_cast<int>(e.occupations.size());
        summary.equipment += static_cast<int>(e.equipment.size());
        items << e;
    }
    // All-or-nothing through the same import path as a clerk's file.
    EnterpriseService service(m_db, m_session);
    QJsonArray arr;
    for (const Enterprise& e : items)
        arr.append(enterprise_json::toJson(e));
    auto report = service.importJson(QJsonDocument(arr).toJson(QJsonDocument::Compact));
    if (!report)
        return report.error();
    summary.enterprises = report->imported;
    if (Status st = generateFilings(report->ids, s, &summary); !st)
        return st.error();
    if (o.certificates > 0)
        if (Status st = generateCertificates(o.certificates, s, &summary); !st)
            return st.error();
    return summary;
}

Status DemoGenerator::generateCertificates(int wanted, quint32& s, DemoSummary* summary)
{
    if (!m_session.can(Permission::DecideFiling))
        return Error::notAllowed(QStringLiteral("生成证书演示数据需要审核员或管理员身份（要确认认定结果）。"));
    FilingService filings(m_db, m_session);
    auto all = filings.list();
    if (!all)
        return all.error();
    QList<qint64> pilots;
    for (const FilingSummary& f : *all)
        if (f.status == FilingStatus::Published || f.status == FilingStatus::Formal)
            pilots << f.enterpriseId;
    if (pilots.isEmpty())
        return Error::invalid(QStringLiteral("没有已公布的试点企业，无法生成证书：请增加 --enterprises。"));
    EnterpriseService enterprises(m_db, m_session);
    PlanService plans(m_db, m_session);
    ResultService results(m_db, m_session);
    const QDate today = m_db.clock().today();
    const int perPlan = 400;
    int made = 0;
    int planNo = 0;
    QSet<QString> people;
    while (made < wanted) {
        const qint64 enterprise = pilots.at(planNo % pilots.size());
        auto e = enterprises.get(enterprise);
        if (!e)
            return e.error();
        const OccupationApplied& occ = e->occupations.at(planNo / pilots.size() % e->occupations.size());
        // A plan a week from March 2020, each starting on a Monday.
        QDate start = QDate(2020, 3, 2).addDays(7 * (planNo % 150));
        if (start.addDays(30) > today)
            start = today.addDays(-60);
        const int passing = std::min(perPlan, wanted - made);
        const int failing = passing / 6;
        QJsonArray levels;
        for (int l : occ.levels)
            levels.append(l);
        auto plan = plans.create({{QStringLiteral("enterprise_id"), enterprise},
                                  {QStringLiteral("submitted"), start.addDays(-21).toString(Qt::ISODate)},
                                  {QStringLiteral("start"), start.toString(Qt::ISODate)},
                                  {QStringLiteral("end"), start.addDays(2).toString(Qt::ISODate)},
                                  {QStringLiteral("candidates"), passing + failing},
                                  {QStringLiteral("sites"), QStringLiteral("企业培训考核基地")},
                                  {QStringLiteral("occupations"), QJsonArray{QJsonObject{{QStringLiteral("code"), occ.code},
                                                                                         {QStringLiteral("levels"), levels}}}},
                                  {QStringLiteral("assessors"), QJsonArray{e->assessors.first().name}},
                                  {QStringLiteral("supervisors"), QJsonArray{e->supervisors.first().name}}});
        if (!plan)
            return plan.error();
        QString text = csv::line(ResultService::header());
        for (int k = 0; k < passing + failing; ++k) {
            QString id;
            do
                id = randomResidentId(s, 1970, 2000);
            while (people.contains(id));
            people.insert(id);
            const bool pass = k < passing;
            const int theory = pass ? 60 + pick(s, 39) : 30 + pick(s, 29);
            const int practical = 60 + pick(s, 39);
            const int level = occ.levels.at(pick(s, static_cast<int>(occ.levels.size())));
            text += csv::line({personName(s), QStringLiteral("居民身份证"), id,
                               id.at(16).digitValue() % 2 ? QStringLiteral("男") : QStringLiteral("女"), occ.code, occ.name, occ.trade,
                               QString::number(level), QString::number(theory), QString::number(practical), QString(),
                               pass ? QStringLiteral("是") : QStringLiteral("否"), QStringLiteral("是")});
        }
        const QDate received = std::min(today, start.addDays(2 + 7));
        auto imported = results.importCsv(plan->id, text.toUtf8(), QStringLiteral("演示结果名单%1.csv").arg(planNo + 1), received);
        if (!imported)
            return imported.error();
        auto confirmed = results.confirm(imported->resultId, std::min(today, received.addDays(3)));
        if (!confirmed)
            return confirmed.error();
        made += confirmed->certificates;
        summary->certificates += confirmed->certificates;
        ++summary->plans;
        ++planNo;
    }
    return {};
}

Status DemoGenerator::demoExperts(quint32& s)
{
    ExpertService experts(m_db, m_session);
    auto existing = experts.list();
    if (!existing)
        return existing.error();
    if (existing->size() >= 16)
        return {};
    static const char* employers[] = {"天津职业技术师范大学", "天津中德应用技术大学", "天津机电职业技术学院", "天津市电力行业协会",
                                      "天津轻工职业技术学院", "天津市焊接学会",     "天津大学",             "天津理工大学"};
    static const char* titles[] = {"教授", "高级工程师", "正高级工程师", "高级技师", "副教授"};
    static const char* regions[] = {"南开区", "河西区", "和平区", "河北区", "滨海新区", "西青区"};
    static const char* majors[] = {"3", "4", "5", "6"};
    for (qsizetype i = existing->size(); i < 16; ++i) {
        Expert e;
        e.name = personName(s);
        e.idNumber = randomResidentId(s, 1960, 1985);
        e.employer = u(pickOf(s, employers));
        e.title = u(pickOf(s, titles));
        e.region = u(pickOf(s, regions));
        e.specialties = {u(majors[i % 4]), u(majors[(i + 1) % 4])};
        auto added = experts.add(e);
        if (!added && added.error().fields.size() == 1 && added.error().fields.first().field == QStringLiteral("id_number"))
            continue; // a drawn ID number already in the pool
        if (!added)
            return added.error();
    }
    return {};
}

Status DemoGenerator::demoPanel(qint64 filingId, const QDate& visit, quint32& s)
{
    ReviewService review(m_db, m_session);
    auto p = review.draw(filingId, 5, next(s));
    if (!p)
        return p.error();
    if (auto v = review.setVisit(filingId, visit.addDays(3), QStringLiteral("企业培训基地")); !v)
        return v.error();
    return {};
}

Status DemoGenerator::demoScores(qint64 filingId, double base, quint32& s)
{
    ReviewService review(m_db, m_session);
    auto p = review.panel(filingId);
    if (!p)
        return p.error();
    auto t = review.reviewTemplate(p->templateVersion);
    if (!t)
        return t.error();
    for (const PanelMember& m : p->activeMembers()) {
        ExpertSheet sheet;
        sheet.filingId = filingId;
        sheet.expertId = m.expertId;
        for (const Criterion& c : t->leaves()) {
            const double score = c.veto ? c.maxPoints
                                        : std::clamp(base + 0.5 * (pick(s, 5) - 2), 0.0, 10.0) / 10.0 * c.maxPoints;
            sheet.scores << ScoreEntry{m.expertId, c.id, std::round(score * 2.0) / 2.0, {}};
        }
        sheet.signedOn = p->visitDate;
        if (auto saved = review.saveSheet(sheet); !saved)
            return saved.error();
    }
    if (auto o = review.setOpinion(filingId, base >= 7 ? QStringLiteral("企业基本符合试点条件，建议列入。")
                                                       : QStringLiteral("评价工作基础较弱，暂不具备试点条件。"));
        !o)
        return o.error();
    return {};
}

Status DemoGenerator::generateFilings(const QList<qint64>& enterpriseIds, quint32& s, DemoSummary* summary)
{
    if (enterpriseIds.isEmpty() || !m_session.can(Permission::DecideFiling))
        return {}; // a clerk's demo stops at the registry: the decisions are not theirs
    FilingService filings(m_db, m_session);
    // The story starts with the notice's first batch (deadline 2019-06-30). A database
    // that already has filings only gets new applications, received today: its
    // catalogue and filing order are not rewritten.
    auto existing = filings.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        const QDate today = m_db.clock().today();
        const QString name = QStringLiteral("%1年演示批次（%2）").arg(today.year()).arg(today.toString(Qt::ISODate));
        auto batch = batchNamed(filings, name, today.addDays(30));
        if (!batch)
            return batch.error();
        for (qint64 id : enterpriseIds) {
            if (auto f = filings.create(id, batch->id, today); !f)
                return f.error();
            ++summary->filings;
        }
        return {};
    }
    auto y = [](int year, int month, int day) { return QDate(year, month, day); };
    if (y(2020, 6, 1) > m_db.clock().today())
        return Error::invalid(QStringLiteral("演示数据的日期（2019–2020 年）晚于今天，请检查系统日期。"));
    auto batch = batchNamed(filings, QStringLiteral("2019年第一批"), y(2019, 6, 30));
    if (!batch)
        return batch.error();
    if (Status st = demoExperts(s); !st)
        return st;
    using S = FilingStatus;
    // Where each demo filing ends, cycling so that every stage has examples.
    static const S targets[] = {S::Published, S::Formal,     S::Filed,       S::Published, S::ReportedToMinistry,
                                S::Approved,  S::Recommended, S::Scored,     S::SiteVisit, S::MaterialsAccepted,
                                S::Returned,  S::Submitted,   S::NotRecommended, S::Rejected, S::Terminated,
                                S::Suspended, S::Formal,      S::Published,  S::Refused,   S::MinistryRejected};
    const int nTargets = static_cast<int>(std::size(targets));
    int order = 0;
    QList<std::pair<qint64, S>> later;
    QList<std::pair<qint64, QDate>> filedLater;
    for (qsizetype i = 0; i < enterpriseIds.size(); ++i) {
        const S target = targets[i % nTargets];
        // Most arrive in June 2019; one in thirteen after the deadline.
        QDate date = i % 13 == 7 ? y(2019, 7, 2 + pick(s, 5)) : y(2019, 6, 1).addDays(pick(s, 29));
        auto f = filings.create(enterpriseIds.at(i), batch->id, date);
        if (!f)
            return f.error();
        ++summary->filings;
        const qint64 id = f->id;
        auto step = [&](FilingAction a, const QString& note = {}, const QString& doc = {}, int days = 0) -> Status {
            date = days > 0 ? date.addDays(days) : date.addDays(2 + pick(s, 6));
            AdvanceRequest r;
            r.action = a;
            r.note = note;
            r.docNumber = doc;
            r.date = date;
            auto x = filings.advance(id, r);
            if (!x)
                return x.error();
            return {};
        };
        if (target == S::Submitted)
            continue;
        if (target == S::Returned || target == S::Rejected) {
            auto items = filings.setChecklistItem(id, QStringLiteral("a2_licence"), ItemState::Defective,
                                                  QStringLiteral("复印件不清晰，未加盖公章"));
            if (!items)
                return items.error();
            if (target == S::Returned) {
                if (Status st = step(FilingAction::Return, QStringLiteral("请补正后重新报送")); !st)
                    return st;
            } else if (Status st = step(FilingAction::Reject, QStringLiteral("申报职业属于准入类职业，不纳入试点")); !st) {
                return st;
            }
            continue;
        }
        if (auto all = filings.setAllReceived(id, QString()); !all)
            return all.error();
        QList<std::pair<FilingAction, QString>> path = {{FilingAction::Accept, {}},
                                                        {FilingAction::Schedule, QStringLiteral("现场评估安排在企业培训基地")},
                                                        {FilingAction::Score, QStringLiteral("专家组评分完成")}};
        const int stage = [&] {
            switch (target) {
            case S::MaterialsAccepted: return 1;
            case S::SiteVisit: return 2;
            case S::Scored: return 3;
            case S::NotRecommended: return 3;
            case S::Recommended: return 4;
            case S::Refused: return 4;
            case S::Approved: return 5;
            case S::ReportedToMinistry: return 6;
            case S::MinistryRejected: return 6;
            default: return 7;
            }
        }();
        path = path.mid(0, std::min<int>(stage, 3));
        for (const auto& [a, note] : path) {
            if (a == FilingAction::Score)
                if (Status st = demoScores(id, target == S::NotRecommended ? 5.5 : 8.0, s); !st)
                    return st;
            if (Status st = step(a, note); !st)
                return st;
            if (a == FilingAction::Schedule)
                if (Status st = demoPanel(id, date, s); !st)
                    return st;
        }
        if (target == S::NotRecommended) {
            if (Status st = step(FilingAction::NotRecommend, QStringLiteral("总分低于合格线")); !st)
                return st;
            continue;
        }
        if (stage >= 4)
            if (Status st = step(FilingAction::Recommend, QStringLiteral("专家组一致推荐")); !st)
                return st;
        if (target == S::Refused) {
            if (Status st = step(FilingAction::Refuse, QStringLiteral("技能人才评价工作基础薄弱")); !st)
                return st;
            continue;
        }
        if (stage >= 5)
            if (Status st = step(FilingAction::Approve, {}, QStringLiteral("津人社函〔2019〕%1号").arg(100 + i)); !st)
                return st;
        if (stage >= 6)
            if (Status st = step(FilingAction::Report); !st)
                return st;
        if (target == S::MinistryRejected) {
            if (Status st = step(FilingAction::MinistryReject, QStringLiteral("不符合复核条件"),
                                 QStringLiteral("人社鉴函〔2019〕%1号").arg(30 + i));
                !st)
                return st;
            continue;
        }
        if (stage < 7)
            continue;
        // Ministry results of the enterprises to publish come first, in order; those that
        // stay "filed" get theirs after every publication (see below).
        const bool publish = target != S::Filed;
        if (!publish) {
            filedLater << std::make_pair(id, date);
            continue;
        }
        const QDate ministry = y(2019, 9, 2).addDays(order++);
        date = std::max(date, ministry.addDays(-1));
        if (Status st = step(FilingAction::MinistryAccept, {}, QStringLiteral("人社鉴函〔2019〕%1号").arg(30 + i),
                             static_cast<int>(date.daysTo(ministry)));
            !st)
            return st;
        // Publication a fixed three days after the ministry's result keeps catalogue
        // versions in date order.
        if (Status st = step(FilingAction::Publish, QStringLiteral("列入全市试点企业目录"), {}, static_cast<int>(date.daysTo(ministry.addDays(3))));
            !st)
            return st;
        ++summary->published;
        if (target == S::Formal || target == S::Terminated || target == S::Suspended)
            later << std::make_pair(id, target);
    }
    // Phase evaluation (December 2019) and a suspension the next spring, after every publication.
    const QDate lastMinistry = y(2019, 9, 2).addDays(std::max(order - 1, 0));
    int k = 0;
    for (const auto& [id, since] : filedLater) {
        AdvanceRequest r;
        r.action = FilingAction::MinistryAccept;
        r.docNumber = QStringLiteral("人社鉴函〔%1〕%2号").arg(lastMinistry.year()).arg(200 + k);
        r.date = std::max(since, lastMinistry).addDays(1 + k++ % 7);
        if (auto x = filings.advance(id, r); !x)
            return x.error();
    }
    std::stable_partition(later.begin(), later.end(), [](const auto& x) { return x.second != S::Suspended; });
    const QDate lastPublished = order > 0 ? y(2019, 9, 2).addDays(order - 1 + 3) : y(2019, 9, 2);
    const QDate evaluation = std::max(y(2019, 12, 20), lastPublished.addDays(1));
    const QDate suspension = std::max(y(2020, 4, 1), evaluation.addDays(10));
    int n = 0;
    for (const auto& [id, target] : later) {
        const QDate on = target == S::Suspended ? suspension.addDays(n++) : evaluation.addDays(std::min(n++, 9));
        if (target == S::Suspended) {
            AdvanceRequest r;
            r.action = FilingAction::Suspend;
            r.note = QStringLiteral("抽查发现考评人员资质不符，暂停整改");
            r.date = on;
            if (auto x = filings.advance(id, r); !x)
                return x.error();
            continue;
        }
        auto ev = filings.evaluate(id, target == S::Formal,
                                   target == S::Formal ? QStringLiteral("试点工作规范，台账完整")
                                                       : QStringLiteral("未按要求报送认定计划，质量督导缺失"),
                                   on);
        if (!ev)
            return ev.error();
    }
    return {};
}

} // namespace jd
