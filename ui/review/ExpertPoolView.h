#pragma once
// ExpertPoolView: the 专家库 page: the centre's expert pool with search as you type, inactive
// experts on request, 新增 / 编辑 (double-click or Enter) / 停用 and 启用 with a reason, and
// pool files: 导入 (all-or-nothing, problems listed row by row), 导出 and 导出模板.

#include "core/review/ExpertService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace jd {
class EnterpriseService;
}

namespace jd::ui {

class ExpertEditorDialog;
class ExpertListModel;

class ExpertPoolView : public QWidget
{
    Q_OBJECT
public:
    // Runs a dialog (exec by default); tests fill and close it instead.
    using DialogRunner = std::function<void(QDialog*)>;
    // Asks for the reason of a 停用/启用; nullopt when cancelled.
    using ReasonPrompt =
        std::function<std::optional<QString>(const QString& title, const QString& label)>;

    ExpertPoolView(ExpertService& experts, EnterpriseService& enterprises, Session session,
                   QWidget* parent = nullptr);

    ExpertListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The expert of the current row; 0 when none is selected.
    qint64 currentId() const;
    void selectExpert(qint64 id);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setReasonPrompt(ReasonPrompt prompt) { m_askReason = std::move(prompt); }

    // The file operations behind the buttons, without file dialogs; the caller presents
    // failures (importPath also refreshes).
    Result<ExpertImportSummary> importPath(const QString& path);
    Status exportPath(const QString& path) const;
    static Status exportTemplatePath(const QString& path);
    // Shows the outcome of an import: the error table when the file was refused.
    void presentImport(const QString& path, const Result<ExpertImportSummary>& summary);
    // Activates or deactivates the selected expert with a reason.
    Status setCurrentActive(bool active, const QString& reason);

public slots:
    void refresh();
    void newExpert();
    void editCurrent();
    void editExpert(qint64 id);
    // 停用 or 启用 the selected expert, asking for the reason.
    void toggleActiveCurrent();
    void importWithDialog();
    void exportWithDialog();
    void exportTemplateWithDialog();

private:
    void runEditor(ExpertEditorDialog* editor);
    void updateButtons();
    static std::optional<QString> askReason(QWidget* parent, const QString& title,
                                            const QString& label);

    ExpertService& m_experts;
    EnterpriseService& m_enterprises;
    Session m_session;
    ExpertListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QCheckBox* m_showInactive;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QPushButton* m_import;
    QLabel* m_count;
    QTimer* m_debounce;
    QString m_editRefused; // why this role may not change the pool; empty when it may
    DialogRunner m_runDialog;
    ReasonPrompt m_askReason;
};

} // namespace jd::ui
