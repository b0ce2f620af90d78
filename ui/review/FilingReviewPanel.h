#pragma once
// FilingReviewPanel: the 专家评审 tab of a filing window (DESIGN §3). Top: the panel in draw
// order (replaced members greyed with their reason), its seed with 验证抽取, the site
// visit's date and place, and the actions: 抽取专家组 (odd size, optional seed, confirmed
// when it replaces a panel), 更换专家, 录入评分, 导出/导入离线评分包, 导入评分文件 and
// printing (blank sheet, the member's filled sheet, the panel summary). Bottom: the
// aggregated result criterion by criterion with every member's score, spread, 分歧 and
// veto marks, the total and recommendation, what is still missing, and the panel opinion.
// Every write goes through ReviewService; buttons follow the session's permissions
// (DecideFiling: panel, visit, opinion; EnterScores: sheets) and the filing's status.

#include "core/documents/PrintableDocument.h"
#include "core/filing/FilingService.h"
#include "core/review/ReviewService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace jd {
class EnterpriseService;
struct ReviewSheetHeader;
} // namespace jd

namespace jd::ui {

class PanelMemberModel;
class PanelResultModel;

class FilingReviewPanel : public QWidget
{
    Q_OBJECT
public:
    // Runs a dialog and returns its result; tests install one that fills it instead.
    using DialogRunner = std::function<int(QDialog* dialog)>;
    // A yes/no question (e.g. before a redraw); true for yes.
    using Question = std::function<bool(const QString& title, const QString& text)>;
    enum class FileRequest
    {
        ExportPackage,
        ImportPackage,
        ImportScores
    };
    // A file name from the user; empty when cancelled.
    using FileChooser = std::function<QString(FileRequest request, const QString& suggestion)>;

    FilingReviewPanel(FilingService& filings, EnterpriseService& enterprises, const Database& db,
                      Session session, QWidget* parent = nullptr);
    ~FilingReviewPanel() override;

    // Shows the review of this filing (and follows it until another is loaded).
    void load(qint64 filingId);
    qint64 filingId() const { return m_filing.id; }
    ReviewService& service() { return m_review; }
    const std::optional<Panel>& panel() const { return m_panel; }
    const std::optional<ReviewResult>& result() const { return m_result; }
    PanelMemberModel* memberModel() const { return m_members; }
    PanelResultModel* resultModel() const { return m_resultModel; }
    // "专家评审（已评 3/5）": the tab title for the filing window.
    QString title() const;

    qint64 selectedExpertId() const;
    bool selectMember(qint64 expertId);

    void setDialogRunner(DialogRunner runner) { m_runner = std::move(runner); }
    void setQuestion(Question question) { m_question = std::move(question); }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // What the buttons do; each returns true when something was written.
    bool drawPanel();
    bool verifyDraw(); // true when the stored draw repeats
    bool replaceMember();
    bool saveVisit();
    bool enterScores(); // the selected member's sheet
    std::optional<PackageExport> exportPackageTo(const QString& path); // the selected member
    bool exportPackage();
    bool importPackageFrom(const QString& path);
    bool importPackage();
    bool importScoresFrom(const QString& path);
    bool importScores();
    bool saveOpinion();

    // Documents as they would print now.
    Result<PrintableDocument> blankSheetDocument() const;
    Result<PrintableDocument> memberSheetDocument() const; // the selected member
    Result<PrintableDocument> summaryDocument() const;

public slots:
    void refresh();

signals:
    void titleChanged(const QString& title);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildPanelSection(QWidget* page);
    void buildResultSection(QWidget* page);
    void populate();
    void updateButtons();
    void showMessage(const QString& text, bool error = false);
    bool fail(const Error& error);
    QString heading() const;
    std::optional<PanelMember> selectedMember() const;
    ReviewSheetHeader sheetHeader(const QString& expertName) const;
    QToolButton* printMenuButton();

    FilingService& m_filings;
    EnterpriseService& m_enterprises;
    const Database& m_db;
    Session m_session;
    ReviewService m_review;
    Filing m_filing;
    std::optional<Panel> m_panel;
    std::optional<ReviewResult> m_result;
    std::optional<ReviewTemplate> m_template;
    QList<ExpertSheet> m_sheets; // of the active members
    bool m_loading = false;
    bool m_visitEdited = false;

    DialogRunner m_runner;
    Question m_question;
    FileChooser m_chooser;

    PanelMemberModel* m_members;
    PanelResultModel* m_resultModel;
    QLabel* m_panelInfo = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verifyResult = nullptr;
    QTableView* m_memberTable = nullptr;
    QDateEdit* m_visitDate = nullptr;
    QLineEdit* m_visitPlace = nullptr;
    QPushButton* m_saveVisit = nullptr;
    QSpinBox* m_size = nullptr;
    QLineEdit* m_seed = nullptr;
    QPushButton* m_draw = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_enter = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_importPackage = nullptr;
    QPushButton* m_importScores = nullptr;
    QToolButton* m_print = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_resultTable = nullptr;
    QListWidget* m_missing = nullptr;
    QPlainTextEdit* m_opinion = nullptr;
    QPushButton* m_saveOpinion = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jd::ui
