#include "ui/filing/NewFilingDialog.h"

#include "core/registry/EnterpriseService.h"
#include "ui/common/ErrorPresenter.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

NewFilingDialog::NewFilingDialog(FilingService& service, EnterpriseService& enterprises,
                                 const QDate& today, QWidget* parent)
    : QDialog(parent), m_service(service), m_enterprise(new QComboBox(this)),
      m_batch(new QComboBox(this)), m_received(new QDateEdit(this)), m_lateHint(new QLabel(this)),
      m_ok(nullptr)
{
    setObjectName(QStringLiteral("newFilingDialog"));
    setWindowTitle(tr("新建备案申请"));
    setMinimumWidth(560);

    // Typing part of a name narrows the list: there may be hundreds of enterprises.
    m_enterprise->setObjectName(QStringLiteral("enterpriseCombo"));
    m_enterprise->setEditable(true);
    m_enterprise->setInsertPolicy(QComboBox::NoInsert);
    m_enterprise->completer()->setFilterMode(Qt::MatchContains);
    m_enterprise->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_enterprise->lineEdit()->setPlaceholderText(tr("输入企业名称的一部分"));
    if (auto list = enterprises.list()) {
        for (const EnterpriseSummary& e : *list)
            m_enterprise->addItem(tr("%1（%2）").arg(e.name, e.uscc), e.id);
    } else {
        ErrorPresenter::show(parent, list.error());
    }
    m_enterprise->setCurrentIndex(-1);

    m_batch->setObjectName(QStringLiteral("batchCombo"));
    if (auto batches = service.batches()) {
        m_batches = *batches;
        for (const Batch& b : m_batches)
            m_batch->addItem(tr("%1（截止 %2）").arg(b.name, b.deadline.toString(Qt::ISODate)),
                             b.id);
        m_batch->setCurrentIndex(static_cast<int>(m_batches.size()) - 1); // the newest batch
    } else {
        ErrorPresenter::show(parent, batches.error());
    }

    m_received->setObjectName(QStringLiteral("receivedDateEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setMaximumDate(today);
    m_received->setDate(today);
    m_lateHint->setObjectName(QStringLiteral("lateHintLabel"));
    m_lateHint->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_lateHint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("申报企业(&E)"), m_enterprise);
    form->addRow(tr("申报批次(&B)"), m_batch);
    form->addRow(tr("收件日期(&D)"), m_received);
    form->addRow(QString(), m_lateHint);

    auto* note = new QLabel(
        tr("新申请的状态为“已提交”，并按附件2、附件3生成材料清单。企业须先在“企业登记”中录入。"),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("createFilingButton"));
    m_ok->setText(tr("建立申请"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFilingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_batch, &QComboBox::currentIndexChanged, this, &NewFilingDialog::updateLateHint);
    connect(m_received, &QDateEdit::dateChanged, this, &NewFilingDialog::updateLateHint);
    updateLateHint();
    m_enterprise->setFocus();
}

bool NewFilingDialog::selectEnterprise(qint64 id)
{
    const int i = m_enterprise->findData(id);
    if (i >= 0)
        m_enterprise->setCurrentIndex(i);
    return i >= 0;
}

void NewFilingDialog::updateLateHint()
{
    const int i = m_batch->currentIndex();
    const bool late =
        i >= 0 && i < m_batches.size() && m_received->date() > m_batches.at(i).deadline;
    m_lateHint->setText(late ? tr("收件日期晚于该批次的截止日期 %1，申请将标记为“逾期提交”。")
                                   .arg(m_batches.at(i).deadline.toString(Qt::ISODate))
                             : QString());
    m_lateHint->setVisible(late);
}

bool NewFilingDialog::submit()
{
    // An edited text that matches no entry must not silently pick the previous one.
    const int e = m_enterprise->findText(m_enterprise->currentText());
    if (e < 0) {
        ErrorPresenter::show(
            this, Error::invalid(
                      tr("请从列表中选择申报企业。"),
                      {FieldError{QStringLiteral("enterprise"), tr("申报企业"),
                                  tr("没有名称为“%1”的企业。").arg(m_enterprise->currentText()), 0,
                                  m_enterprise->currentText()}}));
        m_enterprise->setFocus();
        return false;
    }
    if (m_batch->currentIndex() < 0) {
        ErrorPresenter::show(
            this,
            Error::invalid(
                tr("还没有申报批次，请先在“申报批次”中建立批次。"),
                {FieldError{QStringLiteral("batch"), tr("申报批次"), tr("请选择。"), 0, {}}}));
        return false;
    }
    auto f = m_service.create(m_enterprise->itemData(e).toLongLong(),
                              m_batch->currentData().toLongLong(), m_received->date());
    if (!f) {
        ErrorPresenter::show(this, f.error());
        return false;
    }
    m_created = *f;
    QDialog::accept();
    return true;
}

void NewFilingDialog::accept()
{
    submit();
}

} // namespace jd::ui
