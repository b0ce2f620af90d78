#include "core/registry/OccupationCatalogue.h"

#include "core/audit/AuditLog.h"
#include "core/common/Csv.h"
#include "core/common/TableFile.h"
#include "core/db/Database.h"
#include "core/users/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::OccupationCatalogue".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::OccupationCatalogue)
};

Result<QList<QStringList>> readResourceCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("缺少参考数据文件 %1。").arg(path));
    auto decoded = csv::decode(f.readAll());
    if (!decoded)
        return decoded.error();
    return csv::parse(decoded->text);
}

} // namespace

Status OccupationCatalogue::seedIfEmpty()
{
    auto c = m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM occupation_catalogue), "
                                      "(SELECT count(*) FROM qualification_items)"));
    if (!c)
        return c.error();
    c.value().next();
    const bool needOcc = c.value().value(0).toInt() == 0;
    const bool needQual = c.value().value(1).toInt() == 0;
    if (!needOcc && !needQual)
        return {};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    if (needOcc) {
        auto rows = readResourceCsv(QStringLiteral(":/reference/occupations_2015.csv"));
        if (!rows)
            return rows.error();
        QSqlQuery ins = m_db.query(
            QStringLiteral("INSERT INTO occupation_catalogue (edition, code, name) VALUES (?,?,?) ON CONFLICT DO NOTHING"));
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const QStringList& r = rows->at(i);
            if (r.size() < 3)
                continue;
            ins.bindValue(0, bindable(r.at(0).trimmed()));
            ins.bindValue(1, bindable(r.at(1).trimmed()));
            ins.bindValue(2, bindable(r.at(2).trimmed()));
            if (!ins.exec())
                return Error::storage(Tr::tr("载入职业目录失败。"), sqlErrorText(ins));
        }
    }
    if (needQual) {
        auto rows = readResourceCsv(QStringLiteral(":/reference/qualification_items.csv"));
        if (!rows)
            return rows.error();
        QSqlQuery ins =
            m_db.query(QStringLiteral("INSERT INTO qualification_items (name, code) VALUES (?,?) ON CONFLICT DO NOTHING"));
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const QStringList& r = rows->at(i);
            if (r.isEmpty() || r.at(0).trimmed().isEmpty())
                continue;
            ins.bindValue(0, bindable(r.at(0).trimmed()));
            ins.bindValue(1, bindable(r.value(1).trimmed()));
            if (!ins.exec())
                return Error::storage(Tr::tr("载入职业资格目录失败。"), sqlErrorText(ins));
        }
    }
    return tx.commit();
}

Result<QString> OccupationCatalogue::nameOf(const QString& code) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM occupation_catalogue WHERE code = ? ORDER BY edition DESC LIMIT 1"),
                       {code});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QList<CatalogueOccupation>> OccupationCatalogue::search(const QString& text, int limit) const
{
    const QString t = validation::normalizeWidth(text);
    auto q = m_db.exec(QStringLiteral("SELECT edition, code, name FROM occupation_catalogue "
                                      "WHERE code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' "
                                      "ORDER BY code LIMIT ?"),
                       {QString(t).replace(QStringLiteral("%"), QStringLiteral("\\%")) + QLatin1Char('%'),
                        QLatin1Char('%') + QString(t).replace(QStringLiteral("%"), QStringLiteral("\\%")) +
                            QLatin1Char('%'),
                        limit});
    if (!q)
        return q.error();
    QList<CatalogueOccupation> out;
    while (q.value().next())
        out << CatalogueOccupation{q.value().value(0).toString(), q.value().value(1).toString(),
                                   q.value().value(2).toString()};
    return out;
}

Result<int> OccupationCatalogue::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM occupation_catalogue"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<QString> OccupationCatalogue::qualificationItemFor(const QString& code, const QString& name) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM qualification_items WHERE (code <> '' AND code = ?) OR name = ? "
                                      "LIMIT 1"),
                       {code, validation::normalizeWidth(name)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

validation::Check OccupationCatalogue::check(const QString& code, const QString& name) const
{
    validation::Check c = validation::occupationCodeFormat(code);
    if (!c.ok)
        return c;
    auto item = qualificationItemFor(c.normalized, name);
    if (item && !item->isEmpty())
        return validation::Check::fail(
            Tr::tr("“%1”属于国家职业资格目录中的准入类职业，不纳入企业技能等级认定试点。").arg(*item),
            c.normalized);
    const QString given = validation::normalizeWidth(name);
    if (!given.isEmpty()) {
        auto known = nameOf(c.normalized);
        if (known && !known->isEmpty() && *known != given)
            return validation::Check::fail(
                Tr::tr("职业名称与编码不符：编码 %1 在职业分类大典中是“%2”，请改正名称或编码。")
                    .arg(c.normalized, *known),
                c.normalized);
    }
    return c;
}

Result<int> OccupationCatalogue::importCsv(const QByteArray& bytes, const Session& session)
{
    if (auto denied = session.refuse(Permission::EditReferenceData))
        return *denied;
    auto decoded = csv::decode(bytes);
    if (!decoded)
        return decoded.error();
    auto rows = csv::parse(decoded->text);
    if (!rows)
        return rows.error();
    return importRows(*rows, session);
}

Result<int> OccupationCatalogue::importFile(const QString& path, const Session& session)
{
    if (auto denied = session.refuse(Permission::EditReferenceData))
        return *denied;
    auto read = table::read(path);
    if (!read)
        return read.error();
    return importRows(read->rows, session);
}

Result<int> OccupationCatalogue::importRows(const QList<QStringList>& rows, const Session& session)
{
    if (auto denied = session.refuse(Permission::EditReferenceData))
        return *denied;
    if (rows.isEmpty())
        return Error::invalid(Tr::tr("文件是空的。"));
    const QStringList header = rows.first();
    auto col = [&](const QString& a, const QString& b) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString h = validation::normalizeWidth(header.at(i));
            if (h == a || h == b)
                return static_cast<int>(i);
        }
        return -1;
    };
    const int ce = col(QStringLiteral("edition"), QStringLiteral("版本"));
    const int cc = col(QStringLiteral("code"), QStringLiteral("职业编码"));
    const int cn = col(QStringLiteral("name"), QStringLiteral("职业名称"));
    if (ce < 0 || cc < 0 || cn < 0)
        return Error::invalid(Tr::tr("表头应包含 edition,code,name（或 版本,职业编码,职业名称）三列。"));
    QList<FieldError> errors;
    QList<CatalogueOccupation> items;
    static const QRegularExpression codeRe(QStringLiteral("^[1-8]-[0-9]{2}-[0-9]{2}-[0-9]{2}$"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList& r = rows.at(i);
        if (r.join(QString()).trimmed().isEmpty())
            continue;
        const int row = static_cast<int>(i);
        CatalogueOccupation o{validation::normalizeWidth(r.value(ce)), validation::normalizeWidth(r.value(cc)),
                              validation::normalizeWidth(r.value(cn))};
        if (o.edition.isEmpty())
            errors << FieldError{QStringLiteral("edition"), Tr::tr("版本"), Tr::tr("不能为空，如 2015 或 2022。"), row, o.edition};
        if (!codeRe.match(o.code).hasMatch())
            errors << FieldError{QStringLiteral("code"), Tr::tr("职业编码"),
                                 Tr::tr("应为 D-DD-DD-DD 格式。"), row, o.code};
        if (o.name.isEmpty())
            errors << FieldError{QStringLiteral("name"), Tr::tr("职业名称"), Tr::tr("不能为空。"), row, o.name};
        items << o;
    }
    if (!errors.isEmpty())
        return Error::invalid(Tr::tr("职业目录文件有 %1 处错误，未导入任何数据。").arg(errors.size()), errors);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    QSqlQuery ins =
        m_db.query(QStringLiteral("INSERT INTO occupation_catalogue (edition, code, name) VALUES (?,?,?) "
                                  "ON CONFLICT (edition, code) DO UPDATE SET name = excluded.name"));
    for (const auto& o : items) {
        ins.bindValue(0, bindable(o.edition));
        ins.bindValue(1, bindable(o.code));
        ins.bindValue(2, bindable(o.name));
        if (!ins.exec())
            return Error::storage(Tr::tr("导入职业目录失败，未导入任何数据。"), sqlErrorText(ins));
    }
    AuditLog audit(m_db);
    if (Status s = audit.append(session.user, QStringLiteral("import"), QStringLiteral("occupation_catalogue"),
                                QString(), {}, QJsonObject{{QStringLiteral("rows"), static_cast<int>(items.size())}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<int>(items.size());
}

} // namespace jd
