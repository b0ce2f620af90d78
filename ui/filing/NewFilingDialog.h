#pragma once
// NewFilingDialog: opens a filing for a paper application: the enterprise (searchable,
// from the registry), the batch and the date the papers were received. OK creates the
// filing through FilingService; on an error the dialog stays open with the error shown.

#include "core/filing/FilingService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace jd {
class EnterpriseService;
}

namespace jd::ui {

class NewFilingDialog : public QDialog
{
    Q_OBJECT
public:
    NewFilingDialog(FilingService& service, EnterpriseService& enterprises, const QDate& today,
                    QWidget* parent = nullptr);

    // Preselects an enterprise (e.g. the one selected in the registry); false when not listed.
    bool selectEnterprise(qint64 id);
    // The filing created by the last successful OK; id 0 before.
    const Filing& created() const { return m_created; }
    // Creates the filing from the fields; true on success (then the dialog is accepted).
    bool submit();

public slots:
    void accept() override;

private:
    void updateLateHint();

    FilingService& m_service;
    QList<Batch> m_batches;
    QComboBox* m_enterprise;
    QComboBox* m_batch;
    QDateEdit* m_received;
    QLabel* m_lateHint;
    QPushButton* m_ok;
    Filing m_created;
};

} // namespace jd::ui
