#pragma once
// AccessCodeDialog: shown once after an offline score package was exported: the access
// code in large letters with a copy button, the file it belongs to and how to hand both to
// the expert. The centre keeps only a key derived from the code, never the code itself.

#include "core/review/ReviewService.h"

#include <QDialog>

class QLabel;

namespace jd::ui {

class AccessCodeDialog : public QDialog
{
    Q_OBJECT
public:
    AccessCodeDialog(const PackageExport& exported, const QString& expertName,
                     QWidget* parent = nullptr);
    QString accessCode() const { return m_code; }
    // Puts the code on the clipboard (the 复制访问码 button).
    void copyCode();

private:
    QString m_code;
    QLabel* m_copied;
};

} // namespace jd::ui
