#include "core/supervision/ResultService.h"

#include "core/audit/AuditLog.h"
#include "core/calendar/WorkCalendar.h"
#include "core/common/Csv.h"
#include "core/common/Dates.h"
#include "core/common/Translation.h"
#include "core/common/XlsxReader.h"
#include "core/db/BulkInsert.h"
#include "core/db/Database.h"
#include "core/numbering/NumberingService.h"
#include "core/supervision/PlanService.h"
#include "core/validation/Validators.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

#include <xlsxwriter.h>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::ResultService".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::ResultService)
};

using dates::d;
using dates::pd;
constexpr double kPassMark = 60.0; // the pass mark of the national occupational skill standards

QVariant score(const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); }

} // namespace

const QStringList& ResultService::header()
{
    static const QStringList h = {QStringLiteral("姓名"),       QStringLiteral("证件类型"),   QStringLiteral("证件号码"),
                                  QStringLiteral("性别"),       QStringLiteral("职业编码"),   QStringLiteral("职业名称"),
                                  QStringLiteral("工种/职业方向"), QStringLiteral("等级"),       QStringLiteral("理论知识成绩"),
                                  QStringLiteral("操作技能成绩"), QStringLiteral("综合评审成绩"), QStringLiteral("是否合格"),
                                  QStringLiteral("天津参保")};
    return h;
}

Status ResultService::writeTemplate(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv")) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::storage(Tr::tr("无法写入“%1”：%2").arg(path, f.errorString()));
        f.write("\xEF\xBB\xBF");
        f.write(csv::line(header()).toUtf8());
        return {};
    }
    if (suffix != QStringLiteral("xlsx"))
        return Error::invalid(Tr::tr("模板文件的扩展名应为 .xlsx 或 .csv。"));
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Error::storage(Tr::tr("无法写入“%1”。").arg(path));
    lxw_worksheet* sheet = workbook_add_worksheet(book, "结果名单");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* text = workbook_add_format(book);
    format_set_num_format(text, "@"); // ID numbers stay text, never 1.2E+17
    for (qsizetype c = 0; c < header().size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header().at(c).toUtf8().constData(), bold);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), c == 2 ? 22 : 14, c == 2 ? text : nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_worksheet* help = workbook_add_worksheet(book, "填写说明");
    const char* lines[] = {
        "每行一名考生，第一行表头不要修改。请勿合并单元格、不要使用公式。",
        "证件类型：空白表示居民身份证；也可填护照、港澳居民居住证、台湾居民居住证、港澳居民来往内地通行证、台湾居民来往大陆通行证、外国人永久居留身份证。",
        "证件号码：请设为文本格式，18 位身份证号最后一位可为 X。",
        "性别：男 或 女，须与身份证号一致。",
        "职业编码、职业名称：须是认定计划中的职业，如 6-31-01-03 电工。",
        "等级：1–5，或“三级/高级工”“三级”“高级工”。",
        "理论知识成绩、操作技能成绩：0–100；综合评审成绩可空。各项均达 60 分为合格。",
        "是否合格、天津参保：是 或 否；只限社保参保地在天津的本单位职工。",
        "保存后报送市职业技能鉴定指导中心；认定结束后 10 个工作日内报送。",
    };
    int r = 0;
    for (const char* l : lines)
        worksheet_write_string(help, static_cast<lxw_row_t>(r++), 0, l, nullptr);
    worksheet_set_column(help, 0, 0, 120, nullptr);
    if (workbook_close(book) != LXW_NO_ERROR)
        return Error::storage(Tr::tr("写入“%1”失败。").arg(path));
    return {};
}

QString ResultService::earlierPassesSql(int count)
{
    const QString marks = QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
    return QStringLiteral("SELECT id_number, occupation_code, level FROM certificates WHERE status <> 'revoked' "
                          "AND id_number IN (%1) UNION ALL SELECT r.id_number, r.occupation_code, r.level "
                          "FROM result_rows r JOIN result_filings f ON f.id = r.result_id WHERE f.status = 'imported' "
                          "AND r.passed = 1 AND r.id_number IN (%1)")
        .arg(marks);
}

Result<ImportOutcome> ResultService::importFile(qint64 planId, const QString& path, QDate submitted)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("无法读取文件“%1”：%2").arg(path, f.errorString()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("xls"))
        return Error::invalid(Tr::tr("不支持旧版 .xls：请在 Excel 中把“%1”另存为 .xlsx 或“CSV UTF-8（逗号分隔）”后导入。")
                                  .arg(QFileInfo(path).fileName()));
    if (suffix == QStringLiteral("xlsx")) {
        f.close();
        auto sheet = XlsxReader::read(path);
        if (!sheet)
            return sheet.error();
        // Formulas and merged cells are refused: the centre files values, not calculations.
        QList<FieldError> problems;
        for (const QPoint& c : sheet->formulaCells)
            problems << FieldError{QStringLiteral("formula"), header().value(c.x() - 1, XlsxReader::columnName(c.x())),
                                   Tr::tr("单元格 %1%2 含公式，请复制后“选择性粘贴为数值”。").arg(XlsxReader::columnName(c.x())).arg(c.y()),
                                   c.y() - 1, {}};
        for (const QString& range : sheet->mergedRanges)
            problems << FieldError{QStringLiteral("merged"), range, Tr::tr("有合并单元格 %1，请取消合并并在每个单元格填写。").arg(range), 0, range};
        return importRows(planId, sheet->rows, QStringLiteral("XLSX"), QFileInfo(path).fileName(), submitted, problems);
    }
    return importCsv(planId, f.readAll(), QFileInfo(path).fileName(), submitted);
}

Result<ImportOutcome> ResultService::importCsv(qint64 planId, const QByteArray& bytes, const QString& fileName, QDate submitted)
{
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    auto decoded = csv::decode(bytes);
    if (!decoded)
        return decoded.error();
    auto parsed = csv::parse(decoded->text);
    if (!parsed)
        return parsed.error();
    return importRows(planId, *parsed, decoded->encoding, fileName, submitted, {});
}

Result<ImportOutcome> ResultService::importRows(qint64 planId, QList<QStringList> table, const QString& encoding, const QString& fileName,
                                                QDate submitted, QList<FieldError> problems)
{
    if (auto denied = m_session.refuse(Permission::ImportRegistry))
        return *denied;
    PlanService plans(m_db, Session{});
    auto plan = plans.get(planId);
    if (!plan)
        return plan.error();
    const QDate today = m_db.clock().today();
    if (!submitted.isValid())
        submitted = today;
    if (submitted > today)
        return Error::invalid(Tr::tr("报送日期 %1 晚于今天。").arg(d(submitted)));
    if (submitted < plan->end)
        return Error::invalid(Tr::tr("报送日期 %1 早于计划结束日期 %2：认定结束后才能报送结果。").arg(d(submitted), d(plan->end)));

    ImportOutcome out;
    out.encoding = encoding;
    if (table.isEmpty())
        return Error::invalid(Tr::tr("文件是空的。请使用结果名单模板填写。"));
    // Header: exactly the template's columns, in any order.
    const QStringList head = table.takeFirst();
    QHash<QString, int> col;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const QString h = validation::normalizeWidth(head.at(i));
        if (h.isEmpty())
            continue;
        if (!header().contains(h))
            out.errors << FieldError{QStringLiteral("header"), Tr::tr("第 %1 列").arg(i + 1),
                                     Tr::tr("“%1”不是模板中的列名。").arg(h), 0, h};
        else
            col.insert(h, static_cast<int>(i));
    }
    for (const QString& h : header())
        if (!col.contains(h))
            out.errors << FieldError{QStringLiteral("header"), h, Tr::tr("缺少此列。表头应为：%1").arg(header().join(QLatin1Char(','))), 0, {}};
    if (!out.errors.isEmpty()) {
        Error e = Error::invalid(Tr::tr("结果名单表头不正确（文件编码 %1），未导入任何数据。").arg(encoding), out.errors);
        return e;
    }
    out.errors << problems;

    // Earlier certificates (and passes waiting for confirmation) of the people in this
    // file, for the duplicate check: looked up by ID number through the index, in chunks,
    // so the cost follows the file and not the size of the register.
    QSet<QString> earlier;
    {
        QStringList ids;
        const int idCol = col.value(QStringLiteral("证件号码"));
        for (const QStringList& r : table) {
            const validation::Check c = validation::residentId(r.value(idCol), today);
            ids << (c.ok ? c.normalized : validation::normalizeWidth(r.value(idCol)).toUpper());
        }
        ids.removeDuplicates();
        for (qsizetype at = 0; at < ids.size(); at += 400) {
            const QStringList chunk = ids.mid(at, 400);
            QVariantList values;
            for (const QString& id : chunk)
                values << id;
            auto q = m_db.exec(earlierPassesSql(int(chunk.size())), values + values);
            if (!q)
                return q.error();
            while (q.value().next())
                earlier.insert(q.value().value(0).toString() + QLatin1Char('|') + q.value().value(1).toString() + QLatin1Char('|') +
                               q.value().value(2).toString());
        }
    }
    QHash<QString, int> inFile;
    QList<ResultRow> rows;
    QSet<int> badRows;
    const qint64 steps = 2 * static_cast<qint64>(table.size());
    auto cancelled = [&](qint64 done) { return m_progress && !m_progress(done, steps); };
    const Error cancel = Error::invalid(Tr::tr("导入已取消，未导入任何数据。"));
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (i % 1000 == 0 && cancelled(i))
            return cancel;
        const QStringList& r = table.at(i);
        const int rowNo = static_cast<int>(i + 1);
        if (r.join(QString()).trimmed().isEmpty())
            continue; // blank lines spreadsheets leave at the end
        auto cell = [&](const QString& h) { return validation::normalizeWidth(r.value(col.value(h))); };
        auto err = [&](const QString& column, const QString& value, const QString& why) {
            out.errors << FieldError{column, column, why, rowNo, value};
            badRows.insert(rowNo);
        };
        for (const QString& h : header())
            if (cell(h).startsWith(QLatin1Char('=')))
                err(h, cell(h), Tr::tr("单元格含公式，请粘贴为数值。"));
        ResultRow x;
        x.row = rowNo;
        x.name = cell(QStringLiteral("姓名"));
        if (x.name.isEmpty())
            err(QStringLiteral("姓名"), x.name, Tr::tr("不能为空。"));
        validation::IdType type;
        if (!validation::idTypeFromString(cell(QStringLiteral("证件类型")), &type)) {
            err(QStringLiteral("证件类型"), cell(QStringLiteral("证件类型")), Tr::tr("无法识别，应为%1、%2等。")
                                                                         .arg(validation::idTypeLabel(validation::IdType::ResidentId),
                                                                              validation::idTypeLabel(validation::IdType::Passport)));
            type = validation::IdType::ResidentId;
        }
        x.idType = validation::idTypeKey(type);
        const validation::Check id = validation::idDocument(type, cell(QStringLiteral("证件号码")), today);
        x.idNumber = id.normalized;
        if (!id.ok)
            err(QStringLiteral("证件号码"), cell(QStringLiteral("证件号码")), id.message);
        x.gender = cell(QStringLiteral("性别"));
        if (x.gender != QStringLiteral("男") && x.gender != QStringLiteral("女"))
            err(QStringLiteral("性别"), x.gender, Tr::tr("应为“%1”或“%2”。").arg(QStringLiteral("男"), QStringLiteral("女")));
        else if (id.ok && type == validation::IdType::ResidentId &&
                 (x.idNumber.at(16).digitValue() % 2 == 1) != (x.gender == QStringLiteral("男")))
            err(QStringLiteral("性别"), x.gender, Tr::tr("与身份证号码第 17 位所示性别不符。"));
        x.occupationCode = cell(QStringLiteral("职业编码"));
        x.occupationName = cell(QStringLiteral("职业名称"));
        x.trade = cell(QStringLiteral("工种/职业方向"));
        const PlanOccupation* po = nullptr;
        for (const PlanOccupation& o : plan->occupations)
            if (o.code == x.occupationCode)
                po = &o;
        if (!po)
            err(QStringLiteral("职业编码"), x.occupationCode, Tr::tr("不在认定计划 %1 的职业范围内。").arg(planId));
        else if (x.occupationName != po->name)
            err(QStringLiteral("职业名称"), x.occupationName, Tr::tr("与职业编码 %1 不符，应为“%2”。").arg(x.occupationCode, po->name));
        x.level = validation::parseLevel(cell(QStringLiteral("等级")));
        if (x.level == 0)
            err(QStringLiteral("等级"), cell(QStringLiteral("等级")), Tr::tr("应为 1–5 或“%1”这样的等级。").arg(validation::levelLabel(3)));
        else if (po && !po->levels.contains(x.level))
            err(QStringLiteral("等级"), cell(QStringLiteral("等级")), Tr::tr("%1 不在计划的等级（%2）之内。")
                                                                      .arg(translation::label(validation::levelLabel(x.level), "skill level"),
                                                                           validation::formatLevels(po->levels)));
        auto number = [&](const QString& h, std::optional<double>* target, bool required) {
            const QString v = cell(h);
            if (v.isEmpty()) {
                if (required)
                    err(h, v, Tr::tr("不能为空。"));
                return;
            }
            bool ok = false;
            const double n = v.toDouble(&ok);
            if (!ok || n < 0 || n > 100)
                err(h, v, Tr::tr("应为 0–100 的分数。"));
            else
                *target = n;
        };
        number(QStringLiteral("理论知识成绩"), &x.theory, true);
        number(QStringLiteral("操作技能成绩"), &x.practical, true);
        number(QStringLiteral("综合评审成绩"), &x.overall, false);
        auto yesNo = [&](const QString& h, bool* target) {
            const QString v = cell(h);
            if (v == QStringLiteral("是"))
                *target = true;
            else if (v == QStringLiteral("否"))
                *target = false;
            else
                err(h, v, Tr::tr("应为“%1”或“%2”。").arg(QStringLiteral("是"), QStringLiteral("否")));
        };
        yesNo(QStringLiteral("是否合格"), &x.passed);
        bool insuredGiven = cell(QStringLiteral("天津参保")) == QStringLiteral("是") || cell(QStringLiteral("天津参保")) == QStringLiteral("否");
        yesNo(QStringLiteral("天津参保"), &x.insured);
        if (insuredGiven && !x.insured)
            err(QStringLiteral("天津参保"), QStringLiteral("否"), Tr::tr("试点只面向社保参保地在天津的本单位职工。"));
        // 合格 means every score reached the pass mark; 不合格 means one did not.
        const bool scoresPass = (!x.theory || *x.theory >= kPassMark) && (!x.practical || *x.practical >= kPassMark) &&
                                (!x.overall || *x.overall >= kPassMark);
        if (x.theory && x.practical && (cell(QStringLiteral("是否合格")) == QStringLiteral("是") || cell(QStringLiteral("是否合格")) == QStringLiteral("否")) &&
            scoresPass != x.passed)
            err(QStringLiteral("是否合格"), cell(QStringLiteral("是否合格")),
                x.passed ? Tr::tr("有成绩低于 %1 分，不能判为合格。").arg(kPassMark)
                         : Tr::tr("各项成绩均达到 %1 分，应判为合格，请核对。").arg(kPassMark));
        if (id.ok && x.level > 0 && !x.occupationCode.isEmpty()) {
            const QString key = x.idNumber + QLatin1Char('|') + x.occupationCode + QLatin1Char('|') + QString::number(x.level);
            if (inFile.contains(key))
                err(QStringLiteral("证件号码"), x.idNumber, Tr::tr("与第 %1 行重复（同一人、同一职业、同一等级）。").arg(inFile.value(key)));
            else
                inFile.insert(key, rowNo);
            if (x.passed && earlier.contains(key))
                err(QStringLiteral("证件号码"), x.idNumber, Tr::tr("此人已取得（或已报送）同一职业同一等级的证书。"));
        }
        rows << x;
    }
    if (rows.isEmpty() && out.errors.isEmpty())
        out.errors << FieldError{QStringLiteral("rows"), Tr::tr("名单"), Tr::tr("名单中没有考生。"), 0, {}};
    for (const FieldError& p : problems)
        if (p.row > 0)
            badRows.insert(p.row);
    if (!out.errors.isEmpty()) {
        out.rejectedRows = static_cast<int>(badRows.size());
        return Error::invalid(Tr::tr("结果名单有 %1 行 %2 处问题（文件编码 %3），未导入任何数据。请把错误报告发回企业更正。")
                                  .arg(out.rejectedRows)
                                  .arg(out.errors.size())
                                  .arg(encoding),
                              out.errors);
    }
    WorkCalendar calendar(m_db);
    auto due = calendar.addWorkingDays(plan->end, DueWorkingDays);
    if (!due)
        return due.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    const bool late = submitted > *due;
    const int passedRows = static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [](const ResultRow& x) { return x.passed; }));
    // The rows never change after import: their counts are kept with the list.
    auto ins = m_db.insert(QStringLiteral("INSERT INTO result_filings (plan_id, enterprise_id, submitted, due, late, status, file_name, encoding, "
                                        "actor, at, row_count, passed_count) VALUES (?,?,?,?,?,'imported',?,?,?,?,?,?)"),
                         {planId, plan->enterpriseId, d(submitted), d(*due), late ? 1 : 0, fileName, encoding, m_session.user,
                          m_db.clock().now().toString(Qt::ISODateWithMs), static_cast<int>(rows.size()), passedRows});
    if (!ins)
        return ins.error();
    out.resultId = ins.value();
    BulkInsert row(m_db, QStringLiteral("INSERT INTO result_rows (result_id, row, name, id_type, id_number, gender, occupation_code, "
                                        "occupation_name, trade, level, theory, practical, overall, passed, insured) "
                                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (qsizetype k = 0; k < rows.size(); ++k) {
        // Cancelling here rolls the transaction back: nothing of the list stays.
        if (k % 1000 == 0 && cancelled(table.size() + k))
            return cancel;
        const ResultRow& x = rows.at(k);
        if (Status s = row.row({out.resultId, x.row, x.name, x.idType, x.idNumber, x.gender, x.occupationCode, x.occupationName,
                                x.trade, x.level, score(x.theory), score(x.practical), score(x.overall), x.passed ? 1 : 0,
                                x.insured ? 1 : 0});
            !s)
            return Error::storage(Tr::tr("保存结果名单失败，未导入任何数据。"), s.error().detail);
    }
    out.imported = static_cast<int>(rows.size());
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("import"), QStringLiteral("result_filing"),
                                         QString::number(out.resultId), {},
                                         {{QStringLiteral("plan_id"), planId},
                                          {QStringLiteral("rows"), out.imported},
                                          {QStringLiteral("file"), fileName},
                                          {QStringLiteral("late"), late}});
        !s)
        return s.error();
    if (cancelled(steps))
        return cancel;
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<ConfirmOutcome> ResultService::confirm(qint64 resultId, QDate on)
{
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    const QDate today = m_db.clock().today();
    if (!on.isValid())
        on = today;
    if (on > today)
        return Error::invalid(Tr::tr("确认日期 %1 晚于今天。").arg(d(on)));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto f = get(resultId);
    if (!f)
        return f.error();
    if (f->status == QStringLiteral("confirmed"))
        return Error::notAllowed(Tr::tr("认定结果备案 %1 已于 %2 确认，不能重复确认。").arg(resultId).arg(d(f->confirmedOn)));
    if (on < f->submitted)
        return Error::invalid(Tr::tr("确认日期 %1 早于报送日期 %2。").arg(d(on), d(f->submitted)));
    // One block per level; the passed rows are numbered inside SQLite in list order
    // (row_number over the row), so no row travels through the program.
    auto levels = m_db.exec(QStringLiteral("SELECT level, count(*) FROM result_rows WHERE result_id = ? AND passed = 1 "
                                           "GROUP BY level ORDER BY level"),
                            {resultId});
    if (!levels)
        return levels.error();
    QList<std::pair<int, int>> counts;
    while (levels.value().next())
        counts << std::make_pair(levels.value().value(0).toInt(), levels.value().value(1).toInt());
    NumberingService numbering(m_db, m_session);
    ConfirmOutcome out;
    out.resultId = resultId;
    const QString now = m_db.clock().now().toString(Qt::ISODateWithMs);
    for (const auto& [level, count] : counts) {
        auto block = numbering.reserveInTransaction(f->enterpriseId, on.year(), level, count, resultId, on);
        if (!block)
            return block.error();
        out.blocks << ConfirmOutcome::Block{block->year, block->level, block->first, block->last};
        // Everything before the serial is fixed for the block: type, codes, OrgSerial, year, level.
        auto proto = numbering.numberFor(block->orgSerial, block->year, block->level, block->first);
        if (!proto)
            return proto.error();
        const QString prefix = proto->format().left(16);
        const QString serial =
            dialect::zeroPadded(m_db.engine(), QStringLiteral("CAST(? AS INTEGER) - 1 + row_number() OVER (ORDER BY row)"), 6);
        auto ins = m_db.exec(QStringLiteral("INSERT INTO certificates (number, result_id, enterprise_id, block_id, name, id_type, id_number, "
                                            "gender, occupation_code, occupation_name, trade, level, issue_date, changed_at) "
                                            "SELECT CAST(? AS TEXT) || %1, result_id, CAST(? AS INTEGER), CAST(? AS INTEGER), name, "
                                            "id_type, id_number, gender, occupation_code, occupation_name, trade, level, CAST(? AS TEXT), "
                                            "CAST(? AS TEXT) FROM result_rows WHERE result_id = ? AND passed = 1 AND level = ? ORDER BY row")
                                 .arg(serial),
                             {prefix, block->first, f->enterpriseId, block->id, d(on), now, resultId, level});
        if (!ins)
            return Error::storage(Tr::tr("编制证书编号失败，确认未完成。"), ins.error().detail);
        if (ins.value().numRowsAffected() != count)
            return Error::storage(Tr::tr("编制证书编号失败，确认未完成。"),
                                  QStringLiteral("numbered %1 of %2").arg(ins.value().numRowsAffected()).arg(count));
        out.certificates += count;
    }
    auto u = m_db.exec(QStringLiteral("UPDATE result_filings SET status = 'confirmed', confirmed_on = ?, confirmed_by = ? WHERE id = ?"),
                       {d(on), m_session.user, resultId});
    if (!u)
        return u.error();
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("confirm"), QStringLiteral("result_filing"), QString::number(resultId),
                                         {{QStringLiteral("status"), QStringLiteral("imported")}},
                                         {{QStringLiteral("status"), QStringLiteral("confirmed")},
                                          {QStringLiteral("certificates"), out.certificates},
                                          {QStringLiteral("date"), d(on)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<QList<ResultFiling>> ResultService::list(qint64 enterpriseId) const
{
    return load(enterpriseId, 0);
}

Result<QList<ResultFiling>> ResultService::load(qint64 enterpriseId, qint64 resultId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT f.id, f.plan_id, f.enterprise_id, e.name, f.submitted, f.due, f.late, f.status, f.file_name, "
                                      "f.confirmed_on, f.row_count, f.passed_count "
                                      "FROM result_filings f JOIN enterprises e ON e.id = f.enterprise_id "
                                      "WHERE (? = 0 OR f.enterprise_id = ?) AND (? = 0 OR f.id = ?) ORDER BY f.id"),
                       {enterpriseId, enterpriseId, resultId, resultId});
    if (!q)
        return q.error();
    QList<ResultFiling> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << ResultFiling{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(),
                            pd(r.value(4)), pd(r.value(5)), r.value(6).toInt() != 0, r.value(7).toString(), r.value(8).toString(),
                            pd(r.value(9)), r.value(10).toInt(), r.value(11).toInt()};
    }
    return out;
}

Result<ResultFiling> ResultService::get(qint64 id) const
{
    auto one = load(0, id);
    if (!one)
        return one.error();
    if (id <= 0 || one->isEmpty())
        return Error::notFound(Tr::tr("认定结果备案 %1 不存在。").arg(id));
    return one->first();
}

Result<QList<ResultRow>> ResultService::rows(qint64 resultId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT row, name, id_type, id_number, gender, occupation_code, occupation_name, trade, level, theory, "
                                      "practical, overall, passed, insured FROM result_rows WHERE result_id = ? ORDER BY row"),
                       {resultId});
    if (!q)
        return q.error();
    QList<ResultRow> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ResultRow x;
        x.row = r.value(0).toInt();
        x.name = r.value(1).toString();
        x.idType = r.value(2).toString();
        x.idNumber = r.value(3).toString();
        x.gender = r.value(4).toString();
        x.occupationCode = r.value(5).toString();
        x.occupationName = r.value(6).toString();
        x.trade = r.value(7).toString();
        x.level = r.value(8).toInt();
        if (!r.value(9).isNull())
            x.theory = r.value(9).toDouble();
        if (!r.value(10).isNull())
            x.practical = r.value(10).toDouble();
        if (!r.value(11).isNull())
            x.overall = r.value(11).toDouble();
        x.passed = r.value(12).toInt() != 0;
        x.insured = r.value(13).toInt() != 0;
        out << x;
    }
    return out;
}

} // namespace jd
