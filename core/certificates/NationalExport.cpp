#include "core/certificates/NationalExport.h"

#include "core/audit/AuditLog.h"
#include "core/common/Csv.h"
#include "core/db/Database.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <memory>
#include <optional>

#include <xlsxwriter.h>

namespace jd {

namespace {
// Messages of this file, translated under the context "jd::NationalExport".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::NationalExport)
};

// Writes rows to CSV or XLSX; XLSX in libxlsxwriter's constant-memory mode.
class RowWriter
{
public:
    virtual ~RowWriter() = default;
    virtual bool row(const QStringList& cells) = 0;
    virtual bool close() = 0;
    QString error;
};

class CsvWriter : public RowWriter
{
public:
    explicit CsvWriter(const QString& path) : m_file(path) {}
    bool open()
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            error = m_file.errorString();
            return false;
        }
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return m_file.write("\xEF\xBB\xBF") == 3;
    }
    bool row(const QStringList& cells) override
    {
        // csv::line's output, built straight into one reused buffer.
        m_buffer.clear();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                m_buffer += ',';
            m_buffer += csv::escape(cells.at(i)).toUtf8();
        }
        m_buffer += "\r\n";
        return m_file.write(m_buffer) >= 0;
    }
    bool close() override
    {
        const bool ok = m_file.flush();
        m_file.close();
        if (!ok)
            error = m_file.errorString();
        return ok;
    }

private:
    QFile m_file;
    QByteArray m_buffer;
};

class XlsxWriter : public RowWriter
{
public:
    XlsxWriter(const QString& path, int rowsPerSheet) : m_path(QFile::encodeName(path)), m_rowsPerSheet(rowsPerSheet) {}
    ~XlsxWriter() override
    {
        if (m_book)
            workbook_close(m_book);
    }
    bool open()
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        m_book = workbook_new_opt(m_path.constData(), &options);
        if (!m_book) {
            error = Tr::tr("无法创建 XLSX 文件。");
            return false;
        }
        m_sheet = workbook_add_worksheet(m_book, "证书信息");
        return m_sheet != nullptr;
    }
    bool row(const QStringList& cells) override
    {
        if (m_header.isEmpty()) {
            m_header = cells; // the first row is the header of every sheet
        } else if (m_row > static_cast<lxw_row_t>(m_rowsPerSheet)) {
            ++m_sheets;
            const QByteArray name = QStringLiteral("证书信息（%1）").arg(m_sheets).toUtf8();
            m_sheet = workbook_add_worksheet(m_book, name.constData());
            m_row = 0;
            if (!m_sheet || !row(m_header)) {
                error = Tr::tr("无法在 XLSX 文件中新建第 %1 张工作表。").arg(m_sheets);
                return false;
            }
        }
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QByteArray v = cells.at(c).toUtf8();
            if (worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(c), v.constData(), nullptr) != LXW_NO_ERROR) {
                error = Tr::tr("写入 XLSX 第 %1 行失败。").arg(m_row + 1);
                return false;
            }
        }
        ++m_row;
        return true;
    }
    bool close() override
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        if (e != LXW_NO_ERROR)
            error = QString::fromUtf8(lxw_strerror(e));
        return e == LXW_NO_ERROR;
    }

private:
    QByteArray m_path;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_row_t m_row = 0;
    int m_rowsPerSheet;
    int m_sheets = 1;
    QStringList m_header;
};

QString idTypeText(const QString& key)
{
    validation::IdType t;
    return validation::idTypeFromString(key, &t) ? validation::idTypeLabel(t) : key;
}

} // namespace

const QStringList& NationalExport::header()
{
    static const QStringList h = {QStringLiteral("证书编号"),     QStringLiteral("证书名称"),   QStringLiteral("姓名"),
                                  QStringLiteral("证件类型"),     QStringLiteral("证件号码"),   QStringLiteral("职业编码"),
                                  QStringLiteral("职业名称"),     QStringLiteral("工种/职业方向"), QStringLiteral("职业技能等级"),
                                  QStringLiteral("发证日期"),     QStringLiteral("评价机构名称"), QStringLiteral("评价机构序列码"),
                                  QStringLiteral("统一社会信用代码"), QStringLiteral("证书状态")};
    return h;
}

Result<ExportOutcome> NationalExport::write(const QString& path, int sinceBatch, const std::function<bool(int)>& progress)
{
    return write(path, sinceBatch, progress, MaxRowsPerSheet);
}

Result<ExportOutcome> NationalExport::write(const QString& path, int sinceBatch, const std::function<bool(int)>& progress,
                                            int rowsPerSheet)
{
    if (rowsPerSheet < 1 || rowsPerSheet > MaxRowsPerSheet)
        return Error::usage(Tr::tr("每张工作表的行数应在 1 到 %1 之间。").arg(MaxRowsPerSheet));
    if (auto denied = m_session.refuse(Permission::DecideFiling))
        return *denied;
    QString since;
    if (sinceBatch > 0) {
        auto b = m_db.exec(QStringLiteral("SELECT at FROM export_batches WHERE id = ? AND kind = 'national'"), {sinceBatch});
        if (!b)
            return b.error();
        if (!b.value().next())
            return Error::notFound(Tr::tr("导出批次 %1 不存在。").arg(sinceBatch));
        since = b.value().value(0).toString();
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("csv") && suffix != QStringLiteral("xlsx"))
        return Error::invalid(Tr::tr("导出文件的扩展名应为 .csv 或 .xlsx。"));
    std::unique_ptr<RowWriter> out;
    if (suffix == QStringLiteral("csv")) {
        auto w = std::make_unique<CsvWriter>(path);
        if (!w->open())
            return Error::storage(Tr::tr("无法写入“%1”：%2").arg(path, w->error));
        out = std::move(w);
    } else {
        auto w = std::make_unique<XlsxWriter>(path, rowsPerSheet);
        if (!w->open())
            return Error::storage(Tr::tr("无法写入“%1”：%2").arg(path, w->error));
        out = std::move(w);
    }
    out->row(header());
    static const QHash<QString, QString> status = {{QStringLiteral("valid"), QStringLiteral("有效")},
                                                   {QStringLiteral("revoked"), QStringLiteral("已撤销")},
                                                   {QStringLiteral("replaced"), QStringLiteral("已换发")}};
    static const QString kind = QStringLiteral("职业技能等级证书");
    int rows = 0;
    QStringList cells;
    cells.reserve(header().size());
    std::optional<Error> stopped;
    // Rows are read and written one at a time (a cursor on a server, SQLite's own API on a file).
    const Status read = m_db.select(
        QStringLiteral("SELECT c.number, c.name, c.id_type, c.id_number, c.occupation_code, c.occupation_name, c.trade, c.level, "
                       "c.issue_date, e.name, s.serial, e.uscc, c.status FROM certificates c "
                       "JOIN enterprises e ON e.id = c.enterprise_id JOIN org_serials s ON s.enterprise_id = c.enterprise_id "
                       "WHERE (? = '' OR c.changed_at > ?) ORDER BY c.number"),
        {since, since},
        [&](const RowReader& r) {
            cells.clear();
            const QString trade = r.text(6);
            cells << r.text(0) << kind << r.text(1) << idTypeText(r.text(2)) << r.text(3) << r.text(4) << r.text(5)
                  << (trade.isEmpty() ? QStringLiteral("--") : trade) << validation::levelLabel(static_cast<int>(r.integer(7)))
                  << r.text(8) << r.text(9) << QStringLiteral("%1").arg(r.integer(10), 6, 10, QLatin1Char('0')) << r.text(11)
                  << status.value(r.text(12));
            if (!out->row(cells)) {
                stopped = Error::storage(Tr::tr("写入“%1”失败：%2").arg(path, out->error));
                return false;
            }
            ++rows;
            if (progress && rows % 10000 == 0 && !progress(rows)) {
                stopped = Error::invalid(Tr::tr("导出已取消，未记录批次。"));
                return false;
            }
            return true;
        },
        Database::Fetch::Streamed);
    if (!read)
        return Error::storage(Tr::tr("读取证书失败。"), read.error().detail);
    if (stopped) {
        out->close();
        QFile::remove(path);
        return *stopped;
    }
    if (!out->close())
        return Error::storage(Tr::tr("写入“%1”失败：%2").arg(path, out->error));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    auto ins = m_db.insert(QStringLiteral("INSERT INTO export_batches (kind, since_batch, rows, file_name, format, actor, at) "
                                        "VALUES ('national', ?, ?, ?, ?, ?, ?)"),
                         {sinceBatch > 0 ? QVariant(sinceBatch) : QVariant(QMetaType(QMetaType::Int)), rows, QFileInfo(path).fileName(),
                          suffix, m_session.user, m_db.clock().now().toString(Qt::ISODateWithMs)});
    if (!ins)
        return ins.error();
    ExportOutcome outcome{static_cast<int>(ins.value()), rows, path};
    if (Status s = AuditLog(m_db).append(m_session.user, QStringLiteral("export_personal_data"), QStringLiteral("national_export"),
                                         QString::number(outcome.batch), {},
                                         {{QStringLiteral("file"), path}, {QStringLiteral("rows"), rows},
                                          {QStringLiteral("since_batch"), sinceBatch}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace jd
