#include "tests/support/Builders.h"

#include "core/demo/DemoGenerator.h"

namespace jd::test {

QString validUscc(int variant)
{
    quint32 state = 0x1234567u + static_cast<quint32>(variant) * 7919u;
    return DemoGenerator::randomUscc(state);
}

QString validId(int variant)
{
    quint32 state = 0xABCDEFu + static_cast<quint32>(variant) * 104729u;
    return DemoGenerator::randomResidentId(state);
}

Enterprise sampleEnterprise(int v)
{
    Enterprise e;
    e.name = QStringLiteral("天津市海河重型机械制造有限公司%1").arg(v);
    e.address = QStringLiteral("天津市南开区迎水道47号");
    e.registrationAuthority = QStringLiteral("天津市市场监督管理委员会");
    e.uscc = validUscc(v);
    e.kind = EnterpriseKind::Tianjin;
    e.contact = QStringLiteral("吕本顺");
    e.contactTitle = QStringLiteral("人力资源部部长");
    e.landline = QStringLiteral("022-83635027");
    e.mobile = QStringLiteral("13812345678");
    e.email = QStringLiteral("hr@haihe.example.com");
    e.rulesNote = QStringLiteral("《职业技能等级认定管理办法》等 8 项");
    e.advantages = QStringLiteral("国家级技能大师工作室 2 个；“海河工匠” 5 名。\n年培训职工 3000 人次。");
    e.venue = QStringLiteral("培训基地 3200 平方米，实操工位 60 个");
    e.itEquipment = QStringLiteral("考务计算机 40 台，考场视频监控全覆盖");
    e.occupations = {
        OccupationApplied{QStringLiteral("6-31-01-03"), QStringLiteral("电工"), QStringLiteral("维修电工"),
                          QStringLiteral("电工国家职业技能标准（2018年版）"), {2, 3, 4}},
        OccupationApplied{QStringLiteral("6-18-02-04"), QStringLiteral("焊工"), QString(),
                          QStringLiteral("焊工国家职业技能标准（2018年版）"), {3, 4, 5}},
    };
    e.equipment = {Equipment{QStringLiteral("逆变直流焊机"), QStringLiteral("海河"), QStringLiteral("ZX7-400"), 12,
                             QStringLiteral("企业自有")},
                   Equipment{QStringLiteral("电工实训考核装置"), QStringLiteral("津门"), QStringLiteral("THPDG-1"), 6,
                             QStringLiteral("租赁")}};
    e.staff = {Person{QStringLiteral("王建国"), QStringLiteral("resident_id"), validId(v * 10 + 1), e.name,
                      QStringLiteral("培训中心主任"), QStringLiteral("本科"), QStringLiteral("认定工作统筹")}};
    e.experts = {Person{QStringLiteral("李丽华"), QStringLiteral("resident_id"), validId(v * 10 + 2),
                        QStringLiteral("天津职业技术师范大学"), QStringLiteral("教授"), QStringLiteral("博士研究生"),
                        QStringLiteral("电气工程")}};
    e.assessors = {Person{QStringLiteral("张志强"), QStringLiteral("resident_id"), validId(v * 10 + 3), e.name,
                          QStringLiteral("高级技师"), QStringLiteral("大专"), QStringLiteral("电工")}};
    e.supervisors = {Person{QStringLiteral("刘海燕"), QStringLiteral("passport"), QStringLiteral("E12345678"), e.name,
                            QStringLiteral("高级工程师"), QStringLiteral("硕士研究生"), QStringLiteral("焊工")}};
    return e;
}

} // namespace jd::test
