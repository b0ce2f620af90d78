#pragma once
// FilingActionDialog: asks what one step of a filing needs before it is taken: the
// effective date, and as the action requires a reason, a document number, an override
// reason (accept with materials missing), defects (return) or the phase-evaluation result.
// It only collects: FilingView passes request() to FilingService and shows the errors
// that come back at their fields (showErrors), keeping what was typed.

#include "core/filing/FilingService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace jd::ui {

class FilingActionDialog : public QDialog
{
    Q_OBJECT
public:
    // `absent`: mandatory materials not received, listed for accept and return.
    FilingActionDialog(const Filing& filing, FilingAction action, const QDate& today,
                       const QStringList& absent, QWidget* parent = nullptr);
    // The 阶段评估 form: 合格 / 不合格 and the findings.
    // Material the decision rests on, shown above the fields (e.g. the spot checks).
    void setReference(const QString& title, const QStringList& lines);
    static FilingActionDialog* evaluation(const Filing& filing, const QDate& today,
                                          QWidget* parent = nullptr);

    FilingAction action() const { return m_action; }
    bool isEvaluation() const { return m_evaluation; }
    bool evaluationPassed() const;
    QDate date() const;
    QString findings() const;
    // What the form holds, as the service takes it.
    AdvanceRequest request() const;
    // Marks the fields the error names and shows its message in the dialog.
    void showErrors(const Error& error);

    static bool needsNote(FilingAction a);
    static bool needsDocNumber(FilingAction a);

private:
    FilingActionDialog(const Filing& filing, FilingAction action, bool evaluation,
                       const QDate& today, const QStringList& absent, QWidget* parent);
    QString hint() const;

    FilingAction m_action;
    bool m_evaluation;
    QStringList m_absent;
    QDateEdit* m_date;
    QLineEdit* m_docNumber = nullptr;
    QPlainTextEdit* m_note;
    QPlainTextEdit* m_override = nullptr;
    QPlainTextEdit* m_defects = nullptr;
    QRadioButton* m_pass = nullptr;
    QRadioButton* m_fail = nullptr;
    QLabel* m_dateMessage;
    QLabel* m_docMessage = nullptr;
    QLabel* m_noteMessage;
    QLabel* m_overrideMessage = nullptr;
    QLabel* m_defectsMessage = nullptr;
    QLabel* m_errorLabel;
    QLabel* m_reference = nullptr;
    QPushButton* m_ok;
};

} // namespace jd::ui
