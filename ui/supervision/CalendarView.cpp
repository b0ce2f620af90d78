#include "ui/supervision/CalendarView.h"

#include "core/db/Database.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Language.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/PermissionGate.h"
#include "ui/supervision/CalendarMonthModel.h"
#include "ui/supervision/DayEditDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace jd::ui {

namespace {
QLabel* legendChip(const QString& text, const QColor& bg, const QColor& fg, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; border: 1px solid #d0d0d0; padding: 2px 8px; }")
            .arg(bg.name(), fg.name()));
    return l;
}
} // namespace

CalendarView::CalendarView(const Database& db, Session session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(std::move(session)), m_calendar(db),
      m_model(new CalendarMonthModel(this)), m_year(new QSpinBox(this)),
      m_month(new QComboBox(this)), m_grid(new QTableView(this)),
      m_days(new QTableWidget(0, 3, this)), m_coverage(new QLabel(this)),
      m_addFrom(new QDateEdit(this)), m_addDays(new QSpinBox(this)), m_addResult(new QLabel(this)),
      m_countFrom(new QDateEdit(this)), m_countTo(new QDateEdit(this)),
      m_countResult(new QLabel(this)), m_calcWarning(new QLabel(this)),
      m_runDialog([](QDialog* d) { d->exec(); })
{
    setObjectName(QStringLiteral("calendarView"));
    const QDate today = m_db.clock().today();
    m_year->setObjectName(QStringLiteral("calendarYearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_month->setObjectName(QStringLiteral("calendarMonthCombo"));
    // Month names in the UI language: 一月, January.
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(language::locale().standaloneMonthName(m), m);
    m_month->setCurrentIndex(today.month() - 1);
    auto* prev = new QToolButton(this);
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("上个月"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("下个月"));
    auto* import = new QPushButton(tr("导入日历…"), this);
    import->setObjectName(QStringLiteral("importCalendarButton"));
    import->setToolTip(tr("导入 CSV 文件（日期,类型,说明；类型为 休/班/normal）"));
    const bool admin = PermissionGate::apply(import, m_session, Permission::EditReferenceData);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("年份"), this));
    bar->addWidget(m_year);
    bar->addWidget(prev);
    bar->addWidget(m_month);
    bar->addWidget(next);
    bar->addSpacing(16);
    bar->addWidget(legendChip(tr("休 法定节假日"), CalendarMonthModel::background(DayKind::Off),
                              QColor(0xb0, 0x3a, 0x2e), this));
    bar->addWidget(legendChip(tr("班 调休上班"), CalendarMonthModel::background(DayKind::Work),
                              QColor(0x1f, 0x4e, 0x9a), this));
    bar->addWidget(
        legendChip(tr("周末"), QColor(0xf3, 0xf3, 0xf3), QColor(0x30, 0x30, 0x30), this));
    bar->addStretch(1);
    bar->addWidget(import);

    m_grid->setObjectName(QStringLiteral("calendarGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setMinimumSize(480, 330);
    m_grid->setToolTip(admin ? tr("双击某一天可设为休、班或正常") : tr("仅管理员可修改工作日历"));

    m_coverage->setObjectName(QStringLiteral("calendarCoverageLabel"));
    m_coverage->setWordWrap(true);

    m_days->setObjectName(QStringLiteral("calendarDayList"));
    m_days->setHorizontalHeaderLabels({tr("日期"), tr("类型"), tr("说明")});
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_days->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_days->horizontalHeader()->setStretchLastSection(true);

    // 工作日计算
    auto* calc = new QGroupBox(tr("工作日计算"), this);
    calc->setObjectName(QStringLiteral("workdayCalculator"));
    for (QDateEdit* e : {m_addFrom, m_countFrom, m_countTo}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDate(today);
    }
    m_countTo->setDate(today.addMonths(1));
    m_addFrom->setObjectName(QStringLiteral("addFromDate"));
    m_addDays->setObjectName(QStringLiteral("addDaysSpin"));
    m_addDays->setRange(-999, 999);
    m_addDays->setValue(-10);
    m_addDays->setSuffix(tr(" 个工作日"));
    m_addResult->setObjectName(QStringLiteral("addResultLabel"));
    m_countFrom->setObjectName(QStringLiteral("countFromDate"));
    m_countTo->setObjectName(QStringLiteral("countToDate"));
    m_countResult->setObjectName(QStringLiteral("countResultLabel"));
    m_calcWarning->setObjectName(QStringLiteral("calcWarningLabel"));
    m_calcWarning->setWordWrap(true);
    m_calcWarning->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; }"));
    auto* calcLayout = new QGridLayout(calc);
    calcLayout->addWidget(new QLabel(tr("日期"), calc), 0, 0);
    calcLayout->addWidget(m_addFrom, 0, 1);
    calcLayout->addWidget(new QLabel(tr("加"), calc), 0, 2);
    calcLayout->addWidget(m_addDays, 0, 3);
    calcLayout->addWidget(m_addResult, 1, 1, 1, 3);
    calcLayout->addWidget(new QLabel(tr("从"), calc), 2, 0);
    calcLayout->addWidget(m_countFrom, 2, 1);
    calcLayout->addWidget(new QLabel(tr("到"), calc), 2, 2);
    calcLayout->addWidget(m_countTo, 2, 3);
    calcLayout->addWidget(m_countResult, 3, 1, 1, 3);
    calcLayout->addWidget(m_calcWarning, 4, 0, 1, 4);
    auto* hint = new QLabel(
        tr("负数为往前数，起始日不计入；例如开始日期加 -10 即认定计划的报送期限。"), calc);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    calcLayout->addWidget(hint, 5, 0, 1, 4);
    calcLayout->setColumnStretch(1, 1);
    calcLayout->setColumnStretch(3, 1);

    auto* left = new QVBoxLayout;
    left->addWidget(m_grid, 1);
    left->addWidget(m_coverage);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("本年节假日与调休"), this));
    right->addWidget(m_days, 1);
    right->addWidget(calc);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarView::refresh);
    connect(m_month, &QComboBox::currentIndexChanged, this, &CalendarView::refresh);
    connect(prev, &QToolButton::clicked, this, [this] {
        const QDate d = QDate(m_year->value(), m_month->currentIndex() + 1, 1).addMonths(-1);
        showMonth(d.year(), d.month());
    });
    connect(next, &QToolButton::clicked, this, [this] {
        const QDate d = QDate(m_year->value(), m_month->currentIndex() + 1, 1).addMonths(1);
        showMonth(d.year(), d.month());
    });
    connect(import, &QPushButton::clicked, this, &CalendarView::importWithDialog);
    connect(m_grid, &QTableView::activated, this,
            [this](const QModelIndex& i) { editDay(m_model->dateAt(i)); });
    connect(m_days, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QDate d = QDate::fromString(m_days->item(row, 0)->text(), Qt::ISODate);
        showMonth(d.year(), d.month());
        m_grid->setCurrentIndex(m_model->indexOf(d));
    });
    for (QDateEdit* e : {m_addFrom, m_countFrom, m_countTo})
        connect(e, &QDateEdit::dateChanged, this, &CalendarView::updateCalculator);
    connect(m_addDays, &QSpinBox::valueChanged, this, &CalendarView::updateCalculator);

    refresh();
}

void CalendarView::showMonth(int year, int month)
{
    const QSignalBlocker block(m_month);
    m_month->setCurrentIndex(month - 1);
    if (m_year->value() != year)
        m_year->setValue(year); // refreshes
    else
        refresh();
}

void CalendarView::refresh()
{
    const int year = m_year->value();
    auto days = m_calendar.days(year);
    if (!days) {
        ErrorPresenter::show(this, days.error());
        return;
    }
    m_model->setMonth(year, m_month->currentIndex() + 1, *days);
    m_days->setRowCount(static_cast<int>(days->size()));
    for (int i = 0; i < days->size(); ++i) {
        const CalendarDay& d = days->at(i);
        const QStringList cells{d.date.toString(Qt::ISODate), CalendarMonthModel::mark(d.kind),
                                d.note};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setBackground(CalendarMonthModel::background(d.kind));
            m_days->setItem(i, c, item);
        }
    }
    // The list starts at the month shown.
    for (int i = 0; i < days->size(); ++i)
        if (days->at(i).date.month() >= m_model->month()) {
            m_days->scrollToItem(m_days->item(i, 0), QAbstractItemView::PositionAtTop);
            break;
        }
    auto covered = m_calendar.coveredYears();
    if (covered && !covered->contains(year)) {
        m_coverage->setText(
            tr("工作日历未包含 %1 年的节假日安排：该年按周一至周五计算。请管理员导入该年日历。")
                .arg(year));
        m_coverage->setStyleSheet(QStringLiteral("QLabel { color: #b35c00; }"));
    } else {
        m_coverage->setText(
            tr("%1 年：节假日 %2 天，调休上班 %3 天。")
                .arg(year)
                .arg(std::count_if(days->begin(), days->end(),
                                   [](const CalendarDay& d) { return d.kind == DayKind::Off; }))
                .arg(std::count_if(days->begin(), days->end(),
                                   [](const CalendarDay& d) { return d.kind == DayKind::Work; })));
        m_coverage->setStyleSheet(QString());
    }
    updateCalculator();
}

void CalendarView::updateCalculator()
{
    const QDate from = m_addFrom->date();
    const int n = m_addDays->value();
    auto added = m_calendar.addWorkingDays(from, n);
    if (added)
        m_addResult->setText(
            tr("= %1（%2）")
                .arg(added->toString(Qt::ISODate),
                     language::locale().dayName(added->dayOfWeek())));
    else
        m_addResult->setText(added.error().message);
    auto count = m_calendar.countWorkingDays(m_countFrom->date(), m_countTo->date());
    m_countResult->setText(count ? tr("相隔 %1 个工作日（起始日不计，截止日计入）").arg(*count)
                                 : count.error().message);
    QStringList warnings;
    if (added)
        warnings << m_calendar.coverageWarning(from, *added);
    warnings << m_calendar.coverageWarning(m_countFrom->date(), m_countTo->date());
    warnings.removeAll(QString());
    warnings.removeDuplicates();
    m_calcWarning->setText(warnings.join(QLatin1Char('\n')));
    m_calcWarning->setVisible(!warnings.isEmpty());
}

bool CalendarView::editDay(const QDate& date)
{
    if (!date.isValid() || !m_session.can(Permission::EditReferenceData))
        return false;
    auto days = m_calendar.days(date.year());
    CalendarDay current{date, DayKind::Normal, {}};
    if (days)
        for (const CalendarDay& d : *days)
            if (d.date == date)
                current = d;
    DayEditDialog dialog(m_calendar, m_session, current, this);
    m_runDialog(&dialog);
    if (dialog.saved()) {
        refresh();
        emit calendarChanged();
    }
    return true;
}

Result<int> CalendarView::importFile(const QString& path)
{
    Result<int> r = [&] {
        BusyCursor busy;
        return m_calendar.importFile(m_session, path);
    }();
    if (!r) {
        if (!r.error().fields.isEmpty()) {
            ImportErrorDialog dialog(path, r.error(), this);
            m_runDialog(&dialog);
        } else {
            ErrorPresenter::show(this, r.error());
        }
        return r;
    }
    refresh();
    emit calendarChanged();
    return r;
}

void CalendarView::importWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("导入工作日历"), QString(),
                                     tr("工作日历 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    (void)importFile(path);
}

} // namespace jd::ui
