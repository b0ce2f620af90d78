#pragma once
// BatchDialog: the 申报批次 (calls for applications): lists them with their deadlines and
// creates a new one (name and deadline) through FilingService::createBatch.

#include "core/filing/FilingService.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace jd::ui {

class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    BatchDialog(FilingService& service, const QDate& today, QWidget* parent = nullptr);

    const QList<Batch>& batches() const { return m_batches; }
    // Creates a batch from the fields; true on success (the list then shows it).
    bool createBatch();

public slots:
    void refresh();

signals:
    void batchCreated(qint64 id);

private:
    FilingService& m_service;
    QList<Batch> m_batches;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QDateEdit* m_deadline;
    QPushButton* m_create;
};

} // namespace jd::ui
