#pragma once
// ResultService: result filings (认定结果备案). An enterprise's result list (DESIGN §8,
// CSV in UTF-8 or GBK) is checked row by row against its plan — ID numbers, occupation
// and level inside the plan, Tianjin insurance, scores in range and consistent with
// 是否合格, duplicates in the file and against earlier certificates — and stored only
// when every row passes (Invalid with every problem by row and column otherwise). The
// centre then confirms it, which numbers the passed candidates' certificates from one
// serial block per level, in one transaction.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace jd {

class Database;

struct ResultRow
{
    int row = 0;
    QString name;
    QString idType;
    QString idNumber;
    QString gender;
    QString occupationCode;
    QString occupationName;
    QString trade;
    int level = 0;
    std::optional<double> theory;
    std::optional<double> practical;
    std::optional<double> overall;
    bool passed = false;
    bool insured = false;
};

struct ResultFiling
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QDate submitted;
    QDate due; // 10 working days after the plan ends
    bool late = false;
    QString status; // imported, confirmed
    QString fileName;
    QDate confirmedOn;
    int rows = 0;
    int passed = 0;
};

struct ImportOutcome
{
    qint64 resultId = 0;
    int imported = 0;
    int rejectedRows = 0;      // rows with at least one problem
    QList<FieldError> errors;  // empty when imported
    QString encoding;
};

struct ConfirmOutcome
{
    qint64 resultId = 0;
    struct Block
    {
        int year;
        int level;
        int first;
        int last;
    };
    QList<Block> blocks;
    int certificates = 0;
};

class ResultService
{
public:
    static constexpr int DueWorkingDays = 10;
    static const QStringList& header(); // the template's columns, in order
    // The duplicate check's look-up of `count` ID numbers among certificates and passed
    // rows of open lists (tests check its query plan).
    static QString earlierPassesSql(int count);

    ResultService(const Database& db, Session session) : m_db(db), m_session(std::move(session)) {}

    // progress(done, total) while an import checks its rows and then writes them (total is
    // twice the file's rows), every 1,000 rows and at the end; returning false cancels the
    // import and nothing is written.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void setImportProgress(Progress progress) { m_progress = std::move(progress); }

    // Nothing is written unless every row passes; `outcome.errors` lists every problem.
    Result<ImportOutcome> importCsv(qint64 planId, const QByteArray& bytes, const QString& fileName, QDate submitted = {});
    Result<ImportOutcome> importFile(qint64 planId, const QString& path, QDate submitted = {});
    Result<ConfirmOutcome> confirm(qint64 resultId, QDate on = {});
    Result<ResultFiling> get(qint64 id) const;
    Result<QList<ResultFiling>> list(qint64 enterpriseId = 0) const;
    Result<QList<ResultRow>> rows(qint64 resultId) const;
    // The template enterprises fill in: .xlsx (with an instructions sheet) or .csv.
    static Status writeTemplate(const QString& path);

private:
    // The checks on a table of cells (first row the header), from CSV or XLSX;
    // `problems` found while reading the file join the report.
    Result<QList<ResultFiling>> load(qint64 enterpriseId, qint64 resultId) const;
    Result<ImportOutcome> importRows(qint64 planId, QList<QStringList> table, const QString& encoding, const QString& fileName,
                                     QDate submitted, QList<FieldError> problems);
    const Database& m_db;
    Session m_session;
    Progress m_progress;
};

} // namespace jd
