#include "ui/numbering/VoidNumberDialog.h"

#include "core/numbering/NumberingService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

VoidNumberDialog::VoidNumberDialog(NumberingService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_number(new QLineEdit(this)),
      m_numberMessage(new QLabel(this)), m_reason(new QPlainTextEdit(this)),
      m_reasonMessage(new QLabel(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("voidNumberDialog"));
    setWindowTitle(tr("作废证书编号"));
    setMinimumWidth(520);
    setStyleSheet(FieldErrorStyle::styleSheet());

    m_number->setObjectName(QStringLiteral("voidNumberEdit"));
    m_number->setPlaceholderText(tr("22 位证书编号，如 Y000012000003194000123"));
    m_number->setMaxLength(30);
    QFont mono = m_number->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_number->setFont(mono);
    m_numberMessage->setObjectName(QStringLiteral("voidNumberMessage"));
    m_numberMessage->setProperty("role", QStringLiteral("fieldMessage"));
    m_numberMessage->setWordWrap(true);
    m_numberMessage->hide();
    m_reason->setObjectName(QStringLiteral("voidReasonEdit"));
    m_reason->setPlaceholderText(tr("如：打印时卡纸损坏，证书已收回销毁"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 14);
    m_reasonMessage->setObjectName(QStringLiteral("voidReasonMessage"));
    m_reasonMessage->setProperty("role", QStringLiteral("fieldMessage"));
    m_reasonMessage->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("证书编号(&N) *"), m_number);
    form->addRow(QString(), m_numberMessage);
    form->addRow(tr("作废原因(&R) *"), m_reason);
    form->addRow(QString(), m_reasonMessage);

    auto* hint = new QLabel(tr("作废的编号仍算已使用，不会再次发放；作废记录写入操作日志。"), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("voidOkButton"));
    m_ok->setText(tr("作废"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidNumberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_number, &QLineEdit::textChanged, this, &VoidNumberDialog::checkNumber);
}

void VoidNumberDialog::setNumber(const QString& number)
{
    m_number->setText(number);
}

void VoidNumberDialog::checkNumber()
{
    // Only a full-length number is judged: half-typed ones are not wrong yet.
    const QString text = m_number->text().trimmed();
    if (text.size() < 16) {
        FieldErrorStyle::clear(m_number, m_numberMessage);
        return;
    }
    auto n = CertificateNumber::parse(text);
    if (n && n->legacy)
        FieldErrorStyle::mark(m_number, m_numberMessage,
                              tr("这是旧版职业资格证书编号，不由本系统发放，不能作废。"));
    else if (n)
        FieldErrorStyle::clear(m_number, m_numberMessage);
    else
        FieldErrorStyle::mark(m_number, m_numberMessage,
                              ErrorPresenter::fieldLines(n.error().fields));
}

bool VoidNumberDialog::submit()
{
    Status s = m_service.voidNumber(m_number->text().trimmed(), m_reason->toPlainText().trimmed());
    if (!s) {
        ErrorPresenter::show(this, s.error());
        const bool reason = !s.error().fields.isEmpty() &&
                            s.error().fields.first().field == QLatin1String("reason");
        if (reason) {
            FieldErrorStyle::mark(m_reason, m_reasonMessage,
                                  ErrorPresenter::fieldLines(s.error().fields));
            m_reason->setFocus();
        } else {
            FieldErrorStyle::clear(m_reason, m_reasonMessage);
            FieldErrorStyle::mark(m_number, m_numberMessage,
                                  s.error().fields.isEmpty()
                                      ? s.error().message
                                      : ErrorPresenter::fieldLines(s.error().fields));
            m_number->setFocus();
        }
        return false;
    }
    QDialog::accept();
    return true;
}

void VoidNumberDialog::accept()
{
    submit();
}

} // namespace jd::ui
