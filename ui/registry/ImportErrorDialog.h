#pragma once
// ImportErrorDialog: every row error of a refused import (row, column, value, reason) in a
// table, and the error report the clerk saves (CSV or XLSX) for whoever filled in the file.
// Used by every import: registry, calendar, expert pool, score files, result lists.

#include "core/common/Result.h"

#include <QDialog>

class QTableWidget;

namespace jd::ui {

class ImportErrorDialog : public QDialog
{
    Q_OBJECT
public:
    // `advice` is the line under the message, telling what to do next (default: correct the
    // rows and import again; the report can go to whoever filled in the file).
    ImportErrorDialog(const QString& fileName, const Error& error, QWidget* parent = nullptr,
                      const QString& advice = {});

    QTableWidget* table() const { return m_table; }
    // The report, CSV (UTF-8 with BOM, for Excel on Chinese Windows) or XLSX by extension.
    Status saveReport(const QString& path) const;

protected:
    // Rows take the height of their wrapped reasons once the columns have their widths.
    void showEvent(QShowEvent* event) override;

private:
    void askAndSave();

    QString m_fileName;
    Error m_error;
    QTableWidget* m_table;
};

} // namespace jd::ui
