#pragma once
// FilingView: one filing on one screen: header, eligibility warnings, the timeline of its
// history, the materials checklist (editable while the filing is open), exactly the
// action buttons FilingService::availableActions allows this session, and the documents
// it can print (受理回执, 补正通知, 赋码通知). Every write goes through FilingService;
// errors are shown through ErrorPresenter. Refreshes when the service reports a change.

#include "core/documents/PrintableDocument.h"
#include "core/filing/FilingService.h"

#include <QDialog>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;
class QHBoxLayout;

namespace jd {
class Database;
class EnterpriseService;
} // namespace jd

namespace jd::ui {

class ChecklistModel;
class FilingActionDialog;
class FilingHistoryModel;
class FilingReviewPanel;

class FilingView : public QDialog
{
    Q_OBJECT
public:
    // Shows an action dialog and says whether it was confirmed; tests install one that
    // fills the dialog's fields instead of running it modally.
    using ActionPrompt = std::function<bool(FilingActionDialog* dialog)>;

    FilingView(FilingService& service, EnterpriseService& enterprises, const Database& db,
               Session session, QWidget* parent = nullptr);
    ~FilingView() override;

    Status load(qint64 id);
    qint64 filingId() const { return m_filing.id; }
    const Filing& filing() const { return m_filing; }
    // The actions offered by the buttons now, in button order.
    const QList<FilingAction>& shownActions() const { return m_actions; }
    void setActionPrompt(ActionPrompt prompt) { m_prompt = std::move(prompt); }

    FilingHistoryModel* historyModel() const { return m_history; }
    ChecklistModel* checklistModel() const { return m_checklist; }
    // The 专家评审 tab: panel, scores and result of the expert review.
    FilingReviewPanel* reviewPanel() const { return m_reviewPanel; }

    // Opens the dialog of the action and takes it; true when the filing moved on.
    bool takeAction(FilingAction action);
    // 阶段评估: 合格 → formal, 不合格 → terminated.
    bool evaluate();
    bool markAllReceived();

    // The documents as they would print now; errors when not applicable.
    Result<PrintableDocument> receiptDocument() const;
    Result<PrintableDocument> correctionDocument() const;
    Result<PrintableDocument> noticeDocument() const;

public slots:
    void refresh();

signals:
    // Another filing or an enterprise should be opened (e.g. from a menu).
    void enterpriseRequested(qint64 enterpriseId);

private:
    void onServiceChanged(qint64 id);
    void populate();
    void rebuildActions(const QList<FilingAction>& actions);
    bool runDialog(FilingActionDialog* dialog);
    QToolButton* printButton(const QString& text, const char* name,
                             Result<PrintableDocument> (FilingView::*doc)() const,
                             const QString& pdfName);
    void updatePrintButtons();

    FilingService& m_service;
    EnterpriseService& m_enterprises;
    const Database& m_db;
    Session m_session;
    Filing m_filing;
    QList<FilingAction> m_actions;
    QString m_orgSerial;
    bool m_bulk = false; // a multi-step write is running: refresh once at its end
    ActionPrompt m_prompt;

    FilingHistoryModel* m_history;
    ChecklistModel* m_checklist;
    QLabel* m_enterprise;
    QLabel* m_batch;
    QLabel* m_status;
    QLabel* m_received;
    QLabel* m_late;
    QLabel* m_approvalDoc;
    QLabel* m_ministryDoc;
    QLabel* m_serial;
    QLabel* m_override;
    QFrame* m_warningsPanel;
    QLabel* m_warnings;
    QTabWidget* m_tabs;
    QTableView* m_historyTable;
    QTableView* m_checklistTable;
    QLabel* m_checklistSummary;
    QPushButton* m_allReceived;
    QWidget* m_actionBox;
    QHBoxLayout* m_actionLayout;
    QLabel* m_noActions;
    QPushButton* m_evaluate;
    QToolButton* m_receipt;
    QToolButton* m_correction;
    QToolButton* m_notice;
    QLabel* m_result;
    FilingReviewPanel* m_reviewPanel = nullptr;
};

} // namespace jd::ui
