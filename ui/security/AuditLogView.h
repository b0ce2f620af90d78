#pragma once
// AuditLogView: 操作日志 for supervisors and administrators: filters by actor, entity and
// period, the entries with the values before and after side by side, the chain check
// (Maintenance::check) and the CSV export, which the log itself records.

#include "core/audit/AuditLog.h"
#include "core/users/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace jd {
class Database;
}

namespace jd::ui {

class AuditTableModel;

class AuditLogView : public QDialog
{
    Q_OBJECT
public:
    static constexpr int RowLimit = 2000;

    AuditLogView(const Database& db, Session session, QWidget* parent = nullptr);
    ~AuditLogView() override;

    AuditTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    AuditFilter filter() const;
    // Sets the filter widgets (empty strings and invalid dates mean "any") and reloads.
    void setFilter(const QString& actor, const QString& entity, const QDate& from = {}, const QDate& to = {});
    // Shows entry `row` in the detail pane.
    void showEntry(int row);
    // Writes the listed entries as CSV (failures go through ErrorPresenter) and reloads.
    Status exportTo(const QString& path);
    // Runs Maintenance::check and shows the findings under the table.
    Result<QStringList> verifyChain();
    // "操作日志（含个人信息）-YYYYMMDD.csv" for today.
    QString defaultExportName() const;

public slots:
    void refresh();
    void exportWithDialog();

private:
    void updateDetail();
    void loadActors();

    const Database& m_db;
    Session m_session;
    AuditTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_actor;
    QComboBox* m_entity;
    QCheckBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QLabel* m_detailHeader;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
    QLabel* m_verifyResult;
};

} // namespace jd::ui
