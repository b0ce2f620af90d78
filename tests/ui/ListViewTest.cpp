// The enterprise list screen, the import error report and the main window's frame.
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/registry/EnterpriseListModel.h"
#include "ui/registry/EnterpriseListView.h"
#include "ui/registry/ImportErrorDialog.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

QList<qint64> listedIds(const ui::EnterpriseListView& view)
{
    QList<qint64> ids;
    for (const EnterpriseSummary& s : view.model()->rows())
        ids << s.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("The list filters by text as you type, by kind and by flagged code", "[ui][list]")
{
    test::TestDatabase tdb;
    EnterpriseService service(tdb.db(), Session{});
    Enterprise a = test::sampleEnterprise(1);
    a.name = QStringLiteral("天津市海河重型机械制造有限公司");
    Enterprise b = test::sampleEnterprise(2);
    b.name = QStringLiteral("中国石油天然气股份有限公司大港油田分公司");
    b.kind = EnterpriseKind::CentralSoeBranch;
    b.ministryFilingRef = QStringLiteral("人社鉴备〔2019〕1号");
    b.contact = QStringLiteral("马晓峰");
    Enterprise c = test::sampleEnterprise(3);
    c.name = QStringLiteral("天津市宝坻区恒信电子有限公司");
    c.uscc[17] = c.uscc[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    c.usccOverride = true;
    c.usccOverrideReason = QStringLiteral("已核对营业执照原件");
    const qint64 ida = *service.create(a), idb = *service.create(b);
    auto idc = service.create(c);
    REQUIRE(idc.ok());

    ui::EnterpriseListView view(service);
    CHECK(listedIds(view) == QList<qint64>{ida, idb, *idc});
    CHECK(view.findChild<QLabel*>(QStringLiteral("countLabel"))->text() == QStringLiteral("共 3 家企业"));

    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("1381"));
    CHECK(listedIds(view).size() == 3); // debounced: nothing happens on the keystroke itself
    search->setText(b.contact);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 2000);
    CHECK(listedIds(view) == QList<qint64>{idb});
    search->setText(a.uscc.left(10));
    QTRY_VERIFY_WITH_TIMEOUT(listedIds(view) == QList<qint64>{ida}, 2000);
    search->clear();
    view.refresh();

    auto* kind = view.findChild<QComboBox*>(QStringLiteral("kindFilterCombo"));
    REQUIRE(kind);
    REQUIRE(kind->count() == 3);
    kind->setCurrentIndex(kind->findText(QStringLiteral("中央企业驻津分支机构")));
    CHECK(listedIds(view) == QList<qint64>{idb});
    kind->setCurrentIndex(0);

    auto* flagged = view.findChild<QCheckBox*>(QStringLiteral("flaggedOnlyCheck"));
    REQUIRE(flagged);
    flagged->setChecked(true);
    CHECK(listedIds(view) == QList<qint64>{*idc});
    const QModelIndex code = view.model()->index(0, ui::EnterpriseListModel::Uscc);
    CHECK(code.data(Qt::ToolTipRole).toString() == QStringLiteral("统一社会信用代码未通过校验，已确认保留"));
    flagged->setChecked(false);

    // Changes made anywhere through the service show up without a manual refresh.
    REQUIRE(service.remove(ida).ok());
    CHECK(listedIds(view) == QList<qint64>{idb, *idc});
}

TEST_CASE("Selecting a row and pressing Enter asks to open that enterprise", "[ui][list]")
{
    test::TestDatabase tdb;
    EnterpriseService service(tdb.db(), Session{});
    REQUIRE(service.create(test::sampleEnterprise(1)).ok());
    auto id = service.create(test::sampleEnterprise(2));
    REQUIRE(id.ok());
    ui::EnterpriseListView view(service);
    view.show();
    QList<qint64> opened;
    QObject::connect(&view, &ui::EnterpriseListView::openRequested, [&](qint64 i) { opened << i; });
    CHECK(view.currentId() == 0);
    CHECK_FALSE(view.findChild<QWidget*>(QStringLiteral("deleteButton"))->isEnabled());
    QTableView* table = view.table();
    const int row = view.model()->rowOf(*id);
    REQUIRE(row >= 0);
    // The table shows the model through a sorting proxy.
    const QModelIndex source = view.model()->index(row, 0);
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(table->model());
    REQUIRE(proxy);
    table->selectRow(proxy->mapFromSource(source).row());
    table->setFocus();
    CHECK(view.currentId() == *id);
    CHECK(view.findChild<QWidget*>(QStringLiteral("deleteButton"))->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(opened == QList<qint64>{*id});
}

TEST_CASE("A refused import reports every row error and writes the error report", "[ui][import]")
{
    test::TestDatabase tdb;
    EnterpriseService service(tdb.db(), Session{});
    ui::EnterpriseListView view(service);
    const QString path = tdb.dir() + QStringLiteral("/企业名单.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("统一社会信用代码,企业名称,地址,联系人,手机\r\n"
                           "%1,天津市甲公司,天津市和平区,张三,13812345678\r\n"
                           "91120000ABCDEFGHIJ,天津市乙公司,天津市河东区,李四,1381234\r\n")
                .arg(test::validUscc(5))
                .toUtf8());
    f.close();

    auto report = view.importPath(path);
    REQUIRE_FALSE(report.ok());
    CHECK(view.model()->rowCount() == 0); // all or nothing
    const QList<FieldError>& errors = report.error().fields;
    REQUIRE(errors.size() >= 2);

    ui::ImportErrorDialog dialog(path, report.error());
    const QString out = tdb.dir() + QStringLiteral("/report.csv");
    REQUIRE(dialog.saveReport(out).ok());
    QFile saved(out);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("文件,行,列,值,原因\r\n")));
    CHECK(text.contains(QStringLiteral("企业名单.csv,2,统一社会信用代码,91120000ABCDEFGHIJ,")));
    CHECK(text.contains(QStringLiteral(",2,手机,1381234,")));
    CHECK(text.count(QStringLiteral("\r\n")) == errors.size() + 1);

    // A corrected file is imported whole and listed.
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("统一社会信用代码,企业名称,地址,联系人,手机\r\n"
                           "%1,天津市甲公司,天津市和平区,张三,13812345678\r\n"
                           "%2,天津市乙公司,天津市河东区,李四,13812345679\r\n")
                .arg(test::validUscc(5), test::validUscc(6))
                .toUtf8());
    f.close();
    auto ok = view.importPath(path);
    INFO(test::why(ok));
    REQUIRE(ok.ok());
    CHECK(ok->imported == 2);
    CHECK(view.model()->rowCount() == 2);
}

TEST_CASE("The main window lists only the areas that exist and shows the database", "[ui][main]")
{
    test::TestDatabase tdb;
    ui::MainWindow window(tdb.db(), Session{});
    // The file, then who is signed in (here the set-up session of a database without users).
    CHECK(window.windowTitle() == QStringLiteral("鉴定 Jianding — test.sqlite — system（管理员）"));
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navList"));
    REQUIRE(nav);
    // 工作台 first (tests/ui/FilingScreensTest.cpp covers the filing pages).
    // The review pages follow the filing ones (tests/ui/ReviewPoolScreensTest.cpp), then the
    // supervision pages (tests/ui/SupervisionScreensTest.cpp).
    REQUIRE(nav->count() == 15);
    CHECK(nav->item(0)->text() == QStringLiteral("工作台"));
    CHECK(nav->item(1)->text() == QStringLiteral("企业登记"));
    CHECK(nav->item(5)->text() == QStringLiteral("专家库"));
    CHECK(nav->item(8)->text() == QStringLiteral("工作日历"));
    CHECK(nav->item(13)->text() == QStringLiteral("上报与统计"));
    CHECK(nav->item(14)->text() == QStringLiteral("职业目录"));
    auto* counts = window.findChild<QLabel*>(QStringLiteral("countStatusLabel"));
    REQUIRE(counts);
    CHECK(counts->text().startsWith(QStringLiteral("企业 0 家")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("pathStatusLabel"))->text().contains(QStringLiteral("test.sqlite")));
    REQUIRE(window.enterprises().create(test::sampleEnterprise(1)).ok());
    CHECK(counts->text().startsWith(QStringLiteral("企业 1 家")));
    CHECK(window.enterpriseList()->model()->rowCount() == 1);

    nav->setCurrentRow(14);
    auto* catalogueTable = window.findChild<QTableView*>(QStringLiteral("catalogueTable"));
    REQUIRE(catalogueTable);
    CHECK(catalogueTable->isVisibleTo(&window));
    CHECK(catalogueTable->model()->rowCount() > 0);
}
