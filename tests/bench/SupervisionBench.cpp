// Benchmarks of the supervision work at city scale, each against a baseline measured in
// the same run: result-list import and confirmation, certificate look-up, the national
// export (time and the exporting process's peak memory) and certificate printing.
// Run on purpose, not by ctest:  jianding-bench [--certificates N] [--rows N] [--cli PATH]
#include "core/certificates/CertificateRegistry.h"
#include "core/common/Csv.h"
#include "core/db/Database.h"
#include "core/db/ReferenceData.h"
#include "core/demo/DemoGenerator.h"
#include "core/documents/CertificateDocument.h"
#include "core/filing/FilingService.h"
#include "core/numbering/NumberingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <spawn.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

using namespace jd;

namespace {

double ms(const QElapsedTimer& t) { return t.nsecsElapsed() / 1e6; }

void line(const char* what, double value, double baseline, const char* unit, const char* goal)
{
    std::printf("| %s | %.3f %s | %.3f %s | %.2f× | %s |\n", what, value, unit, baseline, unit, baseline > 0 ? value / baseline : 0.0, goal);
    std::fflush(stdout);
}

// A 100,000-row style result list for `plan`: valid, unique people, 90 % passing.
QByteArray resultList(const CertificationPlan& plan, int rows, quint32 seed, QList<QStringList>* cells)
{
    const PlanOccupation& occ = plan.occupations.first();
    QString text = csv::line(ResultService::header());
    static QSet<QString> seen; // people are unique across every list of the run
    for (int i = 0; i < rows; ++i) {
        QString id;
        do
            id = DemoGenerator::randomResidentId(seed, 1970, 2000);
        while (seen.contains(id));
        seen.insert(id);
        const bool pass = i % 10 != 0;
        const QStringList r{QStringLiteral("考生%1").arg(i), QStringLiteral("居民身份证"), id,
                            id.at(16).digitValue() % 2 ? QStringLiteral("男") : QStringLiteral("女"), occ.code, occ.name, QString(),
                            QString::number(occ.levels.at(i % occ.levels.size())), pass ? QStringLiteral("80") : QStringLiteral("40"),
                            QStringLiteral("75"), QString(), pass ? QStringLiteral("是") : QStringLiteral("否"), QStringLiteral("是")};
        text += csv::line(r);
        if (cells)
            *cells << r;
    }
    return text.toUtf8();
}

Result<CertificationPlan> newPlan(const Database& db, qint64 enterprise, const QDate& start)
{
    auto e = EnterpriseService(db, Session{}).get(enterprise);
    if (!e)
        return e.error();
    QJsonArray levels;
    for (int l : e->occupations.first().levels)
        levels.append(l);
    return PlanService(db, Session{}).create({{QStringLiteral("enterprise_id"), enterprise},
                                              {QStringLiteral("submitted"), start.addDays(-30).toString(Qt::ISODate)},
                                              {QStringLiteral("start"), start.toString(Qt::ISODate)},
                                              {QStringLiteral("end"), start.addDays(1).toString(Qt::ISODate)},
                                              {QStringLiteral("candidates"), 100000},
                                              {QStringLiteral("occupations"),
                                               QJsonArray{QJsonObject{{QStringLiteral("code"), e->occupations.first().code},
                                                                      {QStringLiteral("levels"), levels}}}}});
}

// Look-ups by ID number, certificate number and name prefix: p50/p99 over 2,000 random
// certificates each, against the very same SQL and values run through the sqlite3 C API on a
// connection of its own. Returns non-zero on failure.
int lookups(const Database& db, const QString& path)
{
    {
        struct Sample
        {
            QString number, idNumber, name;
        };
        QList<Sample> samples;
        auto q = db.exec(QStringLiteral("SELECT number, id_number, name FROM certificates ORDER BY random() LIMIT 2000"));
        while (q.value().next())
            samples << Sample{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()};
        struct Kind
        {
            const char* what;
            std::function<CertificateQuery(const Sample&)> make;
        };
        const QList<Kind> kinds = {
            {"cert find --id-number", [](const Sample& x) { CertificateQuery c; c.idNumber = x.idNumber; return c; }},
            {"cert find --number", [](const Sample& x) { CertificateQuery c; c.number = x.number; return c; }},
            // All but the last character of a name: a handful of people per prefix.
            {"cert find --name (prefix)", [](const Sample& x) { CertificateQuery c; c.namePrefix = x.name.chopped(1); return c; }},
        };
        sqlite3* raw = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        CertificateRegistry reg(db, Session{});
        for (const Kind& kind : kinds) {
            QList<double> times, base;
            qint64 found = 0;
            // One pass first, untimed: both sides then read from a warm page cache.
            for (const Sample& x : samples)
                (void)reg.find(kind.make(x));
            for (const Sample& x : samples) {
                const CertificateQuery cq = kind.make(x);
                QElapsedTimer t;
                t.start();
                auto r = reg.find(cq);
                times << ms(t);
                if (!r || r->isEmpty())
                    return 1;
                found += r->size();
            }
            // The baseline prepares once, as a hand-written C program would.
            QVariantList values;
            QHash<QByteArray, sqlite3_stmt*> statements;
            for (const Sample& x : samples) {
                values.clear();
                const QByteArray text = CertificateRegistry::findSql(kind.make(x), &values).toUtf8();
                sqlite3_stmt*& st = statements[text];
                if (!st)
                    sqlite3_prepare_v2(raw, text.constData(), static_cast<int>(text.size()), &st, nullptr);
                QList<QByteArray> bytes;
                for (const QVariant& v : values)
                    bytes << v.toString().toUtf8();
                QElapsedTimer t;
                t.start();
                for (int i = 0; i < values.size(); ++i) {
                    if (values.at(i).typeId() == QMetaType::Int || values.at(i).typeId() == QMetaType::LongLong)
                        sqlite3_bind_int64(st, i + 1, values.at(i).toLongLong());
                    else
                        sqlite3_bind_text(st, i + 1, bytes.at(i).constData(), static_cast<int>(bytes.at(i).size()), SQLITE_TRANSIENT);
                }
                int columns = 0;
                while (sqlite3_step(st) == SQLITE_ROW) {
                    // Read every column as the registry does.
                    for (int c = 0; c < sqlite3_column_count(st); ++c)
                        columns += sqlite3_column_bytes(st, c) >= 0;
                }
                sqlite3_reset(st);
                base << ms(t);
                if (!columns)
                    return 1;
            }
            for (sqlite3_stmt* st : statements)
                sqlite3_finalize(st);
            std::sort(times.begin(), times.end());
            std::sort(base.begin(), base.end());
            line(QStringLiteral("%1, median (%2 rows per look-up on average)")
                     .arg(QLatin1String(kind.what))
                     .arg(double(found) / samples.size(), 0, 'f', 1)
                     .toUtf8()
                     .constData(),
                 times.at(times.size() / 2), base.at(base.size() / 2), "ms", "≤ 1.5×");
            line(QStringLiteral("%1, p99").arg(QLatin1String(kind.what)).toUtf8().constData(), times.at(times.size() * 99 / 100),
                 base.at(base.size() * 99 / 100), "ms", "< 2 ms");
        }
        sqlite3_close(raw);
    }

    return 0;
}

// The national export, CSV and XLSX, in a child process to read its peak memory, against
// the same rows read and written by a bare loop over the C API. Returns non-zero on failure.
int exports(const QString& path, const QString& cliPath, const QTemporaryDir& dir, qint64 have)
{
    // 4. The national export, CSV and XLSX, in a child process to read its peak memory.
    for (const char* suffix : {"csv", "xlsx"}) {
        const QString out = dir.filePath(QStringLiteral("national.") + QLatin1String(suffix));
        QElapsedTimer t;
        t.start();
        // posix_spawn, not fork: the child's peak memory must not start from a copy of ours.
        const QByteArray cli = QFile::encodeName(cliPath);
        const QByteArray dbArg = QFile::encodeName(path);
        const QByteArray outArg = QFile::encodeName(out);
        char* args[] = {const_cast<char*>(cli.constData()), const_cast<char*>("--db"), const_cast<char*>(dbArg.constData()),
                        const_cast<char*>("export"), const_cast<char*>("national"), const_cast<char*>("--out"),
                        const_cast<char*>(outArg.constData()), nullptr};
        pid_t child = 0;
        if (posix_spawn(&child, cli.constData(), nullptr, nullptr, args, environ) != 0) {
            std::fprintf(stderr, "cannot start %s\n", cli.constData());
            return 1;
        }
        // The child's own high-water mark (VmHWM), read from /proc until it exits: rusage
        // would report the maximum including the address space it was spawned from.
        int status = 0;
        long peakKb = 0;
        const QString statusFile = QStringLiteral("/proc/%1/status").arg(child);
        for (;;) {
            QFile s(statusFile);
            if (s.open(QIODevice::ReadOnly))
                for (const QByteArray& l : s.readAll().split('\n'))
                    if (l.startsWith("VmHWM:"))
                        peakKb = std::max(peakKb, l.mid(6).trimmed().split(' ').first().toLong());
            if (waitpid(child, &status, WNOHANG) == child)
                break;
            usleep(5000);
        }
        const double exportMs = ms(t);
        // Baseline: the same rows read and written by a bare loop over the C API.
        sqlite3* raw = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, "SELECT c.number, c.name, c.id_type, c.id_number, c.occupation_code, c.occupation_name, c.trade, c.level, "
                                "c.issue_date, e.name, s.serial, e.uscc, c.status FROM certificates c JOIN enterprises e ON e.id = c.enterprise_id "
                                "JOIN org_serials s ON s.enterprise_id = c.enterprise_id ORDER BY c.number", -1, &st, nullptr);
        t.restart();
        FILE* f = std::fopen(QFile::encodeName(dir.filePath(QStringLiteral("bare.csv"))).constData(), "w");
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < 13; ++c)
                std::fprintf(f, c ? ",%s" : "%s", reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
            std::fputc('\n', f);
        }
        std::fclose(f);
        sqlite3_finalize(st);
        sqlite3_close(raw);
        const double bareMs = ms(t);
        const QString what = QStringLiteral("export national %1 rows (%2), whole process").arg(have).arg(QLatin1String(suffix));
        line(what.toUtf8().constData(), exportMs, bareMs, "ms", "≤ 2× baseline");
        std::printf("| export national (%s): peak memory of the process | %.1f MB | | | < 150 MB |\n", suffix, peakKb / 1024.0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            std::printf("|  export exited with status %d | | | | |\n", status);
    }

    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("certificates"), QStringLiteral("register size for look-up and export"), QStringLiteral("n"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("rows"), QStringLiteral("rows of the imported result list"), QStringLiteral("n"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("cli"), QStringLiteral("jianding-cli to run the export in"), QStringLiteral("path"), QStringLiteral(JD_CLI)});
    p.addOption({QStringLiteral("enterprises"), QStringLiteral("demo enterprises in the register"), QStringLiteral("n"), QStringLiteral("12")});
    p.addOption({QStringLiteral("lookups"), QStringLiteral("only the look-ups, on a database kept earlier"), QStringLiteral("file")});
    p.addOption({QStringLiteral("exports"), QStringLiteral("only the national export, on a database kept earlier"), QStringLiteral("file")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("copy the filled database to this file at the end (for the GUI benchmark)"),
                 QStringLiteral("file")});
    p.process(app);
    const int total = p.value(QStringLiteral("certificates")).toInt();
    const int rows = p.value(QStringLiteral("rows")).toInt();
    if (p.isSet(QStringLiteral("lookups"))) {
        Database::Options existing;
        existing.createIfMissing = false;
        auto kept = Database::open(p.value(QStringLiteral("lookups")), existing);
        if (!kept) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(p.value(QStringLiteral("lookups"))));
            return 1;
        }
        std::printf("| measure | Jianding | baseline | ratio | goal |\n|---|---|---|---|---|\n");
        return lookups(**kept, p.value(QStringLiteral("lookups")));
    }
    if (p.isSet(QStringLiteral("exports"))) {
        QTemporaryDir out;
        const QString kept = p.value(QStringLiteral("exports"));
        qint64 count = 0;
        {
            Database::Options existing;
            existing.createIfMissing = false;
            auto db = Database::open(kept, existing);
            if (!db)
                return 1;
            auto c = (*db)->exec(QStringLiteral("SELECT count(*) FROM certificates"));
            if (!c || !c.value().next())
                return 1;
            count = c.value().value(0).toLongLong();
        }
        std::printf("| measure | Jianding | baseline | ratio | goal |\n|---|---|---|---|---|\n");
        return exports(kept, p.value(QStringLiteral("cli")), out, count);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto opened = Database::open(path);
    if (!opened || !seedReferenceData(**opened)) {
        std::fprintf(stderr, "cannot open the benchmark database\n");
        return 1;
    }
    Database& db = **opened;
    if (!DemoGenerator(db, Session{}).generate({p.value(QStringLiteral("enterprises")).toInt(), 0, 1})) {
        std::fprintf(stderr, "demo data failed\n");
        return 1;
    }
    auto pilots = EnterpriseService(db, Session{}).list();
    qint64 enterprise = 0;
    for (const EnterpriseSummary& s : *pilots)
        if (!NumberingService(db, Session{}).blocks(s.id)->size() && FilingService(db, Session{}).orgSerialOf(s.id)->size())
            enterprise = enterprise ? enterprise : s.id;
    std::printf("| measure | Jianding | baseline | ratio | goal |\n|---|---|---|---|---|\n");

    // 1. Import and check a result list; confirm it.
    {
        auto plan = newPlan(db, enterprise, QDate(2021, 3, 1));
        QList<QStringList> cells;
        const QByteArray file = resultList(*plan, rows, 7, &cells);
        QElapsedTimer t;
        t.start();
        auto imported = ResultService(db, Session{}).importCsv(plan->id, file, QStringLiteral("bench.csv"), QDate(2021, 3, 5));
        const double importMs = ms(t);
        if (!imported) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error().fullText().left(500)));
            return 1;
        }
        // Baseline: the same rows with one prepared statement into a bare table, one transaction.
        sqlite3* bare = nullptr;
        sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("bare.sqlite"))).constData(), &bare);
        sqlite3_exec(bare, "PRAGMA journal_mode=WAL; CREATE TABLE r (a,b,c,d,e,f,g,h,i,j,k,l,m)", nullptr, nullptr, nullptr);
        t.restart();
        sqlite3_exec(bare, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(bare, "INSERT INTO r VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, nullptr);
        for (const QStringList& r : cells) {
            for (int c = 0; c < 13; ++c) {
                const QByteArray v = r.value(c).toUtf8();
                sqlite3_bind_text(st, c + 1, v.constData(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
            }
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_exec(bare, "COMMIT", nullptr, nullptr, nullptr);
        const double bareMs = ms(t);
        sqlite3_close(bare);
        line("import + check of a result list (rows above)", importMs, bareMs, "ms", "≤ 2× baseline; < 3 s");
        t.restart();
        auto confirmed = ResultService(db, Session{}).confirm(imported->resultId, QDate(2021, 3, 8));
        const double confirmMs = ms(t);
        if (!confirmed) {
            std::fprintf(stderr, "confirm failed\n");
            return 1;
        }
        line("confirm (numbering the passed certificates)", confirmMs, 0, "ms", "< 1 s");
        std::printf("|  rows imported: %d, certificates numbered: %d | | | | |\n", imported->imported, confirmed->certificates);
    }

    // 2. Fill the register to `total` certificates with further lists.
    int have = 0;
    {
        auto c = db.exec(QStringLiteral("SELECT count(*) FROM certificates"));
        c.value().next();
        have = c.value().value(0).toInt();
    }
    QElapsedTimer fill;
    fill.start();
    for (int round = 0; have < total; ++round) {
        auto plan = newPlan(db, enterprise, QDate(2021, 4, 5).addDays(7 * round));
        const QByteArray file = resultList(*plan, std::min(rows, static_cast<int>((total - have) / 0.9) + 1), 100 + round, nullptr);
        auto imported = ResultService(db, Session{}).importCsv(plan->id, file, QStringLiteral("fill.csv"), QDate(2021, 4, 9).addDays(7 * round));
        if (!imported) {
            std::fprintf(stderr, "fill import failed: %s\n", qPrintable(imported.error().fullText().left(300)));
            return 1;
        }
        auto confirmed = ResultService(db, Session{}).confirm(imported->resultId, QDate(2021, 4, 12).addDays(7 * round));
        if (!confirmed)
            return 1;
        have += confirmed->certificates;
    }
    std::printf("|  register filled to %d certificates in %.0f s | | | | |\n", have, fill.elapsed() / 1000.0);

    if (int failed = lookups(db, path))
        return failed;

    if (int failed = exports(path, p.value(QStringLiteral("cli")), dir, have))
        return failed;

    // 5. 1,000 certificates to PDF, against a bare QPainter loop drawing the same text.
    {
        CertificateQuery cq;
        cq.limit = 1000;
        auto list = CertificateRegistry(db, Session{}).find(cq);
        QElapsedTimer t;
        t.start();
        CertificatePrintOptions o;
        if (!CertificateDocument::toPdf(*list, o, dir.filePath(QStringLiteral("certs.pdf"))))
            return 1;
        const double printMs = ms(t);
        t.restart();
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(dir.filePath(QStringLiteral("bare.pdf")));
            QPainter painter(&printer);
            QFont font(QStringLiteral("Noto Serif CJK SC"));
            font.setPointSize(13);
            painter.setFont(font);
            for (qsizetype i = 0; i < list->size(); ++i) {
                if (i)
                    printer.newPage();
                const Certificate& c = list->at(i);
                int y = 1000;
                for (const QString& s : {c.name, c.idNumber, c.occupationName, c.number, c.enterpriseName, c.issueDate.toString()})
                    painter.drawText(800, y += 600, s);
            }
        }
        line("1,000 certificates to PDF", printMs, ms(t), "ms", "≤ 1.5× baseline; < 10 s");
    }
    if (p.isSet(QStringLiteral("keep"))) {
        const QString keep = p.value(QStringLiteral("keep"));
        QFile::remove(keep);
        auto v = db.exec(QStringLiteral("VACUUM INTO ?"), {keep});
        if (!v) {
            std::fprintf(stderr, "cannot keep the database: %s\n", qPrintable(v.error().detail));
            return 1;
        }
        std::fprintf(stderr, "database kept in %s\n", qPrintable(keep));
    }
    return 0;
}
