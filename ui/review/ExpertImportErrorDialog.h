#pragma once
// ExpertImportErrorDialog: every problem of a refused expert pool file (row, column, value,
// reason), laid out like the result-list error dialog, with 保存错误报告… writing the same
// table to a CSV or XLSX file for whoever prepared the pool file.

#include "core/common/Result.h"

#include <QDialog>

class QTableWidget;

namespace jd::ui {

class ExpertImportErrorDialog : public QDialog
{
    Q_OBJECT
public:
    ExpertImportErrorDialog(const QString& fileName, const QString& message,
                            const QList<FieldError>& errors, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    Status saveReport(const QString& path) const;

private:
    void askAndSave();

    QString m_fileName;
    QList<FieldError> m_errors;
    QTableWidget* m_table;
};

} // namespace jd::ui
