#pragma once
// ResultListView: the 认定结果 screen: result filings with their due dates and 逾期 markers;
// 导入结果名单… (every problem listed, nothing written on failure), 下载模板…, 确认…
// (supervisors: numbers the passed candidates' certificates and shows the serial blocks),
// and the candidates of the selected filing.

#include "core/supervision/PlanService.h"
#include "core/supervision/ResultService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace jd::ui {

class ResultListModel;
class ResultRowModel;

class ResultListView : public QWidget
{
    Q_OBJECT
public:
    using DialogRunner = std::function<void(QDialog* dialog)>;
    // Asks a yes/no question; tests answer without a message box.
    using Asker =
        std::function<bool(QWidget* parent, const QString& title, const QString& question)>;

    ResultListView(const Database& db, Session session, QWidget* parent = nullptr);

    ResultListModel* model() const { return m_model; }
    ResultRowModel* rowModel() const { return m_rows; }
    QTableView* table() const { return m_table; }
    qint64 currentId() const;
    void selectResult(qint64 id);
    // Imports through ResultService::importFile; a refused list opens ImportErrorDialog.
    Result<ImportOutcome> importFile(qint64 planId, const QString& path, const QDate& received);
    // Asks (passed count), confirms, shows the blocks assigned.
    Result<ConfirmOutcome> confirm(qint64 resultId);
    Status writeTemplate(const QString& path);
    QString statusText() const;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setAsker(Asker asker) { m_ask = std::move(asker); }

public slots:
    void refresh();
    void importWithDialog();
    void templateWithDialog();
    void confirmCurrent();

signals:
    void resultsChanged();

private:
    void showRows();
    void updateButtons();

    const Database& m_db;
    Session m_session;
    ResultService m_results;
    PlanService m_plans;
    ResultListModel* m_model;
    ResultRowModel* m_rows;
    QTableView* m_table;
    QTableView* m_rowTable;
    QLabel* m_rowsTitle;
    QPushButton* m_confirm;
    QLabel* m_status;
    DialogRunner m_runDialog;
    Asker m_ask;
    bool m_mayConfirm = false;
};

} // namespace jd::ui
