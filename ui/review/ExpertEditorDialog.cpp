#include "ui/review/ExpertEditorDialog.h"
#include "ui/common/CoreLabels.h"

#include "core/registry/EnterpriseService.h"
#include "core/validation/Validators.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jd::ui {

namespace {

// "specialties[2]" and "conflicts[1].reason" belong to the field before the bracket.
QString baseKey(const QString& field)
{
    const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
    return cut < 0 ? field : field.left(cut);
}

constexpr int EnterpriseIdRole = Qt::UserRole + 1;

} // namespace

ExpertEditorDialog::ExpertEditorDialog(ExpertService& experts, EnterpriseService& enterprises,
                                       QWidget* parent)
    : QDialog(parent), m_experts(experts), m_enterprises(enterprises), m_name(new QLineEdit(this)),
      m_idType(new QComboBox(this)), m_idNumber(new QLineEdit(this)),
      m_employer(new QLineEdit(this)), m_title(new QLineEdit(this)), m_region(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_specialties(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this)), m_conflicts(new QTableWidget(0, 2, this)),
      m_addConflict(new QPushButton(tr("添加回避企业(&A)…"), this)),
      m_removeConflict(new QPushButton(tr("移除(&R)"), this)),
      m_save(new QPushButton(tr("保存(&S)"), this)), m_info(new QLabel(this)),
      m_summary(new QLabel(this)), m_unsavedPrompt(&ExpertEditorDialog::askUnsaved),
      m_conflictPrompt(&ExpertEditorDialog::askConflict)
{
    setObjectName(QStringLiteral("expertEditorDialog"));
    setStyleSheet(FieldErrorStyle::styleSheet() +
                  QStringLiteral(" QTableWidget[fieldError=\"true\"] { border: 1px solid #c0392b; }"
                                 " QLabel#expertInfoLabel { color: #666; }"
                                 " QLabel#expertErrorSummary { color: #b03a2e; }"));
    setSizeGripEnabled(true);

    m_name->setObjectName(QStringLiteral("expertNameEdit"));
    m_idType->setObjectName(QStringLiteral("expertIdTypeCombo"));
    for (validation::IdType t : validation::allIdTypes())
        m_idType->addItem(idTypeText(t), validation::idTypeKey(t));
    m_idNumber->setObjectName(QStringLiteral("expertIdNumberEdit"));
    m_idNumber->setPlaceholderText(tr("居民身份证 18 位，末位可为 X"));
    m_employer->setObjectName(QStringLiteral("expertEmployerEdit"));
    m_title->setObjectName(QStringLiteral("expertTitleEdit"));
    m_title->setPlaceholderText(tr("如 高级工程师、一级/高级技师"));
    m_region->setObjectName(QStringLiteral("expertRegionEdit"));
    m_region->setPlaceholderText(tr("如 河西区、滨海新区"));
    m_phone->setObjectName(QStringLiteral("expertPhoneEdit"));
    m_specialties->setObjectName(QStringLiteral("expertSpecialtiesEdit"));
    m_specialties->setPlaceholderText(tr("职业分类大典编码或其前缀，如 6-31, 6-31-01-03"));
    m_specialties->setToolTip(
        tr("可填写职业编码（如 6-31-01-03）或其前缀（如 6-31 表示该中类下的全部职业），"
           "多个之间用逗号、顿号或空格分隔。抽取评审专家时按此与企业申报的职业匹配。"));
    m_note->setObjectName(QStringLiteral("expertNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 3 + 14);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Labels with mnemonics move the focus to their field (Alt+N …).
    auto row = [&](const QString& label, const QString& key, QWidget* input) {
        auto* l = new QLabel(label, this);
        l->setBuddy(input);
        form->addRow(l, fieldRow(key, input));
    };
    row(tr("姓名(&N)"), QStringLiteral("name"), m_name);
    row(tr("证件类型(&D)"), QStringLiteral("id_type"), m_idType);
    row(tr("证件号码(&I)"), QStringLiteral("id_number"), m_idNumber);
    row(tr("工作单位(&W)"), QStringLiteral("employer"), m_employer);
    row(tr("职称/技能等级(&T)"), QStringLiteral("title"), m_title);
    row(tr("地区(&G)"), QStringLiteral("region"), m_region);
    row(tr("联系电话(&P)"), QStringLiteral("phone"), m_phone);
    row(tr("专业领域(&Z)"), QStringLiteral("specialties"), m_specialties);
    row(tr("备注(&M)"), QStringLiteral("note"), m_note);

    m_conflicts->setObjectName(QStringLiteral("expertConflictsTable"));
    m_conflicts->setHorizontalHeaderLabels({tr("企业"), tr("理由")});
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_conflicts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_conflicts->setColumnWidth(0, 300);
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setMinimumHeight(120);
    m_addConflict->setObjectName(QStringLiteral("addConflictButton"));
    m_addConflict->setToolTip(tr("登记该专家申报需要回避的企业（如曾任职、有利害关系）"));
    m_removeConflict->setObjectName(QStringLiteral("removeConflictButton"));
    auto* conflictsMessage = new QLabel(this);
    m_fields.insert(QStringLiteral("conflicts"), FieldWidgets{m_conflicts, conflictsMessage});
    conflictsMessage->setObjectName(QStringLiteral("conflictsError"));
    conflictsMessage->setProperty("role", QStringLiteral("fieldMessage"));
    conflictsMessage->setWordWrap(true);
    conflictsMessage->hide();
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(new QLabel(tr("申报回避的企业（抽取评审专家时自动回避）"), this), 1);
    conflictButtons->addWidget(m_addConflict);
    conflictButtons->addWidget(m_removeConflict);

    m_info->setObjectName(QStringLiteral("expertInfoLabel"));
    m_summary->setObjectName(QStringLiteral("expertErrorSummary"));
    m_summary->setWordWrap(true);
    m_summary->hide();

    m_save->setObjectName(QStringLiteral("saveExpertButton"));
    auto* close = new QPushButton(tr("关闭"), this);
    close->setObjectName(QStringLiteral("closeExpertButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(close, QDialogButtonBox::RejectRole);
    // Enter belongs to the fields and the table, not to a default button.
    for (QPushButton* b : {m_save, close, m_addConflict, m_removeConflict})
        b->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addLayout(form);
    layout->addLayout(conflictButtons);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(conflictsMessage);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (const auto& [key, edit] : {std::pair{QStringLiteral("name"), m_name},
                                    std::pair{QStringLiteral("id_number"), m_idNumber},
                                    std::pair{QStringLiteral("employer"), m_employer},
                                    std::pair{QStringLiteral("title"), m_title},
                                    std::pair{QStringLiteral("region"), m_region},
                                    std::pair{QStringLiteral("phone"), m_phone},
                                    std::pair{QStringLiteral("specialties"), m_specialties}}) {
        // Only what people typed counts as touched, not what populate() put there.
        connect(edit, &QLineEdit::textEdited, this, [this, k = key] {
            m_touched.insert(k);
            onEdited(k);
        });
    }
    connect(m_idType, &QComboBox::activated, this, [this] {
        m_touched.insert(QStringLiteral("id_type"));
        onEdited(QStringLiteral("id_number"));
    });
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { onEdited(QStringLiteral("note")); });
    connect(m_conflicts, &QTableWidget::itemChanged, this,
            [this] { onEdited(QStringLiteral("conflicts")); });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeConflict->setEnabled(!isReadOnly() && !m_conflicts->selectedItems().isEmpty());
    });
    connect(m_addConflict, &QPushButton::clicked, this, &ExpertEditorDialog::chooseConflict);
    connect(m_removeConflict, &QPushButton::clicked, this, [this] {
        const int row = m_conflicts->currentRow();
        if (row >= 0)
            removeConflict(m_conflicts->item(row, 0)->data(EnterpriseIdRole).toLongLong());
    });
    auto* del =
        new QShortcut(QKeySequence::Delete, m_conflicts, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_removeConflict, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, &ExpertEditorDialog::save);
    connect(close, &QPushButton::clicked, this, &ExpertEditorDialog::reject);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &ExpertEditorDialog::save);

    resize(720, 680);
    startNew();
}

QWidget* ExpertEditorDialog::fieldRow(const QString& key, QWidget* input)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto* message = new QLabel(box);
    message->setObjectName(input->objectName()
                               .replace(QStringLiteral("Edit"), QString())
                               .replace(QStringLiteral("Combo"), QString()) +
                           QStringLiteral("Error"));
    message->setProperty("role", QStringLiteral("fieldMessage"));
    message->setWordWrap(true);
    message->hide();
    input->setParent(box);
    v->addWidget(input);
    v->addWidget(message);
    m_fields.insert(key, FieldWidgets{input, message});
    return box;
}

void ExpertEditorDialog::startNew()
{
    m_saved = Expert{};
    m_showAll = false;
    m_serviceErrors.clear();
    populate(m_saved);
    m_name->setFocus();
}

Status ExpertEditorDialog::load(qint64 id)
{
    auto e = m_experts.get(id);
    if (!e)
        return e.error();
    m_saved = *e;
    m_showAll = true; // a stored record should be clean; anything wrong in it shows at once
    m_serviceErrors.clear();
    populate(m_saved);
    return {};
}

void ExpertEditorDialog::populate(const Expert& e)
{
    m_populating = true;
    m_touched.clear();
    m_name->setText(e.name);
    m_idType->setCurrentIndex(std::max(0, m_idType->findData(e.idType)));
    m_idNumber->setText(e.idNumber);
    m_employer->setText(e.employer);
    m_title->setText(e.title);
    m_region->setText(e.region);
    m_phone->setText(e.phone);
    m_specialties->setText(e.specialties.join(QStringLiteral(", ")));
    m_note->setPlainText(e.note);
    fillConflicts(e.conflicts);
    m_populating = false;
    if (e.id == 0)
        m_info->setText(tr("新入库的专家。带“回避”的企业在抽取评审专家时自动排除。"));
    else
        m_info->setText(tr("专家编号 %1　%2　第 %3 版")
                            .arg(e.id)
                            .arg(e.active ? tr("在库") : tr("已停用（不参加抽取）"))
                            .arg(e.rowVersion));
    m_baseline = currentExpert();
    onEdited();
}

void ExpertEditorDialog::fillConflicts(const QList<ExpertConflict>& conflicts)
{
    const QSignalBlocker block(m_conflicts);
    m_conflicts->clearContents();
    m_conflicts->setRowCount(static_cast<int>(conflicts.size()));
    for (int i = 0; i < conflicts.size(); ++i) {
        const ExpertConflict& c = conflicts.at(i);
        auto* name = new QTableWidgetItem(c.enterpriseName);
        name->setData(EnterpriseIdRole, c.enterpriseId);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setToolTip(c.enterpriseName);
        auto* reason = new QTableWidgetItem(c.reason);
        reason->setToolTip(tr("双击修改理由"));
        if (isReadOnly())
            reason->setFlags(reason->flags() & ~Qt::ItemIsEditable);
        m_conflicts->setItem(i, 0, name);
        m_conflicts->setItem(i, 1, reason);
    }
    m_removeConflict->setEnabled(false);
}

QList<ExpertConflict> ExpertEditorDialog::conflictsInTable() const
{
    QList<ExpertConflict> out;
    for (int r = 0; r < m_conflicts->rowCount(); ++r) {
        const QTableWidgetItem* name = m_conflicts->item(r, 0);
        const QTableWidgetItem* reason = m_conflicts->item(r, 1);
        if (!name)
            continue;
        out << ExpertConflict{name->data(EnterpriseIdRole).toLongLong(), name->text(),
                              reason ? reason->text() : QString()};
    }
    return out;
}

QStringList ExpertEditorDialog::parseSpecialties(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString code = validation::normalizeWidth(part);
        if (!code.isEmpty() && !out.contains(code))
            out << code;
    }
    return out;
}

Expert ExpertEditorDialog::currentExpert() const
{
    Expert e = m_saved; // id, active and row version are not edited here
    e.name = m_name->text();
    e.idType = m_idType->currentData().toString();
    e.idNumber = m_idNumber->text();
    e.employer = m_employer->text();
    e.title = m_title->text();
    e.region = m_region->text();
    e.phone = m_phone->text();
    e.specialties = parseSpecialties(m_specialties->text());
    e.note = m_note->toPlainText();
    e.conflicts = conflictsInTable();
    return e;
}

bool ExpertEditorDialog::sameContent(const Expert& a, const Expert& b)
{
    auto conflictsEqual = [](const QList<ExpertConflict>& x, const QList<ExpertConflict>& y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (x.at(i).enterpriseId != y.at(i).enterpriseId || x.at(i).reason != y.at(i).reason)
                return false;
        return true;
    };
    return a.name == b.name && a.idType == b.idType && a.idNumber == b.idNumber &&
           a.employer == b.employer && a.title == b.title && a.region == b.region &&
           a.phone == b.phone && a.specialties == b.specialties && a.note == b.note &&
           conflictsEqual(a.conflicts, b.conflicts);
}

bool ExpertEditorDialog::isModified() const
{
    return !sameContent(currentExpert(), m_baseline);
}

QList<FieldError> ExpertEditorDialog::localErrors(const Expert& e) const
{
    // The pure validators the service uses, so what shows while typing is what a save
    // would be refused for; the service's own errors replace these after a save attempt.
    static const QRegularExpression specialty(QStringLiteral("^[1-8](-\\d{2}){0,3}$"));
    QList<FieldError> out;
    if (e.name.trimmed().isEmpty())
        out << FieldError{QStringLiteral("name"), tr("姓名"), tr("请填写专家姓名。"), 0, {}};
    validation::IdType type = validation::IdType::ResidentId;
    if (e.idNumber.trimmed().isEmpty()) {
        out << FieldError{
            QStringLiteral("id_number"), tr("证件号码"), tr("请填写证件号码。"), 0, {}};
    } else if (!e.idNumber.contains(QLatin1Char('*')) &&
               validation::idTypeFromString(e.idType, &type)) {
        const validation::Check c = validation::idDocument(type, e.idNumber);
        if (!c.ok)
            out << FieldError{QStringLiteral("id_number"), tr("证件号码"), c.message, 0,
                              e.idNumber};
    }
    if (e.employer.trimmed().isEmpty())
        out << FieldError{QStringLiteral("employer"),
                          tr("工作单位"),
                          tr("请填写工作单位：抽取专家组时据此回避。"),
                          0,
                          {}};
    if (const QString phone = validation::normalizeWidth(e.phone).remove(QLatin1Char(' '));
        !phone.isEmpty() && !validation::mobile(phone).ok && !validation::landline(phone).ok)
        out << FieldError{QStringLiteral("phone"), tr("联系电话"),
                          tr("应为 11 位手机号或带区号的固定电话，如 022-23456789。"), 0, e.phone};
    for (const QString& code : e.specialties)
        if (!specialty.match(code).hasMatch())
            out << FieldError{QStringLiteral("specialties"), tr("专业领域"),
                              tr("“%1”不是职业分类代码：应为大类至职业各级代码，如 "
                                 "6、6-31、6-31-01 或 6-31-01-03。")
                                  .arg(code),
                              0, code};
    if (e.specialties.isEmpty())
        out << FieldError{QStringLiteral("specialties"),
                          tr("专业领域"),
                          tr("请至少填写一个专业领域（职业分类代码，如 6-31）。"),
                          0,
                          {}};
    for (const ExpertConflict& c : e.conflicts)
        if (c.reason.trimmed().isEmpty())
            out << FieldError{
                QStringLiteral("conflicts"),
                tr("回避理由"),
                tr("请写明与“%1”回避的理由（双击理由栏填写）。").arg(c.enterpriseName),
                0,
                {}};
    return out;
}

void ExpertEditorDialog::onEdited(const QString& key)
{
    if (m_populating)
        return;
    if (!key.isEmpty())
        m_serviceErrors.removeIf([&key](const FieldError& f) { return baseKey(f.field) == key; });
    showErrors();
    setWindowModified(isModified());
    updateTitle();
}

void ExpertEditorDialog::showErrors()
{
    QHash<QString, QStringList> messages;
    QStringList summary;
    QList<FieldError> shown;
    QSet<QString> byService;
    auto take = [&](const FieldError& f) {
        const QString key = baseKey(f.field);
        if (m_fields.contains(key)) {
            if (messages.value(key).contains(f.message))
                return;
            messages[key] << f.message;
        } else {
            summary << tr("%1：%2").arg(f.label.isEmpty() ? f.field : f.label, f.message);
        }
        shown << f;
    };
    for (const FieldError& f : std::as_const(m_serviceErrors)) {
        byService.insert(baseKey(f.field));
        take(f);
    }
    // The service's word on a field stands until the field is edited again.
    for (const FieldError& f : localErrors(currentExpert())) {
        const QString key = baseKey(f.field);
        if (!byService.contains(key) &&
            (m_showAll || m_touched.contains(key) || key == QLatin1String("conflicts")))
            take(f);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        FieldErrorStyle::mark(it->input, it->message,
                              messages.value(it.key()).join(QLatin1Char('\n')));
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_summary->setVisible(!summary.isEmpty());
    m_shownErrors = shown;
}

void ExpertEditorDialog::updateTitle()
{
    const QString name = m_name->text().trimmed();
    if (m_saved.id == 0)
        setWindowTitle(name.isEmpty() ? tr("新增评审专家[*]")
                                      : tr("新增评审专家：%1[*]").arg(name));
    else
        setWindowTitle(tr("%1 — 评审专家[*]").arg(name.isEmpty() ? m_saved.name : name));
    if (isReadOnly())
        setWindowTitle(windowTitle().replace(QStringLiteral("[*]"), tr("（只读）[*]")));
}

void ExpertEditorDialog::addConflict(const ExpertConflict& conflict)
{
    QList<ExpertConflict> list = conflictsInTable();
    for (ExpertConflict& c : list)
        if (c.enterpriseId == conflict.enterpriseId) {
            c.reason = conflict.reason;
            fillConflicts(list);
            onEdited(QStringLiteral("conflicts"));
            return;
        }
    list << conflict;
    fillConflicts(list);
    m_conflicts->selectRow(static_cast<int>(list.size()) - 1);
    onEdited(QStringLiteral("conflicts"));
}

void ExpertEditorDialog::removeConflict(qint64 enterpriseId)
{
    QList<ExpertConflict> list = conflictsInTable();
    list.removeIf(
        [enterpriseId](const ExpertConflict& c) { return c.enterpriseId == enterpriseId; });
    fillConflicts(list);
    onEdited(QStringLiteral("conflicts"));
}

void ExpertEditorDialog::chooseConflict()
{
    if (isReadOnly())
        return;
    auto listed = m_enterprises.list();
    if (!listed) {
        ErrorPresenter::show(this, listed.error());
        return;
    }
    QList<EnterpriseSummary> choices;
    const QList<ExpertConflict> present = conflictsInTable();
    for (const EnterpriseSummary& s : *listed)
        if (std::none_of(present.cbegin(), present.cend(),
                         [&s](const ExpertConflict& c) { return c.enterpriseId == s.id; }))
            choices << s;
    if (choices.isEmpty()) {
        ErrorPresenter::show(this, Error::notFound(tr("登记册中没有其他可选的企业。")),
                             tr("无法添加"));
        return;
    }
    if (const auto chosen = m_conflictPrompt(this, choices))
        addConflict(*chosen);
}

std::optional<ExpertConflict>
ExpertEditorDialog::askConflict(ExpertEditorDialog* editor,
                                const QList<EnterpriseSummary>& enterprises)
{
    QDialog dialog(editor);
    dialog.setObjectName(QStringLiteral("conflictDialog"));
    dialog.setWindowTitle(tr("添加回避企业"));
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("conflictEnterpriseCombo"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const EnterpriseSummary& s : enterprises)
        combo->addItem(tr("%1（%2）").arg(s.name, s.uscc), s.id);
    // Type any part of the name or the USCC to find the enterprise.
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setMinimumWidth(420);
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("conflictReasonEdit"));
    reason->setPlaceholderText(tr("如 曾在该企业任职、近亲属在该企业工作"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("企业(&E)"), combo);
    form->addRow(tr("回避理由(&R)"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("添加"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    form->addRow(buttons);
    auto update = [&] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(combo->findText(combo->currentText()) >= 0 &&
                         !reason->text().trimmed().isEmpty());
    };
    connect(combo, &QComboBox::currentTextChanged, &dialog, update);
    connect(reason, &QLineEdit::textChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const int i = combo->findText(combo->currentText());
    if (i < 0)
        return std::nullopt;
    const EnterpriseSummary& s = enterprises.at(i);
    return ExpertConflict{s.id, s.name, reason->text().trimmed()};
}

bool ExpertEditorDialog::applyConflicts(Expert* stored, const QList<ExpertConflict>& wanted)
{
    // The service may keep conflicts with the expert or only through its own calls:
    // whatever it did not store yet is added (or removed) here, one call each.
    auto find = [](const QList<ExpertConflict>& list, qint64 id) -> const ExpertConflict* {
        for (const ExpertConflict& c : list)
            if (c.enterpriseId == id)
                return &c;
        return nullptr;
    };
    const QList<ExpertConflict> have = stored->conflicts;
    for (const ExpertConflict& c : have) {
        const ExpertConflict* w = find(wanted, c.enterpriseId);
        if (w && w->reason.trimmed() == c.reason)
            continue;
        auto r = m_experts.removeConflict(stored->id, c.enterpriseId);
        if (!r) {
            ErrorPresenter::show(this, r.error(), tr("回避企业未保存"));
            return false;
        }
        *stored = *r;
    }
    for (const ExpertConflict& w : wanted) {
        if (find(stored->conflicts, w.enterpriseId))
            continue;
        auto r = m_experts.addConflict(stored->id, w.enterpriseId, w.reason.trimmed());
        if (!r) {
            ErrorPresenter::show(this, r.error(), tr("回避企业未保存"));
            return false;
        }
        *stored = *r;
    }
    return true;
}

bool ExpertEditorDialog::save()
{
    if (isReadOnly()) { // Ctrl+S still reaches here
        ErrorPresenter::show(this, Error::notAllowed(m_readOnlyReason), tr("未保存"));
        return false;
    }
    m_showAll = true; // from the first save attempt on, every problem shows
    const Expert e = currentExpert();
    // Conflicts are stored one by one after the expert: a missing reason would leave the
    // expert saved without them, so it stops the save here.
    const QList<FieldError> local = localErrors(e);
    if (std::any_of(local.cbegin(), local.cend(),
                    [](const FieldError& f) { return f.field == QLatin1String("conflicts"); })) {
        showErrors();
        m_conflicts->setFocus();
        return false;
    }
    Result<Expert> r = e.id == 0 ? m_experts.add(e) : m_experts.update(e);
    if (!r) {
        const Error& error = r.error();
        if (error.code == ErrorCode::Invalid && !error.fields.isEmpty()) {
            m_serviceErrors = error.fields;
            showErrors();
            for (const FieldError& f : error.fields)
                if (const auto it = m_fields.constFind(baseKey(f.field)); it != m_fields.cend()) {
                    it->input->setFocus();
                    break;
                }
            return false;
        }
        Error shown = error;
        if (e.id != 0 && error.code == ErrorCode::NotAllowed)
            shown.message += tr("\n\n您的修改仍保留在本窗口中，可先记下需要的内容。");
        showErrors();
        ErrorPresenter::show(this, shown, tr("未保存"));
        return false;
    }
    Expert stored = *r;
    const bool conflictsSaved = applyConflicts(&stored, e.conflicts);
    m_saved = stored;
    m_serviceErrors.clear();
    populate(m_saved);
    emit saved(m_saved.id);
    return conflictsSaved;
}

ExpertEditorDialog::UnsavedDecision ExpertEditorDialog::askUnsaved(ExpertEditorDialog* editor)
{
    const QString name = editor->m_name->text().trimmed();
    QMessageBox box(QMessageBox::Question, tr("尚未保存"),
                    tr("“%1”有尚未保存的修改。关闭前要保存吗？")
                        .arg(name.isEmpty() ? tr("新增评审专家") : name),
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

bool ExpertEditorDialog::confirmClose()
{
    if (isReadOnly() || !isModified())
        return true;
    switch (m_unsavedPrompt(this)) {
    case UnsavedDecision::Save:
        return save();
    case UnsavedDecision::Discard:
        return true;
    case UnsavedDecision::Cancel:
        return false;
    }
    return false;
}

void ExpertEditorDialog::reject()
{
    if (confirmClose())
        QDialog::reject();
}

void ExpertEditorDialog::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    if (reason.isEmpty())
        return;
    for (QLineEdit* e : {m_name, m_idNumber, m_employer, m_title, m_region, m_phone, m_specialties})
        e->setReadOnly(true);
    m_note->setReadOnly(true);
    m_idType->setEnabled(false);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QPushButton* b : {m_save, m_addConflict, m_removeConflict}) {
        b->setEnabled(false);
        b->setToolTip(reason);
    }
    m_info->setToolTip(reason);
    updateTitle();
}

} // namespace jd::ui
