#pragma once
// EnterpriseListView: the enterprise registry screen: search as you type, filters by kind
// and by flagged USCC, a sortable list, and new / open / delete / import.

#include "core/registry/EnterpriseService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace jd {
class EnterpriseService;
struct EnterpriseFilter;
struct ImportReport;
} // namespace jd

namespace jd::ui {

class EnterpriseListModel;

class EnterpriseListView : public QWidget
{
    Q_OBJECT
public:
    explicit EnterpriseListView(EnterpriseService& service, QWidget* parent = nullptr);

    EnterpriseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The enterprise of the current row; 0 when none is selected.
    qint64 currentId() const;
    EnterpriseFilter filter() const;
    // Imports a file and refreshes the list; the caller presents the outcome.
    Result<ImportReport> importPath(const QString& path);
    // Disables what the signed-in role may not do (new, import, delete), saying why.
    void setPermissions(const Session& session);

public slots:
    void refresh();
    // Asks for a CSV or JSON file and imports it all-or-nothing.
    void importWithDialog();
    void deleteCurrent();

signals:
    void openRequested(qint64 id);
    void newRequested();
    // The number of enterprises listed changed (after a refresh).
    void listed(int count);

private:
    void openCurrent();
    void presentImport(const QString& path, const Result<ImportReport>& report);
    void updateButtons();

    EnterpriseService& m_service;
    EnterpriseListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QCheckBox* m_flaggedOnly;
    QPushButton* m_open;
    QPushButton* m_delete;
    QLabel* m_count;
    QTimer* m_debounce;
    QString m_deleteRefused; // why this role may not delete; empty when it may
};

} // namespace jd::ui
