#pragma once
// The jianding-cli command set of CLI.md: parses arguments, runs one command through the
// core services, prints JSON or text, and returns the exit code of the contract.

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/documents/PrintableDocument.h"
#include "core/users/Session.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace jd {

class Database;

class Cli
{
public:
    Cli(QStringList args, QTextStream& out, QTextStream& err);
    int run();
    // True when the command needs a GUI application object (fonts, painting).
    static bool needsGui(const QStringList& args);

private:
    struct Parsed
    {
        QStringList positional;
        QHash<QString, QString> options;
        QStringList flags;
    };
    bool parse(QString* problem);
    int fail(const Error& e);
    int usage(const QString& message);
    int done(const QJsonValue& json, const QString& text);
    QString opt(const QString& name) const { return m_p.options.value(name); }
    bool has(const QString& name) const { return m_p.options.contains(name) || m_p.flags.contains(name); }
    QString t(const char* zh, const char* en) const;
    bool openDatabase(int* exitCode);

    int cmdValidate();
    int cmdEnterprise();
    int cmdOccupation();
    int cmdDemo();
    int cmdPrint();
    int cmdCheck();
    int cmdUser();
    int cmdBatch();
    int cmdFiling();
    int cmdCatalogue();
    int cmdCertno();
    int cmdRange();
    int cmdWorkdays();
    int cmdCalendar();
    int cmdPlan();
    int cmdResults();
    int cmdCert();
    int cmdExport();
    int cmdSpotcheck();
    int cmdStats();
    int cmdAudit();
    int cmdBackup();
    int cmdMigrate();
    int cmdRestore();
    // Expert review (CliReview.cpp).
    int cmdExpert();
    int cmdPanel();
    int cmdReview();
    int cmdReviewPackageFill(); // reviewer mode: no database
    Result<PrintableDocument> reviewDocument(const QString& kind, qint64 id); // scoresheet, panel, recommended
    static QJsonArray fieldErrors(const QList<FieldError>& errors);
    // The password: JIANDING_PASSWORD for --user, the first line of stdin for new ones.
    QString stdinLine();
    void printHelp();

    QStringList m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    Parsed m_p;
    bool m_json = false;
    bool m_english = false;
    std::shared_ptr<Database> m_db;
    Session m_session;
};

} // namespace jd
