#include "ui/filing/BatchDialog.h"

#include "ui/common/ErrorPresenter.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jd::ui {

BatchDialog::BatchDialog(FilingService& service, const QDate& today, QWidget* parent)
    : QDialog(parent), m_service(service), m_table(new QTableWidget(this)),
      m_name(new QLineEdit(this)), m_deadline(new QDateEdit(this)),
      m_create(new QPushButton(tr("建立批次"), this))
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("申报批次"));
    resize(620, 440);

    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("编号"), tr("批次名称"), tr("申报截止日期"), tr("建立时间")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int c : {0, 2, 3})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_name->setObjectName(QStringLiteral("batchNameEdit"));
    m_name->setPlaceholderText(tr("如：%1年第二批").arg(today.year()));
    m_deadline->setObjectName(QStringLiteral("batchDeadlineEdit"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setDate(today.addMonths(1));
    m_create->setObjectName(QStringLiteral("createBatchButton"));
    m_create->setAutoDefault(true);
    m_create->setDefault(true);

    auto* group = new QGroupBox(tr("新建批次"), this);
    auto* form = new QFormLayout(group);
    form->addRow(tr("批次名称(&N)"), m_name);
    form->addRow(tr("申报截止日期(&D)"), m_deadline);
    form->addRow(QString(), m_create);

    auto* hint =
        new QLabel(tr("截止日期之后收到的申请标记为“逾期提交”，审核员仍可决定受理。"), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &BatchDialog::createBatch);
    connect(m_name, &QLineEdit::returnPressed, this, &BatchDialog::createBatch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(group);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    refresh();
    m_name->setFocus();
}

void BatchDialog::refresh()
{
    auto batches = m_service.batches();
    if (!batches) {
        ErrorPresenter::show(this, batches.error());
        return;
    }
    m_batches = *batches;
    m_table->setRowCount(static_cast<int>(m_batches.size()));
    for (int r = 0; r < m_batches.size(); ++r) {
        const Batch& b = m_batches.at(r);
        auto* id = new QTableWidgetItem(QString::number(b.id));
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, id);
        m_table->setItem(r, 1, new QTableWidgetItem(b.name));
        m_table->setItem(r, 2, new QTableWidgetItem(b.deadline.toString(Qt::ISODate)));
        m_table->setItem(
            r, 3, new QTableWidgetItem(b.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
}

bool BatchDialog::createBatch()
{
    auto b = m_service.createBatch(m_name->text(), m_deadline->date());
    if (!b) {
        ErrorPresenter::show(this, b.error());
        m_name->setFocus();
        return false;
    }
    m_name->clear();
    refresh();
    m_table->selectRow(static_cast<int>(m_batches.size()) - 1);
    emit batchCreated(b->id);
    return true;
}

} // namespace jd::ui
