// Screenshots of the expert-review scoring screens for docs/screenshots: the 专家评审 tab
// of a filing with a complete result, the score sheet dialog half filled, the access code
// shown after an export, the replace dialog and the reviewer-mode window.
// Hidden tag: run on purpose with `ui_tests "[.screenshot]"`.
#include "tests/ui/ReviewScoringSupport.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/filing/FilingView.h"
#include "ui/review/AccessCodeDialog.h"
#include "ui/review/FilingReviewPanel.h"
#include "ui/review/ReplaceMemberDialog.h"
#include "ui/review/ReviewerWindow.h"
#include "ui/review/ScoreSheetDialog.h"
#include "ui/review/ScoreSheetForm.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jd;
using jd::test::child;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString shotPath(const char* name)
{
    QDir dir(QStringLiteral(JD_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    return dir.filePath(QString::fromLatin1(name));
}

void save(QWidget& w, const char* name)
{
    settle();
    const QPixmap shot = w.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(shotPath(name)));
}

// A dialog over the dimmed window; offscreen windows have no frame, so a plain title bar
// stands in for the system's.
void saveOver(QWidget& window, QWidget& dialog, const char* name)
{
    settle();
    QPixmap base = window.grab();
    const QPixmap top = dialog.grab();
    QPainter p(&base);
    p.fillRect(base.rect(), QColor(0, 0, 0, 70));
    const int titleHeight = 30;
    const QPoint at((base.width() - top.width()) / 2,
                    (base.height() - top.height() + titleHeight) / 2);
    const QRect title(at.x(), at.y() - titleHeight, top.width(), titleHeight);
    p.fillRect(title.adjusted(-1, -1, 1, 1), QColor(0x9a, 0x9a, 0x9a));
    p.fillRect(title, QColor(0xe8, 0xe8, 0xe8));
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.setFont(QApplication::font());
    p.drawText(title.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
               dialog.windowTitle().remove(QStringLiteral("[*]")));
    p.drawPixmap(at, top);
    p.setPen(QColor(0x9a, 0x9a, 0x9a));
    p.drawRect(QRect(at, top.size()).adjusted(-1, 0, 0, 0));
    p.end();
    REQUIRE(base.save(shotPath(name)));
}

void typeInto(QWidget* w, const QString& text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
}

} // namespace

TEST_CASE("Screenshots of the expert review scoring screens", "[.screenshot]")
{
    test::ReviewFixture fx;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    ui::FilingView view(fx.filings, fx.enterprises, fx.tdb.db(), Session{});
    REQUIRE(view.load(fx.filing).ok());
    view.resize(1280, 900);
    view.show();
    ui::FilingReviewPanel* panel = view.reviewPanel();
    child<QTabWidget>(&view, QStringLiteral("filingTabs"))->setCurrentWidget(panel);
    panel->setQuestion([](const QString&, const QString&) { return true; });

    // Draw with a stated seed, arrange the visit.
    typeInto(child<QLineEdit>(panel, QStringLiteral("seedEdit")), QStringLiteral("20261102"));
    REQUIRE(panel->drawPanel());
    child<QDateEdit>(panel, QStringLiteral("visitDateEdit"))->setDate(QDate(2026, 11, 12));
    auto* place = child<QLineEdit>(panel, QStringLiteral("visitPlaceEdit"));
    place->setText(QStringLiteral("企业培训基地（天津市南开区迎水道47号）"));
    Q_EMIT place->textEdited(place->text());
    REQUIRE(panel->saveVisit());

    // The replace dialog, as the supervisor fills it.
    const PanelMember leaving = panel->panel()->activeMembers().at(2);
    REQUIRE(panel->selectMember(leaving.expertId));
    panel->setDialogRunner([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::ReplaceMemberDialog*>(d);
        REQUIRE(dialog);
        dialog->chooseNextInOrder();
        dialog->setReason(QStringLiteral("因病不能参加现场评估"));
        dialog->resize(820, 640);
        dialog->show();
        saveOver(view, *dialog, "review-replace-member.png");
        dialog->hide();
        return int(QDialog::Accepted);
    });
    REQUIRE(panel->replaceMember());

    // A package for the first member, exported before anything is scored.
    const QList<PanelMember> members = panel->panel()->activeMembers();
    REQUIRE(members.size() == 5);
    REQUIRE(panel->selectMember(members.at(0).expertId));
    const QString packagePath =
        QDir(dir.path())
            .filePath(
                QStringLiteral("评分包-%1-%2.jdreview").arg(fx.filing).arg(members.at(0).name));
    panel->setFileChooser(
        [&](ui::FilingReviewPanel::FileRequest, const QString&) { return packagePath; });
    QString code;
    panel->setDialogRunner([&](QDialog* d) {
        code = qobject_cast<ui::AccessCodeDialog*>(d)->accessCode();
        d->show();
        saveOver(view, *d, "review-access-code.png");
        d->hide();
        return int(QDialog::Accepted);
    });
    REQUIRE(panel->exportPackage());
    REQUIRE_FALSE(code.isEmpty());

    // The expert fills half the package in reviewer mode.
    {
        ui::ReviewerWindow reviewer;
        reviewer.resize(1100, 860);
        reviewer.show();
        REQUIRE(reviewer.openPackage(packagePath, code).ok());
        int typed = 0;
        for (const QString& v : test::kVetoItems)
            test::chooseMet(&reviewer, v);
        for (const auto& [criterion, text] : test::typedScores()) {
            if (++typed > 9)
                break;
            test::typeScore(&reviewer, criterion, text);
        }
        child<QLineEdit>(&reviewer, QStringLiteral("comment_c1.2"))
            ->setText(QStringLiteral("技能人才评价激励制度健全"));
        reviewer.form()->findChild<QScrollArea*>()->ensureWidgetVisible(
            reviewer.form()->scoreEditor(QStringLiteral("c6.1")));
        save(reviewer, "review-reviewer-window.png");
        for (const auto& [criterion, text] : test::typedScores())
            test::typeScore(&reviewer, criterion, text);
        child<QPlainTextEdit>(&reviewer, QStringLiteral("sheetOpinionEdit"))
            ->setPlainText(
                QStringLiteral("企业制度健全，场地设备满足电工、焊工认定需要，建议列入试点。"));
        child<QDateEdit>(&reviewer, QStringLiteral("signedOnEdit"))->setDate(QDate(2026, 11, 12));
        reviewer.setUnsavedPrompt([](QWidget*) { return QMessageBox::Discard; });
        REQUIRE(reviewer.save());
    }
    REQUIRE(panel->importPackageFrom(packagePath));

    // Three more sheets through the service, one expert far from the others on c5.1.
    const ReviewTemplate t = fx.tmpl();
    const double offsets[] = {0, 0.5, -1.0, 1.0};
    for (int i = 1; i <= 3; ++i) {
        ExpertSheet s;
        s.filingId = fx.filing;
        s.expertId = members.at(i).expertId;
        s.signedOn = QDate(2026, 11, 12);
        for (const Criterion& c : t.leaves()) {
            double v = c.veto ? c.maxPoints : std::clamp(8.0 + offsets[i], 0.0, c.maxPoints);
            if (c.id == QStringLiteral("c5.1"))
                v = i == 3 ? 4.0 : 9.0;
            if (c.id == QStringLiteral("c7.2"))
                v = 6.5 + i;
            s.scores << ScoreEntry{s.expertId, c.id, v, {}};
        }
        auto saved = fx.review.saveSheet(s);
        INFO(test::why(saved));
        REQUIRE(saved.ok());
    }

    panel->refresh(); // written through another service: read again, as F5 does
    // The last member's paper sheet typed in by the clerk: half done.
    REQUIRE(panel->selectMember(members.at(4).expertId));
    panel->setDialogRunner([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::ScoreSheetDialog*>(d);
        REQUIRE(dialog);
        dialog->resize(1040, 820);
        dialog->show();
        for (const QString& v : test::kVetoItems)
            test::chooseMet(dialog, v);
        int typed = 0;
        for (const auto& [criterion, text] : test::typedScores()) {
            if (++typed > 7)
                break;
            test::typeScore(dialog, criterion, text);
        }
        child<QLineEdit>(dialog, QStringLiteral("comment_c3.1"))
            ->setText(QStringLiteral("经费提取凭证不全，已要求补充"));
        dialog->form()->findChild<QScrollArea*>()->ensureWidgetVisible(
            dialog->form()->scoreEditor(QStringLiteral("c5.1")));
        saveOver(view, *dialog, "review-score-sheet.png");
        for (const auto& [criterion, text] : test::typedScores())
            test::typeScore(dialog, criterion, text);
        child<QDoubleSpinBox>(dialog, QStringLiteral("score_c5.1"))->setValue(8.5);
        dialog->setUnsavedPrompt([](QWidget*) { return QMessageBox::Discard; });
        REQUIRE(dialog->save());
        dialog->hide();
        return int(QDialog::Accepted);
    });
    REQUIRE(panel->enterScores());

    // The panel's opinion, and the tab with the complete result.
    auto* opinion = child<QPlainTextEdit>(panel, QStringLiteral("panelOpinionEdit"));
    opinion->setPlainText(
        QStringLiteral("经现场评估，该企业技能人才评价制度健全，场地设施设备满足申报职业认定需要，"
                       "专家组一致建议列入试点企业名单。“考核场地、设施设备”一项专家意见分歧较大，"
                       "已现场复核。"));
    opinion->document()->setModified(true);
    REQUIRE(panel->saveOpinion());
    REQUIRE(panel->result().has_value());
    REQUIRE(panel->result()->complete);
    REQUIRE(panel->verifyDraw());
    REQUIRE(panel->selectMember(members.at(0).expertId));
    // The criterion the experts disagree on, in view.
    auto* results = child<QTableView>(panel, QStringLiteral("resultTable"));
    for (int row = 0; row < results->model()->rowCount(); ++row)
        if (results->model()->index(row, 0).data().toString().startsWith(QStringLiteral("c5.1")))
            results->scrollTo(results->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    save(view, "review-tab.png");
}
