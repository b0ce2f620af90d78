// The filing window: a filing taken from submitted to published through its buttons and
// dialogs, refused and invalid actions, returns with their correction notice, and the
// buttons a clerk sees.
#include "ui/filing/FilingView.h"
#include "core/filing/FilingStateMachine.h"
#include "core/supervision/PlanService.h"
#include "core/supervision/SpotCheckService.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"
#include "ui/common/FieldErrorStyle.h"
#include "ui/filing/CatalogueEntryModel.h"
#include "ui/filing/ChecklistModel.h"
#include "ui/filing/FilingActionDialog.h"
#include "ui/filing/FilingHistoryModel.h"
#include "ui/filing/PilotCatalogueView.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace jd;

namespace {

// The actions whose buttons the view shows now (visible ones only).
QSet<QString> shownButtons(ui::FilingView& view)
{
    QSet<QString> keys;
    for (QPushButton* b : view.findChildren<QPushButton*>())
        if (b->objectName().startsWith(QStringLiteral("actionButton_")) && b->isVisibleTo(&view))
            keys << b->objectName().mid(13);
    return keys;
}

QSet<QString> availableKeys(FilingService& service, qint64 id)
{
    auto actions = service.availableActions(id);
    REQUIRE(actions.ok());
    QSet<QString> keys;
    for (FilingAction a : *actions)
        keys << actionKey(a);
    return keys;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("A filing goes from submitted to published through the filing window", "[ui][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    const qint64 enterprise =
        test::addEnterprise(enterprises, 1, QStringLiteral("天津市海河重型机械制造有限公司"));
    const qint64 id =
        test::addFiling(service, enterprise, test::addBatch(service), QDate(2026, 10, 20));

    ui::FilingView view(service, enterprises, tdb.db(), Session{});
    REQUIRE(view.load(id).ok());
    view.show();
    auto* status = child<QLabel>(&view, "statusLabel");
    CHECK(status->text() == QStringLiteral("已提交"));
    CHECK(child<QLabel>(&view, "enterpriseLabel")
              ->text()
              .contains(QStringLiteral("天津市海河重型机械制造有限公司")));
    CHECK_FALSE(child<QLabel>(&view, "lateLabel")->isVisibleTo(&view));
    CHECK(shownButtons(view) == availableKeys(service, id));
    CHECK(shownButtons(view) == QSet<QString>{QStringLiteral("accept"), QStringLiteral("return"),
                                              QStringLiteral("reject")});
    CHECK_FALSE(child<QToolButton>(&view, "receiptButton")->isVisibleTo(&view));
    CHECK_FALSE(child<QToolButton>(&view, "noticeButton")->isVisibleTo(&view));

    // The checklist starts missing; one click marks every item received.
    CHECK(view.checklistModel()->receivedCount() == 0);
    CHECK(view.checklistModel()->isEditable());
    child<QPushButton>(&view, "allReceivedButton")->click();
    CHECK(view.checklistModel()->receivedCount() == view.checklistModel()->rowCount());
    auto stored = service.get(id);
    REQUIRE(stored.ok());
    for (const ChecklistItem& c : stored->checklist)
        CHECK(c.state == ItemState::Received);
    CHECK_FALSE(child<QPushButton>(&view, "allReceivedButton")->isEnabled());

    // Each dialog is filled by objectName, as a clerk would type into it.
    QList<FilingAction> asked;
    view.setActionPrompt([&](ui::FilingActionDialog* d) {
        asked << d->action();
        auto* date = d->findChild<QDateEdit*>(QStringLiteral("actionDateEdit"));
        REQUIRE(date);
        CHECK(date->date() == QDate(2026, 11, 2)); // today by default
        CHECK(date->minimumDate() <= date->date());
        if (auto* doc = d->findChild<QLineEdit*>(QStringLiteral("actionDocNumberEdit")))
            doc->setText(d->action() == FilingAction::MinistryAccept
                             ? QStringLiteral("人社鉴备〔2026〕7号")
                             : QStringLiteral("津人社函〔2026〕35号"));
        auto* note = d->findChild<QPlainTextEdit*>(QStringLiteral("actionNoteEdit"));
        REQUIRE(note);
        note->setPlainText(QStringLiteral("%1，材料核对无误").arg(actionLabel(d->action())));
        // Accepting with everything received needs no override.
        CHECK(d->findChild<QPlainTextEdit*>(QStringLiteral("actionOverrideEdit")) == nullptr);
        return true;
    });

    using A = FilingAction;
    using S = FilingStatus;
    const QList<std::pair<A, S>> steps = {{A::Accept, S::MaterialsAccepted},
                                          {A::Schedule, S::SiteVisit},
                                          {A::Score, S::Scored},
                                          {A::Recommend, S::Recommended},
                                          {A::Approve, S::Approved},
                                          {A::Report, S::ReportedToMinistry},
                                          {A::MinistryAccept, S::Filed},
                                          {A::Publish, S::Published}};
    for (const auto& [action, expected] : steps) {
        INFO(actionKey(action).toStdString());
        if (action == A::Score)
            test::completeReview(tdb.db(), id);
        auto* button =
            view.findChild<QPushButton*>(QStringLiteral("actionButton_") + actionKey(action));
        REQUIRE(button);
        REQUIRE(button->isVisibleTo(&view));
        CHECK(button->text().startsWith(actionLabel(action)));
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(asked.constLast() == action);
        CHECK(status->text() == statusLabel(expected));
        auto now = service.get(id);
        REQUIRE(now.ok());
        CHECK(now->status == expected);
        CHECK(shownButtons(view) == availableKeys(service, id));
        CHECK(view.shownActions() == FilingStateMachine::allowedFor(expected, Session{}));
        // Read-only once accepted.
        CHECK_FALSE(view.checklistModel()->isEditable());
    }
    CHECK(errors.errors.isEmpty());
    CHECK(asked.size() == steps.size());

    // The header shows the documents the decisions rest on.
    CHECK(child<QLabel>(&view, "approvalDocLabel")->text() ==
          QStringLiteral("津人社函〔2026〕35号"));
    CHECK(child<QLabel>(&view, "ministryDocLabel")
              ->text()
              .contains(QStringLiteral("人社鉴备〔2026〕7号")));
    CHECK(child<QLabel>(&view, "orgSerialLabel")->text() == QStringLiteral("000001"));
    // The timeline: the submission and the eight steps, in order, with actors and dates.
    REQUIRE(view.historyModel()->rowCount() == 9);
    CHECK(view.historyModel()->index(1, ui::FilingHistoryModel::Action).data().toString() ==
          QStringLiteral("受理"));
    CHECK(view.historyModel()->index(5, ui::FilingHistoryModel::DocNumber).data().toString() ==
          QStringLiteral("津人社函〔2026〕35号"));
    CHECK(view.historyModel()->index(8, ui::FilingHistoryModel::Change).data().toString() ==
          QStringLiteral("已复核备案 → 已公布（试点）"));
    // Published: receipt and assignment notice print; 阶段评估 is offered.
    CHECK(child<QToolButton>(&view, "receiptButton")->isVisibleTo(&view));
    CHECK(child<QToolButton>(&view, "noticeButton")->isVisibleTo(&view));
    CHECK_FALSE(child<QToolButton>(&view, "correctionButton")->isVisibleTo(&view));
    CHECK(child<QPushButton>(&view, "evaluateButton")->isVisibleTo(&view));
    auto receipt = view.receiptDocument();
    REQUIRE(receipt.ok());
    CHECK(receipt->html.contains(QStringLiteral("天津市海河重型机械制造有限公司")));
    auto notice = view.noticeDocument();
    REQUIRE(notice.ok());
    CHECK(notice->html.contains(QStringLiteral("000001")));

    // The catalogue lists the enterprise with the first OrgSerial.
    ui::PilotCatalogueView catalogue(service);
    CHECK(catalogue.shownVersion() == 1);
    REQUIRE(catalogue.entryModel()->rowCount() == 1);
    CHECK(catalogue.entryModel()->index(0, ui::CatalogueEntryModel::OrgSerial).data().toString() ==
          QStringLiteral("000001"));
    CHECK(catalogue.entryModel()->index(0, ui::CatalogueEntryModel::Name).data().toString() ==
          QStringLiteral("天津市海河重型机械制造有限公司"));
}

TEST_CASE("Approving without a document number shows the error at the field and changes nothing",
          "[ui][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    const qint64 id =
        test::addFiling(service, test::addEnterprise(enterprises, 2), test::addBatch(service));
    using A = FilingAction;
    test::advance(service, id, {A::Accept, A::Schedule, A::Score, A::Recommend});
    auto before = service.get(id);
    REQUIRE(before.ok());

    ui::FilingView view(service, enterprises, tdb.db(), Session{});
    REQUIRE(view.load(id).ok());
    int calls = 0;
    bool markedOnRetry = false;
    view.setActionPrompt([&](ui::FilingActionDialog* d) {
        ++calls;
        auto* doc = d->findChild<QLineEdit*>(QStringLiteral("actionDocNumberEdit"));
        REQUIRE(doc);
        if (calls == 1)
            return true; // confirmed with the document number left empty
        // The dialog comes back with the field marked and its message shown; cancel.
        markedOnRetry =
            ui::FieldErrorStyle::isMarked(doc) &&
            d->findChild<QLabel*>(QStringLiteral("actionDocNumberMessage"))->isVisibleTo(d);
        return false;
    });
    auto* approve = view.findChild<QPushButton*>(QStringLiteral("actionButton_approve"));
    REQUIRE(approve);
    approve->click();

    CHECK(calls == 2);
    CHECK(markedOnRetry);
    REQUIRE(errors.errors.size() == 1);
    CHECK(errors.errors.first().code == ErrorCode::Invalid);
    REQUIRE(errors.errors.first().fields.size() == 1);
    CHECK(errors.errors.first().fields.first().field == QStringLiteral("doc_number"));
    auto after = service.get(id);
    REQUIRE(after.ok());
    CHECK(after->status == FilingStatus::Recommended);
    CHECK(after->history.size() == before->history.size());
    CHECK(after->approvalDoc.isEmpty());
    CHECK(view.findChild<QLabel*>(QStringLiteral("statusLabel"))->text() ==
          QStringLiteral("列入建议名单"));

    // An action the state does not allow has no button and is not taken.
    CHECK(view.findChild<QPushButton*>(QStringLiteral("actionButton_publish")) == nullptr);
    CHECK_FALSE(view.takeAction(FilingAction::Publish));
    CHECK(calls == 2);
}

TEST_CASE("Accepting with missing materials asks for an override reason", "[ui][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    const qint64 id =
        test::addFiling(service, test::addEnterprise(enterprises, 3), test::addBatch(service));
    ui::FilingView view(service, enterprises, tdb.db(), Session{});
    REQUIRE(view.load(id).ok());

    int calls = 0;
    view.setActionPrompt([&](ui::FilingActionDialog* d) {
        ++calls;
        auto* reason = d->findChild<QPlainTextEdit*>(QStringLiteral("actionOverrideEdit"));
        REQUIRE(reason);
        CHECK(d->findChild<QLabel*>(QStringLiteral("actionHintLabel"))
                  ->text()
                  .contains(QStringLiteral("企业营业执照复印件")));
        if (calls == 2)
            reason->setPlainText(QStringLiteral("原件已现场核验，复印件三日内补交"));
        return true;
    });
    REQUIRE(view.takeAction(FilingAction::Accept));
    CHECK(calls == 2); // refused once without a reason
    REQUIRE(errors.errors.size() == 1);
    CHECK(errors.errors.first().fields.value(0).field == QStringLiteral("checklist"));
    CHECK(view.filing().status == FilingStatus::MaterialsAccepted);
    CHECK(view.filing().checklistOverrideReason ==
          QStringLiteral("原件已现场核验，复印件三日内补交"));
    auto* overrideLabel = view.findChild<QLabel*>(QStringLiteral("overrideLabel"));
    REQUIRE(overrideLabel);
    CHECK(overrideLabel->text().contains(QStringLiteral("原件已现场核验")));
}

TEST_CASE("A return lists the checklist defects and the extra ones, and prints a correction notice",
          "[ui][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    const qint64 id =
        test::addFiling(service, test::addEnterprise(enterprises, 4), test::addBatch(service));
    ui::FilingView view(service, enterprises, tdb.db(), Session{});
    REQUIRE(view.load(id).ok());
    REQUIRE(view.markAllReceived());

    // The clerk marks the licence defective in the checklist table.
    ui::ChecklistModel* checklist = view.checklistModel();
    int licence = -1;
    for (int r = 0; r < checklist->rowCount(); ++r)
        if (checklist->rows().at(r).item == QStringLiteral("a2_licence"))
            licence = r;
    REQUIRE(licence >= 0);
    REQUIRE(checklist->setData(checklist->index(licence, ui::ChecklistModel::State),
                               static_cast<int>(ItemState::Defective)));
    REQUIRE(checklist->setData(checklist->index(licence, ui::ChecklistModel::Note),
                               QStringLiteral("未加盖公章")));
    auto stored = service.get(id);
    REQUIRE(stored.ok());
    bool defective = false;
    for (const ChecklistItem& c : stored->checklist)
        if (c.item == QStringLiteral("a2_licence"))
            defective = c.state == ItemState::Defective && c.note == QStringLiteral("未加盖公章");
    CHECK(defective);

    view.setActionPrompt([](ui::FilingActionDialog* d) {
        REQUIRE(d->action() == FilingAction::Return);
        CHECK(d->findChild<QLabel*>(QStringLiteral("actionHintLabel"))
                  ->text()
                  .contains(QStringLiteral("自动列入")));
        auto* defects = d->findChild<QPlainTextEdit*>(QStringLiteral("actionDefectsEdit"));
        REQUIRE(defects);
        defects->setPlainText(QStringLiteral("考评员名录缺少身份证号\n\n实施方案未签字"));
        return true;
    });
    REQUIRE(view.takeAction(FilingAction::Return));
    CHECK(errors.errors.isEmpty());
    CHECK(view.filing().status == FilingStatus::Returned);
    const HistoryEntry& last = view.filing().history.constLast();
    CHECK(last.defects.contains(QStringLiteral("考评员名录缺少身份证号")));
    CHECK(last.defects.contains(QStringLiteral("实施方案未签字")));
    CHECK(last.defects.size() == 3); // two typed (blank line dropped) and the licence
    const QString note =
        view.historyModel()
            ->index(view.historyModel()->rowCount() - 1, ui::FilingHistoryModel::Note)
            .data()
            .toString();
    CHECK(note.contains(QStringLiteral("补正内容")));
    CHECK(note.contains(QStringLiteral("未加盖公章")));

    auto* correction = view.findChild<QToolButton*>(QStringLiteral("correctionButton"));
    REQUIRE(correction);
    CHECK(correction->isVisibleTo(&view));
    auto doc = view.correctionDocument();
    REQUIRE(doc.ok());
    CHECK(doc->html.contains(QStringLiteral("实施方案未签字")));
    // The enterprise's resubmission is the clerk's step: it is offered now.
    CHECK(view.shownActions() == QList<FilingAction>{FilingAction::Resubmit});
}

TEST_CASE("A clerk sees no decision buttons and a reviewer cannot edit the checklist",
          "[ui][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService admin(tdb.db(), Session{});
    const qint64 id =
        test::addFiling(admin, test::addEnterprise(enterprises, 5), test::addBatch(admin));

    const Session clerk{QStringLiteral("wangli"), Role::Clerk};
    FilingService clerkService(tdb.db(), clerk);
    ui::FilingView clerkView(clerkService, enterprises, tdb.db(), clerk);
    REQUIRE(clerkView.load(id).ok());
    CHECK(shownButtons(clerkView).isEmpty());
    CHECK(availableKeys(clerkService, id).isEmpty());
    auto* none = clerkView.findChild<QLabel*>(QStringLiteral("noActionsLabel"));
    REQUIRE(none);
    CHECK(none->isVisibleTo(&clerkView));
    CHECK(clerkView.checklistModel()->isEditable()); // clerks tick received materials
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("evaluateButton"))
                    ->isVisibleTo(&clerkView));

    const Session reviewer{QStringLiteral("liqiang"), Role::Reviewer};
    FilingService reviewerService(tdb.db(), reviewer);
    ui::FilingView reviewerView(reviewerService, enterprises, tdb.db(), reviewer);
    REQUIRE(reviewerView.load(id).ok());
    CHECK_FALSE(reviewerView.checklistModel()->isEditable());
    CHECK(shownButtons(reviewerView) == availableKeys(reviewerService, id));
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("Phase evaluation 不合格 terminates the filing and freezes it", "[ui][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    const qint64 id =
        test::addFiling(service, test::addEnterprise(enterprises, 6), test::addBatch(service));
    test::advance(service, id, test::toPublished());
    // A spot check whose findings the evaluation must show.
    auto plan = PlanService(tdb.db(), Session{})
                    .create({{QStringLiteral("enterprise_id"), service.get(id)->enterpriseId},
                             {QStringLiteral("submitted"), QStringLiteral("2020-03-01")},
                             {QStringLiteral("start"), QStringLiteral("2020-04-01")},
                             {QStringLiteral("end"), QStringLiteral("2020-04-02")},
                             {QStringLiteral("candidates"), 20},
                             {QStringLiteral("occupations"),
                              QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("6-31-01-03")},
                                                     {QStringLiteral("levels"), QJsonArray{3}}}}}});
    REQUIRE(plan.ok());
    SpotCheckService checks(tdb.db(), Session{});
    auto check = checks.choose(plan->id);
    REQUIRE(check.ok());
    REQUIRE(checks.record(check->id, QDate(2020, 4, 1), QStringLiteral("吕本顺"), QStringLiteral("考场无视频监控"),
                          QStringLiteral("一个月内安装"), QStringLiteral("rectify"))
                .ok());
    ui::FilingView view(service, enterprises, tdb.db(), Session{});
    REQUIRE(view.load(id).ok());
    int calls = 0;
    view.setActionPrompt([&](ui::FilingActionDialog* d) {
        ++calls;
        REQUIRE(d->isEvaluation());
        auto* reference = d->findChild<QLabel*>(QStringLiteral("referenceLabel"));
        REQUIRE(reference);
        CHECK(reference->text().contains(QStringLiteral("考场无视频监控")));
        CHECK(reference->text().contains(QStringLiteral("限期整改")));
        auto* fail = d->findChild<QRadioButton*>(QStringLiteral("evaluationFailRadio"));
        REQUIRE(fail);
        fail->setChecked(true);
        if (calls == 2) // findings are required: the first try leaves them out
            d->findChild<QPlainTextEdit*>(QStringLiteral("actionNoteEdit"))
                ->setPlainText(QStringLiteral("质量督导制度未落实"));
        return true;
    });
    auto* evaluate = view.findChild<QPushButton*>(QStringLiteral("evaluateButton"));
    REQUIRE(evaluate);
    REQUIRE(evaluate->isVisibleTo(&view));
    evaluate->click();
    CHECK(calls == 2);
    CHECK(errors.errors.size() == 1);
    CHECK(view.filing().status == FilingStatus::Terminated);
    CHECK(view.shownActions().isEmpty());
    CHECK_FALSE(evaluate->isVisibleTo(&view));
    // Still printable: the enterprise keeps its OrgSerial.
    CHECK(view.findChild<QToolButton*>(QStringLiteral("noticeButton"))->isVisibleTo(&view));
}
