// The 证书号段 screen: the OrgSerial ledger after publication, blocks with their use, the
// certificate number parser, voiding a number and frozen enterprises.
#include "ui/numbering/NumberingView.h"
#include "core/numbering/NumberingService.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"
#include "ui/common/FieldErrorStyle.h"
#include "ui/numbering/OrgSerialLedgerModel.h"
#include "ui/numbering/SerialBlockModel.h"
#include "ui/numbering/VoidNumberDialog.h"
#include "ui/numbering/VoidNumberModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace jd;

TEST_CASE("The numbering screen shows the ledger, blocks and void numbers and parses numbers",
          "[ui][numbering]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService filings(tdb.db(), Session{});
    NumberingService numbering(tdb.db(), Session{});
    const qint64 batch = test::addBatch(filings);
    const qint64 e1 =
        test::addEnterprise(enterprises, 1, QStringLiteral("天津市海河重型机械制造有限公司"));
    const qint64 e2 = test::addEnterprise(enterprises, 2, QStringLiteral("天津港物流集团有限公司"));
    const qint64 f1 = test::addFiling(filings, e1, batch);
    const qint64 f2 = test::addFiling(filings, e2, batch);

    ui::NumberingView view(numbering, filings, tdb.db(), Session{});
    CHECK(view.ledgerModel()->rowCount() == 0);
    // Publication assigns serials in filing order; the screen follows the service.
    test::advance(filings, f1, test::toPublished());
    test::advance(filings, f2, test::toPublished());
    REQUIRE(view.ledgerModel()->rowCount() == 2);
    CHECK(view.ledgerModel()->index(0, ui::OrgSerialLedgerModel::Serial).data().toString() ==
          QStringLiteral("000001"));
    CHECK(view.ledgerModel()->index(0, ui::OrgSerialLedgerModel::Enterprise).data().toString() ==
          QStringLiteral("天津市海河重型机械制造有限公司"));
    CHECK(view.ledgerModel()->index(1, ui::OrgSerialLedgerModel::Serial).data().toString() ==
          QStringLiteral("000002"));

    auto block = numbering.reserve(e1, 2026, 4, 200, {});
    REQUIRE(block.ok());
    REQUIRE(numbering.reserve(e2, 2026, 3, 50, {}).ok());
    view.refresh();
    CHECK(view.blockModel()->rowCount() == 2); // nothing selected: every enterprise
    REQUIRE(view.selectEnterprise(e1));
    CHECK(view.currentEnterpriseId() == e1);
    REQUIRE(view.blockModel()->rowCount() == 1);
    CHECK(view.blockModel()->index(0, ui::SerialBlockModel::Count).data().toInt() == 200);
    CHECK(view.blockModel()->index(0, ui::SerialBlockModel::Level).data().toString() ==
          QStringLiteral("四级/中级工"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("blockCaptionLabel"))
              ->text()
              .contains(QStringLiteral("000001")));
    CHECK(view.findChild<QPushButton*>(QStringLiteral("noticePreviewButton"))->isEnabled());

    // The parser names every part, and the enterprise behind the OrgSerial.
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("certNumberEdit"));
    auto* result = view.findChild<QLabel*>(QStringLiteral("certNumberResult"));
    REQUIRE(edit);
    REQUIRE(result);
    edit->setText(QStringLiteral("Y000012000001264000123"));
    CHECK(result->text().contains(QStringLiteral("格式正确")));
    CHECK(result->text().contains(QStringLiteral("天津市海河重型机械制造有限公司")));
    CHECK(result->text().contains(QStringLiteral("四级/中级工")));
    CHECK(result->text().contains(QStringLiteral("顺序号 123")));
    CHECK(result->text().contains(QStringLiteral("000001–000200")));
    edit->setText(QStringLiteral("Y0000120000012640001A3"));
    CHECK(result->text().contains(QStringLiteral("第 21 位")));
    CHECK(result->text().contains(QStringLiteral("background:#f5b7b1; color:#7b1d12\">A<")));
    edit->setText(QStringLiteral("Y00001200000126400012"));
    CHECK(result->text().contains(QStringLiteral("现在是 21 位")));
    edit->setText(QStringLiteral("1234567890123456"));
    CHECK(result->text().contains(QStringLiteral("旧版职业资格证书编号")));

    // Voiding: a blank reason is refused and the dialog stays; then it is recorded.
    int runs = 0;
    view.setDialogRunner([&](QDialog* d) {
        ++runs;
        auto* dialog = qobject_cast<ui::VoidNumberDialog*>(d);
        REQUIRE(dialog);
        auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("voidNumberEdit"));
        REQUIRE(number);
        number->setText(QStringLiteral("Y000012000001264000007"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("voidOkButton"));
        ok->click();
        CHECK(dialog->result() != QDialog::Accepted);
        CHECK(ui::FieldErrorStyle::isMarked(
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("voidReasonEdit"))));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("voidReasonEdit"))
            ->setPlainText(QStringLiteral("打印卡纸损坏，已收回"));
        ok->click();
        CHECK(dialog->result() == QDialog::Accepted);
    });
    view.findChild<QPushButton*>(QStringLiteral("voidNumberButton"))->click();
    CHECK(runs == 1);
    REQUIRE(errors.errors.size() == 1);
    CHECK(errors.errors.first().fields.value(0).field == QStringLiteral("reason"));
    REQUIRE(view.voidModel()->rowCount() == 1);
    CHECK(view.voidModel()->index(0, ui::VoidNumberModel::Number).data().toString() ==
          QStringLiteral("Y000012000001264000007"));
    CHECK(view.voidModel()->index(0, ui::VoidNumberModel::Reason).data().toString() ==
          QStringLiteral("打印卡纸损坏，已收回"));
    edit->setText(QStringLiteral("Y000012000001264000007"));
    CHECK(result->text().contains(QStringLiteral("已作废")));

    // A number outside every block cannot be voided: NotFound, nothing recorded.
    ui::VoidNumberDialog outside(numbering);
    outside.setNumber(QStringLiteral("Y000012000002264000999"));
    outside.findChild<QPlainTextEdit*>(QStringLiteral("voidReasonEdit"))
        ->setPlainText(QStringLiteral("损坏"));
    CHECK_FALSE(outside.submit());
    CHECK(errors.errors.last().code == ErrorCode::NotFound);
    CHECK(numbering.voidNumbers()->size() == 1);
}

TEST_CASE("A terminated enterprise is marked frozen in the ledger", "[ui][numbering]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService filings(tdb.db(), Session{});
    NumberingService numbering(tdb.db(), Session{});
    const qint64 id =
        test::addFiling(filings, test::addEnterprise(enterprises, 1), test::addBatch(filings));
    test::advance(filings, id, test::toPublished());
    ui::NumberingView view(numbering, filings, tdb.db(), Session{});
    REQUIRE(view.ledgerModel()->rowCount() == 1);
    CHECK(view.ledgerModel()->index(0, ui::OrgSerialLedgerModel::Frozen).data().toString() ==
          QStringLiteral("可用"));
    test::advance(filings, id, {FilingAction::Terminate});
    CHECK(view.ledgerModel()->index(0, ui::OrgSerialLedgerModel::Frozen).data().toString() ==
          QStringLiteral("已冻结"));
    CHECK(view.ledgerModel()->index(0, ui::OrgSerialLedgerModel::Status).data().toString() ==
          QStringLiteral("终止备案"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("numberingWarningsLabel"))
              ->text()
              .contains(QStringLiteral("冻结（终止或暂停）1 家")));
    // A clerk may look but not void.
    const Session clerk{QStringLiteral("wangli"), Role::Clerk};
    ui::NumberingView clerkView(numbering, filings, tdb.db(), clerk);
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("voidNumberButton"))
                    ->isVisibleTo(&clerkView));
    CHECK(errors.errors.isEmpty());
}
