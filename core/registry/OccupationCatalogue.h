#pragma once
// OccupationCatalogue: the 职业分类大典 reference table (edition, code, name) and the
// 国家职业资格目录 access-type items that the pilot excludes. Seeded from the files
// shipped in resources/reference; a fuller catalogue can be imported from CSV.

#include "core/common/Result.h"
#include "core/users/Session.h"
#include "core/validation/Validators.h"

#include <QList>
#include <QString>

namespace jd {

class Database;

struct CatalogueOccupation
{
    QString edition;
    QString code;
    QString name;
};

class OccupationCatalogue
{
public:
    explicit OccupationCatalogue(const Database& db) : m_db(db) {}

    // Loads the shipped reference files into empty tables; does nothing otherwise.
    Status seedIfEmpty();
    // Name for a code in the newest edition that has it; empty when unknown.
    Result<QString> nameOf(const QString& code) const;
    // Codes (or names) starting with / containing text, for completion.
    Result<QList<CatalogueOccupation>> search(const QString& text, int limit = 50) const;
    Result<int> count() const;
    // Name of the 国家职业资格目录 item matching the code or name; empty when none.
    Result<QString> qualificationItemFor(const QString& code, const QString& name) const;

    // Full check of DESIGN §6: format, 大类 3–6, not a catalogue item, name matches code.
    // `name` may be empty (CLI `validate occupation CODE` checks the code alone).
    validation::Check check(const QString& code, const QString& name) const;

    // A table with header edition,code,name (or 版本,职业编码,职业名称); all-or-nothing.
    // From CSV bytes, or from a .csv or .xlsx file.
    Result<int> importCsv(const QByteArray& bytes, const Session& session);
    Result<int> importFile(const QString& path, const Session& session);
    Result<int> importRows(const QList<QStringList>& rows, const Session& session);

private:
    const Database& m_db;
};

} // namespace jd
