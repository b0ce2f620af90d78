#include "ui/supervision/ResultImportDialog.h"

#include "ui/supervision/PlanListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

ResultImportDialog::ResultImportDialog(const QList<CertificationPlan>& plans, const QDate& today,
                                       QWidget* parent)
    : QDialog(parent), m_plan(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_received(new QDateEdit(this))
{
    setObjectName(QStringLiteral("resultImportDialog"));
    setWindowTitle(tr("导入认定结果名单"));
    m_plan->setObjectName(QStringLiteral("importPlanCombo"));
    for (const CertificationPlan& p : plans)
        m_plan->addItem(tr("%1  %2  %3 至 %4  %5")
                            .arg(p.id)
                            .arg(p.enterpriseName, p.start.toString(Qt::ISODate),
                                 p.end.toString(Qt::ISODate), PlanListModel::occupationsText(p)),
                        p.id);
    m_plan->setCurrentIndex(m_plan->count() - 1);
    m_path->setObjectName(QStringLiteral("importFileEdit"));
    m_path->setPlaceholderText(tr("企业按模板填写的结果名单（.xlsx 或 .csv）"));
    auto* browse = new QPushButton(tr("选择…"), this);
    m_received->setObjectName(QStringLiteral("importReceivedDate"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setDate(today);
    m_received->setMaximumDate(today);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("认定计划"), m_plan);
    form->addRow(tr("结果名单文件"), fileRow);
    form->addRow(tr("收到日期"), m_received);
    auto* note =
        new QLabel(tr("名单逐行检查；只要有一处问题，整份名单都不导入，并列出全部问题。"), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("导入"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(planId() != 0 && QFileInfo::exists(path()));
    };
    connect(m_path, &QLineEdit::textChanged, this, update);
    connect(m_plan, &QComboBox::currentIndexChanged, this, update);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("选择结果名单"), QString(),
                                                       tr("结果名单 (*.xlsx *.csv)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    update();
    resize(680, sizeHint().height());
}

qint64 ResultImportDialog::planId() const
{
    return m_plan->currentData().toLongLong();
}

QString ResultImportDialog::path() const
{
    return m_path->text().trimmed();
}

QDate ResultImportDialog::received() const
{
    return m_received->date();
}

void ResultImportDialog::setValues(qint64 planId, const QString& path, const QDate& received)
{
    m_plan->setCurrentIndex(m_plan->findData(planId));
    m_path->setText(path);
    m_received->setDate(received);
}

} // namespace jd::ui
