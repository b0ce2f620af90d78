// The expert-review screens of a filing: a score sheet typed into the dialog field by
// field, the 专家评审 tab drawing, verifying and changing a panel and showing the result,
// and reviewer mode: an exported package opened with its access code (a wrong code is
// refused with the reason), filled through the form, saved and imported by the centre.
#include "core/review/ExpertService.h"
#include "core/review/ReviewService.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"
#include "tests/ui/ReviewScoringSupport.h"
#include "ui/filing/FilingView.h"
#include "ui/review/AccessCodeDialog.h"
#include "ui/review/FilingReviewPanel.h"
#include "ui/review/PanelMemberModel.h"
#include "ui/review/PanelResultModel.h"
#include "ui/review/ReplaceMemberDialog.h"
#include "ui/review/ReviewerWindow.h"
#include "ui/review/ScoreSheetDialog.h"
#include "ui/review/ScoreSheetForm.h"
#include "ui/security/LoginDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace jd;
using jd::test::child;
using jd::test::chooseMet;
using jd::test::fillWholeSheet;
using jd::test::kVetoItems;
using jd::test::ReviewFixture;
using jd::test::typedScores;
using jd::test::typeScore;

TEST_CASE("A full score sheet typed into the dialog gives the hand-computed total and is stored",
          "[ui][reviewscoring]")
{
    ReviewFixture fx;
    const Panel p = fx.draw();
    const PanelMember member = p.activeMembers().first();

    auto opened = ui::ScoreSheetDialog::open(fx.review, fx.filing, member.expertId,
                                             QStringLiteral("备案申请"), false, nullptr);
    INFO(test::why(opened));
    REQUIRE(opened.ok());
    ui::ScoreSheetDialog& dialog = **opened;
    dialog.show();
    ui::ScoreSheetForm* form = dialog.form();
    auto* total = child<QLabel>(&dialog, QStringLiteral("sheetTotalLabel"));
    CHECK(total->text() == QStringLiteral("本表合计 0.00 / 100"));
    CHECK(form->criterionCount() == 21);
    CHECK(form->unscoredIds().size() == 21);
    CHECK(child<QLabel>(&dialog, QStringLiteral("mark_c1.2"))->text() == QStringLiteral("未评"));
    // Scores are bounded by the criterion: 0..10 in steps of 0.5, two decimals.
    auto* first = child<QDoubleSpinBox>(&dialog, QStringLiteral("score_c1.2"));
    CHECK(first->maximum() == 10.0);
    CHECK(first->singleStep() == 0.5);
    CHECK(first->decimals() == 2);
    CHECK(first->text() == QStringLiteral("未评"));

    // The total follows each score as it is typed.
    typeScore(&dialog, QStringLiteral("c1.2"), QStringLiteral("8.5"));
    CHECK(total->text() == QStringLiteral("本表合计 6.80 / 100"));
    CHECK(child<QLabel>(&dialog, QStringLiteral("mark_c1.2"))->text() == QStringLiteral("✓"));
    CHECK(dialog.isWindowModified());
    // Tab leads from a score to its comment.
    CHECK(dialog.focusWidget() == child<QLineEdit>(&dialog, QStringLiteral("comment_c1.2")));
    QTest::keyClicks(dialog.focusWidget(), QStringLiteral("training records complete"));

    // Enter goes on to the next field (as on a number pad) and never saves the dialog.
    auto* c13 = child<QDoubleSpinBox>(&dialog, QStringLiteral("score_c1.3"));
    c13->setFocus(Qt::TabFocusReason);
    c13->selectAll();
    QTest::keyClicks(c13, QStringLiteral("4"));
    QTest::keyClick(c13, Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(dialog.isVisible());
    CHECK(dialog.focusWidget() == child<QLineEdit>(&dialog, QStringLiteral("comment_c1.3")));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.focusWidget() == child<QComboBox>(&dialog, QStringLiteral("score_c2.1")));
    CHECK(total->text() == QStringLiteral("本表合计 8.40 / 100"));

    // A value above the maximum is not taken.
    typeScore(&dialog, QStringLiteral("c1.3"), QStringLiteral("12"));
    CHECK(child<QDoubleSpinBox>(&dialog, QStringLiteral("score_c1.3"))->value() <= 10.0);

    fillWholeSheet(&dialog);
    CHECK(form->isComplete());
    CHECK(form->unscoredIds().isEmpty());
    CHECK(form->total() == Approx(80.60));
    CHECK(total->text() == QStringLiteral("本表合计 80.60 / 100"));
    CHECK(child<QLabel>(&dialog, QStringLiteral("sheetProgressLabel"))
              ->text()
              .contains(QStringLiteral("评分完整")));
    // The veto items (符合) are stored at their maximum.
    for (const QString& v : kVetoItems)
        CHECK(child<QComboBox>(&dialog, QStringLiteral("score_") + v)
                  ->currentText()
                  .startsWith(QStringLiteral("符合")));

    child<QPlainTextEdit>(&dialog, QStringLiteral("sheetOpinionEdit"))
        ->setPlainText(QStringLiteral("基本符合试点条件。"));
    child<QDateEdit>(&dialog, QStringLiteral("signedOnEdit"))->setDate(QDate(2026, 11, 2));
    child<QPushButton>(&dialog, QStringLiteral("saveSheetButton"))->click();
    CHECK(fx.errors.errors.isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());

    auto stored = fx.review.sheet(fx.filing, member.expertId);
    REQUIRE(stored.ok());
    CHECK(stored->scores.size() == 21);
    CHECK(stored->opinion == QStringLiteral("基本符合试点条件。"));
    CHECK(stored->signedOn == QDate(2026, 11, 2));
    CHECK(stored->source == QStringLiteral("entry"));
    CHECK(sheetTotal(fx.tmpl(), stored->scores) == Approx(80.60));
    QHash<QString, ScoreEntry> byId;
    for (const ScoreEntry& e : stored->scores)
        byId.insert(e.criterionId, e);
    for (const auto& [criterion, text] : typedScores())
        CHECK(byId.value(criterion).score == Approx(text.toDouble()));
    for (const QString& v : kVetoItems)
        CHECK(byId.value(v).score == Approx(1.0));
    CHECK(byId.value(QStringLiteral("c1.2")).comment ==
          QStringLiteral("training records complete"));

    // Reopened, the dialog shows what was stored.
    auto again =
        ui::ScoreSheetDialog::open(fx.review, fx.filing, member.expertId, {}, false, nullptr);
    REQUIRE(again.ok());
    CHECK((*again)->form()->total() == Approx(80.60));
    CHECK(child<QDoubleSpinBox>(again->get(), QStringLiteral("score_c5.1"))->value() == 9.0);
    CHECK_FALSE((*again)->form()->isModified());
}

TEST_CASE("A refused save keeps the score dialog open; unsaved changes are asked about",
          "[ui][reviewscoring]")
{
    ReviewFixture fx(false); // materials_accepted: scores are not taken yet
    const Panel p = fx.draw();
    auto opened = ui::ScoreSheetDialog::open(
        fx.review, fx.filing, p.activeMembers().first().expertId, {}, false, nullptr);
    REQUIRE(opened.ok());
    ui::ScoreSheetDialog& dialog = **opened;
    dialog.show();
    typeScore(&dialog, QStringLiteral("c5.1"), QStringLiteral("9"));
    child<QPushButton>(&dialog, QStringLiteral("saveSheetButton"))->click();
    REQUIRE(fx.errors.errors.size() == 1);
    CHECK(fx.errors.errors.first().code == ErrorCode::NotAllowed);
    CHECK(dialog.isVisible());
    CHECK(dialog.form()->isModified());
    CHECK(child<QLabel>(&dialog, QStringLiteral("sheetStatusLabel"))
              ->text()
              .startsWith(QStringLiteral("未保存")));
    CHECK(child<QDoubleSpinBox>(&dialog, QStringLiteral("score_c5.1"))->value() == 9.0);

    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    dialog.setUnsavedPrompt([&](QWidget*) {
        ++asked;
        return answer;
    });
    dialog.reject();
    CHECK(asked == 1);
    CHECK(dialog.isVisible());
    answer = QMessageBox::Discard;
    dialog.close();
    CHECK(asked == 2);
    CHECK_FALSE(dialog.isVisible());
    auto stored = fx.review.sheet(fx.filing, p.activeMembers().first().expertId);
    REQUIRE(stored.ok());
    CHECK(stored->scores.isEmpty());
}

TEST_CASE("The review tab of the filing window draws a panel of five and verifies it",
          "[ui][reviewscoring]")
{
    ReviewFixture fx;
    ui::FilingView view(fx.filings, fx.enterprises, fx.tdb.db(), Session{});
    REQUIRE(view.load(fx.filing).ok());
    view.show();
    ui::FilingReviewPanel* panel = view.reviewPanel();
    REQUIRE(panel);
    auto* tabs = child<QTabWidget>(&view, QStringLiteral("filingTabs"));
    REQUIRE(tabs->indexOf(panel) >= 0);
    CHECK(tabs->tabText(tabs->indexOf(panel)) == QStringLiteral("专家评审"));
    tabs->setCurrentWidget(panel);
    QAbstractItemModelTester memberTester(panel->memberModel());
    QAbstractItemModelTester resultTester(panel->resultModel());

    CHECK_FALSE(panel->panel().has_value());
    auto* size = child<QSpinBox>(panel, QStringLiteral("panelSizeSpin"));
    CHECK(size->value() == 5);
    CHECK(size->singleStep() == 2);
    auto* draw = child<QPushButton>(panel, QStringLiteral("drawPanelButton"));
    CHECK(draw->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, QStringLiteral("replaceMemberButton"))->isEnabled());
    QTest::keyClicks(child<QLineEdit>(panel, QStringLiteral("seedEdit")),
                     QStringLiteral("20261102"));
    int questions = 0;
    panel->setQuestion([&](const QString&, const QString&) {
        ++questions;
        return false;
    });
    draw->click();
    CHECK(fx.errors.errors.isEmpty());
    CHECK(questions == 0); // the first draw replaces nothing
    REQUIRE(panel->panel().has_value());
    CHECK(panel->panel()->seed == 20261102u);
    CHECK(panel->memberModel()->rowCount() == 5);
    auto* table = child<QTableView>(panel, QStringLiteral("panelMemberTable"));
    CHECK(table->model()->rowCount() == 5);
    QSet<qint64> ids;
    for (int r = 0; r < 5; ++r) {
        const PanelMember& m = panel->memberModel()->rows().at(r);
        CHECK(m.position == r + 1);
        CHECK(m.active);
        CHECK(m.employer != fx.enterpriseName);    // the avoided expert is never drawn
        CHECK(m.name != QStringLiteral("冯丽娟")); // nor the one whose specialty does not fit
        ids << m.expertId;
        CHECK(panel->memberModel()->index(r, ui::PanelMemberModel::Scored).data().toString() ==
              QStringLiteral("已评 0/21 项"));
    }
    CHECK(ids.size() == 5);
    CHECK(tabs->tabText(tabs->indexOf(panel)) == QStringLiteral("专家评审（已评 0/5）"));
    CHECK(child<QLabel>(panel, QStringLiteral("panelInfoLabel"))
              ->text()
              .contains(QStringLiteral("20261102")));
    CHECK(draw->text().startsWith(QStringLiteral("重新抽取")));

    child<QPushButton>(panel, QStringLiteral("verifyDrawButton"))->click();
    CHECK(child<QLabel>(panel, QStringLiteral("verifyResultLabel"))
              ->text()
              .contains(QStringLiteral("可复现")));

    // A redraw asks first; declined, the panel stays.
    draw->click();
    CHECK(questions == 1);
    CHECK(panel->panel()->seed == 20261102u);

    // The result table: one row per criterion, a column per member; empty scores so far.
    CHECK(panel->resultModel()->rowCount() == 21);
    CHECK(panel->resultModel()->columnCount() == 2 + 5 + 4);
    auto* missing = child<QListWidget>(panel, QStringLiteral("missingList"));
    CHECK(missing->isVisibleTo(panel));
    CHECK(missing->count() == 5 * 21);
}

TEST_CASE("The review tab replaces a member with a reason and shows the aggregated result",
          "[ui][reviewscoring]")
{
    ReviewFixture fx;
    fx.draw();
    ui::FilingView view(fx.filings, fx.enterprises, fx.tdb.db(), Session{});
    REQUIRE(view.load(fx.filing).ok());
    view.show();
    ui::FilingReviewPanel* panel = view.reviewPanel();
    child<QTabWidget>(&view, QStringLiteral("filingTabs"))->setCurrentWidget(panel);
    REQUIRE(panel->panel().has_value());
    const PanelMember leaving = panel->panel()->activeMembers().at(1);
    REQUIRE(panel->selectMember(leaving.expertId));

    // 更换专家: the pool with the reasons why others may not sit; a reason is required.
    int runs = 0;
    panel->setDialogRunner([&](QDialog* d) {
        ++runs;
        auto* dialog = qobject_cast<ui::ReplaceMemberDialog*>(d);
        REQUIRE(dialog);
        auto* ok = child<QPushButton>(dialog, QStringLiteral("replaceOkButton"));
        CHECK_FALSE(ok->isEnabled()); // no reason yet
        auto* candidates = child<QTableView>(dialog, QStringLiteral("candidateTable"));
        QStringList reasons;
        for (int r = 0; r < candidates->model()->rowCount(); ++r)
            reasons << candidates->model()->index(r, 3).data().toString();
        CHECK(reasons.filter(QStringLiteral("须回避")).size() == 1);
        CHECK(reasons.filter(QStringLiteral("不对口")).size() == 1);
        CHECK(reasons.filter(QStringLiteral("已在")).size() == 5);
        dialog->chooseNextInOrder();
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("replaceReasonEdit")),
                         QStringLiteral("ill"));
        CHECK(ok->isEnabled());
        return int(QDialog::Accepted);
    });
    child<QPushButton>(panel, QStringLiteral("replaceMemberButton"))->click();
    CHECK(runs == 1);
    CHECK(fx.errors.errors.isEmpty());
    CHECK(panel->memberModel()->rowCount() == 6);
    CHECK(panel->panel()->activeMembers().size() == 5);
    const PanelMember& replaced = panel->memberModel()->rows().last();
    CHECK_FALSE(replaced.active);
    CHECK(replaced.expertId == leaving.expertId);
    CHECK(panel->memberModel()
              ->index(5, ui::PanelMemberModel::State)
              .data()
              .toString()
              .contains(QStringLiteral("ill")));

    // Every sheet in (one criterion far apart): the result with total, flag and verdict.
    fx.fillSheets(*panel->panel(), {0, 0.5, -0.5, 1.0, -1.0}, QStringLiteral("c5.1"));
    view.refresh(); // written elsewhere: F5 (or showing the tab again) reads it
    REQUIRE(panel->result().has_value());
    const ReviewResult& r = *panel->result();
    CHECK(r.complete);
    CHECK(r.method == QStringLiteral("trimmed_mean"));
    CHECK(r.recommended);
    ui::PanelResultModel* model = panel->resultModel();
    CHECK(model->rowCount() == 21);
    int flaggedRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString().startsWith(QStringLiteral("c5.1")))
            flaggedRow = row;
    REQUIRE(flaggedRow >= 0);
    CHECK(model->index(flaggedRow, model->flagColumn())
              .data()
              .toString()
              .contains(QStringLiteral("分歧")));
    CHECK(model->index(flaggedRow, model->spreadColumn()).data().toString() == QStringLiteral("6"));
    CHECK(model->index(flaggedRow, model->flagColumn()).data(Qt::BackgroundRole).isValid());
    CHECK(model->index(flaggedRow, model->aggregateColumn()).data().toString() ==
          QStringLiteral("9.00"));
    CHECK(model->index(0, ui::PanelResultModel::FirstMemberColumn).data().toString() ==
          QStringLiteral("符合"));
    const QString summary = child<QLabel>(panel, QStringLiteral("resultSummaryLabel"))->text();
    CHECK(summary.contains(QString::number(r.total, 'f', 2)));
    CHECK(summary.contains(QStringLiteral("建议列入")));
    CHECK_FALSE(child<QListWidget>(panel, QStringLiteral("missingList"))->isVisibleTo(panel));
    CHECK(panel->title() == QStringLiteral("专家评审（已评 5/5）"));

    // The panel opinion.
    auto* opinion = child<QPlainTextEdit>(panel, QStringLiteral("panelOpinionEdit"));
    opinion->setFocus();
    QTest::keyClicks(opinion, QStringLiteral("OK"));
    auto* saveOpinion = child<QPushButton>(panel, QStringLiteral("saveOpinionButton"));
    REQUIRE(saveOpinion->isEnabled());
    saveOpinion->click();
    CHECK(fx.errors.errors.isEmpty());
    auto stored = fx.review.panel(fx.filing);
    REQUIRE(stored.ok());
    CHECK(stored->opinion == QStringLiteral("OK"));

    // The documents print.
    CHECK(panel->blankSheetDocument().ok());
    CHECK(panel->memberSheetDocument().ok());
    auto summaryDoc = panel->summaryDocument();
    REQUIRE(summaryDoc.ok());
    CHECK(summaryDoc->html.contains(fx.enterpriseName));
}

TEST_CASE("A reviewer may score but not draw, change the panel or arrange the visit",
          "[ui][reviewscoring]")
{
    ReviewFixture fx;
    fx.draw();
    const Session reviewer{QStringLiteral("zhuanjia"), Role::Reviewer};
    FilingService filings(fx.tdb.db(), reviewer);
    ui::FilingView view(filings, fx.enterprises, fx.tdb.db(), reviewer);
    REQUIRE(view.load(fx.filing).ok());
    view.show();
    ui::FilingReviewPanel* panel = view.reviewPanel();
    CHECK_FALSE(child<QPushButton>(panel, QStringLiteral("drawPanelButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, QStringLiteral("replaceMemberButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(panel, QStringLiteral("saveVisitButton"))->isEnabled());
    CHECK(child<QPushButton>(panel, QStringLiteral("enterScoresButton"))->isEnabled());
    CHECK(child<QPushButton>(panel, QStringLiteral("importScoresButton"))->isEnabled());
}

TEST_CASE(
    "Reviewer mode opens an exported package with its code, fills it and the centre imports it",
    "[ui][reviewscoring]")
{
    ReviewFixture fx;
    fx.draw();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // The centre: visit arranged, package exported for the first member from the review tab.
    ui::FilingView view(fx.filings, fx.enterprises, fx.tdb.db(), Session{});
    REQUIRE(view.load(fx.filing).ok());
    view.show();
    ui::FilingReviewPanel* panel = view.reviewPanel();
    child<QTabWidget>(&view, QStringLiteral("filingTabs"))->setCurrentWidget(panel);
    child<QDateEdit>(panel, QStringLiteral("visitDateEdit"))->setDate(QDate(2026, 11, 12));
    auto* place = child<QLineEdit>(panel, QStringLiteral("visitPlaceEdit"));
    place->setFocus();
    QTest::keyClicks(place, QStringLiteral("Training base, Nankai"));
    child<QPushButton>(panel, QStringLiteral("saveVisitButton"))->click();
    CHECK(fx.errors.errors.isEmpty());
    CHECK(panel->panel()->visitDate == QDate(2026, 11, 12));

    const PanelMember member = panel->panel()->activeMembers().first();
    REQUIRE(panel->selectMember(member.expertId));
    const QString path = QDir(dir.path()).filePath(QStringLiteral("package"));
    QString shownCode;
    panel->setFileChooser([&](ui::FilingReviewPanel::FileRequest request, const QString&) {
        CHECK(request == ui::FilingReviewPanel::FileRequest::ExportPackage);
        return path;
    });
    panel->setDialogRunner([&](QDialog* d) {
        auto* codeDialog = qobject_cast<ui::AccessCodeDialog*>(d);
        REQUIRE(codeDialog);
        shownCode = child<QLabel>(d, QStringLiteral("accessCodeLabel"))->text();
        child<QPushButton>(d, QStringLiteral("copyCodeButton"))->click();
        CHECK(child<QLabel>(d, QStringLiteral("copiedLabel"))->text() ==
              QStringLiteral("已复制到剪贴板"));
        return int(QDialog::Accepted);
    });
    child<QPushButton>(panel, QStringLiteral("exportPackageButton"))->click();
    CHECK(fx.errors.errors.isEmpty());
    const QString file = path + QStringLiteral(".jdreview"); // the suffix is added
    REQUIRE(QFile::exists(file));
    CHECK(shownCode.size() == 14);
    CHECK(ReviewPackage::normalizeAccessCode(shownCode).size() == 12);

    // The expert: a wrong code is refused with the reason and asked again.
    ui::ReviewerWindow window;
    window.show();
    QStringList problems;
    window.setCodePrompt(
        [&](const QString& fileName, const QString& problem) -> std::optional<QString> {
            CHECK(fileName == QStringLiteral("package.jdreview"));
            problems << problem;
            if (problems.size() == 1)
                return QStringLiteral("AAAA-BBBB-CCCC");
            return std::nullopt;
        });
    CHECK_FALSE(window.open(file));
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).isEmpty());
    CHECK(problems.at(1).contains(QStringLiteral("访问码不正确")));
    CHECK_FALSE(window.hasPackage());
    CHECK(fx.errors.errors.isEmpty());

    // The right code, typed in lower case as people do.
    window.setCodePrompt([&](const QString&, const QString&) -> std::optional<QString> {
        return shownCode.toLower();
    });
    REQUIRE(window.open(file));
    CHECK(window.currentPath() == file);
    CHECK(child<QLabel>(&window, QStringLiteral("packageEnterpriseLabel"))->text() ==
          fx.enterpriseName);
    CHECK(child<QLabel>(&window, QStringLiteral("packageExpertLabel"))->text() == member.name);
    CHECK(child<QLabel>(&window, QStringLiteral("packageOccupationsLabel"))
              ->text()
              .contains(QStringLiteral("6-31-01-03")));
    CHECK(child<QLabel>(&window, QStringLiteral("packageVisitLabel"))
              ->text()
              .contains(QStringLiteral("2026年11月12日")));
    auto* status = child<QLabel>(&window, QStringLiteral("reviewerStatusLabel"));
    CHECK(status->text().contains(QStringLiteral("尚有 21 项未评")));

    // Half a sheet saved: the package is not complete, and the centre would refuse it.
    typeScore(&window, QStringLiteral("c1.2"), QStringLiteral("8.5"));
    CHECK(window.isModified());
    CHECK(status->text().contains(QStringLiteral("有未保存的修改")));
    REQUIRE(window.save());
    CHECK_FALSE(window.isModified());
    auto partial = ReviewPackage::open(file, shownCode);
    REQUIRE(partial.ok());
    CHECK(partial->scores().size() == 1);
    CHECK_FALSE(partial->complete());

    fillWholeSheet(&window);
    child<QPlainTextEdit>(&window, QStringLiteral("sheetOpinionEdit"))
        ->setPlainText(QStringLiteral("现场核查属实。"));
    child<QDateEdit>(&window, QStringLiteral("signedOnEdit"))->setDate(QDate(2026, 11, 12));
    CHECK(window.form()->total() == Approx(80.60));
    CHECK(status->text().contains(QStringLiteral("评分完整")));
    // Closing with unsaved changes asks; Cancel keeps the window.
    int asked = 0;
    window.setUnsavedPrompt([&](QWidget*) {
        ++asked;
        return QMessageBox::Cancel;
    });
    window.close();
    CHECK(asked == 1);
    CHECK(window.isVisible());
    REQUIRE(window.save());
    CHECK(fx.errors.errors.isEmpty());
    // Save As writes a copy (suffix added) and goes on with it.
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy"));
    REQUIRE(window.saveAs(copy));
    CHECK(window.currentPath() == copy + QStringLiteral(".jdreview"));
    auto copied = ReviewPackage::open(copy + QStringLiteral(".jdreview"), shownCode);
    REQUIRE(copied.ok());
    CHECK(copied->complete());
    CHECK(copied->total() == Approx(80.60));
    window.close();
    CHECK(asked == 1);

    // The centre imports the returned file through the review tab, once.
    REQUIRE(panel->importPackageFrom(file));
    CHECK(fx.errors.errors.isEmpty());
    auto stored = fx.review.sheet(fx.filing, member.expertId);
    REQUIRE(stored.ok());
    CHECK(stored->source == QStringLiteral("package"));
    CHECK(stored->scores.size() == 21);
    CHECK(sheetTotal(fx.tmpl(), stored->scores) == Approx(80.60));
    CHECK(stored->opinion == QStringLiteral("现场核查属实。"));
    CHECK(stored->signedOn == QDate(2026, 11, 12));
    CHECK(panel->memberModel()
              ->index(panel->memberModel()->rowOf(
                          ui::PanelMemberModel::keyOf(panel->panel()->activeMembers().first())),
                      ui::PanelMemberModel::Scored)
              .data()
              .toString() == QStringLiteral("已评 21/21 项"));
    CHECK_FALSE(panel->importPackageFrom(file));
    REQUIRE(fx.errors.errors.size() == 1);
    CHECK(fx.errors.errors.first().message.contains(QStringLiteral("不能重复导入")));
}

TEST_CASE("Score CSV errors are listed and nothing is imported", "[ui][reviewscoring]")
{
    ReviewFixture fx;
    const Panel p = fx.draw();
    ui::FilingReviewPanel panel(fx.filings, fx.enterprises, fx.tdb.db(), Session{});
    panel.load(fx.filing);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("scores.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const qint64 expert = p.activeMembers().first().expertId;
    f.write(QStringLiteral(
                "filing_id,expert_id,criterion,score\n%1,%2,c1.2,8\n%1,%2,c1.3,15\n%1,%2,c9.9,5\n")
                .arg(fx.filing)
                .arg(expert)
                .toUtf8());
    f.close();
    QStringList shown;
    panel.setDialogRunner([&](QDialog* d) {
        CHECK(d->objectName() == QStringLiteral("scoreImportErrorDialog"));
        for (QTableView* t : d->findChildren<QTableView*>())
            for (int r = 0; r < t->model()->rowCount(); ++r)
                shown << t->model()->index(r, t->model()->columnCount() - 1).data().toString();
        return int(QDialog::Rejected);
    });
    CHECK_FALSE(panel.importScoresFrom(path));
    CHECK(shown.size() >= 2);
    auto stored = fx.review.sheet(fx.filing, expert);
    REQUIRE(stored.ok());
    CHECK(stored->scores.isEmpty());

    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QStringLiteral("filing_id,expert_id,criterion,score,comment\n%1,%2,c1.2,8,good\n")
                .arg(fx.filing)
                .arg(expert)
                .toUtf8());
    f.close();
    CHECK(panel.importScoresFrom(path));
    CHECK(child<QLabel>(&panel, QStringLiteral("reviewMessageLabel"))
              ->text()
              .contains(QStringLiteral("导入 1 行")));
    CHECK(panel.memberModel()->index(0, ui::PanelMemberModel::Scored).data().toString() ==
          QStringLiteral("已评 1/21 项"));
}

TEST_CASE("The login dialog offers reviewer mode without signing in", "[ui][reviewscoring]")
{
    test::TestDatabase tdb;
    ui::LoginDialog login(tdb.db());
    auto* reviewer = child<QPushButton>(&login, QStringLiteral("reviewerModeButton"));
    CHECK(reviewer->text() == QStringLiteral("离线评分（评审专家）…"));
    CHECK(reviewer->isEnabled());
    CHECK_FALSE(reviewer->autoDefault()); // Enter still signs in
}
