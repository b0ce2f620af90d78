#pragma once
// ImportErrorDialog: every row error of a refused import (row, column, value, reason) in a
// table, and the error report the clerk saves as CSV and sends back to the enterprise.

#include "core/common/Result.h"

#include <QDialog>

namespace jd::ui {

class ImportErrorDialog : public QDialog
{
    Q_OBJECT
public:
    ImportErrorDialog(const QString& fileName, const Error& error, QWidget* parent = nullptr);

    // The report as CSV, UTF-8 with BOM so Excel on Chinese Windows opens it correctly.
    static QByteArray reportCsv(const QString& fileName, const QList<FieldError>& errors);
    Status saveReport(const QString& path) const;

private:
    void askAndSave();

    QString m_fileName;
    Error m_error;
};

} // namespace jd::ui
