#include "ui/supervision/NewPlanDialog.h"

#include "core/calendar/WorkCalendar.h"
#include "core/db/Database.h"
#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jd::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int LevelRole = Qt::UserRole + 2;
} // namespace

NewPlanDialog::NewPlanDialog(PlanService& plans, EnterpriseService& enterprises, const Database& db,
                             const QList<std::pair<qint64, QString>>& pilots, QWidget* parent)
    : QDialog(parent), m_plans(plans), m_enterprises(enterprises), m_db(db),
      m_enterprise(new QComboBox(this)), m_submitted(new QDateEdit(this)),
      m_start(new QDateEdit(this)), m_end(new QDateEdit(this)), m_candidates(new QSpinBox(this)),
      m_sites(new QLineEdit(this)), m_occupations(new QTreeWidget(this)),
      m_assessors(new QListWidget(this)), m_supervisors(new QListWidget(this)),
      m_deadline(new QLabel(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("newPlanDialog"));
    setWindowTitle(tr("新建认定计划"));
    setStyleSheet(FieldErrorStyle::styleSheet() +
                  QStringLiteral(" QDateEdit[fieldError=\"true\"], QSpinBox[fieldError=\"true\"], "
                                 "QTreeWidget[fieldError=\"true\"],"
                                 " QListWidget[fieldError=\"true\"] { border: 1px solid #c0392b; "
                                 "background: #fdecea; }"));
    m_enterprise->setObjectName(QStringLiteral("planEnterpriseCombo"));
    for (const auto& [id, name] : pilots)
        m_enterprise->addItem(name, id);
    const QDate today = m_db.clock().today();
    m_submitted->setObjectName(QStringLiteral("planSubmittedDate"));
    m_start->setObjectName(QStringLiteral("planStartDate"));
    m_end->setObjectName(QStringLiteral("planEndDate"));
    for (QDateEdit* e : {m_submitted, m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_submitted->setDate(today);
    m_start->setDate(today.addDays(21));
    m_end->setDate(today.addDays(23));
    m_candidates->setObjectName(QStringLiteral("planCandidatesSpin"));
    m_candidates->setRange(0, 100000);
    m_candidates->setValue(30);
    m_candidates->setSuffix(tr(" 人"));
    m_sites->setObjectName(QStringLiteral("planSitesEdit"));
    m_sites->setPlaceholderText(tr("考核场地，如：企业培训中心实操车间"));
    m_occupations->setObjectName(QStringLiteral("planOccupationTree"));
    m_occupations->setHeaderLabels({tr("备案的职业（工种）与等级")});
    m_occupations->header()->hide();
    m_occupations->setMinimumHeight(130);
    m_assessors->setObjectName(QStringLiteral("planAssessorList"));
    m_supervisors->setObjectName(QStringLiteral("planSupervisorList"));
    for (QListWidget* l : {m_assessors, m_supervisors})
        l->setMaximumHeight(96);
    m_deadline->setObjectName(QStringLiteral("planDeadlineLabel"));
    m_deadline->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("planErrorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("role", QStringLiteral("fieldMessage"));
    m_summary->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, QStringLiteral("enterprise_id"), tr("试点企业"), m_enterprise);
    addField(form, QStringLiteral("submitted"), tr("报送日期"), m_submitted);
    auto* dates = new QWidget(this);
    auto* datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_start);
    datesLayout->addWidget(new QLabel(tr("至"), dates));
    datesLayout->addWidget(m_end);
    datesLayout->addStretch(1);
    QLabel* startMessage = addField(form, QStringLiteral("start"), tr("认定日期"), dates);
    m_fields.insert(QStringLiteral("start"), {m_start, startMessage});
    m_fields.insert(QStringLiteral("end"), {m_end, startMessage});
    form->addRow(QString(), m_deadline);
    addField(form, QStringLiteral("candidates"), tr("预计人数"), m_candidates);
    addField(form, QStringLiteral("sites"), tr("考核场地"), m_sites);
    addField(form, QStringLiteral("occupations"), tr("职业与等级"), m_occupations);
    addField(form, QStringLiteral("assessors"), tr("考评人员"), m_assessors);
    addField(form, QStringLiteral("supervisors"), tr("质量督导人员"), m_supervisors);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存计划"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("savePlanButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_enterprise, &QComboBox::currentIndexChanged, this, &NewPlanDialog::loadEnterprise);
    for (QDateEdit* e : {m_submitted, m_start, m_end})
        connect(e, &QDateEdit::dateChanged, this, &NewPlanDialog::updateDeadline);
    loadEnterprise();
    updateDeadline();
    resize(640, 720);
}

QLabel* NewPlanDialog::addField(QFormLayout* form, const QString& key, const QString& label,
                                QWidget* input)
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    auto* message = new QLabel(box);
    message->setObjectName(key + QStringLiteral("Message"));
    message->setProperty("role", QStringLiteral("fieldMessage"));
    message->setWordWrap(true);
    message->hide();
    v->addWidget(message);
    form->addRow(label, box);
    m_fields.insert(key, {input, message});
    return message;
}

void NewPlanDialog::setEnterprise(qint64 id)
{
    m_enterprise->setCurrentIndex(m_enterprise->findData(id));
}

void NewPlanDialog::setDates(const QDate& submitted, const QDate& start, const QDate& end)
{
    m_submitted->setDate(submitted);
    m_start->setDate(start);
    m_end->setDate(end);
}

void NewPlanDialog::loadEnterprise()
{
    m_occupations->clear();
    m_assessors->clear();
    m_supervisors->clear();
    const qint64 id = m_enterprise->currentData().toLongLong();
    if (id == 0)
        return;
    auto e = m_enterprises.get(id);
    if (!e) {
        ErrorPresenter::show(this, e.error());
        return;
    }
    for (const OccupationApplied& o : e->occupations) {
        auto* item = new QTreeWidgetItem(
            m_occupations,
            {tr("%1 %2%3").arg(o.code, o.name,
                               o.trade.isEmpty() ? QString() : tr("（%1）").arg(o.trade))});
        item->setData(0, CodeRole, o.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Unchecked);
        for (int level : o.levels) {
            auto* child = new QTreeWidgetItem(item, {levelText(level)});
            child->setData(0, CodeRole, o.code);
            child->setData(0, LevelRole, level);
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            child->setCheckState(0, Qt::Unchecked);
        }
    }
    m_occupations->expandAll();
    for (const auto& [list, people] : {std::make_pair(m_assessors, e->assessors),
                                       std::make_pair(m_supervisors, e->supervisors)}) {
        for (const Person& p : people) {
            auto* item = new QListWidgetItem(
                p.title.isEmpty() ? p.name : tr("%1（%2）").arg(p.name, p.title), list);
            item->setData(Qt::UserRole, p.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

bool NewPlanDialog::checkLevel(const QString& code, int level, bool on)
{
    for (int i = 0; i < m_occupations->topLevelItemCount(); ++i) {
        QTreeWidgetItem* occ = m_occupations->topLevelItem(i);
        if (occ->data(0, CodeRole).toString() != code)
            continue;
        for (int j = 0; j < occ->childCount(); ++j)
            if (occ->child(j)->data(0, LevelRole).toInt() == level) {
                occ->child(j)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
                return true;
            }
    }
    return false;
}

void NewPlanDialog::checkAllPeople()
{
    for (QListWidget* l : {m_assessors, m_supervisors})
        for (int i = 0; i < l->count(); ++i)
            l->item(i)->setCheckState(Qt::Checked);
}

QJsonObject NewPlanDialog::request() const
{
    QJsonArray occupations;
    for (int i = 0; i < m_occupations->topLevelItemCount(); ++i) {
        QTreeWidgetItem* occ = m_occupations->topLevelItem(i);
        QJsonArray levels;
        for (int j = 0; j < occ->childCount(); ++j)
            if (occ->child(j)->checkState(0) == Qt::Checked)
                levels.append(occ->child(j)->data(0, LevelRole).toInt());
        if (!levels.isEmpty())
            occupations.append(
                QJsonObject{{QStringLiteral("code"), occ->data(0, CodeRole).toString()},
                            {QStringLiteral("levels"), levels}});
    }
    auto names = [](QListWidget* l) {
        QJsonArray out;
        for (int i = 0; i < l->count(); ++i)
            if (l->item(i)->checkState() == Qt::Checked)
                out.append(l->item(i)->data(Qt::UserRole).toString());
        return out;
    };
    return {{QStringLiteral("enterprise_id"), m_enterprise->currentData().toLongLong()},
            {QStringLiteral("submitted"), m_submitted->date().toString(Qt::ISODate)},
            {QStringLiteral("start"), m_start->date().toString(Qt::ISODate)},
            {QStringLiteral("end"), m_end->date().toString(Qt::ISODate)},
            {QStringLiteral("candidates"), m_candidates->value()},
            {QStringLiteral("sites"), m_sites->text().trimmed()},
            {QStringLiteral("occupations"), occupations},
            {QStringLiteral("assessors"), names(m_assessors)},
            {QStringLiteral("supervisors"), names(m_supervisors)}};
}

void NewPlanDialog::updateDeadline()
{
    WorkCalendar calendar(m_db);
    auto deadline = calendar.addWorkingDays(m_start->date(), -PlanService::LeadWorkingDays);
    if (!deadline) {
        m_deadline->setText(deadline.error().message);
        return;
    }
    QString text = deadlineText();
    const QString warning = calendar.coverageWarning(*deadline, m_start->date());
    const bool late = m_submitted->date() > *deadline;
    if (late)
        text += tr("<br/><b>按报送日期 %1 已逾期</b>，将标记为“逾期报送”（或按设置拒收）。")
                    .arg(m_submitted->date().toString(Qt::ISODate));
    if (!warning.isEmpty())
        text += QStringLiteral("<br/>") + warning.toHtmlEscaped();
    m_deadline->setText(text);
    m_deadline->setStyleSheet(late || !warning.isEmpty()
                                  ? QStringLiteral("QLabel { color: #b35c00; }")
                                  : QStringLiteral("QLabel { color: #1e7b34; }"));
}

QString NewPlanDialog::deadlineText() const
{
    auto deadline =
        WorkCalendar(m_db).addWorkingDays(m_start->date(), -PlanService::LeadWorkingDays);
    if (!deadline)
        return {};
    return tr("应于 %1 前报送（开始前 %2 个工作日）")
        .arg(deadline->toString(Qt::ISODate))
        .arg(PlanService::LeadWorkingDays);
}

QString NewPlanDialog::fieldMessage(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.cend() || it->second->isHidden() ? QString() : it->second->text();
}

void NewPlanDialog::clearErrors()
{
    for (const auto& [input, label] : std::as_const(m_fields))
        FieldErrorStyle::clear(input, label);
    m_summary->hide();
}

bool NewPlanDialog::submit(const QJsonObject& request)
{
    clearErrors();
    auto created = m_plans.create(request);
    if (created) {
        m_created = *created;
        return true;
    }
    const Error& e = created.error();
    QHash<QString, QStringList> byKey;
    for (const FieldError& f : e.fields) {
        // occupations[2].levels → occupations
        QString key = f.field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
        if (!m_fields.contains(key))
            key = QStringLiteral("occupations");
        byKey[key] << (f.label.isEmpty() ? f.message : tr("%1：%2").arg(f.label, f.message));
    }
    if (e.fields.isEmpty() && e.code == ErrorCode::NotAllowed)
        // Refused without a field (a late plan names its date): the enterprise may not file.
        byKey[QStringLiteral("enterprise_id")] << e.message;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const auto& [input, label] = m_fields.value(it.key());
        FieldErrorStyle::mark(input, label, it.value().join(QLatin1Char('\n')));
    }
    if (byKey.isEmpty()) {
        ErrorPresenter::show(this, e);
        return false;
    }
    m_summary->setText(e.message);
    m_summary->show();
    return false;
}

} // namespace jd::ui
