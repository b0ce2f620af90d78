#pragma once
// ExpertEditorDialog: one expert of the centre's pool (new or existing): name, ID document,
// employer, title, region, phone, specialties (职业分类大典 codes or prefixes), note and the
// enterprises the expert declared a conflict with. Checks ID numbers and specialty codes as
// people type, shows the service's field errors at their fields after a save attempt,
// guards unsaved edits on close and saves through ExpertService.

#include "core/registry/Enterprise.h"
#include "core/review/ExpertService.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace jd {
class EnterpriseService;
}

namespace jd::ui {

class ExpertEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class UnsavedDecision
    {
        Save,
        Discard,
        Cancel
    };
    using UnsavedPrompt = std::function<UnsavedDecision(ExpertEditorDialog*)>;
    // Chooses an enterprise among `enterprises` and the reason; nullopt when cancelled.
    using ConflictPrompt = std::function<std::optional<ExpertConflict>(
        ExpertEditorDialog*, const QList<EnterpriseSummary>& enterprises)>;

    ExpertEditorDialog(ExpertService& experts, EnterpriseService& enterprises,
                       QWidget* parent = nullptr);

    void startNew();
    Status load(qint64 id);

    qint64 expertId() const { return m_saved.id; }
    // The form as typed (specialties split, not yet normalised by the service).
    Expert currentExpert() const;
    const Expert& savedExpert() const { return m_saved; }
    bool isModified() const;

    // Adds or removes (by enterprise) a row of the conflicts table; saved with the form.
    void addConflict(const ExpertConflict& conflict);
    void removeConflict(qint64 enterpriseId);
    // Asks for an enterprise and a reason (the 添加… button).
    void chooseConflict();

    // Creates or updates the expert; false (errors at the fields or in a message) when
    // nothing was saved.
    bool save();
    bool confirmClose();
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    void setConflictPrompt(ConflictPrompt prompt) { m_conflictPrompt = std::move(prompt); }
    // Roles that may only read: nothing can be typed or saved; `reason` is shown.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // The errors shown at fields or in the summary now.
    const QList<FieldError>& shownErrors() const { return m_shownErrors; }

    // "6-31, 6-31-01-03、4" → {"6-31", "6-31-01-03", "4"}.
    static QStringList parseSpecialties(const QString& text);
    static bool sameContent(const Expert& a, const Expert& b);

public slots:
    void reject() override;

signals:
    void saved(qint64 id);

private:
    struct FieldWidgets
    {
        QWidget* input;
        QLabel* message;
    };
    QWidget* fieldRow(const QString& key, QWidget* input);
    void populate(const Expert& e);
    void onEdited(const QString& key = {});
    QList<FieldError> localErrors(const Expert& e) const;
    void showErrors();
    void fillConflicts(const QList<ExpertConflict>& conflicts);
    QList<ExpertConflict> conflictsInTable() const;
    void updateTitle();
    bool applyConflicts(Expert* stored, const QList<ExpertConflict>& wanted);
    static UnsavedDecision askUnsaved(ExpertEditorDialog* editor);
    static std::optional<ExpertConflict> askConflict(ExpertEditorDialog* editor,
                                                     const QList<EnterpriseSummary>& enterprises);

    ExpertService& m_experts;
    EnterpriseService& m_enterprises;
    QLineEdit* m_name;
    QComboBox* m_idType;
    QLineEdit* m_idNumber;
    QLineEdit* m_employer;
    QLineEdit* m_title;
    QLineEdit* m_region;
    QLineEdit* m_phone;
    QLineEdit* m_specialties;
    QPlainTextEdit* m_note;
    QTableWidget* m_conflicts;
    QPushButton* m_addConflict;
    QPushButton* m_removeConflict;
    QPushButton* m_save;
    QLabel* m_info;
    QLabel* m_summary;
    QHash<QString, FieldWidgets> m_fields; // by the service's field key

    Expert m_saved;
    Expert m_baseline; // the form as populated from m_saved
    QSet<QString> m_touched;
    QList<FieldError> m_serviceErrors; // of the last refused save, until their field is edited
    QList<FieldError> m_shownErrors;
    bool m_showAll = false;
    bool m_populating = false;
    UnsavedPrompt m_unsavedPrompt;
    ConflictPrompt m_conflictPrompt;
    QString m_readOnlyReason;
};

} // namespace jd::ui
