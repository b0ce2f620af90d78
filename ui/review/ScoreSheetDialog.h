#pragma once
// ScoreSheetDialog: the centre's entry of one panel member's score sheet (录入评分): the
// filing and expert on top, the ScoreSheetForm below. 保存 writes the sheet through
// ReviewService::saveSheet and closes; a refused save is shown through ErrorPresenter and
// the dialog stays open with what was typed. Closing with unsaved changes asks first.

#include "core/review/ReviewService.h"

#include <QDialog>
#include <QMessageBox>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace jd::ui {

class ScoreSheetForm;

class ScoreSheetDialog : public QDialog
{
    Q_OBJECT
public:
    // Asked when the dialog would close with unsaved changes: Save, Discard or Cancel.
    // Tests install one instead of the message box.
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(QWidget* parent)>;

    // `sheet` as ReviewService::sheet returned it; `heading` names the filing.
    ScoreSheetDialog(ReviewService& service, const ReviewTemplate& t, const ExpertSheet& sheet,
                     const QString& heading, bool readOnly, QWidget* parent = nullptr);
    ~ScoreSheetDialog() override;

    // Loads the panel's template and the member's sheet; the error when either fails.
    static Result<std::unique_ptr<ScoreSheetDialog>> open(ReviewService& service, qint64 filingId,
                                                          qint64 expertId, const QString& heading,
                                                          bool readOnly, QWidget* parent);

    ScoreSheetForm* form() const { return m_form; }
    const ExpertSheet& sheet() const { return m_sheet; }
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }

    // Saves through the service; false (shown, nothing closed) when refused.
    bool save();

public slots:
    void accept() override; // save, then close
    void reject() override; // close, asking first about unsaved changes

private:
    ReviewService& m_service;
    ExpertSheet m_sheet;
    bool m_readOnly;
    UnsavedPrompt m_prompt;
    ScoreSheetForm* m_form;
    QLabel* m_status;
    QPushButton* m_save;
};

} // namespace jd::ui
