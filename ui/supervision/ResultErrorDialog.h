#pragma once
// ResultErrorDialog: every problem of a refused result list (row, column, value, reason)
// and 保存错误报告…, which writes ResultService::errorReport for the enterprise to fix.

#include "core/common/Result.h"

#include <QDialog>

class QTableWidget;

namespace jd::ui {

class ResultErrorDialog : public QDialog
{
    Q_OBJECT
public:
    ResultErrorDialog(const QString& fileName, const Error& error, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Writes ResultService::errorReport(errors) to `path`.
    Status saveReport(const QString& path) const;

private:
    void askAndSave();

    QString m_fileName;
    Error m_error;
    QTableWidget* m_table;
};

} // namespace jd::ui
