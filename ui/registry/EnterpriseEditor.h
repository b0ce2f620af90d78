#pragma once
// EnterpriseEditor: the form of 附件1 for one enterprise (new or existing): basic data,
// occupations, advantages, venue and equipment, people and attached scans. Validates as
// people type and shows each error at its field; saves through EnterpriseService.

#include "core/common/Result.h"
#include "core/registry/Enterprise.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTemporaryDir;

namespace Ui {
class EnterpriseEditor;
}

namespace jd {
class Database;
class EnterpriseService;
class OccupationCatalogue;
} // namespace jd

namespace jd::ui {

class EquipmentTableModel;
class ListTableModel;
class OccupationTableModel;
class PersonTableModel;

class EnterpriseEditor : public QDialog
{
    Q_OBJECT
public:
    // What to do with unsaved edits when the editor is about to close.
    enum class UnsavedDecision { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedDecision(EnterpriseEditor*)>;

    EnterpriseEditor(EnterpriseService& service, const Database& db, QWidget* parent = nullptr);
    ~EnterpriseEditor() override;

    // An empty form for a new enterprise.
    void startNew();
    // Loads an existing enterprise; fails when it cannot be read.
    Status load(qint64 id);

    qint64 enterpriseId() const { return m_saved.id; }
    // What the form holds now, as typed (not yet normalised).
    Enterprise currentEnterprise() const;
    // The state of the last load or save.
    const Enterprise& savedEnterprise() const { return m_saved; }
    bool isModified() const;

    // Validates what the form holds and marks the errors people should see now: those
    // of fields already edited, or all of them after a save attempt or on a loaded record.
    void validateNow();
    // The errors currently shown at fields, cells or in the summary.
    const QList<FieldError>& shownErrors() const { return m_shownErrors; }

    // Creates or updates the enterprise; false (with errors shown) when nothing was saved.
    bool save();
    // Back to the last saved state.
    void revertAll();
    // Whether the editor may close now; asks through the prompt when there are unsaved edits.
    bool confirmClose();
    // Replaces the question box, e.g. in tests, where a modal box would block.
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    // For a role that may only read: nothing can be typed, saved or attached; `reason`
    // (Session::refuse) is shown on the disabled buttons and above the form.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    void printPreview();
    void exportPdf();

    static bool sameContent(const Enterprise& a, const Enterprise& b);

public slots:
    void reject() override;

signals:
    void saved(qint64 id);

private:
    void setupBasicTab();
    void setupTable(QTableView* view, ListTableModel* model, QPushButton* add, QPushButton* remove);
    void setupDocuments();
    void populate(const Enterprise& e);
    void onEdited();
    void applyErrors(const QList<FieldError>& errors);
    void updateTitle();
    void updateDependentFields();
    void refreshDocuments();
    void updateDocumentButtons();
    void attachDocument();
    void openDocument();
    void removeDocument();
    void confirmRevert();
    qint64 selectedDocumentId() const;
    static UnsavedDecision askUnsaved(EnterpriseEditor* editor);

    struct FieldWidgets
    {
        QWidget* input;
        QLabel* message;
        int tab;
    };

    std::unique_ptr<Ui::EnterpriseEditor> m_ui;
    EnterpriseService& m_service;
    const Database& m_db;
    std::unique_ptr<OccupationCatalogue> m_catalogue;
    OccupationTableModel* m_occupations;
    EquipmentTableModel* m_equipment;
    QHash<QString, PersonTableModel*> m_people; // by person role key ("staff", ...)
    QHash<QString, FieldWidgets> m_fields;      // by validation field key
    QHash<QString, ListTableModel*> m_tables;   // by field prefix ("occupations", ...)
    QHash<ListTableModel*, QWidget*> m_tablePages;

    Enterprise m_saved;
    Enterprise m_baseline; // the form as populated from m_saved
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_populating = false;
    QList<FieldError> m_shownErrors;
    UnsavedPrompt m_prompt;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_readOnlyReason;
};

} // namespace jd::ui
