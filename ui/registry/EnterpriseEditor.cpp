#include "ui/registry/EnterpriseEditor.h"

#include "core/db/Database.h"
#include "core/documents/ApplicationForm.h"
#include "core/registry/EnterpriseService.h"
#include "core/registry/OccupationCatalogue.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"
#include "ui/common/Language.h"
#include "ui/common/PrintActions.h"
#include "ui/registry/EquipmentTableModel.h"
#include "ui/registry/IdTypeDelegate.h"
#include "ui/registry/LevelsDelegate.h"
#include "ui/registry/OccupationCodeDelegate.h"
#include "ui/registry/OccupationTableModel.h"
#include "ui/registry/PersonTableModel.h"

#include "registry/ui_EnterpriseEditor.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QTemporaryDir>
#include <QUrl>

namespace jd::ui {

namespace {

constexpr int kBasicTab = 0;

const PersonRole kRoles[] = {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor};

// Document kinds the service stores, with the names on the paper checklist.
struct DocumentKind
{
    const char* key;
    const char* label;
};
const DocumentKind kDocumentKinds[] = {
    {"licence", QT_TRANSLATE_NOOP("EnterpriseEditor", "营业执照")},
    {"rules", QT_TRANSLATE_NOOP("EnterpriseEditor", "规章制度")},
    {"ownership", QT_TRANSLATE_NOOP("EnterpriseEditor", "权属证明")},
    {"other", QT_TRANSLATE_NOOP("EnterpriseEditor", "其他")},
};

QString documentKindLabel(const QString& key)
{
    for (const DocumentKind& k : kDocumentKinds)
        if (key == QLatin1String(k.key))
            return QCoreApplication::translate("EnterpriseEditor", k.label);
    return key;
}

QString sizeText(qint64 bytes)
{
    return language::locale().formattedDataSize(bytes);
}

} // namespace

EnterpriseEditor::EnterpriseEditor(EnterpriseService& service, const Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnterpriseEditor>()), m_service(service), m_db(db),
      m_catalogue(std::make_unique<OccupationCatalogue>(db)), m_occupations(new OccupationTableModel(this)),
      m_equipment(new EquipmentTableModel(this)), m_prompt(&EnterpriseEditor::askUnsaved)
{
    m_ui->setupUi(this);
    setStyleSheet(FieldErrorStyle::styleSheet() + QStringLiteral(" QLabel#recordInfoLabel { color: #666; }"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);

    setupBasicTab();

    m_occupations->setObjectName(QStringLiteral("occupationsModel"));
    m_equipment->setObjectName(QStringLiteral("equipmentModel"));
    setupTable(m_ui->occupationsTable, m_occupations, m_ui->addOccupationButton, m_ui->removeOccupationButton);
    m_ui->occupationsTable->setItemDelegateForColumn(
        OccupationTableModel::Code, new OccupationCodeDelegate(*m_catalogue, OccupationTableModel::Name, this));
    m_ui->occupationsTable->setItemDelegateForColumn(OccupationTableModel::Levels, new LevelsDelegate(this));
    m_ui->occupationsTable->setColumnWidth(OccupationTableModel::Code, 130);
    m_ui->occupationsTable->setColumnWidth(OccupationTableModel::Name, 170);
    m_ui->occupationsTable->setColumnWidth(OccupationTableModel::Trade, 170);
    m_ui->occupationsTable->setColumnWidth(OccupationTableModel::Basis, 300);
    m_tables.insert(QStringLiteral("occupations"), m_occupations);
    m_tablePages.insert(m_occupations, m_ui->occupationsTab);

    setupTable(m_ui->equipmentTable, m_equipment, m_ui->addEquipmentButton, m_ui->removeEquipmentButton);
    m_ui->equipmentTable->setColumnWidth(EquipmentTableModel::Name, 220);
    m_ui->equipmentTable->setColumnWidth(EquipmentTableModel::Brand, 140);
    m_ui->equipmentTable->setColumnWidth(EquipmentTableModel::Model, 160);
    m_ui->equipmentTable->setColumnWidth(EquipmentTableModel::Quantity, 70);
    m_tables.insert(QStringLiteral("equipment"), m_equipment);
    m_tablePages.insert(m_equipment, m_ui->venueTab);

    const QList<std::tuple<QTableView*, QPushButton*, QPushButton*, QWidget*>> peopleWidgets{
        {m_ui->staffTable, m_ui->addStaffButton, m_ui->removeStaffButton, m_ui->staffPage},
        {m_ui->expertTable, m_ui->addExpertButton, m_ui->removeExpertButton, m_ui->expertPage},
        {m_ui->assessorTable, m_ui->addAssessorButton, m_ui->removeAssessorButton, m_ui->assessorPage},
        {m_ui->supervisorTable, m_ui->addSupervisorButton, m_ui->removeSupervisorButton, m_ui->supervisorPage},
    };
    for (int i = 0; i < 4; ++i) {
        const auto& [view, add, remove, page] = peopleWidgets.at(i);
        auto* model = new PersonTableModel(kRoles[i], this);
        model->setObjectName(personRoleKey(kRoles[i]) + QStringLiteral("Model"));
        setupTable(view, model, add, remove);
        view->setItemDelegateForColumn(PersonTableModel::IdType, new IdTypeDelegate(this));
        view->setColumnWidth(PersonTableModel::Name, 90);
        view->setColumnWidth(PersonTableModel::IdType, 150);
        view->setColumnWidth(PersonTableModel::IdNumber, 190);
        view->setColumnWidth(PersonTableModel::Employer, 220);
        view->setColumnWidth(PersonTableModel::Title, 130);
        view->setColumnWidth(PersonTableModel::Education, 90);
        m_people.insert(personRoleKey(kRoles[i]), model);
        m_tables.insert(personRoleKey(kRoles[i]), model);
        m_tablePages.insert(model, page);
    }

    for (QPlainTextEdit* edit : {m_ui->advantagesEdit, m_ui->venueEdit, m_ui->itEquipmentEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &EnterpriseEditor::onEdited);

    setupDocuments();

    // Buttons in a dialog default to "press on Enter"; here Enter belongs to the fields.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EnterpriseEditor::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &EnterpriseEditor::reject);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &EnterpriseEditor::confirmRevert);
    connect(m_ui->printButton, &QPushButton::clicked, this, &EnterpriseEditor::printPreview);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &EnterpriseEditor::exportPdf);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &EnterpriseEditor::save);
    auto* printKey = new QShortcut(QKeySequence::Print, this);
    connect(printKey, &QShortcut::activated, this, &EnterpriseEditor::printPreview);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("editor/geometry")).toByteArray()))
        resize(1100, 760);
    startNew();
}

EnterpriseEditor::~EnterpriseEditor()
{
    QSettings().setValue(QStringLiteral("editor/geometry"), saveGeometry());
}

void EnterpriseEditor::setupBasicTab()
{
    for (EnterpriseKind k : {EnterpriseKind::Tianjin, EnterpriseKind::CentralSoeBranch})
        m_ui->kindCombo->addItem(enterpriseKindText(k), static_cast<int>(k));

    const QList<std::tuple<QString, QLineEdit*, QLabel*>> fields{
        {QStringLiteral("name"), m_ui->nameEdit, m_ui->nameError},
        {QStringLiteral("address"), m_ui->addressEdit, m_ui->addressError},
        {QStringLiteral("registration_authority"), m_ui->registrationAuthorityEdit, nullptr},
        {QStringLiteral("uscc"), m_ui->usccEdit, m_ui->usccError},
        {QStringLiteral("uscc_override_reason"), m_ui->usccOverrideReasonEdit, m_ui->usccOverrideReasonError},
        {QStringLiteral("ministry_filing_ref"), m_ui->ministryFilingRefEdit, m_ui->ministryFilingRefError},
        {QStringLiteral("rules_note"), m_ui->rulesNoteEdit, nullptr},
        {QStringLiteral("contact"), m_ui->contactEdit, m_ui->contactError},
        {QStringLiteral("contact_title"), m_ui->contactTitleEdit, nullptr},
        {QStringLiteral("landline"), m_ui->landlineEdit, m_ui->landlineError},
        {QStringLiteral("mobile"), m_ui->mobileEdit, m_ui->mobileError},
        {QStringLiteral("email"), m_ui->emailEdit, m_ui->emailError},
    };
    for (const auto& [key, edit, message] : fields) {
        m_fields.insert(key, FieldWidgets{edit, message, kBasicTab});
        FieldErrorStyle::clear(edit, message);
        // Only what the user typed counts as touched, not what load() put there.
        connect(edit, &QLineEdit::textEdited, this, [this, k = key] {
            m_touched.insert(k);
            onEdited();
        });
        connect(edit, &QLineEdit::textChanged, this, &EnterpriseEditor::onEdited);
    }
    // A click or a pick by the user marks the dependent field as touched; any change
    // (also a programmatic one) updates which fields are enabled.
    connect(m_ui->usccOverrideCheck, &QCheckBox::clicked, this, [this] {
        m_touched.insert(QStringLiteral("uscc_override_reason"));
        if (m_ui->usccOverrideCheck->isChecked())
            m_ui->usccOverrideReasonEdit->setFocus();
        onEdited();
    });
    connect(m_ui->kindCombo, &QComboBox::activated, this, [this] {
        m_touched.insert(QStringLiteral("ministry_filing_ref"));
        onEdited();
    });
    connect(m_ui->usccOverrideCheck, &QCheckBox::toggled, this, [this] {
        updateDependentFields();
        onEdited();
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateDependentFields();
        onEdited();
    });
}

void EnterpriseEditor::setupTable(QTableView* view, ListTableModel* model, QPushButton* add, QPushButton* remove)
{
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setMinimumSectionSize(60);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->setWordWrap(false);
    connect(model, &ListTableModel::edited, this, &EnterpriseEditor::onEdited);
    connect(add, &QPushButton::clicked, this, [view, model] {
        const int row = model->rowCount();
        model->insertRows(row, 1);
        view->setCurrentIndex(model->index(row, 0));
        view->edit(model->index(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [view, model] {
        QList<int> rows;
        for (const QModelIndex& i : view->selectionModel()->selectedIndexes())
            if (!rows.contains(i.row()))
                rows << i.row();
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows << view->currentIndex().row();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int r : rows)
            model->removeRows(r, 1);
    });
}

void EnterpriseEditor::setupDocuments()
{
    for (const DocumentKind& k : kDocumentKinds)
        m_ui->documentKindCombo->addItem(documentKindLabel(QString::fromLatin1(k.key)),
                                         QString::fromLatin1(k.key));
    QTableWidget* t = m_ui->documentsTable;
    t->setColumnCount(4);
    t->setHorizontalHeaderLabels({tr("材料类型"), tr("文件名"), tr("大小"), tr("添加时间")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_ui->addDocumentButton, &QPushButton::clicked, this, &EnterpriseEditor::attachDocument);
    connect(m_ui->openDocumentButton, &QPushButton::clicked, this, &EnterpriseEditor::openDocument);
    connect(m_ui->removeDocumentButton, &QPushButton::clicked, this, &EnterpriseEditor::removeDocument);
    connect(t, &QTableWidget::cellDoubleClicked, this, &EnterpriseEditor::openDocument);
    connect(t, &QTableWidget::itemSelectionChanged, this, &EnterpriseEditor::updateDocumentButtons);
}

void EnterpriseEditor::startNew()
{
    m_saved = Enterprise{};
    m_showAll = false;
    populate(m_saved);
}

Status EnterpriseEditor::load(qint64 id)
{
    auto e = m_service.get(id);
    if (!e)
        return e.error();
    m_saved = *e;
    // A stored record should be clean; anything wrong in it is shown straight away.
    m_showAll = true;
    populate(m_saved);
    return {};
}

void EnterpriseEditor::populate(const Enterprise& e)
{
    m_populating = true;
    m_touched.clear();
    m_ui->nameEdit->setText(e.name);
    m_ui->addressEdit->setText(e.address);
    m_ui->registrationAuthorityEdit->setText(e.registrationAuthority);
    m_ui->usccEdit->setText(e.uscc);
    m_ui->usccOverrideCheck->setChecked(e.usccOverride);
    m_ui->usccOverrideReasonEdit->setText(e.usccOverrideReason);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(e.kind)));
    m_ui->ministryFilingRefEdit->setText(e.ministryFilingRef);
    m_ui->contactEdit->setText(e.contact);
    m_ui->contactTitleEdit->setText(e.contactTitle);
    m_ui->landlineEdit->setText(e.landline);
    m_ui->mobileEdit->setText(e.mobile);
    m_ui->emailEdit->setText(e.email);
    m_ui->rulesNoteEdit->setText(e.rulesNote);
    m_ui->advantagesEdit->setPlainText(e.advantages);
    m_ui->venueEdit->setPlainText(e.venue);
    m_ui->itEquipmentEdit->setPlainText(e.itEquipment);
    m_occupations->setItems(e.occupations);
    m_equipment->setItems(e.equipment);
    for (PersonRole r : kRoles)
        m_people.value(personRoleKey(r))->setItems(e.people(r));
    m_populating = false;
    m_ui->recordInfoLabel->setText(
        e.id == 0 ? tr("新登记的企业，保存后生成登记编号。")
                  : tr("登记编号 %1　创建于 %2　最后修改于 %3（第 %4 版）")
                        .arg(e.id)
                        .arg(e.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             e.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        .arg(e.rowVersion));
    m_baseline = currentEnterprise();
    updateDependentFields();
    refreshDocuments();
    onEdited();
}

Enterprise EnterpriseEditor::currentEnterprise() const
{
    Enterprise e = m_saved; // id, row version, dates and documents are not edited here
    e.name = m_ui->nameEdit->text();
    e.address = m_ui->addressEdit->text();
    e.registrationAuthority = m_ui->registrationAuthorityEdit->text();
    e.uscc = m_ui->usccEdit->text();
    e.usccOverride = m_ui->usccOverrideCheck->isChecked();
    e.usccOverrideReason = e.usccOverride ? m_ui->usccOverrideReasonEdit->text() : QString();
    e.kind = static_cast<EnterpriseKind>(m_ui->kindCombo->currentData().toInt());
    // The filing reference only means something for a central-SOE branch.
    e.ministryFilingRef =
        e.kind == EnterpriseKind::CentralSoeBranch ? m_ui->ministryFilingRefEdit->text() : QString();
    e.contact = m_ui->contactEdit->text();
    e.contactTitle = m_ui->contactTitleEdit->text();
    e.landline = m_ui->landlineEdit->text();
    e.mobile = m_ui->mobileEdit->text();
    e.email = m_ui->emailEdit->text();
    e.rulesNote = m_ui->rulesNoteEdit->text();
    e.advantages = m_ui->advantagesEdit->toPlainText();
    e.venue = m_ui->venueEdit->toPlainText();
    e.itEquipment = m_ui->itEquipmentEdit->toPlainText();
    e.occupations = m_occupations->items();
    e.equipment = m_equipment->items();
    for (PersonRole r : kRoles)
        e.people(r) = m_people.value(personRoleKey(r))->items();
    return e;
}

bool EnterpriseEditor::sameContent(const Enterprise& a, const Enterprise& b)
{
    return a.name == b.name && a.address == b.address && a.registrationAuthority == b.registrationAuthority &&
           a.uscc == b.uscc && a.usccOverride == b.usccOverride && a.usccOverrideReason == b.usccOverrideReason &&
           a.kind == b.kind && a.ministryFilingRef == b.ministryFilingRef && a.contact == b.contact &&
           a.contactTitle == b.contactTitle && a.landline == b.landline && a.mobile == b.mobile &&
           a.email == b.email && a.rulesNote == b.rulesNote && a.advantages == b.advantages && a.venue == b.venue &&
           a.itEquipment == b.itEquipment && a.occupations == b.occupations && a.equipment == b.equipment &&
           a.staff == b.staff && a.experts == b.experts && a.assessors == b.assessors &&
           a.supervisors == b.supervisors;
}

bool EnterpriseEditor::isModified() const
{
    return !sameContent(currentEnterprise(), m_baseline);
}

void EnterpriseEditor::updateDependentFields()
{
    const bool override = m_ui->usccOverrideCheck->isChecked();
    m_ui->usccOverrideReasonEdit->setEnabled(override);
    m_ui->usccOverrideReasonLabel->setEnabled(override);
    const bool branch = m_ui->kindCombo->currentData().toInt() == static_cast<int>(EnterpriseKind::CentralSoeBranch);
    m_ui->ministryFilingRefEdit->setEnabled(branch);
    m_ui->ministryFilingRefLabel->setEnabled(branch);
}

void EnterpriseEditor::onEdited()
{
    if (m_populating)
        return;
    validateNow();
    setWindowModified(isModified());
    m_ui->revertButton->setEnabled(isWindowModified() && !isReadOnly());
    updateTitle();
}

void EnterpriseEditor::updateTitle()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (m_saved.id == 0)
        setWindowTitle(name.isEmpty() ? tr("新建企业[*]") : tr("新建企业：%1[*]").arg(name));
    else
        setWindowTitle(tr("%1 — 企业信息（编号 %2）[*]").arg(name.isEmpty() ? m_saved.name : name).arg(m_saved.id));
    if (isReadOnly())
        setWindowTitle(windowTitle().replace(QStringLiteral("[*]"), tr("（只读）[*]")));
}

void EnterpriseEditor::validateNow()
{
    Enterprise copy = currentEnterprise();
    applyErrors(m_service.validate(copy));
}

void EnterpriseEditor::applyErrors(const QList<FieldError>& errors)
{
    static const QRegularExpression tableKey(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]\\.([a-z_]+)$"));
    QHash<QString, QStringList> fieldMessages;
    QHash<ListTableModel*, QHash<std::pair<int, int>, QString>> cells;
    QList<FieldError> shown;
    QStringList summaryLines;
    QSet<QWidget*> pagesWithErrors;
    for (const FieldError& f : errors) {
        if (m_fields.contains(f.field)) {
            if (m_showAll || m_touched.contains(f.field)) {
                fieldMessages[f.field] << f.message;
                pagesWithErrors.insert(m_ui->tabWidget->widget(m_fields.value(f.field).tab));
                shown << f;
            }
            continue;
        }
        const QRegularExpressionMatch m = tableKey.match(f.field);
        ListTableModel* model = m.hasMatch() ? m_tables.value(m.captured(1)) : nullptr;
        if (model) {
            const int row = m.captured(2).toInt() - 1;
            // A row just added shows its errors once something is typed in it.
            if (!m_showAll && model->isRowBlank(row))
                continue;
            const int column = std::max(0, model->columnForField(m.captured(3)));
            QString& text = cells[model][{row, column}];
            text = text.isEmpty() ? f.message : text + QLatin1Char('\n') + f.message;
            pagesWithErrors.insert(m_tablePages.value(model));
            summaryLines << tr("%1：%2").arg(f.label, f.message);
            shown << f;
            continue;
        }
        if (m_showAll) {
            summaryLines << tr("%1：%2").arg(f.label.isEmpty() ? f.field : f.label, f.message);
            shown << f;
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        FieldErrorStyle::mark(it->input, it->message, fieldMessages.value(it.key()).join(QLatin1Char('\n')));
    for (ListTableModel* model : std::as_const(m_tables))
        model->setCellErrors(cells.value(model));

    // Tabs holding errors carry a warning sign, so nothing wrong hides on another tab.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_ui->tabWidget->count(); ++i) {
        QWidget* page = m_ui->tabWidget->widget(i);
        bool bad = pagesWithErrors.contains(page);
        if (page == m_ui->peopleTab) {
            for (int j = 0; j < m_ui->peopleTabs->count(); ++j) {
                const bool subBad = pagesWithErrors.contains(m_ui->peopleTabs->widget(j));
                m_ui->peopleTabs->setTabIcon(j, subBad ? warning : QIcon());
                bad = bad || subBad;
            }
        }
        m_ui->tabWidget->setTabIcon(i, bad ? warning : QIcon());
    }

    m_shownErrors = shown;
    if (shown.isEmpty()) {
        m_ui->errorSummary->clear();
        m_ui->errorSummary->hide();
        return;
    }
    QString text = tr("有 %1 处需要修改，已在相应栏目中标出。").arg(shown.size());
    constexpr int kMaxLines = 6;
    if (!summaryLines.isEmpty()) {
        const QStringList head = summaryLines.mid(0, kMaxLines);
        text += QLatin1Char('\n') + head.join(QLatin1Char('\n'));
        if (summaryLines.size() > kMaxLines)
            text += QLatin1Char('\n') + tr("……另有 %1 处表格中的问题。").arg(summaryLines.size() - kMaxLines);
    }
    m_ui->errorSummary->setText(text);
    m_ui->errorSummary->show();
}

bool EnterpriseEditor::save()
{
    if (isReadOnly()) { // Ctrl+S still reaches here
        ErrorPresenter::show(this, Error::notAllowed(m_readOnlyReason), tr("未保存"));
        return false;
    }
    // From the first save attempt on, every problem is shown, touched or not.
    m_showAll = true;
    const Enterprise e = currentEnterprise();
    qint64 id = e.id;
    if (id == 0) {
        auto created = m_service.create(e);
        if (!created) {
            if (created.error().code == ErrorCode::Invalid && !created.error().fields.isEmpty())
                applyErrors(created.error().fields);
            else
                ErrorPresenter::show(this, created.error(), tr("未保存"));
            return false;
        }
        id = *created;
        if (Status s = load(id); !s) {
            ErrorPresenter::show(this, s.error());
            return false;
        }
    } else {
        auto updated = m_service.update(e);
        if (!updated) {
            if (updated.error().code == ErrorCode::Invalid && !updated.error().fields.isEmpty())
                applyErrors(updated.error().fields);
            else
                ErrorPresenter::show(this, updated.error(), tr("未保存"));
            return false;
        }
        m_saved = *updated;
        populate(m_saved);
    }
    emit saved(id);
    return true;
}

void EnterpriseEditor::revertAll()
{
    m_showAll = m_saved.id != 0;
    populate(m_saved);
}

void EnterpriseEditor::confirmRevert()
{
    if (!isModified())
        return;
    const auto answer = QMessageBox::question(this, tr("撤销全部修改"),
                                              tr("放弃自上次保存以来的所有修改，恢复到保存时的内容？"),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        revertAll();
}

EnterpriseEditor::UnsavedDecision EnterpriseEditor::askUnsaved(EnterpriseEditor* editor)
{
    QMessageBox box(QMessageBox::Question, tr("尚未保存"),
                    tr("“%1”有尚未保存的修改。关闭前要保存吗？")
                        .arg(editor->m_ui->nameEdit->text().trimmed().isEmpty() ? tr("新建企业")
                                                                                 : editor->m_ui->nameEdit->text().trimmed()),
                    QMessageBox::NoButton, editor);
    QPushButton* save = box.addButton(tr("保存"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("放弃修改"), QMessageBox::DestructiveRole);
    box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        return UnsavedDecision::Save;
    if (box.clickedButton() == discard)
        return UnsavedDecision::Discard;
    return UnsavedDecision::Cancel;
}

void EnterpriseEditor::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    if (reason.isEmpty())
        return;
    for (QLineEdit* e : findChildren<QLineEdit*>())
        e->setReadOnly(true);
    for (QPlainTextEdit* e : findChildren<QPlainTextEdit*>())
        e->setReadOnly(true);
    m_ui->kindCombo->setEnabled(false);
    m_ui->usccOverrideCheck->setEnabled(false);
    for (QTableView* v : findChildren<QTableView*>())
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QPushButton* b : {m_ui->saveButton, m_ui->revertButton, m_ui->addOccupationButton, m_ui->removeOccupationButton,
                           m_ui->addEquipmentButton, m_ui->removeEquipmentButton, m_ui->addStaffButton,
                           m_ui->removeStaffButton, m_ui->addExpertButton, m_ui->removeExpertButton,
                           m_ui->addAssessorButton, m_ui->removeAssessorButton, m_ui->addSupervisorButton,
                           m_ui->removeSupervisorButton, m_ui->addDocumentButton, m_ui->removeDocumentButton}) {
        b->setEnabled(false);
        b->setToolTip(reason);
    }
    m_ui->recordInfoLabel->setToolTip(reason);
    updateDocumentButtons();
    updateTitle();
}

bool EnterpriseEditor::confirmClose()
{
    if (!isModified())
        return true;
    switch (m_prompt(this)) {
    case UnsavedDecision::Save: return save();
    case UnsavedDecision::Discard: return true;
    case UnsavedDecision::Cancel: return false;
    }
    return false;
}

void EnterpriseEditor::reject()
{
    if (confirmClose())
        QDialog::reject();
}

void EnterpriseEditor::printPreview()
{
    PrintActions::preview(this, applicationForm(currentEnterprise()));
}

void EnterpriseEditor::exportPdf()
{
    const Enterprise e = currentEnterprise();
    const QString base = (e.name.trimmed().isEmpty() ? tr("企业") : e.name.trimmed()) + tr("-备案申请表");
    PrintActions::exportPdf(this, applicationForm(e), base);
}

void EnterpriseEditor::refreshDocuments()
{
    QTableWidget* t = m_ui->documentsTable;
    const qint64 selected = selectedDocumentId();
    {
        const QSignalBlocker block(t);
        t->clearSelection();
        t->setRowCount(static_cast<int>(m_saved.documents.size()));
        for (int i = 0; i < m_saved.documents.size(); ++i) {
            const AttachedDocument& d = m_saved.documents.at(i);
            const QStringList cells{documentKindLabel(d.kind), d.fileName, sizeText(d.size),
                                    d.addedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, d.id);
                if (c == 1)
                    item->setToolTip(tr("SHA-256：%1").arg(d.sha256));
                t->setItem(i, c, item);
            }
            if (d.id == selected)
                t->selectRow(i);
        }
    }
    updateDocumentButtons();
}

void EnterpriseEditor::updateDocumentButtons()
{
    const bool saved = m_saved.id != 0;
    m_ui->documentsTable->setEnabled(saved);
    m_ui->documentKindCombo->setEnabled(saved && !isReadOnly());
    m_ui->addDocumentButton->setEnabled(saved && !isReadOnly());
    const bool any = saved && selectedDocumentId() != 0;
    m_ui->openDocumentButton->setEnabled(any);
    m_ui->removeDocumentButton->setEnabled(any && !isReadOnly());
    m_ui->documentsHint->setText(
        saved ? tr("营业执照、规章制度、场地设备权属证明等材料的扫描件（PDF 或图片，每个不超过 50 MB）。")
              : tr("请先保存企业基本信息，保存后即可在此添加营业执照、规章制度等材料的扫描件。"));
}

qint64 EnterpriseEditor::selectedDocumentId() const
{
    const QList<QTableWidgetItem*> items = m_ui->documentsTable->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void EnterpriseEditor::attachDocument()
{
    if (m_saved.id == 0)
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("paths/documents")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("添加附件"), dir, tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/documents"), QFileInfo(path).absolutePath());
    auto added = m_service.attachDocument(m_saved.id, m_ui->documentKindCombo->currentData().toString(), path);
    if (!added) {
        ErrorPresenter::show(this, added.error(), tr("未能添加附件"));
        return;
    }
    // Attachments are stored at once and do not touch the form's unsaved edits.
    m_saved.documents << *added;
    m_baseline.documents = m_saved.documents;
    refreshDocuments();
}

void EnterpriseEditor::openDocument()
{
    const qint64 id = selectedDocumentId();
    if (id == 0)
        return;
    auto content = m_service.documentContent(id);
    if (!content) {
        ErrorPresenter::show(this, content.error(), tr("无法打开附件"));
        return;
    }
    QString fileName;
    for (const AttachedDocument& d : std::as_const(m_saved.documents))
        if (d.id == id)
            fileName = d.fileName;
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>();
    // Each document gets its own folder so two scans with the same name do not clash.
    const QString folder = m_tempDir->filePath(QString::number(id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(fileName.isEmpty() ? QStringLiteral("document") : fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
        ErrorPresenter::show(this, Error::storage(tr("无法写出临时文件“%1”：%2").arg(path, file.errorString())));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        ErrorPresenter::show(this, Error::notAllowed(tr("系统中没有可以打开“%1”的程序。").arg(fileName)));
}

void EnterpriseEditor::removeDocument()
{
    const qint64 id = selectedDocumentId();
    if (id == 0)
        return;
    const auto it = std::find_if(m_saved.documents.cbegin(), m_saved.documents.cend(),
                                 [id](const AttachedDocument& d) { return d.id == id; });
    const QString name = it == m_saved.documents.cend() ? QString() : it->fileName;
    const auto answer = QMessageBox::question(this, tr("移除附件"), tr("确定要移除附件“%1”吗？").arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = m_service.removeDocument(id); !s) {
        ErrorPresenter::show(this, s.error(), tr("未能移除附件"));
        return;
    }
    m_saved.documents.removeIf([id](const AttachedDocument& d) { return d.id == id; });
    m_baseline.documents = m_saved.documents;
    refreshDocuments();
}

} // namespace jd::ui
