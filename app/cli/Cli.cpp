#include "app/cli/Cli.h"

#include "core/audit/AuditLog.h"
#include "core/db/Database.h"
#include "core/demo/DemoGenerator.h"
#include "core/documents/ApplicationForm.h"
#include "core/documents/DocumentRenderer.h"
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

namespace jd {

namespace {

// Options that stand alone; every other --option takes the next argument as its value.
const QStringList kFlags = {QStringLiteral("--json"), QStringLiteral("--help"), QStringLiteral("-h"),
                            QStringLiteral("--all-received"), QStringLiteral("--include-deleted"),
                            QStringLiteral("--flagged")};

QJsonArray fieldErrorsJson(const QList<FieldError>& errors)
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

} // namespace

Cli::Cli(QStringList args, QTextStream& out, QTextStream& err) : m_args(std::move(args)), m_out(out), m_err(err)
{
    const QString lang = qEnvironmentVariable("LANG");
    m_english = lang.startsWith(QStringLiteral("en"));
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
                                           {QStringLiteral("errors"), fieldErrorsJson(e.fields)}})
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
    if (path.startsWith(QStringLiteral("postgresql://"))) {
        *exitCode = fail(Error::storage(t("此版本尚不支持服务器数据库（PostgreSQL），请使用 SQLite 数据库文件。",
                                          "server databases (PostgreSQL) are not supported by this version yet; use a SQLite file.")));
        return false;
    }
    auto db = Database::open(path);
    if (!db) {
        *exitCode = fail(db.error());
        return false;
    }
    m_db = *db;
    if (!m_db->warning().isEmpty())
        m_err << m_db->warning() << Qt::endl;
    OccupationCatalogue catalogue(*m_db);
    if (Status s = catalogue.seedIfEmpty(); !s) {
        *exitCode = fail(s.error());
        return false;
    }
    return true;
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
    static const QStringList known = {QStringLiteral("enterprise"), QStringLiteral("occupation"), QStringLiteral("demo"),
                                      QStringLiteral("print"), QStringLiteral("check")};
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
    return cmdCheck();
}

void Cli::printHelp()
{
    m_out << t(R"(jianding-cli —— 企业职业技能等级认定试点管理（命令行）

全局选项：--db 路径   --user 用户名（密码取自 JIANDING_PASSWORD）   --json   --version
命令：
  validate uscc 代码                      校验统一社会信用代码（GB 32100）
  validate id 号码 [--type 证件类型]       校验证件号码（GB 11643，15 位旧号自动升位）
  validate occupation 编码 [--name 名称]   校验职业编码（第 3–6 大类，非准入类）
  enterprise import 文件                   导入企业（CSV 或 JSON，全部成功才写入）
  enterprise list [--search 文本] [--kind tianjin|central_soe_branch] [--flagged]
  enterprise show 编号
  enterprise delete 编号
  enterprise template --out 文件.csv       写出企业导入模板
  occupation import 文件.csv               导入职业分类大典目录（edition,code,name）
  occupation search 文本
  demo generate --enterprises N [--certificates M] [--seed S]
  print form 企业编号 --pdf 输出.pdf        打印附件1 备案申请表
  check                                   检查数据库完整性与操作日志链
退出码：0 成功，1 数据无效，2 用法错误，3 未找到，4 不允许，5 数据库或文件错误)",
               R"(jianding-cli - enterprise skill-level certification pilot administration

Global options: --db PATH  --user NAME (password from JIANDING_PASSWORD)  --json  --version
Commands:
  validate uscc CODE | validate id NUMBER [--type T] | validate occupation CODE [--name NAME]
  enterprise import FILE | list [--search TEXT] [--kind K] [--flagged] | show ID | delete ID
  enterprise template --out FILE.csv
  occupation import FILE.csv | occupation search TEXT
  demo generate --enterprises N [--certificates M] [--seed S]
  print form ENTERPRISE_ID --pdf OUT.pdf
  check
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
        m_err << value << QStringLiteral("：") << c.message << Qt::endl;
        return 1;
    }
    if (!m_json)
        m_out << c.normalized << Qt::endl;
    return 0;
}

int Cli::cmdEnterprise()
{
    const QString cmd = m_p.positional.value(1);
    EnterpriseService service(*m_db, Session{});
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
            return usage(t("用法：enterprise template --out 文件.csv", "usage: enterprise template --out FILE.csv"));
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(Error::storage(t("无法写入“%1”：%2", "cannot write '%1': %2").arg(out, f.errorString())));
        f.write("\xEF\xBB\xBF"); // Excel reads UTF-8 CSV correctly only with a BOM
        f.write(QStringList(EnterpriseService::csvHeader()).join(QLatin1Char(',')).toUtf8() + "\r\n");
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
        QFile f(m_p.positional.at(2));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::storage(t("无法读取“%1”：%2", "cannot read '%1': %2").arg(f.fileName(), f.errorString())));
        auto r = catalogue.importCsv(f.readAll(), Session{});
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
    DemoGenerator gen(*m_db, Session{});
    auto r = gen.generate(o);
    if (!r)
        return fail(r.error());
    return done(QJsonObject{{QStringLiteral("enterprises"), r->enterprises},
                            {QStringLiteral("occupations"), r->occupations},
                            {QStringLiteral("people"), r->people},
                            {QStringLiteral("equipment"), r->equipment},
                            {QStringLiteral("seed"), static_cast<qint64>(r->seed)}},
                t("已生成 %1 家企业（%2 个职业、%3 名人员、%4 项设备），种子 %5。",
                  "generated %1 enterprises (%2 occupations, %3 people, %4 equipment), seed %5.")
                    .arg(r->enterprises)
                    .arg(r->occupations)
                    .arg(r->people)
                    .arg(r->equipment)
                    .arg(r->seed));
}

int Cli::cmdPrint()
{
    const QString kind = m_p.positional.value(1);
    const QString out = opt(QStringLiteral("--pdf"));
    bool ok = false;
    const qint64 id = m_p.positional.value(2).toLongLong(&ok);
    if (!ok || out.isEmpty())
        return usage(t("用法：print 种类 编号 --pdf 输出.pdf", "usage: print KIND ID --pdf OUT.pdf"));
    PrintableDocument doc;
    if (kind == QStringLiteral("form")) {
        EnterpriseService service(*m_db, Session{});
        auto e = service.get(id);
        if (!e)
            return fail(e.error());
        doc = applicationForm(*e);
    } else {
        return usage(t("此版本可打印的种类：form。", "printable kinds in this version: form."));
    }
    if (DocumentRenderer::serifFamily().isEmpty())
        m_err << t("警告：未安装 Noto Serif CJK SC 字体（fonts-noto-cjk），中文可能无法正确显示。",
                   "warning: the Noto Serif CJK SC font (fonts-noto-cjk) is not installed.")
              << Qt::endl;
    if (Status s = DocumentRenderer::toPdf(doc, out); !s)
        return fail(s.error());
    return done(QJsonObject{{QStringLiteral("pdf"), out}}, t("已写出 %1。", "wrote %1.").arg(out));
}

int Cli::cmdCheck()
{
    QStringList findings;
    auto integrity = m_db->exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return fail(integrity.error());
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QStringLiteral("ok"))
            findings << t("完整性：", "integrity: ") + line;
    }
    auto fk = m_db->exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fail(fk.error());
    while (fk.value().next())
        findings << t("外键：表 %1 第 %2 行引用的 %3 不存在", "foreign key: table %1 row %2 refers to missing %3")
                        .arg(fk.value().value(0).toString(), fk.value().value(1).toString(), fk.value().value(2).toString());
    auto chain = AuditLog(*m_db).verify();
    if (!chain)
        return fail(chain.error());
    findings << *chain;
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), findings.isEmpty()},
                                           {QStringLiteral("findings"), QJsonArray::fromStringList(findings)}})
                     .toJson(QJsonDocument::Indented);
    if (findings.isEmpty()) {
        if (!m_json)
            m_out << t("数据库完好，操作日志链完整。", "database intact, audit chain complete.") << Qt::endl;
        return 0;
    }
    for (const QString& f : findings)
        m_err << f << Qt::endl;
    return 1;
}

} // namespace jd
