#include "app/cli/Cli.h"

#include "core/audit/AuditLog.h"
#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/db/DatabaseCopy.h"
#include "core/db/Maintenance.h"
#include "core/db/ReferenceData.h"
#include "core/calendar/WorkCalendar.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"
#include "core/certificates/CertificateRegistry.h"
#include "core/certificates/NationalExport.h"
#include "core/supervision/SpotCheckService.h"
#include "core/supervision/Statistics.h"
#include "core/documents/LedgerDocument.h"
#include "core/users/UserService.h"
#include "core/demo/DemoGenerator.h"
#include "core/documents/ApplicationForm.h"
#include "core/documents/DocumentRenderer.h"
#include "core/documents/FilingDocuments.h"
#include "core/documents/NumberingDocuments.h"
#include "core/documents/CertificateDocument.h"
#include "core/numbering/NumberingService.h"
#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseJson.h"
#include "core/registry/EnterpriseService.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <iostream>
#include <string>

namespace jd {

namespace {

// Options that stand alone; every other --option takes the next argument as its value.
const QStringList kFlags = {QStringLiteral("--json"), QStringLiteral("--help"), QStringLiteral("-h"),
                            QStringLiteral("--all-received"), QStringLiteral("--include-deleted"),
                            QStringLiteral("--flagged"), QStringLiteral("--preprinted"), QStringLiteral("--blank"),
                            QStringLiteral("--all")};

} // namespace

QJsonArray Cli::fieldErrors(const QList<FieldError>& errors)
{
    QJsonArray a;
    for (const FieldError& f : errors)
        a.append(QJsonObject{{QStringLiteral("row"), f.row},
                             {QStringLiteral("column"), f.label.isEmpty() ? f.field : f.label},
                             {QStringLiteral("field"), f.field},
                             {QStringLiteral("value"), f.value},
                             {QStringLiteral("reason"), f.message}});
    return a;
}

Cli::Cli(QStringList args, QTextStream& out, QTextStream& err) : m_args(std::move(args)), m_out(out), m_err(err)
{
    const QString lang = qEnvironmentVariable("LANG");
    m_english = lang.startsWith(QStringLiteral("en"));
    // The core's messages in the same language as the CLI's own (CLI.md).
    if (m_english)
        translation::installCore(QStringLiteral("en"));
}

QString Cli::t(const char* zh, const char* en) const
{
    return m_english ? QString::fromUtf8(en) : QString::fromUtf8(zh);
}

bool Cli::needsGui(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QStringLiteral("--db") || a == QStringLiteral("--user")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a == QStringLiteral("print");
    }
    return false;
}

bool Cli::parse(QString* problem)
{
    static const QRegularExpression number(QStringLiteral("^-[0-9]+$"));
    for (qsizetype i = 1; i < m_args.size(); ++i) {
        const QString a = m_args.at(i);
        if (a.startsWith(QLatin1Char('-')) && !number.match(a).hasMatch() && a != QStringLiteral("-")) {
            if (kFlags.contains(a)) {
                m_p.flags << a;
                continue;
            }
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq > 0) {
                m_p.options.insert(a.left(eq), a.mid(eq + 1));
                continue;
            }
            // --version alone prints the program version; after a command it takes a value.
            if (a == QStringLiteral("--version") && (i + 1 >= m_args.size() || m_args.at(i + 1).startsWith(QLatin1Char('-')))) {
                m_p.flags << a;
                continue;
            }
            if (i + 1 >= m_args.size()) {
                *problem = t("选项 %1 缺少取值。", "option %1 needs a value.").arg(a);
                return false;
            }
            m_p.options.insert(a, m_args.at(++i));
            continue;
        }
        m_p.positional << a;
    }
    m_json = m_p.flags.contains(QStringLiteral("--json"));
    return true;
}

int Cli::fail(const Error& e)
{
    if (m_json && !e.fields.isEmpty()) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("error"), e.message},
                                           {QStringLiteral("errors"), fieldErrors(e.fields)}})
                     .toJson(QJsonDocument::Indented);
    }
    m_err << e.fullText() << Qt::endl;
    if (!e.detail.isEmpty())
        m_err << e.detail << Qt::endl;
    return static_cast<int>(e.code);
}

int Cli::usage(const QString& message)
{
    m_err << message << Qt::endl
          << t("用法：jianding-cli [--db 路径] [--user 用户名] [--json] 组 命令 [参数]；jianding-cli --help 查看全部命令。",
               "usage: jianding-cli [--db PATH] [--user NAME] [--json] GROUP COMMAND [ARGS]; see jianding-cli --help.")
          << Qt::endl;
    return 2;
}

int Cli::done(const QJsonValue& json, const QString& text)
{
    if (m_json) {
        QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        if (json.isString() || json.isDouble() || json.isBool()) {
            m_out << QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)
                  << Qt::endl;
            return 0;
        }
        m_out << doc.toJson(QJsonDocument::Indented);
    } else if (!text.isEmpty()) {
        m_out << text << Qt::endl;
    }
    return 0;
}

bool Cli::openDatabase(int* exitCode)
{
    QString path = opt(QStringLiteral("--db"));
    if (path.isEmpty())
        path = Database::defaultPath();
    // A server's password comes from libpq's own sources: PGPASSWORD or ~/.pgpass.
    auto db = Database::open(path);
    if (!db) {
        *exitCode = fail(db.error());
        return false;
    }
    m_db = *db;
    if (!m_db->warning().isEmpty())
        m_err << m_db->warning() << Qt::endl;
    if (Status s = seedReferenceData(*m_db); !s) {
        *exitCode = fail(s.error());
        return false;
    }
    // Without users every command runs; from the first user on, every command signs in.
    UserService users(*m_db, Session{});
    auto any = users.hasUsers();
    if (!any) {
        *exitCode = fail(any.error());
        return false;
    }
    const QString name = opt(QStringLiteral("--user"));
    if (!*any)
        return true;
    if (name.isEmpty()) {
        *exitCode = fail(Error::notAllowed(t("此数据库已设置用户：请用 --user 指定用户名，并在环境变量 JIANDING_PASSWORD 中提供密码。",
                                             "this database has users: name one with --user and give the password in JIANDING_PASSWORD.")));
        return false;
    }
    auto session = users.authenticate(name, qEnvironmentVariable("JIANDING_PASSWORD"));
    if (!session) {
        *exitCode = fail(session.error());
        return false;
    }
    m_session = *session;
    return true;
}

QString Cli::stdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    QString s = QString::fromUtf8(line.c_str());
    if (s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s;
}

int Cli::run()
{
    QString problem;
    if (!parse(&problem))
        return usage(problem);
    if (m_p.flags.contains(QStringLiteral("--version")) && m_p.positional.isEmpty()) {
        m_out << QStringLiteral("jianding-cli %1").arg(QStringLiteral(JIANDING_VERSION)) << Qt::endl;
        return 0;
    }
    if (m_p.flags.contains(QStringLiteral("--help")) || m_p.flags.contains(QStringLiteral("-h")) ||
        m_p.positional.isEmpty()) {
        printHelp();
        return m_p.positional.isEmpty() && !m_p.flags.contains(QStringLiteral("--help")) &&
                       !m_p.flags.contains(QStringLiteral("-h"))
                   ? 2
                   : 0;
    }
    const QString group = m_p.positional.first();
    if (group == QStringLiteral("validate"))
        return cmdValidate();
    if (group == QStringLiteral("certno") && m_p.positional.value(1) == QStringLiteral("parse"))
        return cmdCertno(); // pure: no database needed
    if (group == QStringLiteral("review") && m_p.positional.value(1) == QStringLiteral("package") &&
        m_p.positional.value(2) == QStringLiteral("fill"))
        return cmdReviewPackageFill(); // the reviewer's laptop: no database
    if (group == QStringLiteral("migrate"))
        return cmdMigrate(); // two databases: opened by the command itself
    static const QStringList known = {QStringLiteral("enterprise"), QStringLiteral("occupation"), QStringLiteral("demo"),
                                      QStringLiteral("print"),      QStringLiteral("check"),      QStringLiteral("user"),
                                      QStringLiteral("audit"),      QStringLiteral("backup"),     QStringLiteral("restore"),
                                      QStringLiteral("batch"),      QStringLiteral("filing"),     QStringLiteral("catalogue"),
                                      QStringLiteral("certno"),     QStringLiteral("range"),      QStringLiteral("workdays"),
                                      QStringLiteral("calendar"),   QStringLiteral("plan"),       QStringLiteral("results"),
                                      QStringLiteral("cert"),       QStringLiteral("export"),     QStringLiteral("spotcheck"),
                                      QStringLiteral("stats"),      QStringLiteral("expert"),     QStringLiteral("panel"),
                                      QStringLiteral("review")};
    if (!known.contains(group))
        return usage(t("未知的命令组“%1”。", "unknown command group '%1'.").arg(group));
    int code = 0;
    if (!openDatabase(&code))
        return code;
    if (group == QStringLiteral("enterprise"))
        return cmdEnterprise();
    if (group == QStringLiteral("occupation"))
        return cmdOccupation();
    if (group == QStringLiteral("demo"))
        return cmdDemo();
    if (group == QStringLiteral("print"))
        return cmdPrint();
    if (group == QStringLiteral("user"))
        return cmdUser();
    if (group == QStringLiteral("batch"))
        return cmdBatch();
    if (group == QStringLiteral("filing"))
        return cmdFiling();
    if (group == QStringLiteral("catalogue"))
        return cmdCatalogue();
    if (group == QStringLiteral("certno"))
        return cmdCertno();
    if (group == QStringLiteral("range"))
        return cmdRange();
    if (group == QStringLiteral("workdays"))
        return cmdWorkdays();
    if (group == QStringLiteral("calendar"))
        return cmdCalendar();
    if (group == QStringLiteral("plan"))
        return cmdPlan();
    if (group == QStringLiteral("results"))
        return cmdResults();
    if (group == QStringLiteral("cert"))
        return cmdCert();
    if (group == QStringLiteral("export"))
        return cmdExport();
    if (group == QStringLiteral("spotcheck"))
        return cmdSpotcheck();
    if (group == QStringLiteral("stats"))
        return cmdStats();
    if (group == QStringLiteral("expert"))
        return cmdExpert();
    if (group == QStringLiteral("panel"))
        return cmdPanel();
    if (group == QStringLiteral("review"))
        return cmdReview();
    if (group == QStringLiteral("audit"))
        return cmdAudit();
    if (group == QStringLiteral("backup"))
        return cmdBackup();
    if (group == QStringLiteral("restore"))
        return cmdRestore();
    return cmdCheck();
}

void Cli::printHelp()
{
    m_out << t(R"(jianding-cli —— 企业职业技能等级认定试点管理（命令行）

全局选项：--db 路径或 postgresql://用户@服务器:端口/数据库   --user 用户名（密码取自 JIANDING_PASSWORD）   --json   --version
命令：
  validate uscc 代码                      校验统一社会信用代码（GB 32100）
  validate id 号码 [--type 证件类型]       校验证件号码（GB 11643，15 位旧号自动升位）
  validate occupation 编码 [--name 名称]   校验职业编码（第 3–6 大类，非准入类）
  enterprise import 文件                   导入企业（CSV、XLSX 或 JSON，全部成功才写入）
  enterprise list [--search 文本] [--kind tianjin|central_soe_branch] [--flagged]
  enterprise show 编号
  enterprise delete 编号
  enterprise template --out 文件.csv|.xlsx 写出企业导入模板
  occupation import 文件.csv|.xlsx         导入职业分类大典目录（edition,code,name）
  occupation search 文本
  demo generate --enterprises N [--certificates M] [--seed S]
  batch create 名称 --deadline 日期 | batch list
  filing create 企业编号 --batch 批次编号 [--received 日期]
  filing checklist 编号 (材料项 received|missing|defective | --all-received) [--note 说明]
  filing advance 编号 操作 [--note 说明] [--date 日期] [--doc-number 文号] [--override 理由] [--defect 内容;内容]
  filing evaluate 编号 --result pass|fail --note 评估意见 | filing show 编号 | filing list [--status 状态]
  catalogue show [--version N] | catalogue versions
  certno parse 编号 | certno void 编号 --reason 原因 | certno prefix [--type Y|S --ministry 0000 --province 12]
  range list | range reserve 企业编号 --year 年 --level 等级 --count 数量
  workdays add 日期 N | workdays count 起 止
  calendar show 年 | calendar set 日期 off|work|normal | calendar import 文件.csv|.xlsx
  plan create 文件.json | plan list [--enterprise 编号] | plan show 编号
  results import 计划编号 文件.csv [--received 日期] [--report 错误报告.csv] | results confirm 编号 | results list | results template --out 文件.csv
  cert find (--number 编号 | --id-number 证件号码 | --name 姓名 | --file 清单.txt) | cert revoke 编号 --reason 原因 | cert reissue 编号 --reason 原因
  cert photos 文件夹                      导入考生照片（文件名为身份证号，JPEG/PNG）
  export national --out 文件.xlsx|文件.csv [--since-batch N]    全国联网查询上报文件
  spotcheck draw --count N [--seed S] | spotcheck choose 计划编号 | spotcheck record 编号 … | spotcheck list
  stats [--from 日期] [--to 日期] [--enterprise 编号] [--out 文件.csv|.xlsx]   按企业、职业、等级统计
  expert list [--all] [--search 文本] | expert show 编号 | expert add --name … --id-number … --employer … --specialties 6-31,4-01
  expert import 文件.csv|.xlsx | expert export --out 文件 | expert template --out 文件 | expert conflict 专家编号 企业编号 --reason 理由
  expert deactivate 编号 --reason 理由 | expert activate 编号
  panel draw 备案编号 --size K [--seed S] | panel show 备案编号 | panel candidates 备案编号
  panel replace 备案编号 专家编号 [--with 专家编号] --reason 理由 | panel visit 备案编号 --date 日期 --place 地点
  review template show [--version N] | review template import 文件.json（新版本，仅管理员）
  review scores import 文件.csv（filing_id,expert_id,criterion,score[,comment]） | review sheet 备案编号 专家编号
  review result 备案编号 | review opinion 备案编号 --text 意见 | review list 批次编号（建议名单）
  review package export 备案编号 --expert 专家编号 --out 文件.jdreview | review package import 文件
  review package fill 文件 --scores 评分.csv [--opinion 意见]（离线，访问码用 --code 或 JIANDING_PACKAGE_CODE）
  print form|receipt|correction|catalogue|notice|certificate|certificates|ledger|scoresheet|panel|recommended 编号 --pdf 输出.pdf
        [--offset-x 毫米 --offset-y 毫米 --preprinted]（证书）[--expert 专家编号 [--blank]]（评分表）
  user add 用户名 --role clerk|reviewer|supervisor|admin   新建用户（密码从标准输入第一行读取）
  user list | passwd 用户名 | role 用户名 --role 角色 | disable 用户名 | enable 用户名 | unlock 用户名
  audit list [--actor 用户] [--entity 对象] [--from 日期] [--to 日期] [--out 文件.csv|.xlsx]
  backup --out 文件                        在线备份（服务器数据库备份为一个 SQLite 文件）
  restore 文件                             检查后用备份替换数据库（仅管理员；服务器数据库请用 migrate）
  migrate --from 来源 --to 目标            在数据库文件与服务器数据库之间迁移全部数据，逐表核对行数
                                          （目标须为新建的空数据库；服务器密码取自 PGPASSWORD 或 ~/.pgpass）
  check                                   检查数据库完整性与操作日志链
退出码：0 成功，1 数据无效，2 用法错误，3 未找到，4 不允许，5 数据库或文件错误)",
               R"(jianding-cli - enterprise skill-level certification pilot administration

Global options: --db PATH|postgresql://USER@HOST:PORT/DBNAME  --user NAME (password from JIANDING_PASSWORD)  --json  --version
Commands:
  validate uscc CODE | validate id NUMBER [--type T] | validate occupation CODE [--name NAME]
  enterprise import FILE | list [--search TEXT] [--kind K] [--flagged] | show ID | delete ID
  enterprise template --out FILE.csv|FILE.xlsx
  occupation import FILE.csv|.xlsx | occupation search TEXT
  demo generate --enterprises N [--certificates M] [--seed S]
  batch create NAME --deadline DATE | batch list
  filing create ENTERPRISE_ID --batch BATCH_ID [--received DATE] | checklist | advance | evaluate | show | list
  catalogue show [--version N] | catalogue versions
  certno parse NUMBER | certno void NUMBER --reason TEXT | certno prefix [--type Y|S --ministry NNNN --province NN]
  range list | range reserve ENTERPRISE_ID --year Y --level L --count N
  workdays add DATE N | workdays count FROM TO
  calendar show YEAR | calendar set DATE off|work|normal | calendar import FILE.csv|.xlsx
  plan create FILE.json | plan list [--enterprise ID] | plan show ID
  results import PLAN_ID FILE.csv [--received DATE] [--report ERRORS.csv] | results confirm ID | results list | results template --out FILE.csv
  cert find (--number N | --id-number X | --name TEXT | --file LIST.txt) | cert revoke N --reason T | cert reissue N --reason T
  cert photos FOLDER (candidate photos named after the ID number, JPEG/PNG)
  export national --out FILE.xlsx|FILE.csv [--since-batch N]
  spotcheck draw --count N [--seed S] | spotcheck choose PLAN_ID | spotcheck record ID ... | spotcheck list
  stats [--from DATE] [--to DATE] [--enterprise ID] [--out FILE.csv|.xlsx]
  expert list [--all] [--search T] | show ID | add --name N --id-number X --employer E --specialties 6-31,4-01
  expert import FILE | export --out FILE | template --out FILE | conflict EXPERT_ID ENTERPRISE_ID --reason R | deactivate ID --reason R | activate ID
  panel draw FILING_ID --size K [--seed S] | show FILING_ID | candidates FILING_ID | replace FILING_ID EXPERT_ID [--with ID] --reason R
  panel visit FILING_ID --date D --place P
  review template show [--version N] | template import FILE.json | scores import FILE.csv | sheet FILING_ID EXPERT_ID
  review result FILING_ID | opinion FILING_ID --text T | list BATCH_ID
  review package export FILING_ID --expert ID --out FILE | package import FILE | package fill FILE --scores S.csv (code: --code or JIANDING_PACKAGE_CODE)
  print form|receipt|correction|catalogue|notice|certificate|certificates|ledger|scoresheet|panel|recommended ID --pdf OUT.pdf
        [--offset-x MM --offset-y MM --preprinted] (certificates) [--expert ID [--blank]] (score sheets)
  user add NAME --role ROLE (password: first line of stdin) | list | passwd | role | disable | enable | unlock
  audit list [--actor USER] [--entity E] [--from DATE] [--to DATE] [--out FILE.csv|.xlsx]
  backup --out FILE | restore FILE | check
  migrate --from SOURCE --to TARGET (file or postgresql://USER@HOST:PORT/DBNAME; the target must be new and empty;
        server passwords from PGPASSWORD or ~/.pgpass)
Exit codes: 0 done, 1 invalid, 2 usage, 3 not found, 4 not allowed, 5 database or file error)")
          << Qt::endl;
}

int Cli::cmdValidate()
{
    if (m_p.positional.size() != 3)
        return usage(t("用法：validate uscc|id|occupation 值", "usage: validate uscc|id|occupation VALUE"));
    const QString what = m_p.positional.at(1);
    const QString value = m_p.positional.at(2);
    validation::Check c;
    if (what == QStringLiteral("uscc")) {
        c = validation::uscc(value);
    } else if (what == QStringLiteral("id")) {
        validation::IdType type = validation::IdType::ResidentId;
        if (has(QStringLiteral("--type")) && !validation::idTypeFromString(opt(QStringLiteral("--type")), &type))
            return usage(t("未知的证件类型“%1”。", "unknown document type '%1'.").arg(opt(QStringLiteral("--type"))));
        c = validation::idDocument(type, value);
    } else if (what == QStringLiteral("occupation")) {
        int code = 0;
        if (!openDatabase(&code))
            return code;
        c = OccupationCatalogue(*m_db).check(value, opt(QStringLiteral("--name")));
    } else {
        return usage(t("validate 只接受 uscc、id 或 occupation。", "validate takes uscc, id or occupation."));
    }
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("valid"), c.ok},
                                           {QStringLiteral("normalized"), c.normalized},
                                           {QStringLiteral("reason"), c.message}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    if (!c.ok) {
        m_err << value << t("：", ": ") << c.message << Qt::endl;
        return 1;
    }
    if (!m_json)
        m_out << c.normalized << Qt::endl;
    return 0;
}

int Cli::cmdEnterprise()
{
    const QString cmd = m_p.positional.value(1);
    EnterpriseService service(*m_db, m_session);
    if (cmd == QStringLiteral("import")) {
        if (m_p.positional.size() != 3)
            return usage(t("用法：enterprise import 文件", "usage: enterprise import FILE"));
        auto r = service.importFile(m_p.positional.at(2));
        if (!r)
            return fail(r.error());
        QJsonArray ids;
        for (qint64 id : r->ids)
            ids.append(id);
        return done(QJsonObject{{QStringLiteral("imported"), r->imported},
                                {QStringLiteral("ids"), ids},
                                {QStringLiteral("errors"), QJsonArray()}},
                    t("已导入 %1 家企业。", "imported %1 enterprises.").arg(r->imported));
    }
    if (cmd == QStringLiteral("list")) {
        EnterpriseFilter f;
        f.text = opt(QStringLiteral("--search"));
        f.includeInactive = has(QStringLiteral("--include-deleted"));
        f.flaggedOnly = has(QStringLiteral("--flagged"));
        if (has(QStringLiteral("--kind"))) {
            EnterpriseKind k;
            if (!enterpriseKindFromString(opt(QStringLiteral("--kind")), &k))
                return usage(t("--kind 应为 tianjin 或 central_soe_branch。", "--kind takes tianjin or central_soe_branch."));
            f.kind = k;
        }
        auto r = service.list(f);
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const EnterpriseSummary& s : *r) {
            a.append(enterprise_json::summaryToJson(s));
            lines << QStringLiteral("%1\t%2\t%3%4\t%5").arg(s.id).arg(s.uscc, s.usccOverride ? QStringLiteral("!") : QString(), s.name, s.contact);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("show") || cmd == QStringLiteral("delete")) {
        bool ok = false;
        const qint64 id = m_p.positional.value(2).toLongLong(&ok);
        if (!ok || m_p.positional.size() != 3)
            return usage(t("用法：enterprise %1 编号", "usage: enterprise %1 ID").arg(cmd));
        if (cmd == QStringLiteral("delete")) {
            if (Status s = service.remove(id); !s)
                return fail(s.error());
            return done(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}},
                        t("已删除企业 %1。", "deleted enterprise %1.").arg(id));
        }
        auto e = service.get(id);
        if (!e)
            return fail(e.error());
        const QJsonObject o = enterprise_json::toJson(*e);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (cmd == QStringLiteral("template")) {
        const QString out = opt(QStringLiteral("--out"));
        if (out.isEmpty())
            return usage(t("用法：enterprise template --out 文件.csv|文件.xlsx", "usage: enterprise template --out FILE.csv|FILE.xlsx"));
        if (Status s = table::write(out, {EnterpriseService::csvHeader()}, QStringLiteral("企业")); !s)
            return fail(s.error());
        return done(QJsonObject{{QStringLiteral("out"), out}}, t("已写出模板 %1。", "template written to %1.").arg(out));
    }
    return usage(t("enterprise 的命令：import、list、show、delete、template。",
                   "enterprise commands: import, list, show, delete, template."));
}

int Cli::cmdOccupation()
{
    const QString cmd = m_p.positional.value(1);
    OccupationCatalogue catalogue(*m_db);
    if (cmd == QStringLiteral("import") && m_p.positional.size() == 3) {
        auto r = catalogue.importFile(m_p.positional.at(2), m_session); // .csv or .xlsx
        if (!r)
            return fail(r.error());
        return done(QJsonObject{{QStringLiteral("imported"), *r}}, t("已导入 %1 个职业。", "imported %1 occupations.").arg(*r));
    }
    if (cmd == QStringLiteral("search")) {
        auto r = catalogue.search(m_p.positional.value(2), 200);
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const CatalogueOccupation& o : *r) {
            a.append(QJsonObject{{QStringLiteral("edition"), o.edition},
                                 {QStringLiteral("code"), o.code},
                                 {QStringLiteral("name"), o.name}});
            lines << QStringLiteral("%1\t%2\t%3").arg(o.code, o.name, o.edition);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    return usage(t("occupation 的命令：import 文件.csv、search 文本。", "occupation commands: import FILE.csv, search TEXT."));
}

int Cli::cmdDemo()
{
    if (m_p.positional.value(1) != QStringLiteral("generate"))
        return usage(t("用法：demo generate --enterprises N [--certificates M] [--seed S]",
                       "usage: demo generate --enterprises N [--certificates M] [--seed S]"));
    DemoOptions o;
    bool ok = true;
    auto number = [&](const char* name, int fallback) {
        const QString v = opt(QLatin1String(name));
        if (v.isEmpty())
            return fallback;
        bool good = false;
        const int n = v.toInt(&good);
        if (!good || n < 0)
            ok = false;
        return n;
    };
    o.enterprises = number("--enterprises", 10);
    o.certificates = number("--certificates", 0);
    const QString seed = opt(QStringLiteral("--seed"));
    if (!seed.isEmpty())
        o.seed = seed.toUInt(&ok);
    if (!ok)
        return usage(t("--enterprises、--certificates、--seed 应为非负整数。", "--enterprises, --certificates and --seed take non-negative integers."));
    DemoGenerator gen(*m_db, m_session);
    auto r = gen.generate(o);
    if (!r)
        return fail(r.error());
    return done(QJsonObject{{QStringLiteral("enterprises"), r->enterprises},
                            {QStringLiteral("occupations"), r->occupations},
                            {QStringLiteral("people"), r->people},
                            {QStringLiteral("equipment"), r->equipment},
                            {QStringLiteral("filings"), r->filings},
                            {QStringLiteral("published"), r->published},
                            {QStringLiteral("plans"), r->plans},
                            {QStringLiteral("certificates"), r->certificates},
                            {QStringLiteral("seed"), static_cast<qint64>(r->seed)}},
                t("已生成 %1 家企业（%2 个职业、%3 名人员、%4 项设备）、%5 份备案申请（%6 家已公布）、%8 个认定计划、%9 本证书，种子 %7。",
                  "generated %1 enterprises (%2 occupations, %3 people, %4 equipment), %5 filings (%6 published), %8 plans, %9 certificates, seed %7.")
                    .arg(r->enterprises)
                    .arg(r->occupations)
                    .arg(r->people)
                    .arg(r->equipment)
                    .arg(r->filings)
                    .arg(r->published)
                    .arg(r->seed)
                    .arg(r->plans)
                    .arg(r->certificates));
}

int Cli::cmdPrint()
{
    const QString kind = m_p.positional.value(1);
    const QString out = opt(QStringLiteral("--pdf"));
    bool ok = false;
    const qint64 id = m_p.positional.value(2).toLongLong(&ok);
    if ((!ok && kind != QStringLiteral("certificate")) || out.isEmpty() || m_p.positional.size() != 3)
        return usage(t("用法：print 种类 编号 --pdf 输出.pdf（目录用版本号，0 为最新版；certificate 用证书编号，certificates 用结果备案编号）",
                       "usage: print KIND ID --pdf OUT.pdf (catalogue: version, 0 = newest; certificate: its number; certificates: a result filing)"));
    if (kind == QStringLiteral("certificate") || kind == QStringLiteral("certificates")) {
        // `certificate NUMBER` (the positional is a 22-character number) or `certificates RESULT_ID`.
        CertificateRegistry registry(*m_db, m_session);
        if (!m_session.can(Permission::ViewFullIdNumbers))
            return fail(*m_session.refuse(Permission::ViewFullIdNumbers));
        Result<QList<Certificate>> list = QList<Certificate>();
        if (kind == QStringLiteral("certificate")) {
            auto c = registry.get(m_p.positional.value(2));
            if (!c)
                return fail(c.error());
            list = QList<Certificate>{*c};
        } else {
            CertificateQuery q;
            q.resultId = id;
            q.limit = 1000000;
            list = registry.find(q);
            if (list && list->isEmpty())
                return fail(Error::notFound(t("认定结果备案 %1 没有已编号的证书（尚未确认？）。", "result filing %1 has no numbered certificates (not confirmed?).").arg(id)));
        }
        if (!list)
            return fail(list.error());
        CertificatePrintOptions options;
        options.offsetMm = QPointF(opt(QStringLiteral("--offset-x")).toDouble(), opt(QStringLiteral("--offset-y")).toDouble());
        options.drawFrame = !has(QStringLiteral("--preprinted"));
        options.photo = [&registry](const Certificate& c) {
            auto bytes = registry.photo(c.idNumber);
            return bytes ? *bytes : QByteArray();
        };
        if (Status s = CertificateDocument::toPdf(*list, options, out); !s)
            return fail(s.error());
        QStringList numbers;
        for (const Certificate& c : *list)
            numbers << c.number;
        if (Status s = registry.markPrinted(numbers, QStringLiteral("pdf:") + out); !s)
            return fail(s.error());
        return done(QJsonObject{{QStringLiteral("pdf"), out}, {QStringLiteral("certificates"), numbers.size()}},
                    t("已写出 %1（%2 本证书）。", "wrote %1 (%2 certificates).").arg(out).arg(numbers.size()));
    }
    PrintableDocument doc;
    bool personal = false; // the document shows full ID numbers
    if (kind == QStringLiteral("form")) {
        EnterpriseService service(*m_db, m_session);
        auto e = service.get(id);
        if (!e)
            return fail(e.error());
        doc = applicationForm(*e);
        personal = true;
    } else if (kind == QStringLiteral("receipt") || kind == QStringLiteral("correction")) {
        FilingService filings(*m_db, m_session);
        auto f = filings.get(id);
        if (!f)
            return fail(f.error());
        auto e = EnterpriseService(*m_db, m_session).get(f->enterpriseId);
        if (!e)
            return fail(e.error());
        if (kind == QStringLiteral("receipt")) {
            static const QList<FilingStatus> before = {FilingStatus::Draft, FilingStatus::Submitted, FilingStatus::Returned,
                                                       FilingStatus::Rejected};
            if (before.contains(f->status))
                return fail(Error::notAllowed(t("备案申请 %1 尚未受理（状态：%2），不能打印受理回执。", "filing %1 is not accepted (%2): no receipt yet.")
                                                  .arg(id)
                                                  .arg(statusLabel(f->status))));
            doc = filingReceipt(*f, *e, m_db->clock().today());
        } else {
            doc = correctionNotice(*f, *e);
            if (doc.html.isEmpty())
                return fail(Error::notAllowed(t("备案申请 %1 没有被退回补正过，没有补正通知。", "filing %1 was never returned: no correction notice.").arg(id)));
        }
    } else if (kind == QStringLiteral("notice")) {
        auto e = EnterpriseService(*m_db, m_session).get(id);
        if (!e)
            return fail(e.error());
        NumberingService numbering(*m_db, m_session);
        auto ledger = numbering.ledger();
        if (!ledger)
            return fail(ledger.error());
        const OrgSerialEntry* entry = nullptr;
        for (const OrgSerialEntry& x : *ledger)
            if (x.enterpriseId == id)
                entry = &x;
        if (!entry)
            return fail(Error::notAllowed(t("企业 %1 还没有评价机构序列码（尚未公布为试点企业）。", "enterprise %1 has no OrgSerial yet (not published).").arg(id)));
        int level = 3;
        if (!e->occupations.isEmpty() && !e->occupations.first().levels.isEmpty())
            level = e->occupations.first().levels.last();
        auto example = numbering.numberFor(entry->serial, entry->assigned.year(), level, 1);
        if (!example)
            return fail(example.error());
        doc = assignmentNotice(e->name, e->uscc, entry->serial, entry->assigned, *example);
    } else if (kind == QStringLiteral("ledger")) {
        auto l = Statistics(*m_db, m_session).ledger(id);
        if (!l)
            return fail(l.error());
        doc = ledgerDocument(*l, m_db->clock().today());
    } else if (kind == QStringLiteral("catalogue")) {
        auto c = FilingService(*m_db, m_session).catalogue(static_cast<int>(id));
        if (!c)
            return fail(c.error());
        doc = catalogueDocument(*c);
    } else if (kind == QStringLiteral("scoresheet") || kind == QStringLiteral("panel") || kind == QStringLiteral("recommended")) {
        auto d = reviewDocument(kind, id);
        if (!d)
            return fail(d.error());
        doc = *std::move(d);
    } else {
        return usage(t("可打印的种类：form、receipt、correction、catalogue、notice、certificate、certificates、ledger、scoresheet、panel、recommended。",
                       "printable kinds: form, receipt, correction, catalogue, notice, certificate, certificates, ledger, scoresheet, panel, recommended."));
    }
    if (DocumentRenderer::serifFamily().isEmpty())
        m_err << t("警告：未安装 Noto Serif CJK SC 字体（fonts-noto-cjk），中文可能无法正确显示。",
                   "warning: the Noto Serif CJK SC font (fonts-noto-cjk) is not installed.")
              << Qt::endl;
    if (Status s = DocumentRenderer::toPdf(doc, out); !s)
        return fail(s.error());
    if (personal) {
        Transaction tx(*m_db);
        if (!tx.started())
            return fail(tx.startError());
        if (Status s = AuditLog(*m_db).append(m_session.user, QStringLiteral("export_personal_data"),
                                              QStringLiteral("print_") + kind, QString::number(id), {},
                                              {{QStringLiteral("file"), out}});
            !s)
            return fail(s.error());
        if (Status s = tx.commit(); !s)
            return fail(s.error());
    }
    return done(QJsonObject{{QStringLiteral("pdf"), out}}, t("已写出 %1。", "wrote %1.").arg(out));
}

int Cli::cmdCheck()
{
    auto findings = Maintenance::check(*m_db);
    if (!findings)
        return fail(findings.error());
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), findings->isEmpty()},
                                           {QStringLiteral("findings"), QJsonArray::fromStringList(*findings)}})
                     .toJson(QJsonDocument::Indented);
    if (findings->isEmpty()) {
        if (!m_json)
            m_out << t("数据库完好，操作日志链完整。", "database intact, audit chain complete.") << Qt::endl;
        return 0;
    }
    for (const QString& f : *findings)
        m_err << f << Qt::endl;
    return 1;
}

static QJsonObject userJson(const User& u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("full_name"), u.fullName},
            {QStringLiteral("role"), roleKey(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("locked"), u.lockedUntil.isValid()}};
}

int Cli::cmdUser()
{
    const QString cmd = m_p.positional.value(1);
    const QString name = m_p.positional.value(2);
    UserService users(*m_db, m_session);
    if (cmd == QStringLiteral("list")) {
        auto r = users.list();
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const User& u : *r) {
            a.append(userJson(u));
            lines << QStringLiteral("%1\t%2%3").arg(u.name, roleLabel(u.role),
                                                   u.active ? QString() : t("（已停用）", " (disabled)"));
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (name.isEmpty() || m_p.positional.size() != 3)
        return usage(t("用法：user add|passwd|role|disable|enable|unlock 用户名 [--role 角色]；user list",
                       "usage: user add|passwd|role|disable|enable|unlock NAME [--role ROLE]; user list"));
    auto needRole = [&](Role* role) {
        return roleFromString(opt(QStringLiteral("--role")), role);
    };
    Role role = Role::Clerk;
    if (cmd == QStringLiteral("add")) {
        if (!needRole(&role))
            return usage(t("--role 应为 clerk、reviewer、supervisor 或 admin。", "--role takes clerk, reviewer, supervisor or admin."));
        auto u = users.add(name, role, stdinLine(), opt(QStringLiteral("--full-name")));
        if (!u)
            return fail(u.error());
        return done(QJsonObject{{QStringLiteral("name"), u->name}, {QStringLiteral("role"), roleKey(u->role)}},
                    t("已创建用户 %1（%2）。", "created user %1 (%2).").arg(u->name, roleLabel(u->role)));
    }
    Status s;
    if (cmd == QStringLiteral("passwd"))
        s = users.setPassword(name, stdinLine());
    else if (cmd == QStringLiteral("role")) {
        if (!needRole(&role))
            return usage(t("--role 应为 clerk、reviewer、supervisor 或 admin。", "--role takes clerk, reviewer, supervisor or admin."));
        s = users.setRole(name, role);
    } else if (cmd == QStringLiteral("disable"))
        s = users.setActive(name, false);
    else if (cmd == QStringLiteral("enable"))
        s = users.setActive(name, true);
    else if (cmd == QStringLiteral("unlock"))
        s = users.unlock(name);
    else
        return usage(t("user 的命令：add、list、passwd、role、disable、enable、unlock。",
                       "user commands: add, list, passwd, role, disable, enable, unlock."));
    if (!s)
        return fail(s.error());
    return done(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("done"), cmd}}, t("完成。", "done."));
}

int Cli::cmdAudit()
{
    if (m_p.positional.value(1) != QStringLiteral("list"))
        return usage(t("用法：audit list [--actor 用户] [--entity 对象] [--from 日期] [--to 日期] [--limit N] [--out 文件.csv|.xlsx]",
                       "usage: audit list [--actor USER] [--entity ENTITY] [--from DATE] [--to DATE] [--limit N] [--out FILE.csv|.xlsx]"));
    AuditFilter f;
    f.actor = opt(QStringLiteral("--actor"));
    f.entity = opt(QStringLiteral("--entity"));
    f.from = QDate::fromString(opt(QStringLiteral("--from")), Qt::ISODate);
    f.to = QDate::fromString(opt(QStringLiteral("--to")), Qt::ISODate);
    if ((has(QStringLiteral("--from")) && !f.from.isValid()) || (has(QStringLiteral("--to")) && !f.to.isValid()))
        return usage(t("日期应为 YYYY-MM-DD。", "dates are YYYY-MM-DD."));
    if (has(QStringLiteral("--limit")))
        f.limit = opt(QStringLiteral("--limit")).toInt();
    AuditLog log(*m_db);
    auto r = log.entries(f, m_session);
    if (!r)
        return fail(r.error());
    if (has(QStringLiteral("--out"))) {
        auto w = log.exportTo(*r, opt(QStringLiteral("--out")), m_session);
        if (!w)
            return fail(w.error());
        return done(QJsonObject{{QStringLiteral("out"), opt(QStringLiteral("--out"))}, {QStringLiteral("rows"), r->size()}},
                    t("已导出 %1 条操作日志到 %2（含个人信息，请妥善保管）。", "exported %1 audit entries to %2 (contains personal data).")
                        .arg(r->size())
                        .arg(opt(QStringLiteral("--out"))));
    }
    QJsonArray a;
    QStringList lines;
    for (const AuditEntry& e : *r) {
        a.append(QJsonObject{{QStringLiteral("id"), e.id},
                             {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                             {QStringLiteral("actor"), e.actor},
                             {QStringLiteral("action"), e.action},
                             {QStringLiteral("entity"), e.entity},
                             {QStringLiteral("entity_id"), e.entityId},
                             {QStringLiteral("before"), QJsonDocument::fromJson(e.beforeJson.toUtf8()).object()},
                             {QStringLiteral("after"), QJsonDocument::fromJson(e.afterJson.toUtf8()).object()}});
        lines << QStringLiteral("%1\t%2\t%3\t%4\t%5 %6")
                     .arg(e.id)
                     .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, e.action, e.entity, e.entityId);
    }
    return done(a, lines.join(QLatin1Char('\n')));
}

int Cli::cmdBackup()
{
    const QString out = opt(QStringLiteral("--out"));
    if (out.isEmpty())
        return usage(t("用法：backup --out 文件", "usage: backup --out FILE"));
    auto r = Maintenance::backup(*m_db, m_session, out);
    if (!r)
        return fail(r.error());
    return done(QJsonObject{{QStringLiteral("out"), out},
                            {QStringLiteral("bytes"), r->bytes},
                            {QStringLiteral("enterprises"), r->enterprises},
                            {QStringLiteral("audit_entries"), r->auditEntries}},
                t("已备份到 %1（%2 家企业，%3 条操作日志）。", "backed up to %1 (%2 enterprises, %3 audit entries).")
                    .arg(out)
                    .arg(r->enterprises)
                    .arg(r->auditEntries));
}

int Cli::cmdMigrate()
{
    const QString from = opt(QStringLiteral("--from"));
    const QString to = opt(QStringLiteral("--to"));
    if (from.isEmpty() || to.isEmpty() || m_p.positional.size() != 1)
        return usage(t("用法：migrate --from 来源数据库 --to 目标数据库（文件路径或 postgresql://用户@服务器:端口/数据库）",
                       "usage: migrate --from SOURCE --to TARGET (file path or postgresql://USER@HOST:PORT/DBNAME)"));
    Database::Options existing;
    existing.createIfMissing = false;
    auto source = Database::open(from, existing);
    if (!source)
        return fail(source.error());
    // The whole register leaves with the copy: once the source has users, only an
    // administrator of the source may move it.
    UserService users(**source, Session{});
    auto any = users.hasUsers();
    if (!any)
        return fail(any.error());
    Session session;
    if (*any) {
        const QString name = opt(QStringLiteral("--user"));
        if (name.isEmpty())
            return fail(Error::notAllowed(t("来源数据库已设置用户：请用 --user 指定管理员，并在环境变量 JIANDING_PASSWORD 中提供密码。",
                                            "the source database has users: name an administrator with --user and give the password in JIANDING_PASSWORD.")));
        auto signedIn = users.authenticate(name, qEnvironmentVariable("JIANDING_PASSWORD"));
        if (!signedIn)
            return fail(signedIn.error());
        session = *signedIn;
        if (auto e = session.refuse(Permission::Restore))
            return fail(*e);
    }
    auto target = Database::open(to);
    if (!target)
        return fail(target.error());
    int lastPercent = -1;
    auto progress = [&](const QString& table, qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != lastPercent && !table.isEmpty()) {
            m_err << t("迁移中 %1%（%2）", "copying %1% (%2)").arg(percent).arg(table) << Qt::endl;
            lastPercent = percent;
        }
        return true;
    };
    auto report = DatabaseCopy::copy(**source, **target, session.user.isEmpty() ? QStringLiteral("cli") : session.user, progress);
    if (!report)
        return fail(report.error());
    QJsonArray tables;
    for (const CopiedTable& c : report->tables)
        tables.append(QJsonObject{{QStringLiteral("table"), c.table},
                                  {QStringLiteral("source"), c.source},
                                  {QStringLiteral("target"), c.target}});
    return done(QJsonObject{{QStringLiteral("from"), (*source)->path()},
                            {QStringLiteral("to"), (*target)->path()},
                            {QStringLiteral("rows"), report->rows},
                            {QStringLiteral("tables"), tables}},
                t("已迁移 %1 行（%2 张表，每张表的行数已核对一致）：%3 → %4",
                  "copied %1 rows (%2 tables, row counts checked table by table): %3 -> %4")
                    .arg(report->rows)
                    .arg(report->tables.size())
                    .arg((*source)->path(), (*target)->path()));
}

int Cli::cmdRestore()
{
    const QString file = m_p.positional.value(1);
    if (file.isEmpty() || m_p.positional.size() != 2)
        return usage(t("用法：restore 备份文件", "usage: restore FILE"));
    auto r = Maintenance::restore(*m_db, m_session, file);
    if (!r)
        return fail(r.error());
    return done(QJsonObject{{QStringLiteral("from"), file},
                            {QStringLiteral("enterprises"), r->enterprises},
                            {QStringLiteral("users"), r->users},
                            {QStringLiteral("audit_entries"), r->auditEntries}},
                t("已从 %1 恢复（%2 家企业，%3 个用户）。", "restored from %1 (%2 enterprises, %3 users).")
                    .arg(file)
                    .arg(r->enterprises)
                    .arg(r->users));
}

static QJsonObject filingJson(const Filing& f, const QStringList& warnings, const QList<FilingAction>& actions)
{
    QJsonArray history;
    for (const HistoryEntry& h : f.history) {
        QJsonObject o{{QStringLiteral("action"), h.action}, {QStringLiteral("from"), h.from},
                      {QStringLiteral("to"), h.to},         {QStringLiteral("actor"), h.actor},
                      {QStringLiteral("date"), h.date.toString(Qt::ISODate)}, {QStringLiteral("note"), h.note},
                      {QStringLiteral("doc_number"), h.docNumber}, {QStringLiteral("at"), h.at.toString(Qt::ISODate)}};
        if (!h.defects.isEmpty())
            o.insert(QStringLiteral("defects"), QJsonArray::fromStringList(h.defects));
        history.append(o);
    }
    QJsonArray checklist;
    for (const ChecklistItem& c : f.checklist)
        checklist.append(QJsonObject{{QStringLiteral("item"), c.item},
                                     {QStringLiteral("label"), c.label},
                                     {QStringLiteral("group"), c.group},
                                     {QStringLiteral("mandatory"), c.mandatory},
                                     {QStringLiteral("state"), itemStateKey(c.state)},
                                     {QStringLiteral("note"), c.note}});
    QJsonArray next;
    for (FilingAction a : actions)
        next.append(actionKey(a));
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("enterprise_id"), f.enterpriseId},
            {QStringLiteral("enterprise_name"), f.enterpriseName},
            {QStringLiteral("batch_id"), f.batchId},
            {QStringLiteral("status"), statusKey(f.status)},
            {QStringLiteral("received"), f.received.toString(Qt::ISODate)},
            {QStringLiteral("late"), f.late},
            {QStringLiteral("approval_doc"), f.approvalDoc},
            {QStringLiteral("ministry_sent"), f.ministrySent.toString(Qt::ISODate)},
            {QStringLiteral("ministry_doc"), f.ministryDoc},
            {QStringLiteral("checklist_override"), f.checklistOverrideReason},
            {QStringLiteral("history"), history},
            {QStringLiteral("checklist"), checklist},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("actions"), next}};
}

int Cli::cmdBatch()
{
    FilingService filings(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    if (cmd == QStringLiteral("create") && m_p.positional.size() == 3) {
        const QDate deadline = QDate::fromString(opt(QStringLiteral("--deadline")), Qt::ISODate);
        if (!deadline.isValid())
            return usage(t("--deadline 应为 YYYY-MM-DD。", "--deadline takes YYYY-MM-DD."));
        auto b = filings.createBatch(m_p.positional.at(2), deadline);
        if (!b)
            return fail(b.error());
        return done(QJsonObject{{QStringLiteral("id"), b->id}, {QStringLiteral("name"), b->name},
                                {QStringLiteral("deadline"), b->deadline.toString(Qt::ISODate)}},
                    t("已建立申报批次 %1：%2，截止 %3。", "batch %1 created: %2, deadline %3.")
                        .arg(b->id)
                        .arg(b->name, b->deadline.toString(Qt::ISODate)));
    }
    if (cmd == QStringLiteral("list")) {
        auto r = filings.batches();
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const Batch& b : *r) {
            a.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("name"), b.name},
                                 {QStringLiteral("deadline"), b.deadline.toString(Qt::ISODate)}});
            lines << QStringLiteral("%1\t%2\t%3").arg(b.id).arg(b.name, b.deadline.toString(Qt::ISODate));
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    return usage(t("用法：batch create 名称 --deadline 日期；batch list", "usage: batch create NAME --deadline DATE; batch list"));
}

int Cli::cmdFiling()
{
    FilingService filings(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    bool ok = false;
    const qint64 id = m_p.positional.value(2).toLongLong(&ok);
    auto show = [&](const Filing& f) {
        auto w = filings.eligibilityWarnings(f.id);
        auto a = filings.availableActions(f.id);
        const QJsonObject o = filingJson(f, w ? *w : QStringList(), a ? *a : QList<FilingAction>());
        if (m_json)
            return done(o, {});
        QStringList lines{QStringLiteral("%1  %2  [%3]%4").arg(f.id).arg(f.enterpriseName, statusLabel(f.status),
                                                              f.late ? t("  逾期提交", "  late") : QString())};
        for (const HistoryEntry& h : f.history)
            lines << QStringLiteral("  %1  %2  %3 → %4  %5 %6").arg(h.date.toString(Qt::ISODate), h.actor, h.from, h.to, h.note, h.docNumber);
        if (w)
            for (const QString& x : *w)
                lines << t("  ⚠ ", "  ! ") + x;
        return done(o, lines.join(QLatin1Char('\n')));
    };
    if (cmd == QStringLiteral("create")) {
        const qint64 batch = opt(QStringLiteral("--batch")).toLongLong();
        if (!ok || batch <= 0)
            return usage(t("用法：filing create 企业编号 --batch 批次编号 [--received 日期]", "usage: filing create ENTERPRISE_ID --batch BATCH_ID [--received DATE]"));
        QDate received;
        if (has(QStringLiteral("--received"))) {
            received = QDate::fromString(opt(QStringLiteral("--received")), Qt::ISODate);
            if (!received.isValid())
                return usage(t("--received 应为 YYYY-MM-DD。", "--received takes YYYY-MM-DD."));
        }
        auto f = filings.create(id, batch, received);
        if (!f)
            return fail(f.error());
        return show(*f);
    }
    if (cmd == QStringLiteral("list")) {
        FilingFilter filter;
        if (has(QStringLiteral("--status"))) {
            FilingStatus s;
            if (!statusFromKey(opt(QStringLiteral("--status")), &s))
                return usage(t("未知的状态“%1”。", "unknown status '%1'.").arg(opt(QStringLiteral("--status"))));
            filter.status = s;
        }
        filter.batchId = opt(QStringLiteral("--batch")).toLongLong();
        auto r = filings.list(filter);
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const FilingSummary& s : *r) {
            a.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("enterprise_id"), s.enterpriseId},
                                 {QStringLiteral("enterprise_name"), s.enterpriseName},
                                 {QStringLiteral("batch_id"), s.batchId},
                                 {QStringLiteral("status"), statusKey(s.status)},
                                 {QStringLiteral("received"), s.received.toString(Qt::ISODate)},
                                 {QStringLiteral("late"), s.late},
                                 {QStringLiteral("overdue"), filings.overdue(s)}});
            lines << QStringLiteral("%1\t%2\t%3\t%4").arg(s.id).arg(statusLabel(s.status), s.enterpriseName,
                                                              s.received.toString(Qt::ISODate));
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (!ok)
        return usage(t("用法：filing create|checklist|advance|evaluate|show 编号 …；filing list [--status 状态]",
                       "usage: filing create|checklist|advance|evaluate|show ID ...; filing list [--status S]"));
    if (cmd == QStringLiteral("show")) {
        auto f = filings.get(id);
        if (!f)
            return fail(f.error());
        return show(*f);
    }
    if (cmd == QStringLiteral("checklist")) {
        Result<QList<ChecklistItem>> r = Error::usage(QString());
        if (has(QStringLiteral("--all-received"))) {
            r = filings.setAllReceived(id, opt(QStringLiteral("--note")));
        } else {
            ItemState state;
            if (m_p.positional.size() != 5 || !itemStateFromKey(m_p.positional.at(4), &state))
                return usage(t("用法：filing checklist 编号 (材料项 received|missing|defective | --all-received) [--note 说明]",
                               "usage: filing checklist ID (ITEM received|missing|defective | --all-received) [--note TEXT]"));
            r = filings.setChecklistItem(id, m_p.positional.at(3), state, opt(QStringLiteral("--note")));
        }
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const ChecklistItem& c : *r) {
            a.append(QJsonObject{{QStringLiteral("item"), c.item}, {QStringLiteral("state"), itemStateKey(c.state)},
                                 {QStringLiteral("note"), c.note}});
            lines << QStringLiteral("%1\t%2\t%3").arg(c.item, itemStateLabel(c.state), c.label);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    auto dateOpt = [&](QDate* out) {
        if (!has(QStringLiteral("--date")))
            return true;
        *out = QDate::fromString(opt(QStringLiteral("--date")), Qt::ISODate);
        return out->isValid();
    };
    if (cmd == QStringLiteral("advance")) {
        AdvanceRequest r;
        if (m_p.positional.size() != 4 || !actionFromKey(m_p.positional.at(3), &r.action))
            return usage(t("用法：filing advance 编号 操作 [--note 说明] [--date 日期] [--doc-number 文号] [--override 理由] [--defect 内容]",
                           "usage: filing advance ID ACTION [--note TEXT] [--date DATE] [--doc-number TEXT] [--override REASON] [--defect TEXT]"));
        if (!dateOpt(&r.date))
            return usage(t("--date 应为 YYYY-MM-DD。", "--date takes YYYY-MM-DD."));
        r.note = opt(QStringLiteral("--note"));
        r.docNumber = opt(QStringLiteral("--doc-number"));
        r.overrideReason = opt(QStringLiteral("--override"));
        if (has(QStringLiteral("--defect")))
            r.defects = opt(QStringLiteral("--defect")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        auto f = filings.advance(id, r);
        if (!f)
            return fail(f.error());
        return done(QJsonObject{{QStringLiteral("id"), f->id}, {QStringLiteral("status"), statusKey(f->status)}},
                    t("备案申请 %1：%2。", "filing %1: %2.").arg(f->id).arg(statusLabel(f->status)));
    }
    if (cmd == QStringLiteral("evaluate")) {
        const QString result = opt(QStringLiteral("--result"));
        QDate date;
        if ((result != QStringLiteral("pass") && result != QStringLiteral("fail")) || !dateOpt(&date))
            return usage(t("用法：filing evaluate 编号 --result pass|fail --note 评估意见 [--date 日期]",
                           "usage: filing evaluate ID --result pass|fail --note FINDINGS [--date DATE]"));
        auto f = filings.evaluate(id, result == QStringLiteral("pass"), opt(QStringLiteral("--note")), date);
        if (!f)
            return fail(f.error());
        return done(QJsonObject{{QStringLiteral("id"), f->id}, {QStringLiteral("status"), statusKey(f->status)}},
                    t("备案申请 %1：%2。", "filing %1: %2.").arg(f->id).arg(statusLabel(f->status)));
    }
    return usage(t("filing 的命令：create、checklist、advance、evaluate、show、list。",
                   "filing commands: create, checklist, advance, evaluate, show, list."));
}

int Cli::cmdCatalogue()
{
    FilingService filings(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    if (cmd == QStringLiteral("versions")) {
        auto r = filings.catalogueVersions();
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const CatalogueVersion& v : *r) {
            a.append(QJsonObject{{QStringLiteral("version"), v.version},
                                 {QStringLiteral("effective_date"), v.effectiveDate.toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), v.reason}});
            lines << QStringLiteral("%1\t%2\t%3").arg(v.version).arg(v.effectiveDate.toString(Qt::ISODate), v.reason);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd != QStringLiteral("show"))
        return usage(t("用法：catalogue show [--version N]；catalogue versions", "usage: catalogue show [--version N]; catalogue versions"));
    int version = 0;
    if (has(QStringLiteral("--version"))) {
        bool good = false;
        version = opt(QStringLiteral("--version")).toInt(&good);
        if (!good || version < 1)
            return usage(t("--version 应为正整数。", "--version takes a positive integer."));
    }
    auto c = filings.catalogue(version);
    if (!c)
        return fail(c.error());
    QJsonArray entries;
    QStringList lines{t("目录第 %1 版（%2）", "catalogue version %1 (%2)").arg(c->version).arg(c->effectiveDate.toString(Qt::ISODate))};
    for (const CatalogueEntry& e : c->entries) {
        entries.append(QJsonObject{{QStringLiteral("enterprise_id"), e.enterpriseId},
                                   {QStringLiteral("name"), e.name},
                                   {QStringLiteral("uscc"), e.uscc},
                                   {QStringLiteral("org_serial"), e.orgSerial},
                                   {QStringLiteral("occupations"), QJsonArray::fromStringList(e.occupations)}});
        lines << QStringLiteral("%1\t%2\t%3").arg(e.orgSerial, e.name, e.occupations.join(QStringLiteral("；")));
    }
    return done(QJsonObject{{QStringLiteral("version"), c->version},
                            {QStringLiteral("effective_date"), c->effectiveDate.toString(Qt::ISODate)},
                            {QStringLiteral("reason"), c->reason},
                            {QStringLiteral("entries"), entries}},
                lines.join(QLatin1Char('\n')));
}

static QJsonObject certnoJson(const CertificateNumber& n)
{
    if (n.legacy)
        return {{QStringLiteral("legacy"), true}, {QStringLiteral("number"), n.text}};
    return {{QStringLiteral("type"), QString(n.type)}, {QStringLiteral("ministry"), n.ministry},
            {QStringLiteral("province"), n.province}, {QStringLiteral("org"), n.orgText()},
            {QStringLiteral("year"), n.year},         {QStringLiteral("level"), n.level},
            {QStringLiteral("serial"), n.serial}};
}

int Cli::cmdCertno()
{
    const QString cmd = m_p.positional.value(1);
    if (cmd == QStringLiteral("parse") && m_p.positional.size() == 3) {
        auto n = CertificateNumber::parse(m_p.positional.at(2));
        if (!n)
            return fail(n.error());
        const QString text = n->legacy ? t("旧版职业资格证书编号 %1（仅供查询）", "legacy qualification certificate number %1 (look-up only)").arg(n->text)
                                       : t("类别 %1，部备案代码 %2，省份 %3，评价机构 %4，%5 年，%6 级，顺序号 %7",
                                           "type %1, ministry %2, province %3, org %4, year %5, level %6, serial %7")
                                             .arg(QString(n->type), n->ministry, n->province, n->orgText())
                                             .arg(n->year)
                                             .arg(n->level)
                                             .arg(n->serial);
        return done(certnoJson(*n), text);
    }
    if (cmd == QStringLiteral("prefix")) {
        NumberingService numbering(*m_db, m_session);
        if (has(QStringLiteral("--type")) || has(QStringLiteral("--ministry")) || has(QStringLiteral("--province"))) {
            auto now = numbering.numberFor(1, 2019, 1, 1);
            if (!now)
                return fail(now.error());
            if (Status s = numbering.setPrefix(has(QStringLiteral("--type")) ? opt(QStringLiteral("--type")) : QString(now->type),
                                               has(QStringLiteral("--ministry")) ? opt(QStringLiteral("--ministry")) : now->ministry,
                                               has(QStringLiteral("--province")) ? opt(QStringLiteral("--province")) : now->province);
                !s)
                return fail(s.error());
        }
        auto p = numbering.numberFor(1, 2019, 1, 1);
        if (!p)
            return fail(p.error());
        return done(QJsonObject{{QStringLiteral("type"), QString(p->type)}, {QStringLiteral("ministry"), p->ministry},
                                {QStringLiteral("province"), p->province}},
                    t("类别 %1，部备案代码 %2，省级代码 %3", "type %1, ministry %2, province %3").arg(QString(p->type), p->ministry, p->province));
    }
    if (cmd == QStringLiteral("void") && m_p.positional.size() == 3) {
        if (Status s = NumberingService(*m_db, m_session).voidNumber(m_p.positional.at(2), opt(QStringLiteral("--reason"))); !s)
            return fail(s.error());
        return done(QJsonObject{{QStringLiteral("number"), m_p.positional.at(2)}, {QStringLiteral("void"), true}},
                    t("已作废 %1。", "voided %1.").arg(m_p.positional.at(2)));
    }
    return usage(t("用法：certno parse 编号；certno void 编号 --reason 原因", "usage: certno parse NUMBER; certno void NUMBER --reason TEXT"));
}

int Cli::cmdRange()
{
    NumberingService numbering(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    if (cmd == QStringLiteral("list")) {
        auto ledger = numbering.ledger();
        auto blocks = numbering.blocks();
        if (!ledger)
            return fail(ledger.error());
        if (!blocks)
            return fail(blocks.error());
        QJsonArray a;
        QStringList lines;
        for (const OrgSerialEntry& e : *ledger) {
            QJsonArray bs;
            QStringList parts;
            for (const SerialBlock& b : *blocks)
                if (b.orgSerial == e.serial) {
                    bs.append(QJsonObject{{QStringLiteral("year"), b.year},
                                          {QStringLiteral("level"), b.level},
                                          {QStringLiteral("first"), b.first},
                                          {QStringLiteral("last"), b.last}});
                    parts << t("%1/%2级:%3-%4", "%1/level %2:%3-%4").arg(b.year).arg(b.level).arg(b.first).arg(b.last);
                }
            const QString serial = QStringLiteral("%1").arg(e.serial, 6, 10, QLatin1Char('0'));
            a.append(QJsonObject{{QStringLiteral("enterprise_id"), e.enterpriseId},
                                 {QStringLiteral("name"), e.enterpriseName},
                                 {QStringLiteral("org_serial"), serial},
                                 {QStringLiteral("assigned"), e.assigned.toString(Qt::ISODate)},
                                 {QStringLiteral("status"), e.status},
                                 {QStringLiteral("blocks"), bs}});
            lines << QStringLiteral("%1\t%2\t%3\t%4").arg(serial, e.enterpriseName, e.assigned.toString(Qt::ISODate), parts.join(QLatin1Char(' ')));
        }
        auto w = numbering.warnings();
        if (w)
            for (const QString& x : *w)
                m_err << x << Qt::endl;
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("reserve") && m_p.positional.size() == 3) {
        bool ok1 = false, ok2 = false, ok3 = false;
        const int year = opt(QStringLiteral("--year")).toInt(&ok1);
        const int level = opt(QStringLiteral("--level")).toInt(&ok2);
        const int count = opt(QStringLiteral("--count")).toInt(&ok3);
        if (!ok1 || !ok2 || !ok3)
            return usage(t("用法：range reserve 企业编号 --year 年 --level 等级 --count 数量", "usage: range reserve ENTERPRISE_ID --year Y --level L --count N"));
        auto b = numbering.reserve(m_p.positional.at(2).toLongLong(), year, level, count, {});
        if (!b)
            return fail(b.error());
        return done(QJsonObject{{QStringLiteral("year"), b->year}, {QStringLiteral("level"), b->level},
                                {QStringLiteral("first"), b->first}, {QStringLiteral("last"), b->last}},
                    t("已预留 %1 年 %2 级顺序号 %3–%4。", "reserved %1 level %2 serials %3-%4.").arg(b->year).arg(b->level).arg(b->first).arg(b->last));
    }
    return usage(t("用法：range list；range reserve 企业编号 --year 年 --level 等级 --count 数量", "usage: range list; range reserve ENTERPRISE_ID --year Y --level L --count N"));
}

int Cli::cmdWorkdays()
{
    WorkCalendar calendar(*m_db);
    const QString cmd = m_p.positional.value(1);
    const QDate a = QDate::fromString(m_p.positional.value(2), Qt::ISODate);
    if (cmd == QStringLiteral("add") && m_p.positional.size() == 4 && a.isValid()) {
        bool ok = false;
        const int n = m_p.positional.at(3).toInt(&ok);
        if (!ok)
            return usage(t("工作日数应为整数（可为负数）。", "the number of working days is an integer (may be negative)."));
        auto r = calendar.addWorkingDays(a, n);
        if (!r)
            return fail(r.error());
        const QString warning = calendar.coverageWarning(a, *r);
        if (!warning.isEmpty())
            m_err << warning << Qt::endl;
        return done(QJsonValue(r->toString(Qt::ISODate)), r->toString(Qt::ISODate));
    }
    const QDate b = QDate::fromString(m_p.positional.value(3), Qt::ISODate);
    if (cmd == QStringLiteral("count") && m_p.positional.size() == 4 && a.isValid() && b.isValid()) {
        auto r = calendar.countWorkingDays(a, b);
        if (!r)
            return fail(r.error());
        const QString warning = calendar.coverageWarning(a, b);
        if (!warning.isEmpty())
            m_err << warning << Qt::endl;
        return done(QJsonValue(*r), QString::number(*r));
    }
    return usage(t("用法：workdays add 日期 N；workdays count 起 止（日期为 YYYY-MM-DD）",
                   "usage: workdays add DATE N; workdays count FROM TO (dates are YYYY-MM-DD)"));
}

int Cli::cmdCalendar()
{
    WorkCalendar calendar(*m_db);
    const QString cmd = m_p.positional.value(1);
    if (cmd == QStringLiteral("show") && m_p.positional.size() == 3) {
        auto days = calendar.days(m_p.positional.at(2).toInt());
        if (!days)
            return fail(days.error());
        QJsonArray a;
        QStringList lines;
        for (const CalendarDay& d : *days) {
            a.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                 {QStringLiteral("kind"), dayKindKey(d.kind)},
                                 {QStringLiteral("note"), d.note}});
            lines << QStringLiteral("%1\t%2").arg(d.date.toString(Qt::ISODate), dayKindLabel(d.kind));
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("set") && m_p.positional.size() == 4) {
        const QDate date = QDate::fromString(m_p.positional.at(2), Qt::ISODate);
        DayKind kind = DayKind::Normal;
        const QString k = m_p.positional.at(3);
        if (k == QStringLiteral("off"))
            kind = DayKind::Off;
        else if (k == QStringLiteral("work"))
            kind = DayKind::Work;
        else if (k != QStringLiteral("normal"))
            return usage(t("类型应为 off、work 或 normal。", "kind is off, work or normal."));
        if (Status s = calendar.setDay(m_session, date, kind, opt(QStringLiteral("--note"))); !s)
            return fail(s.error());
        return done(QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("kind"), k}}, t("完成。", "done."));
    }
    if (cmd == QStringLiteral("import") && m_p.positional.size() == 3) {
        auto r = calendar.importFile(m_session, m_p.positional.at(2)); // .csv or .xlsx
        if (!r)
            return fail(r.error());
        return done(QJsonObject{{QStringLiteral("imported"), *r}}, t("已导入 %1 天。", "imported %1 days.").arg(*r));
    }
    return usage(t("用法：calendar show 年；calendar set 日期 off|work|normal [--note 说明]；calendar import 文件.csv|.xlsx",
                   "usage: calendar show YEAR; calendar set DATE off|work|normal [--note TEXT]; calendar import FILE.csv|.xlsx"));
}

int Cli::cmdPlan()
{
    PlanService plans(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    auto text = [&](const CertificationPlan& p) {
        QStringList occ;
        for (const PlanOccupation& o : p.occupations)
            occ << t("%1（%2）", "%1 (%2)").arg(o.name, validation::formatLevels(o.levels));
        return t("%1\t%2\t%3 至 %4\t%5 人\t%6%7", "%1\t%2\t%3 to %4\t%5 candidates\t%6%7")
            .arg(p.id)
            .arg(p.enterpriseName, p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate))
            .arg(p.candidates)
            .arg(occ.join(t("、", ", ")), p.late ? t("\t逾期报送", "\tlate") : QString());
    };
    if (cmd == QStringLiteral("create") && m_p.positional.size() == 3) {
        QFile f(m_p.positional.at(2));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::storage(t("无法读取“%1”：%2", "cannot read '%1': %2").arg(f.fileName(), f.errorString())));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(Error::invalid(t("计划文件不是有效的 JSON 对象（第 %1 个字符处）。", "the plan file is not a JSON object (at character %1).").arg(pe.offset)));
        auto p = plans.create(doc.object());
        if (!p)
            return fail(p.error());
        for (const QString& w : plans.warnings(*p))
            m_err << w << Qt::endl;
        return done(PlanService::toJson(*p), text(*p));
    }
    if (cmd == QStringLiteral("list")) {
        auto r = plans.list(opt(QStringLiteral("--enterprise")).toLongLong());
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const CertificationPlan& p : *r) {
            a.append(PlanService::toJson(p));
            lines << text(p);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("show") && m_p.positional.size() == 3) {
        auto p = plans.get(m_p.positional.at(2).toLongLong());
        if (!p)
            return fail(p.error());
        QJsonObject o = PlanService::toJson(*p);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plans.warnings(*p)));
        return done(o, text(*p) + QLatin1Char('\n') + plans.warnings(*p).join(QLatin1Char('\n')));
    }
    return usage(t("用法：plan create 文件.json；plan list [--enterprise 编号]；plan show 编号",
                   "usage: plan create FILE.json; plan list [--enterprise ID]; plan show ID"));
}

int Cli::cmdResults()
{
    ResultService results(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    if (cmd == QStringLiteral("template")) {
        const QString out = opt(QStringLiteral("--out"));
        if (out.isEmpty())
            return usage(t("用法：results template --out 文件.xlsx|文件.csv", "usage: results template --out FILE.xlsx|FILE.csv"));
        if (Status s = ResultService::writeTemplate(out); !s)
            return fail(s.error());
        return done(QJsonObject{{QStringLiteral("out"), out}}, t("已写出结果名单模板 %1。", "result list template written to %1.").arg(out));
    }
    if (cmd == QStringLiteral("import") && m_p.positional.size() == 4) {
        QDate received;
        if (has(QStringLiteral("--received"))) {
            received = QDate::fromString(opt(QStringLiteral("--received")), Qt::ISODate);
            if (!received.isValid())
                return usage(t("--received 应为 YYYY-MM-DD。", "--received takes YYYY-MM-DD."));
        }
        auto r = results.importFile(m_p.positional.at(2).toLongLong(), m_p.positional.at(3), received);
        if (!r) {
            const Error& e = r.error();
            if (e.code != ErrorCode::Invalid || e.fields.isEmpty())
                return fail(e);
            QSet<int> rows;
            QJsonArray errors;
            for (const FieldError& f : e.fields) {
                if (f.row > 0)
                    rows.insert(f.row);
                errors.append(QJsonObject{{QStringLiteral("row"), f.row}, {QStringLiteral("column"), f.label},
                                          {QStringLiteral("value"), f.value}, {QStringLiteral("reason"), f.message}});
            }
            if (has(QStringLiteral("--report"))) { // .csv or .xlsx
                if (Status w = table::writeErrorReport(opt(QStringLiteral("--report")), m_p.positional.at(3), e.fields); !w)
                    m_err << w.error().message << Qt::endl;
            }
            if (m_json)
                m_out << QJsonDocument(QJsonObject{{QStringLiteral("result_id"), QJsonValue()},
                                                   {QStringLiteral("imported"), 0},
                                                   {QStringLiteral("rejected"), static_cast<int>(rows.size())},
                                                   {QStringLiteral("errors"), errors}})
                             .toJson(QJsonDocument::Indented);
            m_err << e.fullText() << Qt::endl;
            return 1;
        }
        return done(QJsonObject{{QStringLiteral("result_id"), r->resultId},
                                {QStringLiteral("imported"), r->imported},
                                {QStringLiteral("rejected"), 0},
                                {QStringLiteral("errors"), QJsonArray()}},
                    t("已导入结果名单（编号 %1，%2 人）。", "result list imported (id %1, %2 rows).").arg(r->resultId).arg(r->imported));
    }
    if (cmd == QStringLiteral("confirm") && m_p.positional.size() == 3) {
        QDate on;
        if (has(QStringLiteral("--date"))) {
            on = QDate::fromString(opt(QStringLiteral("--date")), Qt::ISODate);
            if (!on.isValid())
                return usage(t("--date 应为 YYYY-MM-DD。", "--date takes YYYY-MM-DD."));
        }
        auto r = results.confirm(m_p.positional.at(2).toLongLong(), on);
        if (!r)
            return fail(r.error());
        QJsonArray blocks;
        QStringList lines;
        for (const auto& b : r->blocks) {
            blocks.append(QJsonObject{{QStringLiteral("year"), b.year}, {QStringLiteral("level"), b.level},
                                      {QStringLiteral("first"), b.first}, {QStringLiteral("last"), b.last}});
            lines << t("  %1 年 %2 级：%3–%4", "  %1 level %2: %3-%4").arg(b.year).arg(b.level).arg(b.first).arg(b.last);
        }
        return done(QJsonObject{{QStringLiteral("result_id"), r->resultId}, {QStringLiteral("blocks"), blocks},
                                {QStringLiteral("certificates"), r->certificates}},
                    t("已确认，编制证书 %1 本：", "confirmed, %1 certificates numbered:").arg(r->certificates) + QLatin1Char('\n') +
                        lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("list")) {
        auto r = results.list(opt(QStringLiteral("--enterprise")).toLongLong());
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const ResultFiling& f : *r) {
            a.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("plan_id"), f.planId},
                                 {QStringLiteral("enterprise_id"), f.enterpriseId}, {QStringLiteral("submitted"), f.submitted.toString(Qt::ISODate)},
                                 {QStringLiteral("due"), f.due.toString(Qt::ISODate)}, {QStringLiteral("late"), f.late},
                                 {QStringLiteral("status"), f.status}, {QStringLiteral("rows"), f.rows}, {QStringLiteral("passed"), f.passed}});
            lines << QStringLiteral("%1\t%2\t%3\t%4/%5%6").arg(f.id).arg(f.enterpriseName, f.status).arg(f.passed).arg(f.rows)
                         .arg(f.late ? t("\t逾期报送", "\tlate") : QString());
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    return usage(t("用法：results import 计划编号 文件 [--received 日期] [--report 错误报告.csv]；results confirm 编号 [--date 日期]；"
                   "results list；results template --out 文件.csv",
                   "usage: results import PLAN_ID FILE [--received DATE] [--report ERRORS.csv]; results confirm ID [--date DATE]; "
                   "results list; results template --out FILE.csv"));
}

static QJsonObject certificateJson(const Certificate& c)
{
    return {{QStringLiteral("number"), c.number},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("id_type"), c.idType},
            {QStringLiteral("id_number"), c.idNumber},
            {QStringLiteral("occupation_code"), c.occupationCode},
            {QStringLiteral("occupation_name"), c.occupationName},
            {QStringLiteral("trade"), c.trade},
            {QStringLiteral("level"), c.level},
            {QStringLiteral("issue_date"), c.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("enterprise_id"), c.enterpriseId},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("replaces"), c.replaces},
            {QStringLiteral("flagged"), c.flagged}};
}

int Cli::cmdCert()
{
    CertificateRegistry registry(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    if (cmd == QStringLiteral("find")) {
        Result<QList<Certificate>> r = QList<Certificate>();
        if (has(QStringLiteral("--file"))) {
            QFile f(opt(QStringLiteral("--file")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(Error::storage(t("无法读取“%1”：%2", "cannot read '%1': %2").arg(f.fileName(), f.errorString())));
            auto decoded = csv::decode(f.readAll());
            if (!decoded)
                return fail(decoded.error());
            r = registry.findList(decoded->text.split(QRegularExpression(QStringLiteral("[\r\n]+"))));
        } else {
            CertificateQuery q;
            q.number = opt(QStringLiteral("--number"));
            q.idNumber = opt(QStringLiteral("--id-number"));
            q.namePrefix = opt(QStringLiteral("--name"));
            if (q.number.isEmpty() && q.idNumber.isEmpty() && q.namePrefix.isEmpty())
                return usage(t("用法：cert find (--number 编号 | --id-number 证件号码 | --name 姓名 | --file 清单.txt)",
                               "usage: cert find (--number N | --id-number X | --name TEXT | --file LIST.txt)"));
            r = registry.find(q);
        }
        if (!r)
            return fail(r.error());
        QJsonArray a;
        QStringList lines;
        for (const Certificate& c : *r) {
            a.append(certificateJson(c));
            lines << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(c.number, c.name, c.occupationName, validation::levelLabel(c.level),
                                                                c.issueDate.toString(Qt::ISODate), c.status);
        }
        return done(a, lines.join(QLatin1Char('\n')));
    }
    if (cmd == QStringLiteral("photos") && m_p.positional.size() == 3) {
        QStringList skipped;
        auto n = registry.importPhotos(m_p.positional.at(2), &skipped);
        if (!n)
            return fail(n.error());
        for (const QString& s : skipped)
            m_err << s << Qt::endl;
        return done(QJsonObject{{QStringLiteral("stored"), *n}, {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)}},
                    t("已保存 %1 张照片，跳过 %2 个文件。", "stored %1 photos, skipped %2 files.").arg(*n).arg(skipped.size()));
    }
    if ((cmd == QStringLiteral("revoke") || cmd == QStringLiteral("reissue")) && m_p.positional.size() == 3) {
        const QString number = m_p.positional.at(2);
        if (cmd == QStringLiteral("revoke")) {
            if (Status s = registry.revoke(number, opt(QStringLiteral("--reason"))); !s)
                return fail(s.error());
            return done(QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("status"), QStringLiteral("revoked")}},
                        t("已撤销 %1。", "revoked %1.").arg(number));
        }
        auto c = registry.reissue(number, opt(QStringLiteral("--reason")));
        if (!c)
            return fail(c.error());
        return done(certificateJson(*c), t("已换发：新编号 %1。", "reissued: new number %1.").arg(c->number));
    }
    return usage(t("用法：cert find …；cert revoke 编号 --reason 原因；cert reissue 编号 --reason 原因",
                   "usage: cert find ...; cert revoke NUMBER --reason TEXT; cert reissue NUMBER --reason TEXT"));
}

int Cli::cmdExport()
{
    const QString out = opt(QStringLiteral("--out"));
    if (m_p.positional.value(1) != QStringLiteral("national") || out.isEmpty())
        return usage(t("用法：export national --out 文件.xlsx|文件.csv [--since-batch N]", "usage: export national --out FILE.xlsx|FILE.csv [--since-batch N]"));
    int since = 0;
    if (has(QStringLiteral("--since-batch"))) {
        bool ok = false;
        since = opt(QStringLiteral("--since-batch")).toInt(&ok);
        if (!ok || since < 1)
            return usage(t("--since-batch 应为正整数。", "--since-batch takes a positive integer."));
    }
    auto r = NationalExport(*m_db, m_session).write(out, since);
    if (!r)
        return fail(r.error());
    return done(QJsonObject{{QStringLiteral("batch"), r->batch}, {QStringLiteral("rows"), r->rows}},
                t("导出批次 %1：%2 条证书信息写入 %3（含身份证号，请妥善保管）。", "export batch %1: %2 certificates written to %3 (contains ID numbers).")
                    .arg(r->batch)
                    .arg(r->rows)
                    .arg(out));
}

static QJsonObject spotJson(const SpotCheck& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("plan_id"), c.planId},
            {QStringLiteral("enterprise_id"), c.enterpriseId},
            {QStringLiteral("enterprise_name"), c.enterpriseName},
            {QStringLiteral("selected_by"), c.selectedBy},
            {QStringLiteral("seed"), c.seed},
            {QStringLiteral("visit_date"), c.visitDate.toString(Qt::ISODate)},
            {QStringLiteral("inspectors"), c.inspectors},
            {QStringLiteral("findings"), c.findings},
            {QStringLiteral("rectification"), c.rectification},
            {QStringLiteral("outcome"), c.outcome}};
}

int Cli::cmdSpotcheck()
{
    SpotCheckService checks(*m_db, m_session);
    const QString cmd = m_p.positional.value(1);
    auto many = [&](const QList<SpotCheck>& list) {
        QJsonArray a;
        QStringList lines;
        for (const SpotCheck& c : list) {
            a.append(spotJson(c));
            lines << QStringLiteral("%1\t%2\t%3\t%4").arg(c.id).arg(c.enterpriseName, c.planStart.toString(Qt::ISODate), spotOutcomeLabel(c.outcome));
        }
        return done(a, lines.join(QLatin1Char('\n')));
    };
    if (cmd == QStringLiteral("draw")) {
        bool ok1 = false, ok2 = true;
        const int count = opt(QStringLiteral("--count")).toInt(&ok1);
        quint32 seed = static_cast<quint32>(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
        if (has(QStringLiteral("--seed")))
            seed = opt(QStringLiteral("--seed")).toUInt(&ok2);
        if (!ok1 || !ok2)
            return usage(t("用法：spotcheck draw --count N [--seed S] [--from 日期]", "usage: spotcheck draw --count N [--seed S] [--from DATE]"));
        auto r = checks.drawRandom(count, seed, QDate::fromString(opt(QStringLiteral("--from")), Qt::ISODate));
        if (!r)
            return fail(r.error());
        m_err << t("抽查种子：%1（用同一种子可复现本次抽取）", "seed: %1 (the same seed repeats this draw)").arg(seed) << Qt::endl;
        return many(*r);
    }
    if (cmd == QStringLiteral("choose") && m_p.positional.size() == 3) {
        auto r = checks.choose(m_p.positional.at(2).toLongLong());
        if (!r)
            return fail(r.error());
        return done(spotJson(*r), t("已将计划 %1 列入抽查（记录 %2）。", "plan %1 selected (check %2).").arg(r->planId).arg(r->id));
    }
    if (cmd == QStringLiteral("record") && m_p.positional.size() == 3) {
        auto r = checks.record(m_p.positional.at(2).toLongLong(), QDate::fromString(opt(QStringLiteral("--date")), Qt::ISODate),
                               opt(QStringLiteral("--inspectors")), opt(QStringLiteral("--findings")), opt(QStringLiteral("--rectification")),
                               opt(QStringLiteral("--outcome")));
        if (!r)
            return fail(r.error());
        return done(spotJson(*r), t("已记录抽查 %1：%2。", "check %1 recorded: %2.").arg(r->id).arg(spotOutcomeLabel(r->outcome)));
    }
    if (cmd == QStringLiteral("list")) {
        auto r = checks.list(opt(QStringLiteral("--enterprise")).toLongLong());
        if (!r)
            return fail(r.error());
        return many(*r);
    }
    return usage(t("用法：spotcheck draw --count N [--seed S]；spotcheck choose 计划编号；"
                   "spotcheck record 编号 --date 日期 --inspectors 人员 --findings 发现 --outcome compliant|rectify|serious [--rectification 要求]；"
                   "spotcheck list [--enterprise 编号]",
                   "usage: spotcheck draw --count N [--seed S]; spotcheck choose PLAN_ID; "
                   "spotcheck record ID --date D --inspectors T --findings T --outcome compliant|rectify|serious [--rectification T]; "
                   "spotcheck list [--enterprise ID]"));
}

int Cli::cmdStats()
{
    StatFilter f;
    f.from = QDate::fromString(opt(QStringLiteral("--from")), Qt::ISODate);
    f.to = QDate::fromString(opt(QStringLiteral("--to")), Qt::ISODate);
    f.enterpriseId = opt(QStringLiteral("--enterprise")).toLongLong();
    if ((has(QStringLiteral("--from")) && !f.from.isValid()) || (has(QStringLiteral("--to")) && !f.to.isValid()))
        return usage(t("日期应为 YYYY-MM-DD。", "dates are YYYY-MM-DD."));
    Statistics stats(*m_db, m_session);
    auto rows = stats.compute(f);
    if (!rows)
        return fail(rows.error());
    if (has(QStringLiteral("--out"))) {
        if (Status s = stats.exportTo(*rows, opt(QStringLiteral("--out"))); !s)
            return fail(s.error());
    }
    QJsonArray a;
    QStringList lines;
    for (const StatRow& r : *rows) {
        a.append(QJsonObject{{QStringLiteral("enterprise_id"), r.enterpriseId}, {QStringLiteral("enterprise"), r.enterpriseName},
                             {QStringLiteral("occupation_code"), r.occupationCode}, {QStringLiteral("occupation_name"), r.occupationName},
                             {QStringLiteral("level"), r.level}, {QStringLiteral("high_skill"), r.highSkill()},
                             {QStringLiteral("candidates"), r.candidates}, {QStringLiteral("passed"), r.passed},
                             {QStringLiteral("pass_rate"), r.passRate()}, {QStringLiteral("certificates"), r.certificates}});
        lines << QStringLiteral("%1\t%2\t%3\t%4/%5\t%6%\t%7").arg(r.enterpriseName, r.occupationName, validation::levelLabel(r.level))
                     .arg(r.passed).arg(r.candidates).arg(QString::number(r.passRate() * 100, 'f', 1)).arg(r.certificates);
    }
    return done(a, lines.join(QLatin1Char('\n')));
}

} // namespace jd
