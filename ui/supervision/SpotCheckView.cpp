#include "ui/supervision/SpotCheckView.h"

#include "core/db/Database.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/PermissionGate.h"
#include "ui/supervision/PlanListModel.h"
#include "ui/supervision/SpotCheckModel.h"
#include "ui/supervision/SpotRecordDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace jd::ui {

SpotCheckView::SpotCheckView(const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_checks(db, m_session),
      m_plans(db, m_session), m_model(new SpotCheckModel(this)), m_table(new QTableView(this)),
      m_record(new QPushButton(tr("记录检查结果…"), this)), m_status(new QLabel(this)),
      m_runDialog([](QDialog* d) { d->exec(); })
{
    setObjectName(QStringLiteral("spotCheckView"));
    auto* draw = new QPushButton(tr("随机抽取…"), this);
    draw->setObjectName(QStringLiteral("spotDrawButton"));
    draw->setToolTip(tr("从尚未抽查的认定计划中随机抽取；种子会保存，可复现"));
    auto* choose = new QPushButton(tr("指定抽查…"), this);
    choose->setObjectName(QStringLiteral("spotChooseButton"));
    m_record->setObjectName(QStringLiteral("spotRecordButton"));
    const bool allowed = PermissionGate::apply(draw, m_session, Permission::DecideFiling);
    PermissionGate::apply(choose, m_session, Permission::DecideFiling);
    PermissionGate::apply(m_record, m_session, Permission::DecideFiling);
    m_record->setProperty("allowed", allowed);

    auto* bar = new QHBoxLayout;
    bar->addWidget(draw);
    bar->addWidget(choose);
    bar->addStretch(1);
    bar->addWidget(m_record);

    m_table->setObjectName(QStringLiteral("spotCheckTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpotCheckModel::Findings,
                                                      QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("spotStatusLabel"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(draw, &QPushButton::clicked, this, &SpotCheckView::drawWithDialog);
    connect(choose, &QPushButton::clicked, this, &SpotCheckView::chooseWithDialog);
    connect(m_record, &QPushButton::clicked, this, &SpotCheckView::recordCurrent);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_record->property("allowed").toBool())
            recordCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SpotCheckView::updateButtons);
    refresh();
}

void SpotCheckView::refresh()
{
    auto all = m_checks.list();
    if (!all) {
        ErrorPresenter::show(this, all.error());
        return;
    }
    m_model->setRows(*all);
    if (m_status->text().isEmpty() || !m_status->property("sticky").toBool()) {
        int pending = 0;
        for (const SpotCheck& c : *all)
            pending += c.outcome == QStringLiteral("pending") ? 1 : 0;
        m_status->setText(all->isEmpty()
                              ? tr("还没有抽查记录。")
                              : tr("共 %1 次抽查，待检查 %2 次。").arg(all->size()).arg(pending));
    }
    updateButtons();
}

qint64 SpotCheckView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(SpotCheckModel::IdRole).toLongLong();
}

void SpotCheckView::updateButtons()
{
    if (m_record->property("allowed").toBool())
        m_record->setEnabled(currentId() != 0);
}

Result<QList<SpotCheck>> SpotCheckView::draw(int count, quint32 seed)
{
    auto r = m_checks.drawRandom(count, seed);
    if (!r)
        return r;
    m_status->setProperty("sticky", true);
    m_status->setText(tr("随机抽取 %1 份计划，种子 %2（已保存，用同一种子可复现本次抽取）。")
                          .arg(r->size())
                          .arg(seed));
    refresh();
    m_status->setProperty("sticky", false);
    emit checksChanged();
    return r;
}

Result<SpotCheck> SpotCheckView::choose(qint64 planId)
{
    auto r = m_checks.choose(planId);
    if (!r)
        return r;
    m_status->setProperty("sticky", true);
    m_status->setText(tr("已将 %1 的计划 %2 列入抽查。").arg(r->enterpriseName).arg(planId));
    refresh();
    m_status->setProperty("sticky", false);
    const int row = m_model->rowOf(r->id);
    if (row >= 0)
        m_table->selectRow(row);
    emit checksChanged();
    return r;
}

void SpotCheckView::drawWithDialog()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("spotDrawDialog"));
    dialog.setWindowTitle(tr("随机抽取认定计划"));
    auto* count = new QSpinBox(&dialog);
    count->setObjectName(QStringLiteral("spotCountSpin"));
    count->setRange(1, 100);
    count->setValue(3);
    auto* seed = new QSpinBox(&dialog);
    seed->setObjectName(QStringLiteral("spotSeedSpin"));
    seed->setRange(1, 999999999);
    seed->setValue(static_cast<int>(QRandomGenerator::global()->bounded(1, 999999999)));
    auto* form = new QFormLayout;
    form->addRow(tr("抽取份数"), count);
    form->addRow(tr("随机种子"), seed);
    auto* note = new QLabel(
        tr("种子随抽查记录保存；以后用同一种子、在同样的计划中抽取，结果相同。"), &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("抽取"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_runDialog(&dialog);
    if (dialog.result() != QDialog::Accepted)
        return;
    if (auto r = draw(count->value(), static_cast<quint32>(seed->value())); !r)
        ErrorPresenter::show(this, r.error());
}

void SpotCheckView::chooseWithDialog()
{
    auto plans = m_plans.list();
    if (!plans) {
        ErrorPresenter::show(this, plans.error());
        return;
    }
    QSet<qint64> checked;
    for (const SpotCheck& c : m_model->rows())
        checked.insert(c.planId);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("spotChooseDialog"));
    dialog.setWindowTitle(tr("指定抽查"));
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("spotPlanCombo"));
    for (const CertificationPlan& p : *plans)
        if (!checked.contains(p.id))
            combo->addItem(tr("%1  %2  %3 起  %4")
                               .arg(p.id)
                               .arg(p.enterpriseName, p.start.toString(Qt::ISODate),
                                    PlanListModel::occupationsText(p)),
                           p.id);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("列入抽查"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(combo->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(combo->count() > 0 ? tr("选择要检查的认定计划：")
                                                    : tr("所有认定计划都已列入抽查。"),
                                 &dialog));
    layout->addWidget(combo);
    layout->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    m_runDialog(&dialog);
    if (dialog.result() != QDialog::Accepted || combo->count() == 0)
        return;
    if (auto r = choose(combo->currentData().toLongLong()); !r)
        ErrorPresenter::show(this, r.error());
}

void SpotCheckView::recordCurrent()
{
    const qint64 id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    SpotRecordDialog dialog(m_checks, m_model->rows().at(row), m_db.clock().today(), this);
    m_runDialog(&dialog);
    if (dialog.recorded().id != 0) {
        refresh();
        emit checksChanged();
    }
}

} // namespace jd::ui
