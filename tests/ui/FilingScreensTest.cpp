// The 工作台 (counts and to-do list), the filings list with its filters, the new-filing and
// batch dialogs, and how the main window ties them together.
#include "core/numbering/NumberingService.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/filing/BatchDialog.h"
#include "ui/filing/DashboardView.h"
#include "ui/filing/FilingListModel.h"
#include "ui/filing/FilingListView.h"
#include "ui/filing/FilingView.h"
#include "ui/filing/FilingWorkspace.h"
#include "ui/filing/NewFilingDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace jd;

namespace {

QTreeWidgetItem* group(QTreeWidget* tree, const QString& prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    return nullptr;
}

QList<qint64> filingIds(QTreeWidgetItem* g)
{
    QList<qint64> ids;
    for (int i = 0; g && i < g->childCount(); ++i)
        if (const qint64 id = g->child(i)->data(0, ui::DashboardView::FilingIdRole).toLongLong())
            ids << id;
    return ids;
}

} // namespace

TEST_CASE("The dashboard counts filings per state and lists what waits for action",
          "[ui][dashboard]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    NumberingService numbering(tdb.db(), Session{});
    const qint64 batch =
        test::addBatch(service, QStringLiteral("2026年第一批"), QDate(2026, 9, 30));
    using A = FilingAction;
    // Two submitted (one late), one accepted long ago (overdue), two filed, one published.
    const qint64 s1 =
        test::addFiling(service, test::addEnterprise(enterprises, 1), batch, QDate(2026, 9, 20));
    const qint64 s2 =
        test::addFiling(service, test::addEnterprise(enterprises, 2), batch, QDate(2026, 10, 30));
    const qint64 old =
        test::addFiling(service, test::addEnterprise(enterprises, 3), batch, QDate(2026, 9, 1));
    REQUIRE(service.setAllReceived(old, {}).ok());
    AdvanceRequest accept;
    accept.action = A::Accept;
    accept.date = QDate(2026, 9, 10);
    REQUIRE(service.advance(old, accept).ok());
    const qint64 f1 =
        test::addFiling(service, test::addEnterprise(enterprises, 4), batch, QDate(2026, 9, 2));
    const qint64 f2 =
        test::addFiling(service, test::addEnterprise(enterprises, 5), batch, QDate(2026, 9, 3));
    const qint64 p =
        test::addFiling(service, test::addEnterprise(enterprises, 6), batch, QDate(2026, 9, 4));
    test::advance(service, p, test::toPublished());
    // Both complete the ministry re-check today: filing order is then the order of receipt.
    test::advance(
        service, f2,
        {A::Accept, A::Schedule, A::Score, A::Recommend, A::Approve, A::Report, A::MinistryAccept});
    test::advance(
        service, f1,
        {A::Accept, A::Schedule, A::Score, A::Recommend, A::Approve, A::Report, A::MinistryAccept});

    ui::DashboardView dashboard(service, numbering, tdb.db());
    auto counts = service.countsByStatus();
    REQUIRE(counts.ok());
    for (FilingStatus s : allStatuses()) {
        INFO(statusKey(s).toStdString());
        CHECK(dashboard.shownCount(s) == counts->value(s));
        auto* button =
            dashboard.findChild<QToolButton*>(QStringLiteral("statusButton_") + statusKey(s));
        REQUIRE(button);
        CHECK(button->text() ==
              QStringLiteral("%1\n%2 件").arg(statusLabel(s)).arg(counts->value(s)));
    }
    CHECK(dashboard.shownCount(FilingStatus::Submitted) == 2);
    CHECK(dashboard.shownCount(FilingStatus::Filed) == 2);
    CHECK(dashboard.shownCount(FilingStatus::Published) == 1);
    CHECK(dashboard.findChild<QLabel*>(QStringLiteral("totalLabel"))->text() ==
          QStringLiteral("备案申请共 6 件"));

    QTreeWidget* todo = dashboard.todoTree();
    CHECK(filingIds(group(todo, QStringLiteral("待审查的申请"))) == QList<qint64>{s1, s2});
    // Waiting for the centre more than 20 days, the longest first (s1 was received on 09-20).
    CHECK(filingIds(group(todo, QStringLiteral("超期未办"))) == QList<qint64>{old, s1});
    CHECK(filingIds(group(todo, QStringLiteral("待公布"))) == QList<qint64>{f1, f2});
    QTreeWidgetItem* lateItem = group(todo, QStringLiteral("待审查的申请"))->child(1);
    CHECK(lateItem->text(3).contains(QStringLiteral("逾期提交")));
    QTreeWidgetItem* warnings = group(todo, QStringLiteral("证书号段预警"));
    REQUIRE(warnings);
    CHECK(warnings->text(0) == QStringLiteral("证书号段预警（0）"));
    CHECK(dashboard.findChild<QLabel*>(QStringLiteral("catalogueSummaryLabel"))
              ->text()
              .contains(QStringLiteral("第 1 版")));

    // A status card asks for the list of that state; a to-do item opens its filing.
    QSignalSpy statusAsked(&dashboard, &ui::DashboardView::statusRequested);
    QSignalSpy opened(&dashboard, &ui::DashboardView::filingRequested);
    dashboard.findChild<QToolButton*>(QStringLiteral("statusButton_filed"))->click();
    REQUIRE(statusAsked.size() == 1);
    CHECK(statusAsked.first().first().value<FilingStatus>() == FilingStatus::Filed);
    emit todo->itemActivated(group(todo, QStringLiteral("超期未办"))->child(0), 0);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == old);

    // Counts follow every change the service reports.
    test::advance(service, f1, {A::Publish});
    CHECK(dashboard.shownCount(FilingStatus::Filed) == 1);
    CHECK(dashboard.shownCount(FilingStatus::Published) == 2);
    CHECK(filingIds(group(todo, QStringLiteral("待公布"))) == QList<qint64>{f2});

    // Space past 90 %: a numbering warning appears.
    REQUIRE(numbering.reserve(service.get(p)->enterpriseId, 2026, 4, 950000, {}).ok());
    dashboard.refresh();
    CHECK(group(todo, QStringLiteral("证书号段预警"))->text(0) ==
          QStringLiteral("证书号段预警（1）"));
    CHECK(group(todo, QStringLiteral("证书号段预警"))
              ->child(0)
              ->text(0)
              .contains(QStringLiteral("000001")));
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("The filings list filters by state, batch and name and creates filings",
          "[ui][filing][list]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    const qint64 b1 = test::addBatch(service, QStringLiteral("2026年第一批"), QDate(2026, 9, 30));
    const qint64 b2 = test::addBatch(service, QStringLiteral("2026年第二批"), QDate(2026, 12, 31));
    const qint64 e1 =
        test::addEnterprise(enterprises, 1, QStringLiteral("天津市海河重型机械制造有限公司"));
    const qint64 e2 =
        test::addEnterprise(enterprises, 2, QStringLiteral("天津市宝坻区恒信电子有限公司"));
    const qint64 e3 = test::addEnterprise(enterprises, 3, QStringLiteral("天津港物流集团有限公司"));
    const qint64 late = test::addFiling(service, e1, b1, QDate(2026, 10, 8));
    const qint64 second = test::addFiling(service, e2, b2);
    test::advance(service, second, {FilingAction::Accept});

    ui::FilingListView view(service, enterprises, tdb.db());
    CHECK(view.shownIds() == QList<qint64>{late, second});
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    REQUIRE(status);
    CHECK(status->itemText(0) == QStringLiteral("全部状态（2）"));
    CHECK(status->itemText(status->findData(static_cast<int>(FilingStatus::Submitted))) ==
          QStringLiteral("已提交（1）"));
    const int lateRow = view.model()->rowOf(late);
    CHECK(view.model()->index(lateRow, ui::FilingListModel::Late).data().toString() ==
          QStringLiteral("逾期提交"));

    status->setCurrentIndex(status->findData(static_cast<int>(FilingStatus::MaterialsAccepted)));
    CHECK(view.shownIds() == QList<qint64>{second});
    CHECK(view.statusFilter() == FilingStatus::MaterialsAccepted);
    view.setStatusFilter(std::nullopt);
    auto* batch = view.findChild<QComboBox*>(QStringLiteral("batchFilterCombo"));
    REQUIRE(batch);
    REQUIRE(batch->count() == 3);
    batch->setCurrentIndex(batch->findData(b1));
    CHECK(view.shownIds() == QList<qint64>{late});
    batch->setCurrentIndex(0);
    view.findChild<QLineEdit*>(QStringLiteral("filingSearchEdit"))->setText(QStringLiteral("恒信"));
    CHECK(view.shownIds() == QList<qint64>{second});
    CHECK(view.findChild<QLabel*>(QStringLiteral("filingCountLabel"))
              ->text()
              .startsWith(QStringLiteral("符合条件的申请 1 件")));
    view.findChild<QLineEdit*>(QStringLiteral("filingSearchEdit"))->clear();

    // 新建申请: the dialog is filled and confirmed by objectName; the new filing opens.
    QSignalSpy opened(&view, &ui::FilingListView::openRequested);
    view.setDialogRunner([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::NewFilingDialog*>(d);
        REQUIRE(dialog);
        auto* enterprise = dialog->findChild<QComboBox*>(QStringLiteral("enterpriseCombo"));
        REQUIRE(enterprise);
        CHECK(enterprise->count() == 3);
        enterprise->setCurrentIndex(enterprise->findData(e3));
        auto* batchCombo = dialog->findChild<QComboBox*>(QStringLiteral("batchCombo"));
        CHECK(batchCombo->currentData().toLongLong() == b2); // the newest batch
        auto* received = dialog->findChild<QDateEdit*>(QStringLiteral("receivedDateEdit"));
        CHECK(received->date() == QDate(2026, 11, 2));
        received->setDate(QDate(2026, 10, 28));
        dialog->findChild<QPushButton*>(QStringLiteral("createFilingButton"))->click();
        CHECK(dialog->result() == QDialog::Accepted);
    });
    view.newFiling();
    REQUIRE(opened.size() == 1);
    const qint64 created = opened.first().first().toLongLong();
    auto f = service.get(created);
    REQUIRE(f.ok());
    CHECK(f->enterpriseId == e3);
    CHECK(f->batchId == b2);
    CHECK(f->received == QDate(2026, 10, 28));
    CHECK(view.shownIds().contains(created));
    CHECK(errors.errors.isEmpty());

    // A second open filing for the same enterprise is refused; the dialog stays open.
    ui::NewFilingDialog again(service, enterprises, QDate(2026, 11, 2));
    REQUIRE(again.selectEnterprise(e3));
    CHECK_FALSE(again.submit());
    REQUIRE(errors.errors.size() == 1);
    CHECK(errors.errors.first().code == ErrorCode::NotAllowed);
    CHECK(again.created().id == 0);
}

TEST_CASE("The batch dialog lists batches and creates one, refusing a blank name",
          "[ui][filing][batch]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    FilingService service(tdb.db(), Session{});
    test::addBatch(service, QStringLiteral("2019年第一批"), QDate(2019, 6, 30));
    ui::BatchDialog dialog(service, QDate(2026, 11, 2));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("batchTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("2019-06-30"));

    dialog.findChild<QPushButton*>(QStringLiteral("createBatchButton"))->click();
    REQUIRE(errors.errors.size() == 1);
    CHECK(errors.errors.first().fields.value(0).field == QStringLiteral("name"));
    CHECK(table->rowCount() == 1);

    QSignalSpy created(&dialog, &ui::BatchDialog::batchCreated);
    dialog.findChild<QLineEdit*>(QStringLiteral("batchNameEdit"))
        ->setText(QStringLiteral("2026年第二批"));
    dialog.findChild<QDateEdit*>(QStringLiteral("batchDeadlineEdit"))->setDate(QDate(2026, 12, 31));
    dialog.findChild<QPushButton*>(QStringLiteral("createBatchButton"))->click();
    CHECK(created.size() == 1);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 1)->text() == QStringLiteral("2026年第二批"));
    auto batches = service.batches();
    REQUIRE(batches.ok());
    CHECK(batches->size() == 2);
    CHECK(batches->last().deadline == QDate(2026, 12, 31));
}

TEST_CASE("The main window opens on the dashboard and its cards open the filtered list",
          "[ui][main][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    ui::MainWindow window(tdb.db(), Session{});
    window.show();
    ui::FilingWorkspace* workspace = window.filingWorkspace();
    REQUIRE(workspace);
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navList"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE(nav);
    REQUIRE(pages);
    CHECK(nav->count() == pages->count());
    CHECK(nav->item(0)->text() == QStringLiteral("工作台"));
    CHECK(nav->currentRow() == 0);
    CHECK(pages->currentWidget() == workspace->dashboard());
    QStringList labels;
    for (int i = 0; i < nav->count(); ++i)
        labels << nav->item(i)->text();
    CHECK(labels.indexOf(QStringLiteral("备案申请")) ==
          labels.indexOf(QStringLiteral("企业登记")) + 1);
    CHECK(labels.contains(QStringLiteral("试点企业目录")));
    CHECK(labels.contains(QStringLiteral("证书号段")));
    // Every navigation entry shows its own page.
    for (int i = 0; i < nav->count(); ++i) {
        nav->setCurrentRow(i);
        CHECK(pages->currentIndex() == i);
    }
    nav->setCurrentRow(labels.indexOf(QStringLiteral("备案申请")));
    CHECK(pages->currentWidget() == workspace->filingList());

    const qint64 e = test::addEnterprise(window.enterprises(), 1);
    const qint64 id =
        test::addFiling(workspace->filings(), e, test::addBatch(workspace->filings()));
    nav->setCurrentRow(0);
    auto* submitted =
        workspace->dashboard()->findChild<QToolButton*>(QStringLiteral("statusButton_submitted"));
    REQUIRE(submitted);
    CHECK(submitted->text().endsWith(QStringLiteral("1 件")));
    submitted->click();
    CHECK(pages->currentWidget() == workspace->filingList());
    CHECK(workspace->filingList()->statusFilter() == FilingStatus::Submitted);
    CHECK(workspace->filingList()->shownIds() == QList<qint64>{id});

    // Enter on the row opens the filing window; opening it again raises the same one.
    workspace->filingList()->table()->selectRow(0);
    QTest::keyClick(workspace->filingList()->table(), Qt::Key_Return);
    REQUIRE(workspace->openViews().size() == 1);
    CHECK(workspace->openViews().first()->filingId() == id);
    CHECK(workspace->openFiling(id) == workspace->openViews().first());
    CHECK(workspace->openViews().size() == 1);
    workspace->openViews().first()->close();
    CHECK(errors.errors.isEmpty());
}
