#pragma once
// ResultImportDialog: what a result list import needs: the plan it belongs to, the file
// (.xlsx or .csv) and the date the centre received it.

#include "core/supervision/PlanService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace jd::ui {

class ResultImportDialog : public QDialog
{
    Q_OBJECT
public:
    ResultImportDialog(const QList<CertificationPlan>& plans, const QDate& today,
                       QWidget* parent = nullptr);

    qint64 planId() const;
    QString path() const;
    QDate received() const;
    void setValues(qint64 planId, const QString& path, const QDate& received);

private:
    QComboBox* m_plan;
    QLineEdit* m_path;
    QDateEdit* m_received;
};

} // namespace jd::ui
