// Screenshots of the filing and numbering screens for docs/screenshots, made on the
// offscreen platform with demo data that has filings in every stage.
// Hidden tag: run on purpose with `ui_tests "[.screenshot]"`.
#include "core/demo/DemoGenerator.h"
#include "core/filing/FilingService.h"
#include "core/numbering/NumberingService.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/filing/FilingActionDialog.h"
#include "ui/filing/FilingListModel.h"
#include "ui/filing/FilingListView.h"
#include "ui/filing/FilingView.h"
#include "ui/filing/FilingWorkspace.h"
#include "ui/filing/PilotCatalogueView.h"
#include "ui/numbering/NumberingView.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void save(QWidget& w, const char* name)
{
    settle();
    QDir dir(QStringLiteral(JD_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    const QPixmap shot = w.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(dir.filePath(QString::fromLatin1(name))));
}

} // namespace

TEST_CASE("Screenshots of the filing workflow and numbering", "[.screenshot]")
{
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    auto demo = DemoGenerator(tdb.db(), Session{}).generate({40, 0, 7});
    REQUIRE(demo.ok());

    ui::MainWindow window(tdb.db(), Session{});
    window.resize(1280, 800);
    window.show();
    ui::FilingWorkspace* workspace = window.filingWorkspace();
    REQUIRE(workspace);
    FilingService& filings = workspace->filings();
    NumberingService& numbering = workspace->numbering();

    // Certificate blocks as result confirmations would reserve them; one space nearly full.
    auto ledger = numbering.ledger();
    REQUIRE(ledger.ok());
    REQUIRE(ledger->size() >= 3);
    const int sizes[] = {86, 240, 35, 120, 64};
    int i = 0;
    for (const OrgSerialEntry& e : *ledger) {
        if (e.status == QStringLiteral("terminated") || e.status == QStringLiteral("suspended"))
            continue;
        REQUIRE(numbering.reserve(e.enterpriseId, 2020, 4, sizes[i % 5], QDate(2020, 12, 10)).ok());
        REQUIRE(numbering.reserve(e.enterpriseId, 2021, 3, sizes[(i + 2) % 5], QDate(2021, 6, 18))
                    .ok());
        if (i == 0)
            REQUIRE(numbering.reserve(e.enterpriseId, 2021, 4, 905000, QDate(2021, 11, 5)).ok());
        ++i;
    }
    const OrgSerialEntry first = ledger->first();
    const Status voided =
        numbering.voidNumber(CertificateNumber::make(first.serial, 2020, 4, 17).format(),
                             QStringLiteral("打印时卡纸损坏，证书已收回销毁"));
    INFO(first.status.toStdString() + " " +
         (voided ? std::string() : voided.error().fullText().toStdString()));
    REQUIRE(voided.ok());
    workspace->refreshAll();

    save(window, "dashboard.png");

    workspace->showPage(workspace->filingList());
    workspace->filingList()->table()->selectRow(4);
    save(window, "filings-list.png");

    // A filing with a long history and eligibility warnings.
    qint64 chosen = 0;
    auto all = filings.list();
    REQUIRE(all.ok());
    for (const FilingSummary& s : *all) {
        auto w = filings.eligibilityWarnings(s.id);
        auto f = filings.get(s.id);
        REQUIRE(w.ok());
        REQUIRE(f.ok());
        if (!w->isEmpty() && f->history.size() >= 6 && s.status == FilingStatus::Published) {
            chosen = s.id;
            break;
        }
    }
    if (chosen == 0)
        for (const FilingSummary& s : *all)
            if (s.status == FilingStatus::Published)
                chosen = s.id;
    REQUIRE(chosen != 0);
    // Its registry record lacks what the notice asks for: the warnings panel shows it.
    auto enterprise = window.enterprises().get(filings.get(chosen)->enterpriseId);
    REQUIRE(enterprise.ok());
    Enterprise changed = *enterprise;
    for (Person& p : changed.supervisors)
        p.field = QStringLiteral("安全生产管理");
    changed.itEquipment.clear();
    const auto updated = window.enterprises().update(changed);
    INFO(test::why(updated));
    REQUIRE(updated.ok());
    ui::FilingView* view = workspace->openFiling(chosen);
    REQUIRE(view);
    view->resize(1280, 800);
    save(*view, "filing-view.png");
    view->close();

    // An application being checked: the checklist with a defective and a missing item.
    qint64 open = 0;
    for (const FilingSummary& s : *all)
        if (s.status == FilingStatus::Submitted)
            open = s.id;
    REQUIRE(open != 0);
    REQUIRE(filings.setAllReceived(open, {}).ok());
    REQUIRE(filings
                .setChecklistItem(open, QStringLiteral("a2_licence"), ItemState::Defective,
                                  QStringLiteral("复印件未加盖企业公章"))
                .ok());
    REQUIRE(filings
                .setChecklistItem(open, QStringLiteral("a3_it"), ItemState::Missing,
                                  QStringLiteral("企业称另行报送"))
                .ok());
    ui::FilingView* checking = workspace->openFiling(open);
    REQUIRE(checking);
    checking->resize(1280, 800);
    REQUIRE(checking->findChild<QTabWidget*>(QStringLiteral("filingTabs"))->currentIndex() == 1);
    save(*checking, "filing-view-checklist.png");
    // The return dialog: the checklist's defects are listed and go into the notice by themselves.
    checking->setActionPrompt([](ui::FilingActionDialog* d) {
        d->findChild<QPlainTextEdit*>(QStringLiteral("actionDefectsEdit"))
            ->setPlainText(
                QStringLiteral("考评员名录缺少职业技能等级证书复印件\n实施方案未经法定代表人签字"));
        d->findChild<QPlainTextEdit*>(QStringLiteral("actionNoteEdit"))
            ->setPlainText(QStringLiteral("请于十个工作日内补正后重新报送。"));
        d->show();
        save(*d, "filing-action-return.png");
        return false;
    });
    REQUIRE_FALSE(checking->takeAction(FilingAction::Return));
    checking->close();

    workspace->showPage(workspace->catalogue());
    save(window, "catalogue.png");

    workspace->showPage(workspace->numberingView());
    workspace->numberingView()->selectEnterprise(first.enterpriseId);
    workspace->numberingView()
        ->findChild<QLineEdit*>(QStringLiteral("certNumberEdit"))
        ->setText(CertificateNumber::make(first.serial, 2020, 4, 17).format());
    save(window, "numbering.png");
    ui::ErrorPresenter::setSink({});
}
