#include "ui/supervision/SpotRecordDialog.h"

#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace jd::ui {

SpotRecordDialog::SpotRecordDialog(SpotCheckService& checks, const SpotCheck& check,
                                   const QDate& today, QWidget* parent)
    : QDialog(parent), m_checks(checks), m_check(check), m_visit(new QDateEdit(this)),
      m_inspectors(new QLineEdit(this)), m_findings(new QPlainTextEdit(this)),
      m_rectification(new QPlainTextEdit(this)), m_outcome(new QComboBox(this))
{
    setObjectName(QStringLiteral("spotRecordDialog"));
    setWindowTitle(tr("记录抽查结果 — %1").arg(check.enterpriseName));
    setStyleSheet(
        FieldErrorStyle::styleSheet() +
        QStringLiteral(
            " QDateEdit[fieldError=\"true\"] { border: 1px solid #c0392b; background: #fdecea; }"));
    m_visit->setObjectName(QStringLiteral("spotVisitDate"));
    m_visit->setCalendarPopup(true);
    m_visit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_visit->setDate(check.visitDate.isValid() ? check.visitDate : today);
    m_inspectors->setObjectName(QStringLiteral("spotInspectorsEdit"));
    m_inspectors->setPlaceholderText(tr("检查人员姓名，以顿号分隔"));
    m_findings->setObjectName(QStringLiteral("spotFindingsEdit"));
    m_rectification->setObjectName(QStringLiteral("spotRectificationEdit"));
    m_rectification->setPlaceholderText(tr("结论为限期整改或严重问题时必填"));
    for (QPlainTextEdit* e : {m_findings, m_rectification})
        e->setTabChangesFocus(true);
    m_outcome->setObjectName(QStringLiteral("spotOutcomeCombo"));
    for (const QString& key :
         {QStringLiteral("compliant"), QStringLiteral("rectify"), QStringLiteral("serious")})
        m_outcome->addItem(spotOutcomeText(key), key);

    auto* form = new QFormLayout;
    form->addRow(tr("认定计划"), new QLabel(tr("%1（计划 %2，%3 开始）")
                                                .arg(check.enterpriseName)
                                                .arg(check.planId)
                                                .arg(check.planStart.toString(Qt::ISODate)),
                                            this));
    const QList<std::tuple<QString, QString, QWidget*>> rows = {
        {QStringLiteral("visit_date"), tr("检查日期"), m_visit},
        {QStringLiteral("inspectors"), tr("检查人员"), m_inspectors},
        {QStringLiteral("findings"), tr("检查发现"), m_findings},
        {QStringLiteral("outcome"), tr("结论"), m_outcome},
        {QStringLiteral("rectification"), tr("整改要求"), m_rectification}};
    for (const auto& [key, label, input] : rows) {
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(input);
        auto* message = new QLabel(box);
        message->setProperty("role", QStringLiteral("fieldMessage"));
        message->setWordWrap(true);
        message->hide();
        v->addWidget(message);
        form->addRow(label, box);
        m_fields.insert(key, {input, message});
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (check.outcome != QStringLiteral("pending"))
        setValues(check.visitDate, check.inspectors, check.findings, check.rectification,
                  check.outcome);
    resize(560, 480);
}

void SpotRecordDialog::setValues(const QDate& visit, const QString& inspectors,
                                 const QString& findings, const QString& rectification,
                                 const QString& outcome)
{
    m_visit->setDate(visit);
    m_inspectors->setText(inspectors);
    m_findings->setPlainText(findings);
    m_rectification->setPlainText(rectification);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(outcome)));
}

QString SpotRecordDialog::fieldMessage(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.cend() || it->second->isHidden() ? QString() : it->second->text();
}

bool SpotRecordDialog::save()
{
    for (const auto& [input, label] : std::as_const(m_fields))
        FieldErrorStyle::clear(input, label);
    auto r = m_checks.record(m_check.id, m_visit->date(), m_inspectors->text(),
                             m_findings->toPlainText(), m_rectification->toPlainText(),
                             m_outcome->currentData().toString());
    if (r) {
        m_recorded = *r;
        return true;
    }
    bool shown = false;
    for (const FieldError& f : r.error().fields) {
        if (!m_fields.contains(f.field))
            continue;
        const auto& [input, label] = m_fields.value(f.field);
        FieldErrorStyle::mark(input, label, f.message);
        shown = true;
    }
    if (!shown)
        ErrorPresenter::show(this, r.error());
    return false;
}

} // namespace jd::ui
