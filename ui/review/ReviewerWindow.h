#pragma once
// ReviewerWindow: reviewer mode (离线评分), for an expert scoring away from the centre
// without its database. Opens a package file (*.jdreview) with the access code the
// centre gave (ReviewPackage::open), shows what is scored (enterprise, occupations, visit
// date and place, expert), the ScoreSheetForm with the opinion and signing date, and
// saves back into the same file (ReviewPackage::save writes atomically) or another one.
// The status bar says how complete the sheet is; closing with unsaved changes asks first.

#include "core/review/ReviewPackage.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;

namespace jd::ui {

class ScoreSheetForm;

class ReviewerWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Asks for the access code of `fileName`; `problem` is why the last code was refused
    // (empty at first). Empty when people cancel. Tests install one instead of the dialog.
    using CodePrompt =
        std::function<std::optional<QString>(const QString& fileName, const QString& problem)>;
    // A file to open (save false) or to save to (save true); empty when cancelled.
    using FileChooser = std::function<QString(bool save, const QString& suggestion)>;
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(QWidget* parent)>;

    explicit ReviewerWindow(QWidget* parent = nullptr);
    ~ReviewerWindow() override;

    // A window that deletes itself on close, shown and then asking for `path` (or for a
    // file when empty) and its code. With `over` (the sign-in dialog) it is modal over it.
    static ReviewerWindow* launch(QWidget* over, const QString& path = {});

    // Opens without asking; the error (wrong code, not a package …) otherwise.
    Status openPackage(const QString& path, const QString& accessCode);
    // Asks for a file when `path` is empty, then for the code until it is right or
    // cancelled; true when a package is open afterwards.
    bool open(const QString& path = {});
    bool save();
    bool saveAs(const QString& path = {});

    bool hasPackage() const { return m_package.has_value(); }
    const ReviewPackage* package() const { return m_package ? &*m_package : nullptr; }
    QString currentPath() const { return m_path; }
    bool isModified() const;
    ScoreSheetForm* form() const { return m_form; }
    QString statusText() const;

    void setCodePrompt(CodePrompt prompt) { m_codePrompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsavedPrompt = std::move(prompt); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool maybeSave();
    Status writeTo(const QString& path);
    void populate();
    void updateStatus();
    void printSheet(bool toPdf);

    std::optional<ReviewPackage> m_package;
    QString m_path;
    CodePrompt m_codePrompt;
    FileChooser m_chooser;
    UnsavedPrompt m_unsavedPrompt;

    QStackedWidget* m_stack;
    QLabel* m_welcome;
    QLabel* m_enterprise;
    QLabel* m_occupations;
    QLabel* m_visit;
    QLabel* m_expert;
    QLabel* m_packageInfo;
    ScoreSheetForm* m_form;
    QLabel* m_status;
    QAction* m_saveAction;
    QAction* m_saveAsAction;
    QAction* m_printAction;
    QAction* m_pdfAction;
};

} // namespace jd::ui
