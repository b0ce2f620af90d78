#pragma once
// FilingListView: the 备案申请 screen: every filing with its status, late and overdue
// markers; filters by status (with counts), by batch and by enterprise name; new filings
// and batches; Enter or double-click opens a filing.

#include "core/filing/FilingService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace jd {
class Database;
class EnterpriseService;
} // namespace jd

namespace jd::ui {

class FilingListModel;

class FilingListView : public QWidget
{
    Q_OBJECT
public:
    // Runs a dialog modally; tests install one that fills and accepts it instead.
    using DialogRunner = std::function<void(QDialog* dialog)>;

    FilingListView(FilingService& service, EnterpriseService& enterprises, const Database& db,
                   QWidget* parent = nullptr);

    FilingListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The filing of the current row; 0 when none is selected.
    qint64 currentId() const;
    // The filings shown now (after the search text), in display order.
    QList<qint64> shownIds() const;
    void setStatusFilter(std::optional<FilingStatus> status);
    std::optional<FilingStatus> statusFilter() const;
    void setBatchFilter(qint64 batchId);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

public slots:
    void refresh();
    void newFiling();
    void manageBatches();

signals:
    void openRequested(qint64 filingId);

private:
    void refreshFilters();
    void openCurrent();
    void updateButtons();
    void updateCount();

    FilingService& m_service;
    EnterpriseService& m_enterprises;
    const Database& m_db;
    FilingListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QComboBox* m_status;
    QComboBox* m_batch;
    QLineEdit* m_search;
    QPushButton* m_open;
    QLabel* m_count;
    DialogRunner m_runDialog;
    bool m_updatingFilters = false;
};

} // namespace jd::ui
