#include "core/db/Migrations.h"

namespace jd::migrations {

const QList<Step>& steps()
{
    static const QList<Step> all = {
        {QStringLiteral("registry, reference data, audit log"),
         {
             QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY, value TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                before_json TEXT,
                after_json TEXT,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
             QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
             QStringLiteral(R"(CREATE TABLE enterprises (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                registration_authority TEXT NOT NULL DEFAULT '',
                uscc TEXT NOT NULL,
                uscc_override INTEGER NOT NULL DEFAULT 0,
                uscc_override_reason TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind IN ('tianjin', 'central_soe_branch')),
                ministry_filing_ref TEXT NOT NULL DEFAULT '',
                contact TEXT NOT NULL DEFAULT '',
                contact_title TEXT NOT NULL DEFAULT '',
                landline TEXT NOT NULL DEFAULT '',
                mobile TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                rules_note TEXT NOT NULL DEFAULT '',
                advantages TEXT NOT NULL DEFAULT '',
                venue TEXT NOT NULL DEFAULT '',
                it_equipment TEXT NOT NULL DEFAULT '',
                active INTEGER NOT NULL DEFAULT 1,
                row_version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX enterprises_active_uscc ON enterprises(uscc) WHERE active = 1"),
             QStringLiteral("CREATE INDEX enterprises_name ON enterprises(name)"),
             QStringLiteral(R"(CREATE TABLE enterprise_occupations (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                trade TEXT NOT NULL DEFAULT '',
                basis TEXT NOT NULL DEFAULT '',
                levels TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX enterprise_occupations_enterprise ON "
                            "enterprise_occupations(enterprise_id)"),
             QStringLiteral(R"(CREATE TABLE enterprise_equipment (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                brand TEXT NOT NULL DEFAULT '',
                model TEXT NOT NULL DEFAULT '',
                quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
                ownership TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX enterprise_equipment_enterprise ON "
                            "enterprise_equipment(enterprise_id)"),
             QStringLiteral(R"(CREATE TABLE enterprise_people (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('staff', 'expert', 'assessor', 'supervisor')),
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                id_type TEXT NOT NULL DEFAULT 'resident_id',
                id_number TEXT NOT NULL DEFAULT '',
                employer TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                education TEXT NOT NULL DEFAULT '',
                field TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX enterprise_people_enterprise ON "
                            "enterprise_people(enterprise_id, role)"),
             QStringLiteral(R"(CREATE TABLE enterprise_documents (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                mime_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                content BLOB NOT NULL,
                added_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX enterprise_documents_enterprise ON "
                            "enterprise_documents(enterprise_id)"),
             QStringLiteral(R"(CREATE TABLE occupation_catalogue (
                edition TEXT NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (edition, code)))"),
             QStringLiteral(R"(CREATE TABLE qualification_items (
                name TEXT PRIMARY KEY,
                code TEXT NOT NULL DEFAULT ''))"),
         }},
        {QStringLiteral("users and roles"),
         {
             QStringLiteral(R"(CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                full_name TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'supervisor', 'admin')),
                password_hash TEXT NOT NULL,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT NOT NULL DEFAULT '',
                active INTEGER NOT NULL DEFAULT 1,
                row_version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
         }},
        {QStringLiteral("batches, filings, checklist, history, catalogue versions, org serials, evaluations"),
         {
             QStringLiteral(R"(CREATE TABLE batches (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                deadline TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE filings (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
                batch_id INTEGER NOT NULL REFERENCES batches(id),
                status TEXT NOT NULL,
                received TEXT NOT NULL,
                late INTEGER NOT NULL DEFAULT 0,
                suspended_from TEXT NOT NULL DEFAULT '',
                checklist_override_reason TEXT NOT NULL DEFAULT '',
                approval_doc TEXT NOT NULL DEFAULT '',
                ministry_sent TEXT NOT NULL DEFAULT '',
                ministry_doc TEXT NOT NULL DEFAULT '',
                ministry_date TEXT NOT NULL DEFAULT '',
                last_date TEXT NOT NULL,
                row_version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX filings_status ON filings(status)"),
             QStringLiteral("CREATE INDEX filings_enterprise ON filings(enterprise_id)"),
             QStringLiteral(R"(CREATE TABLE filing_history (
                id INTEGER PRIMARY KEY,
                filing_id INTEGER NOT NULL REFERENCES filings(id),
                action TEXT NOT NULL,
                from_status TEXT NOT NULL,
                to_status TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL,
                effective_date TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                doc_number TEXT NOT NULL DEFAULT '',
                details TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX filing_history_filing ON filing_history(filing_id)"),
             QStringLiteral(R"(CREATE TABLE filing_checklist (
                filing_id INTEGER NOT NULL REFERENCES filings(id),
                item TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'missing' CHECK (state IN ('received', 'missing', 'defective')),
                note TEXT NOT NULL DEFAULT '',
                document_id INTEGER REFERENCES enterprise_documents(id),
                PRIMARY KEY (filing_id, item)))"),
             QStringLiteral(R"(CREATE TABLE catalogue_versions (
                version INTEGER PRIMARY KEY,
                effective_date TEXT NOT NULL,
                reason TEXT NOT NULL,
                actor TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE catalogue_entries (
                version INTEGER NOT NULL REFERENCES catalogue_versions(version),
                position INTEGER NOT NULL,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
                filing_id INTEGER NOT NULL REFERENCES filings(id),
                PRIMARY KEY (version, enterprise_id)))"),
             QStringLiteral(R"(CREATE TABLE org_serials (
                serial INTEGER PRIMARY KEY CHECK (serial BETWEEN 1 AND 999999),
                enterprise_id INTEGER NOT NULL UNIQUE REFERENCES enterprises(id),
                filing_id INTEGER NOT NULL REFERENCES filings(id),
                assigned_at TEXT NOT NULL,
                assigned_date TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TRIGGER org_serials_never_reused BEFORE DELETE ON org_serials
                BEGIN SELECT RAISE(ABORT, 'org serials are never released'); END)"),
             QStringLiteral(R"(CREATE TABLE phase_evaluations (
                id INTEGER PRIMARY KEY,
                filing_id INTEGER NOT NULL REFERENCES filings(id),
                evaluated_on TEXT NOT NULL,
                findings TEXT NOT NULL,
                result TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
                actor TEXT NOT NULL,
                at TEXT NOT NULL))"),
         }},
        {QStringLiteral("certificate serial blocks and void numbers"),
         {
             QStringLiteral(R"(CREATE TABLE serial_blocks (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
                org_serial INTEGER NOT NULL REFERENCES org_serials(serial),
                year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2099),
                level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
                first INTEGER NOT NULL CHECK (first >= 1),
                last INTEGER NOT NULL CHECK (last <= 999999 AND last >= first),
                result_id INTEGER,
                reserved_on TEXT NOT NULL,
                actor TEXT NOT NULL,
                at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX serial_blocks_space ON serial_blocks(org_serial, year, level, first)"),
             // The database itself refuses overlapping or changed blocks, whatever the code does.
             QStringLiteral(R"(CREATE TRIGGER serial_blocks_no_overlap BEFORE INSERT ON serial_blocks
                WHEN EXISTS (SELECT 1 FROM serial_blocks b WHERE b.org_serial = NEW.org_serial
                    AND b.year = NEW.year AND b.level = NEW.level
                    AND NOT (NEW.last < b.first OR NEW.first > b.last))
                BEGIN SELECT RAISE(ABORT, 'serial block overlaps an existing block'); END)"),
             QStringLiteral(R"(CREATE TRIGGER serial_blocks_frozen_update BEFORE UPDATE ON serial_blocks
                BEGIN SELECT RAISE(ABORT, 'serial blocks are never changed'); END)"),
             QStringLiteral(R"(CREATE TRIGGER serial_blocks_frozen_delete BEFORE DELETE ON serial_blocks
                BEGIN SELECT RAISE(ABORT, 'serial blocks are never released'); END)"),
             QStringLiteral(R"(CREATE TABLE void_numbers (
                number TEXT PRIMARY KEY,
                block_id INTEGER NOT NULL REFERENCES serial_blocks(id),
                serial INTEGER NOT NULL,
                reason TEXT NOT NULL CHECK (length(reason) > 0),
                actor TEXT NOT NULL,
                at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TRIGGER void_numbers_kept BEFORE DELETE ON void_numbers
                BEGIN SELECT RAISE(ABORT, 'void numbers stay used'); END)"),
             QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES ('certno.type', 'Y'), "
                            "('certno.ministry', '0000'), ('certno.province', '12')"),
         }},
        {QStringLiteral("work calendar and certification plans"),
         {
             QStringLiteral(R"(CREATE TABLE work_calendar (
                date TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
                note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(R"(CREATE TABLE certification_plans (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
                submitted TEXT NOT NULL,
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL CHECK (end_date >= start_date),
                candidates INTEGER NOT NULL CHECK (candidates > 0),
                sites TEXT NOT NULL DEFAULT '',
                late INTEGER NOT NULL DEFAULT 0,
                deadline TEXT NOT NULL,
                actor TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX certification_plans_enterprise ON certification_plans(enterprise_id)"),
             QStringLiteral(R"(CREATE TABLE plan_occupations (
                plan_id INTEGER NOT NULL REFERENCES certification_plans(id),
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                levels TEXT NOT NULL,
                PRIMARY KEY (plan_id, code)))"),
             QStringLiteral(R"(CREATE TABLE plan_people (
                plan_id INTEGER NOT NULL REFERENCES certification_plans(id),
                role TEXT NOT NULL CHECK (role IN ('assessor', 'supervisor')),
                name TEXT NOT NULL,
                id_number TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES ('plan.late_policy', 'warn')"),
         }},
    };
    return all;
}

} // namespace jd::migrations
