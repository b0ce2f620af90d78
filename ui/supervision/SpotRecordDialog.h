#pragma once
// SpotRecordDialog: records a supervision visit (抽查监督): date, inspectors, findings,
// rectification and the outcome 规范 / 限期整改 / 严重问题; refusals shown by field.

#include "core/supervision/SpotCheckService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jd::ui {

class SpotRecordDialog : public QDialog
{
    Q_OBJECT
public:
    SpotRecordDialog(SpotCheckService& checks, const SpotCheck& check, const QDate& today,
                     QWidget* parent = nullptr);

    void setValues(const QDate& visit, const QString& inspectors, const QString& findings,
                   const QString& rectification, const QString& outcome);
    // Saves through SpotCheckService::record; false with the fields marked when refused.
    bool save();
    const SpotCheck& recorded() const { return m_recorded; }
    QString fieldMessage(const QString& key) const;

private:
    SpotCheckService& m_checks;
    SpotCheck m_check;
    QDateEdit* m_visit;
    QLineEdit* m_inspectors;
    QPlainTextEdit* m_findings;
    QPlainTextEdit* m_rectification;
    QComboBox* m_outcome;
    QHash<QString, std::pair<QWidget*, QLabel*>> m_fields;
    SpotCheck m_recorded;
};

} // namespace jd::ui
