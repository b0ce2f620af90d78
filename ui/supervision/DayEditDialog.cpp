#include "ui/supervision/DayEditDialog.h"

#include "ui/common/FieldErrorStyle.h"
#include "ui/common/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

DayEditDialog::DayEditDialog(WorkCalendar& calendar, const Session& session, const CalendarDay& day,
                             QWidget* parent)
    : QDialog(parent), m_calendar(calendar), m_session(session), m_date(day.date),
      m_kind(new QComboBox(this)), m_note(new QLineEdit(this)), m_kindError(new QLabel(this))
{
    setObjectName(QStringLiteral("dayEditDialog"));
    setWindowTitle(tr("设置日期 — %1").arg(day.date.toString(Qt::ISODate)));
    setStyleSheet(FieldErrorStyle::styleSheet());
    m_kind->setObjectName(QStringLiteral("dayKindCombo"));
    m_kind->addItem(tr("正常（按星期计算）"), static_cast<int>(DayKind::Normal));
    m_kind->addItem(tr("休（法定节假日）"), static_cast<int>(DayKind::Off));
    m_kind->addItem(tr("班（调休上班）"), static_cast<int>(DayKind::Work));
    m_note->setObjectName(QStringLiteral("dayNoteEdit"));
    m_note->setPlaceholderText(tr("例如：国庆节、国庆节调休上班"));
    m_kindError->setObjectName(QStringLiteral("dayKindError"));
    m_kindError->setWordWrap(true);
    m_kindError->setProperty("role", QStringLiteral("fieldMessage"));
    m_kindError->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("日期"), new QLabel(tr("%1（%2）")
                                            .arg(day.date.toString(tr("yyyy年M月d日")),
                                                 language::locale().dayName(day.date.dayOfWeek())),
                                        this));
    auto* kindBox = new QVBoxLayout;
    kindBox->addWidget(m_kind);
    kindBox->addWidget(m_kindError);
    form->addRow(tr("类型"), kindBox);
    form->addRow(tr("说明"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { FieldErrorStyle::clear(m_kind, m_kindError); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setValues(day.kind, day.note);
    resize(420, sizeHint().height());
}

void DayEditDialog::setValues(DayKind kind, const QString& note)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_note->setText(note);
}

DayKind DayEditDialog::kind() const
{
    return static_cast<DayKind>(m_kind->currentData().toInt());
}

bool DayEditDialog::save()
{
    const Status s = m_calendar.setDay(m_session, m_date, kind(), m_note->text().trimmed());
    if (!s) {
        FieldErrorStyle::mark(m_kind, m_kindError, s.error().message);
        return false;
    }
    FieldErrorStyle::clear(m_kind, m_kindError);
    m_saved = true;
    return true;
}

} // namespace jd::ui
