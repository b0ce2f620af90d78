// The enterprise editor driven through its widgets, found by objectName, on a fresh database.
#include "core/registry/EnterpriseService.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/validation/Validators.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/ListTableModel.h"
#include "ui/registry/EnterpriseEditor.h"
#include "ui/registry/OccupationCodeDelegate.h"
#include "ui/registry/OccupationTableModel.h"
#include "ui/registry/PersonTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputMethodEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jd;
using jd::ui::EnterpriseEditor;

namespace {

template <typename W> W* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<W*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w != nullptr);
    return w;
}

// Types the text as a clerk would: Latin characters as key presses, Chinese as the
// commits of an input method (QTest cannot press keys for characters beyond ASCII).
void type(QWidget& editor, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(editor, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    qsizetype i = 0;
    while (i < text.size()) {
        const bool ascii = text.at(i).unicode() < 128;
        qsizetype j = i;
        while (j < text.size() && (text.at(j).unicode() < 128) == ascii)
            ++j;
        const QString run = text.mid(i, j - i);
        if (ascii) {
            QTest::keyClicks(edit, run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QApplication::sendEvent(edit, &commit);
        }
        i = j;
    }
    INFO(name);
    REQUIRE(edit->text() == text);
}

QAbstractItemModel* tableModel(QWidget& editor, const char* tableName)
{
    auto* view = child<QTableView>(editor, tableName);
    REQUIRE(view->model() != nullptr);
    return view->model();
}

void setRow(QAbstractItemModel* m, int row, const QVariantList& values)
{
    for (int c = 0; c < values.size(); ++c) {
        INFO("column " << c);
        REQUIRE(m->setData(m->index(row, c), values.at(c)));
    }
}

// Errors must never open a modal box in a test: they are collected instead.
struct ErrorCollector
{
    QList<Error> errors;
    ErrorCollector()
    {
        ui::ErrorPresenter::setSink([this](QWidget*, const Error& e) { errors << e; });
    }
    ~ErrorCollector() { ui::ErrorPresenter::setSink({}); }
};

std::string shown(const EnterpriseEditor& editor)
{
    QStringList lines;
    for (const FieldError& f : editor.shownErrors())
        lines << f.field + QStringLiteral(": ") + f.message;
    return lines.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("Everything typed into the editor is saved and read back unchanged", "[ui][editor]")
{
    test::TestDatabase tdb;
    ErrorCollector collector;
    EnterpriseService service(tdb.db(), Session{});
    EnterpriseEditor editor(service, tdb.db());
    editor.startNew();
    CHECK_FALSE(editor.isModified());

    const QString uscc = test::validUscc(42);
    type(editor, "nameEdit", QStringLiteral("中国铁路设计集团有限公司天津分公司"));
    type(editor, "addressEdit", QStringLiteral("天津市河西区友谊路 10 号"));
    type(editor, "registrationAuthorityEdit", QStringLiteral("天津市河西区市场监督管理局"));
    type(editor, "usccEdit", uscc);
    auto* kind = child<QComboBox>(editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(EnterpriseKind::CentralSoeBranch)));
    REQUIRE(child<QLineEdit>(editor, "ministryFilingRefEdit")->isEnabled());
    type(editor, "ministryFilingRefEdit", QStringLiteral("人社鉴备〔2019〕3号"));
    type(editor, "contactEdit", QStringLiteral("赵红梅"));
    type(editor, "contactTitleEdit", QStringLiteral("人力资源部副部长"));
    type(editor, "landlineEdit", QStringLiteral("022-23456789"));
    type(editor, "mobileEdit", QStringLiteral("13920001234"));
    type(editor, "emailEdit", QStringLiteral("hr@crdc.example.cn"));
    type(editor, "rulesNoteEdit", QStringLiteral("《技能等级认定管理办法》等 6 项"));
    child<QPlainTextEdit>(editor, "advantagesEdit")->setPlainText(QStringLiteral("铁路设计领域技能大师工作室 3 个。"));
    child<QPlainTextEdit>(editor, "venueEdit")->setPlainText(QStringLiteral("实训楼 2000 平方米"));
    child<QPlainTextEdit>(editor, "itEquipmentEdit")->setPlainText(QStringLiteral("考务计算机 30 台，视频监控全覆盖"));

    QAbstractItemModel* occ = tableModel(editor, "occupationsTable");
    REQUIRE(occ->insertRows(0, 1));
    setRow(occ, 0,
           {QStringLiteral("6-31-01-03"), QStringLiteral("电工"), QStringLiteral("维修电工"),
            QStringLiteral("电工国家职业技能标准（2018年版）"), QStringLiteral("2,3")});
    QAbstractItemModel* eq = tableModel(editor, "equipmentTable");
    REQUIRE(eq->insertRows(0, 1));
    setRow(eq, 0,
           {QStringLiteral("电工实训考核装置"), QStringLiteral("津门"), QStringLiteral("THPDG-1"), 8,
            QStringLiteral("企业自有")});
    const char* tables[] = {"staffTable", "expertTable", "assessorTable", "supervisorTable"};
    const PersonRole roles[] = {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor};
    for (int i = 0; i < 4; ++i) {
        QAbstractItemModel* m = tableModel(editor, tables[i]);
        REQUIRE(m->insertRows(0, 1));
        setRow(m, 0,
               {QStringLiteral("人员%1号").arg(i + 1), QStringLiteral("resident_id"), test::validId(700 + i),
                QStringLiteral("中国铁路设计集团有限公司"), QStringLiteral("高级工程师"), QStringLiteral("本科"),
                QStringLiteral("电气化")});
    }
    CHECK(editor.isModified());
    CHECK(editor.shownErrors().isEmpty());

    INFO(shown(editor));
    REQUIRE(editor.save());
    CHECK(collector.errors.isEmpty());
    CHECK_FALSE(editor.isModified());
    REQUIRE(editor.enterpriseId() > 0);

    auto stored = service.get(editor.enterpriseId());
    REQUIRE(stored.ok());
    const Enterprise& e = *stored;
    CHECK(e.name == QStringLiteral("中国铁路设计集团有限公司天津分公司"));
    CHECK(e.address == QStringLiteral("天津市河西区友谊路 10 号"));
    CHECK(e.registrationAuthority == QStringLiteral("天津市河西区市场监督管理局"));
    CHECK(e.uscc == uscc);
    CHECK_FALSE(e.usccOverride);
    CHECK(e.kind == EnterpriseKind::CentralSoeBranch);
    CHECK(e.ministryFilingRef == QStringLiteral("人社鉴备〔2019〕3号"));
    CHECK(e.contact == QStringLiteral("赵红梅"));
    CHECK(e.contactTitle == QStringLiteral("人力资源部副部长"));
    CHECK(e.landline == QStringLiteral("022-23456789"));
    CHECK(e.mobile == QStringLiteral("13920001234"));
    CHECK(e.email == QStringLiteral("hr@crdc.example.cn"));
    CHECK(e.rulesNote == QStringLiteral("《技能等级认定管理办法》等 6 项"));
    CHECK(e.advantages == QStringLiteral("铁路设计领域技能大师工作室 3 个。"));
    CHECK(e.venue == QStringLiteral("实训楼 2000 平方米"));
    CHECK(e.itEquipment == QStringLiteral("考务计算机 30 台，视频监控全覆盖"));
    REQUIRE(e.occupations.size() == 1);
    CHECK(e.occupations[0] == OccupationApplied{QStringLiteral("6-31-01-03"), QStringLiteral("电工"),
                                                QStringLiteral("维修电工"),
                                                QStringLiteral("电工国家职业技能标准（2018年版）"), {2, 3}});
    REQUIRE(e.equipment.size() == 1);
    CHECK(e.equipment[0] == Equipment{QStringLiteral("电工实训考核装置"), QStringLiteral("津门"),
                                      QStringLiteral("THPDG-1"), 8, QStringLiteral("企业自有")});
    for (int i = 0; i < 4; ++i) {
        INFO(tables[i]);
        REQUIRE(e.people(roles[i]).size() == 1);
        const Person& p = e.people(roles[i]).first();
        CHECK(p.name == QStringLiteral("人员%1号").arg(i + 1));
        CHECK(p.idType == QStringLiteral("resident_id"));
        CHECK(p.idNumber == test::validId(700 + i));
        CHECK(p.employer == QStringLiteral("中国铁路设计集团有限公司"));
        CHECK(p.title == QStringLiteral("高级工程师"));
        CHECK(p.education == QStringLiteral("本科"));
        CHECK(p.field == QStringLiteral("电气化"));
    }

    // A second save of the same form is an update, not a second enterprise.
    type(editor, "contactTitleEdit", QStringLiteral("人力资源部部长"));
    REQUIRE(editor.save());
    auto list = service.list();
    REQUIRE(list.ok());
    CHECK(list->size() == 1);
    CHECK(service.get(editor.enterpriseId())->contactTitle == QStringLiteral("人力资源部部长"));
}

TEST_CASE("A wrong USCC is shown at its field and nothing is saved", "[ui][editor][validation]")
{
    test::TestDatabase tdb;
    ErrorCollector collector;
    EnterpriseService service(tdb.db(), Session{});
    EnterpriseEditor editor(service, tdb.db());
    editor.startNew();

    // A valid code with its check character changed.
    QString bad = test::validUscc(7);
    bad[17] = bad[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    REQUIRE_FALSE(validation::uscc(bad).ok);
    type(editor, "nameEdit", QStringLiteral("天津市津南区宏达精密铸造有限公司"));
    type(editor, "usccEdit", bad);

    auto* usccEdit = child<QLineEdit>(editor, "usccEdit");
    auto* usccError = child<QLabel>(editor, "usccError");
    CHECK(usccEdit->property("fieldError").toBool());
    CHECK(usccError->isVisibleTo(&editor));
    CHECK(usccError->text().contains(validation::uscc(bad).message));
    CHECK(usccError->text().contains(QStringLiteral("保留未通过校验的代码")));
    // Fields not touched yet stay quiet while the clerk is still typing.
    CHECK_FALSE(child<QLabel>(editor, "addressError")->isVisibleTo(&editor));
    CHECK_FALSE(child<QLabel>(editor, "nameError")->isVisibleTo(&editor));

    CHECK_FALSE(editor.save());
    CHECK(collector.errors.isEmpty()); // shown at the fields, not in a box
    auto list = service.list();
    REQUIRE(list.ok());
    CHECK(list->isEmpty());
    CHECK(editor.enterpriseId() == 0);
    // After a save attempt every missing field is shown, with a summary.
    CHECK(child<QLabel>(editor, "addressError")->isVisibleTo(&editor));
    CHECK(child<QLabel>(editor, "contactError")->isVisibleTo(&editor));
    CHECK(child<QLabel>(editor, "errorSummary")->text().contains(QStringLiteral("处需要修改")));

    // Keeping the code by explicit decision asks for a reason, then clears the code error.
    auto* keep = child<QCheckBox>(editor, "usccOverrideCheck");
    QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(8, keep->height() / 2));
    REQUIRE(keep->isChecked());
    CHECK(child<QLineEdit>(editor, "usccOverrideReasonEdit")->isEnabled());
    CHECK(child<QLabel>(editor, "usccOverrideReasonError")->isVisibleTo(&editor));
    CHECK_FALSE(usccError->isVisibleTo(&editor));
    type(editor, "usccOverrideReasonEdit", QStringLiteral("已核对营业执照原件"));
    CHECK_FALSE(child<QLabel>(editor, "usccOverrideReasonError")->isVisibleTo(&editor));
    CHECK_FALSE(usccEdit->property("fieldError").toBool());
}

TEST_CASE("Wrong cells in a child table are marked and summarised", "[ui][editor][validation]")
{
    test::TestDatabase tdb;
    EnterpriseService service(tdb.db(), Session{});
    auto id = service.create(test::sampleEnterprise(2));
    REQUIRE(id.ok());
    EnterpriseEditor editor(service, tdb.db());
    REQUIRE(editor.load(*id).ok());
    CHECK(editor.shownErrors().isEmpty());

    auto* occ = qobject_cast<ui::ListTableModel*>(tableModel(editor, "occupationsTable"));
    REQUIRE(occ != nullptr);
    REQUIRE(occ->setData(occ->index(1, ui::OccupationTableModel::Code), QStringLiteral("1-01-00-01")));
    CHECK_FALSE(occ->cellError(1, ui::OccupationTableModel::Code).isEmpty());
    CHECK(occ->index(1, ui::OccupationTableModel::Code).data(Qt::ToolTipRole).toString() ==
          occ->cellError(1, ui::OccupationTableModel::Code));
    CHECK(occ->cellError(0, ui::OccupationTableModel::Code).isEmpty());
    CHECK(child<QLabel>(editor, "errorSummary")->text().contains(QStringLiteral("第 2 个职业的职业编码")));

    auto* assessors = qobject_cast<ui::ListTableModel*>(tableModel(editor, "assessorTable"));
    REQUIRE(assessors != nullptr);
    REQUIRE(assessors->setData(assessors->index(0, ui::PersonTableModel::IdNumber), QStringLiteral("120101199001011234")));
    CHECK_FALSE(assessors->cellError(0, ui::PersonTableModel::IdNumber).isEmpty());

    // Fixing the values clears the marks.
    REQUIRE(occ->setData(occ->index(1, ui::OccupationTableModel::Code), QStringLiteral("6-18-02-04")));
    REQUIRE(assessors->setData(assessors->index(0, ui::PersonTableModel::IdNumber), test::validId(23)));
    CHECK(occ->cellError(1, ui::OccupationTableModel::Code).isEmpty());
    CHECK(assessors->cellError(0, ui::PersonTableModel::IdNumber).isEmpty());
    CHECK(editor.shownErrors().isEmpty());
}

TEST_CASE("Closing with unsaved edits asks, and the answer decides", "[ui][editor][guard]")
{
    test::TestDatabase tdb;
    ErrorCollector collector;
    EnterpriseService service(tdb.db(), Session{});
    auto id = service.create(test::sampleEnterprise(1));
    REQUIRE(id.ok());
    EnterpriseEditor editor(service, tdb.db());
    REQUIRE(editor.load(*id).ok());

    int asked = 0;
    auto decision = EnterpriseEditor::UnsavedDecision::Cancel;
    editor.setUnsavedPrompt([&](EnterpriseEditor*) {
        ++asked;
        return decision;
    });

    CHECK_FALSE(editor.isModified());
    CHECK(editor.confirmClose());
    CHECK(asked == 0); // nothing to lose: no question

    const QString original = service.get(*id)->name;
    type(editor, "nameEdit", QStringLiteral("天津市海河重型机械制造集团有限公司"));
    CHECK(editor.isModified());
    CHECK(editor.isWindowModified());

    decision = EnterpriseEditor::UnsavedDecision::Cancel;
    CHECK_FALSE(editor.confirmClose());
    CHECK(asked == 1);
    CHECK(editor.isModified());

    decision = EnterpriseEditor::UnsavedDecision::Discard;
    CHECK(editor.confirmClose());
    CHECK(service.get(*id)->name == original);

    // Typing back the original value is no longer a modification.
    type(editor, "nameEdit", original);
    CHECK_FALSE(editor.isModified());

    type(editor, "nameEdit", QStringLiteral("天津市海河重型机械制造集团有限公司"));
    decision = EnterpriseEditor::UnsavedDecision::Save;
    CHECK(editor.confirmClose());
    CHECK(service.get(*id)->name == QStringLiteral("天津市海河重型机械制造集团有限公司"));
    CHECK_FALSE(editor.isModified());

    // "撤销全部修改" goes back to the last saved state.
    type(editor, "mobileEdit", QStringLiteral("13000000000"));
    QAbstractItemModel* eq = tableModel(editor, "equipmentTable");
    REQUIRE(eq->removeRows(0, 1));
    CHECK(editor.isModified());
    editor.revertAll();
    CHECK_FALSE(editor.isModified());
    CHECK(child<QLineEdit>(editor, "mobileEdit")->text() == service.get(*id)->mobile);
    CHECK(eq->rowCount() == 2);
}

TEST_CASE("A save refused because someone else saved first keeps the edits", "[ui][editor]")
{
    test::TestDatabase tdb;
    ErrorCollector collector;
    EnterpriseService service(tdb.db(), Session{});
    auto id = service.create(test::sampleEnterprise(4));
    REQUIRE(id.ok());
    EnterpriseEditor editor(service, tdb.db());
    REQUIRE(editor.load(*id).ok());
    Enterprise other = *service.get(*id);
    other.contact = QStringLiteral("孙立新");
    REQUIRE(service.update(other).ok());

    type(editor, "contactEdit", QStringLiteral("周海涛"));
    CHECK_FALSE(editor.save());
    REQUIRE(collector.errors.size() == 1);
    CHECK(collector.errors.first().code == ErrorCode::NotAllowed);
    CHECK(editor.isModified());
    CHECK(service.get(*id)->contact == QStringLiteral("孙立新"));
}

TEST_CASE("Occupation completion offers catalogue matches and fills code and name", "[ui][editor][catalogue]")
{
    test::TestDatabase tdb;
    OccupationCatalogue catalogue(tdb.db());
    ui::OccupationCodeDelegate delegate(catalogue, ui::OccupationTableModel::Name);
    const QChar sep(0x3000);
    CHECK(delegate.completions(QStringLiteral("电工")).contains(QStringLiteral("6-31-01-03") + sep + QStringLiteral("电工")));
    const QStringList byCode = delegate.completions(QStringLiteral("6-31"));
    REQUIRE_FALSE(byCode.isEmpty());
    for (const QString& line : byCode)
        CHECK(line.startsWith(QStringLiteral("6-31")));

    ui::OccupationTableModel model;
    REQUIRE(model.insertRows(0, 2));
    delegate.applyText(QStringLiteral("6-31-01-03") + sep + QStringLiteral("电工"), &model, model.index(0, 0));
    CHECK(model.items()[0].code == QStringLiteral("6-31-01-03"));
    CHECK(model.items()[0].name == QStringLiteral("电工"));
    // A bare known code fills an empty name from the catalogue.
    delegate.applyText(QStringLiteral("6-18-02-04"), &model, model.index(1, 0));
    CHECK(model.items()[1].name == QStringLiteral("焊工"));
}
