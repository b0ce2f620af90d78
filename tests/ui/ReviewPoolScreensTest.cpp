// The expert-review screens of the centre: the expert pool (typed into the editor, refused
// ID numbers, conflicts, deactivation, refused imports, someone else saving first), the
// criteria template editor (live weight sum, refused and accepted new versions, bounded
// editors, read-only roles), the recommended list, and the model tester on every model.
#include "core/common/Csv.h"
#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/review/ExpertService.h"
#include "core/review/ReviewService.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"
#include "ui/review/ExpertEditorDialog.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/review/ExpertListModel.h"
#include "ui/review/ExpertPoolView.h"
#include "ui/review/RecommendedListModel.h"
#include "ui/review/RecommendedListView.h"
#include "ui/review/ReviewTemplateModel.h"
#include "ui/review/ReviewTemplateView.h"
#include "ui/review/ReviewWorkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// Types into a field as a person would: focus, select what is there, type. Chinese comes
// in as an input method commits it; ASCII as key clicks.
void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QString run;
    auto commit = [&] {
        if (run.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(run);
        QApplication::sendEvent(edit, &event);
        run.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            commit();
            QTest::keyClick(edit, c.toLatin1());
        } else {
            run += c;
        }
    }
    commit();
}

Expert sampleExpert(int variant, const QString& name)
{
    Expert e;
    e.name = name;
    e.idNumber = test::validId(700 + variant);
    e.employer = QStringLiteral("天津职业技术师范大学");
    e.title = QStringLiteral("教授");
    e.region = QStringLiteral("河西区");
    e.phone = QStringLiteral("13802212345");
    e.specialties = {QStringLiteral("6-31"), QStringLiteral("4-04-01")};
    return e;
}

QModelIndex criterionIndex(ui::ReviewTemplateModel* model, const QString& id, int column)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        if (group.data().toString() == id)
            return group.siblingAtColumn(column);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex leaf = model->index(r, 0, group);
            if (leaf.data().toString() == id)
                return leaf.siblingAtColumn(column);
        }
    }
    return {};
}

} // namespace

TEST_CASE("An expert typed into the editor is saved with a conflict and listed in the pool",
          "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    const qint64 enterprise = test::addEnterprise(enterprises, 1);
    ExpertService experts(tdb.db(), Session{});
    ui::ExpertPoolView view(experts, enterprises, Session{});
    QAbstractItemModelTester tester(view.model(), Mode::Fatal);
    CHECK(view.model()->rowCount() == 0);
    CHECK(child<QLabel>(&view, "expertCountLabel")->text().contains(QStringLiteral("还没有专家")));

    const QString id = test::validId(42);
    bool ran = false;
    view.setDialogRunner([&](QDialog* d) {
        auto* editor = qobject_cast<ui::ExpertEditorDialog*>(d);
        REQUIRE(editor);
        ran = true;
        type(child<QLineEdit>(editor, "expertNameEdit"), QStringLiteral("王志刚"));
        type(child<QLineEdit>(editor, "expertIdNumberEdit"), id);
        type(child<QLineEdit>(editor, "expertEmployerEdit"),
             QStringLiteral("天津中德应用技术大学"));
        type(child<QLineEdit>(editor, "expertTitleEdit"), QStringLiteral("高级工程师"));
        type(child<QLineEdit>(editor, "expertRegionEdit"), QStringLiteral("津南区"));
        type(child<QLineEdit>(editor, "expertPhoneEdit"), QStringLiteral("022-23456789"));
        type(child<QLineEdit>(editor, "expertSpecialtiesEdit"),
             QStringLiteral("6-31，6-31-01-03、4"));
        CHECK(editor->shownErrors().isEmpty());
        CHECK(editor->isModified());
        CHECK(editor->windowTitle().contains(QStringLiteral("王志刚")));
        // 添加回避企业…: the prompt offers the registry's enterprises.
        editor->setConflictPrompt(
            [&](ui::ExpertEditorDialog*, const QList<EnterpriseSummary>& offered) {
                REQUIRE(offered.size() == 1);
                CHECK(offered.first().id == enterprise);
                return std::optional<ExpertConflict>(ExpertConflict{
                    offered.first().id, offered.first().name, QStringLiteral("曾在该企业任职")});
            });
        QTest::mouseClick(child<QPushButton>(editor, "addConflictButton"), Qt::LeftButton);
        auto* conflicts = child<QTableWidget>(editor, "expertConflictsTable");
        REQUIRE(conflicts->rowCount() == 1);
        CHECK(conflicts->item(0, 1)->text() == QStringLiteral("曾在该企业任职"));
        QTest::mouseClick(child<QPushButton>(editor, "saveExpertButton"), Qt::LeftButton);
        CHECK(editor->expertId() != 0);
        CHECK_FALSE(editor->isModified());
        CHECK(editor->confirmClose());
    });
    QTest::mouseClick(child<QPushButton>(&view, "newExpertButton"), Qt::LeftButton);
    REQUIRE(ran);
    CHECK(errors.errors.isEmpty());

    // The pool lists the new expert, selected.
    REQUIRE(view.model()->rowCount() == 1);
    const Expert listed = view.model()->rows().first();
    CHECK(listed.name == QStringLiteral("王志刚"));
    CHECK(listed.idNumber == id);
    CHECK(listed.specialties ==
          QStringList{QStringLiteral("6-31"), QStringLiteral("6-31-01-03"), QStringLiteral("4")});
    REQUIRE(listed.conflicts.size() == 1);
    CHECK(listed.conflicts.first().enterpriseId == enterprise);
    CHECK(view.currentId() == listed.id);
    const QModelIndex status = view.table()->model()->index(0, ui::ExpertListModel::Status);
    CHECK(status.data().toString() == QStringLiteral("在库"));
    CHECK(view.table()->model()->index(0, ui::ExpertListModel::Specialties).data().toString() ==
          QStringLiteral("6-31、6-31-01-03、4"));

    // Search narrows the list; Enter on a row opens it for editing.
    auto* search = child<QLineEdit>(&view, "expertSearchEdit");
    search->setText(QStringLiteral("没有这个人"));
    view.refresh();
    CHECK(view.model()->rowCount() == 0);
    search->setText(QStringLiteral("中德"));
    view.refresh();
    REQUIRE(view.model()->rowCount() == 1);
    view.selectExpert(listed.id);
    bool opened = false;
    view.setDialogRunner([&](QDialog* d) {
        auto* editor = qobject_cast<ui::ExpertEditorDialog*>(d);
        REQUIRE(editor);
        opened = true;
        CHECK(editor->expertId() == listed.id);
        CHECK(child<QLineEdit>(editor, "expertNameEdit")->text() == QStringLiteral("王志刚"));
        CHECK(child<QTableWidget>(editor, "expertConflictsTable")->rowCount() == 1);
        // A change, then closing: the unsaved-changes guard asks; Cancel keeps it open.
        type(child<QLineEdit>(editor, "expertTitleEdit"), QStringLiteral("正高级工程师"));
        int asked = 0;
        editor->setUnsavedPrompt([&](ui::ExpertEditorDialog*) {
            ++asked;
            return ui::ExpertEditorDialog::UnsavedDecision::Cancel;
        });
        CHECK_FALSE(editor->confirmClose());
        editor->setUnsavedPrompt([&](ui::ExpertEditorDialog*) {
            ++asked;
            return ui::ExpertEditorDialog::UnsavedDecision::Save;
        });
        CHECK(editor->confirmClose());
        CHECK(asked == 2);
    });
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(opened);
    CHECK(experts.get(listed.id)->title == QStringLiteral("正高级工程师"));
}

TEST_CASE("An invalid ID number is shown at its field and nothing is saved", "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    ExpertService experts(tdb.db(), Session{});
    ui::ExpertEditorDialog editor(experts, enterprises);
    auto* idEdit = child<QLineEdit>(&editor, "expertIdNumberEdit");
    auto* idError = child<QLabel>(&editor, "expertIdNumberError");
    CHECK_FALSE(ui::FieldErrorStyle::isMarked(idEdit));

    type(child<QLineEdit>(&editor, "expertNameEdit"), QStringLiteral("李四"));
    type(child<QLineEdit>(&editor, "expertEmployerEdit"), QStringLiteral("天津市电力行业协会"));
    type(child<QLineEdit>(&editor, "expertSpecialtiesEdit"), QStringLiteral("6-31"));
    // A valid number with its check character changed.
    QString wrong = test::validId(5);
    wrong[17] = wrong.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    type(idEdit, wrong);
    // Shown as it is typed, before any save.
    CHECK(ui::FieldErrorStyle::isMarked(idEdit));
    CHECK_FALSE(idError->isHidden());
    CHECK_FALSE(idError->text().isEmpty());

    QTest::mouseClick(child<QPushButton>(&editor, "saveExpertButton"), Qt::LeftButton);
    CHECK(editor.expertId() == 0);
    CHECK(ui::FieldErrorStyle::isMarked(idEdit));
    CHECK_FALSE(idError->isHidden());
    REQUIRE_FALSE(editor.shownErrors().isEmpty());
    CHECK(editor.shownErrors().first().field == QStringLiteral("id_number"));
    // Field errors stay at their fields: no message box.
    CHECK(errors.errors.isEmpty());
    CHECK(experts.list(true)->isEmpty());
    // Other fields are clean; a missing employer after a save attempt is marked too.
    CHECK_FALSE(ui::FieldErrorStyle::isMarked(child<QLineEdit>(&editor, "expertNameEdit")));
    type(child<QLineEdit>(&editor, "expertEmployerEdit"), QString());
    QTest::keyClick(child<QLineEdit>(&editor, "expertEmployerEdit"), Qt::Key_Backspace);
    CHECK(ui::FieldErrorStyle::isMarked(child<QLineEdit>(&editor, "expertEmployerEdit")));

    // A phone number that is neither mobile nor landline shows as it is typed.
    auto* phone = child<QLineEdit>(&editor, "expertPhoneEdit");
    type(phone, QStringLiteral("12345"));
    CHECK(ui::FieldErrorStyle::isMarked(phone));
    type(phone, QStringLiteral("13802212345"));
    CHECK_FALSE(ui::FieldErrorStyle::isMarked(phone));

    // Corrected, it saves.
    type(child<QLineEdit>(&editor, "expertEmployerEdit"), QStringLiteral("天津市电力行业协会"));
    type(idEdit, test::validId(5));
    CHECK_FALSE(ui::FieldErrorStyle::isMarked(idEdit));
    CHECK(idError->isHidden());
    CHECK(editor.save());
    CHECK(experts.list(true)->size() == 1);
}

TEST_CASE("Someone else saving first refuses the save and says who; a missing conflict reason "
          "stops the save",
          "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    const qint64 enterprise = test::addEnterprise(enterprises, 2);
    ExpertService experts(tdb.db(), Session{});
    auto added = experts.add(sampleExpert(1, QStringLiteral("张三")));
    INFO(test::why(added));
    REQUIRE(added.ok());

    ui::ExpertEditorDialog editor(experts, enterprises);
    REQUIRE(editor.load(added->id).ok());
    type(child<QLineEdit>(&editor, "expertTitleEdit"), QStringLiteral("研究员"));

    ExpertService other(tdb.db(), Session{QStringLiteral("wangfang"), Role::Clerk});
    Expert changed = *other.get(added->id);
    changed.region = QStringLiteral("和平区");
    REQUIRE(other.update(changed).ok());

    CHECK_FALSE(editor.save());
    REQUIRE(errors.errors.size() == 1);
    CHECK(errors.errors.first().code == ErrorCode::NotAllowed);
    CHECK(errors.errors.first().message.contains(QStringLiteral("wangfang")));
    CHECK(editor.isModified()); // the typed edit is still there
    CHECK(experts.get(added->id)->title == QStringLiteral("教授"));

    // Reloaded, a conflict without a reason is marked and nothing is written.
    errors.errors.clear();
    REQUIRE(editor.load(added->id).ok());
    EnterpriseSummary summary = enterprises.list()->first();
    editor.addConflict(ExpertConflict{enterprise, summary.name, QString()});
    CHECK_FALSE(editor.save());
    CHECK(ui::FieldErrorStyle::isMarked(child<QTableWidget>(&editor, "expertConflictsTable")));
    CHECK(experts.get(added->id)->conflicts.isEmpty());
    editor.addConflict(
        ExpertConflict{enterprise, summary.name, QStringLiteral("近亲属在该企业工作")});
    CHECK(editor.save());
    CHECK(experts.get(added->id)->conflicts.size() == 1);
    // Removing it in the form and saving removes it in the pool.
    editor.removeConflict(enterprise);
    CHECK(editor.save());
    CHECK(experts.get(added->id)->conflicts.isEmpty());
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("Experts are deactivated with a reason, shown on request, and imports list every problem",
          "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    ExpertService experts(tdb.db(), Session{});
    REQUIRE(experts.add(sampleExpert(1, QStringLiteral("赵敏"))).ok());
    REQUIRE(experts.add(sampleExpert(2, QStringLiteral("钱伟"))).ok());
    ui::ExpertPoolView view(experts, enterprises, Session{});
    QAbstractItemModelTester tester(view.model(), Mode::Fatal);
    REQUIRE(view.model()->rowCount() == 2);

    view.table()->selectRow(0);
    const qint64 first = view.currentId();
    REQUIRE(first != 0);
    auto* toggle = child<QPushButton>(&view, "toggleExpertButton");
    CHECK(toggle->text().startsWith(QStringLiteral("停用")));
    QString asked;
    view.setReasonPrompt([&](const QString& title, const QString&) {
        asked = title;
        return std::optional<QString>(QStringLiteral("本人申请退出专家库"));
    });
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(asked == QStringLiteral("停用专家"));
    CHECK(errors.errors.isEmpty());
    CHECK_FALSE(experts.get(first)->active);
    CHECK(view.model()->rowCount() == 1);

    child<QCheckBox>(&view, "showInactiveCheck")->setChecked(true);
    REQUIRE(view.model()->rowCount() == 2);
    view.selectExpert(first);
    CHECK(view.table()
              ->model()
              ->index(view.table()->currentIndex().row(), ui::ExpertListModel::Status)
              .data()
              .toString() == QStringLiteral("已停用"));
    CHECK(toggle->text().startsWith(QStringLiteral("启用")));
    REQUIRE(view.setCurrentActive(true, QStringLiteral("恢复")).ok());
    CHECK(experts.get(first)->active);

    // A refused file: the error table lists row, column, value and reason; nothing imported.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("专家名单.csv"));
    QString wrongId = test::validId(802);
    wrongId[17] = wrongId.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QString text = csv::line(ExpertService::columns());
        text += csv::line({QStringLiteral("孙立"), QStringLiteral("居民身份证"), test::validId(801),
                           QStringLiteral("天津机电职业技术学院"), QStringLiteral("副教授"),
                           QStringLiteral("西青区"), QString(), QStringLiteral("6-31"), QString()});
        text += csv::line({QStringLiteral("周红"), QStringLiteral("居民身份证"), wrongId,
                           QStringLiteral("天津轻工职业技术学院"), QStringLiteral("高级技师"),
                           QStringLiteral("北辰区"), QString(), QStringLiteral("6-99-99-99-99"),
                           QString()});
        f.write(text.toUtf8());
    }
    auto refused = view.importPath(path);
    REQUIRE(refused.ok());
    REQUIRE_FALSE(refused->errors.isEmpty());
    CHECK(experts.list(true)->size() == 2);
    bool shown = false;
    view.setDialogRunner([&](QDialog* d) {
        auto* dialog = qobject_cast<ui::ImportErrorDialog*>(d);
        REQUIRE(dialog);
        shown = true;
        QTableWidget* table = dialog->table();
        REQUIRE(table->rowCount() == refused->errors.size());
        CHECK(table->item(0, 0)->text() == QStringLiteral("3"));
        QStringList columns;
        for (int r = 0; r < table->rowCount(); ++r)
            columns << table->item(r, 1)->text();
        CHECK(columns.contains(QStringLiteral("证件号码")));
        CHECK(columns.contains(QStringLiteral("专业领域")));
        const QString report = dir.filePath(QStringLiteral("错误报告.csv"));
        REQUIRE(dialog->saveReport(report).ok());
        QFile written(report);
        REQUIRE(written.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(written.readAll()).contains(QStringLiteral("6-99-99-99-99")));
    });
    view.presentImport(path, refused);
    CHECK(shown);

    // The template round trip: an exported pool file imports into another database.
    const QString exported = dir.filePath(QStringLiteral("专家库.xlsx"));
    REQUIRE(view.exportPath(exported).ok());
    REQUIRE(ui::ExpertPoolView::exportTemplatePath(dir.filePath(QStringLiteral("模板.csv"))).ok());
    test::TestDatabase second;
    ExpertService secondPool(second.db(), Session{});
    EnterpriseService secondEnterprises(second.db(), Session{});
    ui::ExpertPoolView secondView(secondPool, secondEnterprises, Session{});
    auto imported = secondView.importPath(exported);
    INFO(test::why(imported));
    REQUIRE(imported.ok());
    CHECK(imported->errors.isEmpty());
    CHECK(imported->imported == 2);
    CHECK(secondView.model()->rowCount() == 2);
}

TEST_CASE("Roles that only read see the pool with masked ID numbers and cannot change it",
          "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    ExpertService admin(tdb.db(), Session{});
    REQUIRE(admin.add(sampleExpert(3, QStringLiteral("吴刚"))).ok());
    const Session reviewer{QStringLiteral("pingshen"), Role::Reviewer};
    ExpertService experts(tdb.db(), reviewer);
    EnterpriseService readOnlyEnterprises(tdb.db(), reviewer);
    ui::ExpertPoolView view(experts, readOnlyEnterprises, reviewer);
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.table()
              ->model()
              ->index(0, ui::ExpertListModel::IdNumber)
              .data()
              .toString()
              .contains(QLatin1Char('*')));
    CHECK_FALSE(child<QPushButton>(&view, "newExpertButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "importExpertsButton")->isEnabled());
    view.table()->selectRow(0);
    CHECK_FALSE(child<QPushButton>(&view, "toggleExpertButton")->isEnabled());
    CHECK(child<QPushButton>(&view, "editExpertButton")->isEnabled()); // 查看
    bool opened = false;
    view.setDialogRunner([&](QDialog* d) {
        auto* editor = qobject_cast<ui::ExpertEditorDialog*>(d);
        REQUIRE(editor);
        opened = true;
        CHECK(editor->isReadOnly());
        CHECK_FALSE(child<QPushButton>(editor, "saveExpertButton")->isEnabled());
        CHECK(child<QLineEdit>(editor, "expertNameEdit")->isReadOnly());
    });
    view.editCurrent();
    CHECK(opened);
}

TEST_CASE("The template editor shows the weight sum, refuses weights that miss 100 and saves a "
          "valid edit as version 2",
          "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    ReviewService reviews(tdb.db(), Session{});
    REQUIRE(reviews.templates()->size() == 1);
    ui::ReviewTemplateView view(reviews, Session{});
    ui::ReviewTemplateModel* model = view.model();
    QAbstractItemModelTester tester(model, Mode::Fatal);
    QLabel* weight = view.weightLabel();
    CHECK(view.shownVersion() == 1);
    CHECK(weight->text() == QStringLiteral("权重合计 100 / 100"));
    CHECK(weight->property("weightOk").toBool());
    CHECK(model->rowCount() == 7); // seven groups
    CHECK(model->toTemplate().criteria.size() == defaultReviewTemplate().criteria.size());
    CHECK(child<QDoubleSpinBox>(&view, "passLineSpin")->value() == 70);

    // In place: the weight column edits with a spin box bounded to 0..100.
    const QModelIndex c12 =
        criterionIndex(model, QStringLiteral("c1.2"), ui::ReviewTemplateModel::Weight);
    REQUIRE(c12.isValid());
    CHECK(c12.data(Qt::EditRole).toDouble() == 8);
    view.show();
    view.tree()->setCurrentIndex(c12);
    view.tree()->edit(c12);
    auto* spin = view.tree()->findChild<QDoubleSpinBox*>(QStringLiteral("criterionSpinEditor"));
    REQUIRE(spin);
    CHECK(spin->maximum() == 100);
    CHECK(spin->minimum() == 0);
    spin->setValue(10);
    QTest::keyClick(spin, Qt::Key_Return); // Enter commits the cell
    QApplication::processEvents();
    CHECK(c12.data(Qt::EditRole).toDouble() == 10);
    CHECK(weight->text() == QStringLiteral("权重合计 102 / 100"));
    CHECK_FALSE(weight->property("weightOk").toBool());
    CHECK(view.isModified());
    // The group shows its subtotal.
    CHECK(c12.parent().siblingAtColumn(ui::ReviewTemplateModel::Weight).data().toString() ==
          QStringLiteral("小计 14"));

    // Refused: nothing stored, the message names the sum.
    CHECK_FALSE(view.saveAsNewVersion());
    REQUIRE(errors.errors.size() == 1);
    CHECK(errors.errors.first().code == ErrorCode::Invalid);
    CHECK(errors.errors.first().message.contains(QStringLiteral("102")));
    CHECK(reviews.templates()->size() == 1);

    // Another criterion gives up two points: 100 again, and version 2 is stored.
    errors.errors.clear();
    const QModelIndex c13 =
        criterionIndex(model, QStringLiteral("c1.3"), ui::ReviewTemplateModel::Weight);
    REQUIRE(model->setData(c13, 2.0));
    CHECK(weight->text() == QStringLiteral("权重合计 100 / 100"));
    CHECK(weight->property("weightOk").toBool());
    child<QDoubleSpinBox>(&view, "passLineSpin")->setValue(75);
    REQUIRE(view.saveAsNewVersion());
    CHECK(errors.errors.isEmpty());
    CHECK(view.shownVersion() == 2);
    CHECK_FALSE(view.isModified());
    auto v2 = reviews.reviewTemplate(2);
    REQUIRE(v2.ok());
    CHECK(v2->passLine == 75);
    CHECK(v2->find(QStringLiteral("c1.2"))->weight == 10);
    CHECK(v2->find(QStringLiteral("c1.3"))->weight == 2);
    CHECK(reviews.reviewTemplate(1)->find(QStringLiteral("c1.2"))->weight == 8);
    CHECK(child<QComboBox>(&view, "templateVersionCombo")->count() == 2);

    // Structure: a new group with one criterion carrying ten points taken from c5.1.
    const QModelIndex group = model->addGroup(model->index(model->rowCount() - 1, 0));
    CHECK(model->isGroup(group));
    CHECK(group.row() == 7);
    CHECK_FALSE(view.saveAsNewVersion()); // an empty group is refused at once
    CHECK(errors.errors.size() == 1);
    const QModelIndex leaf = model->addCriterion(group);
    REQUIRE(leaf.parent() == group);
    CHECK(leaf.data().toString() == group.data().toString() + QStringLiteral(".1"));
    REQUIRE(model->setData(leaf.siblingAtColumn(ui::ReviewTemplateModel::Weight), 10.0));
    REQUIRE(model->setData(
        criterionIndex(model, QStringLiteral("c5.1"), ui::ReviewTemplateModel::Weight), 0.0));
    REQUIRE(model->setData(leaf.siblingAtColumn(ui::ReviewTemplateModel::Veto), Qt::Checked,
                           Qt::CheckStateRole));
    const QModelIndex c11 =
        criterionIndex(model, QStringLiteral("c1.1"), ui::ReviewTemplateModel::Id);
    CHECK(model->moveDown(c11));
    CHECK(criterionIndex(model, QStringLiteral("c1.1"), 0).row() == 1);
    CHECK_FALSE(model->moveUp(model->index(0, 0)));
    const QString leafId = leaf.data().toString();
    const QString groupId = group.data().toString();
    errors.errors.clear();
    REQUIRE(view.saveAsNewVersion());
    auto v3 = reviews.reviewTemplate(3);
    REQUIRE(v3.ok());
    const QStringList ids = [&] {
        QStringList out;
        for (const Criterion& c : v3->criteria)
            out << c.id;
        return out;
    }();
    CHECK(ids.indexOf(QStringLiteral("c1.2")) < ids.indexOf(QStringLiteral("c1.1")));
    REQUIRE(v3->find(leafId));
    CHECK(v3->find(leafId)->veto);
    CHECK(v3->find(leafId)->parentId == groupId);
    CHECK(view.shownVersion() == 3);
    // Removing the new group leaves weights of 90.
    REQUIRE(model->removeRows(model->rowCount() - 1, 1));
    CHECK(weight->text() == QStringLiteral("权重合计 90 / 100"));
}

TEST_CASE("Roles other than administrators see the template read-only", "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    const Session clerk{QStringLiteral("luru"), Role::Clerk};
    ReviewService reviews(tdb.db(), clerk);
    ui::ReviewTemplateView view(reviews, clerk);
    CHECK(view.isReadOnly());
    CHECK(view.findChild<QLabel*>(QStringLiteral("templateReadOnlyBanner")));
    for (const char* name : {"saveTemplateButton", "addGroupButton", "addCriterionButton",
                             "removeCriterionButton", "moveUpButton", "moveDownButton"})
        CHECK_FALSE(child<QPushButton>(&view, name)->isEnabled());
    const QModelIndex weight =
        criterionIndex(view.model(), QStringLiteral("c1.2"), ui::ReviewTemplateModel::Weight);
    CHECK_FALSE(view.model()->flags(weight).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(view.model()->setData(weight, 50.0));
    CHECK(child<QLineEdit>(&view, "templateNameEdit")->isReadOnly());
    CHECK_FALSE(view.saveAsNewVersion());
    CHECK(errors.errors.size() == 1);
}

TEST_CASE("The recommended list ranks a batch's reviewed filings and prints them",
          "[ui][reviewpool]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService filings(tdb.db(), Session{});
    ReviewService reviews(tdb.db(), Session{});
    const qint64 batch = test::addBatch(filings);
    const qint64 high = test::addFiling(filings, test::addEnterprise(enterprises, 1), batch);
    const qint64 low = test::addFiling(filings, test::addEnterprise(enterprises, 2), batch);
    for (qint64 f : {high, low})
        test::advance(filings, f, {FilingAction::Accept, FilingAction::Schedule});
    test::completeReview(tdb.db(), high, 0.9);
    test::completeReview(tdb.db(), low, 0.5);

    ui::RecommendedListView view(reviews, filings, tdb.db());
    QAbstractItemModelTester tester(view.model(), Mode::Fatal);
    CHECK(view.batchId() == batch);
    REQUIRE(view.model()->rowCount() == 2);
    auto text = [&](int row, int column) {
        return view.model()->index(row, column).data().toString();
    };
    CHECK(text(0, ui::RecommendedListModel::Rank) == QStringLiteral("1"));
    CHECK(text(0, ui::RecommendedListModel::Enterprise) == enterprises.get(1)->name);
    CHECK(text(0, ui::RecommendedListModel::Total) == QStringLiteral("90.00"));
    CHECK(text(0, ui::RecommendedListModel::Advice) == QStringLiteral("建议推荐"));
    CHECK(text(0, ui::RecommendedListModel::Method)
              .startsWith(QStringLiteral("去掉最高、最低分后平均")));
    CHECK(text(1, ui::RecommendedListModel::Rank) == QStringLiteral("—"));
    CHECK(text(1, ui::RecommendedListModel::Advice).startsWith(QStringLiteral("不予推荐")));
    CHECK(child<QPushButton>(&view, "printRecommendedButton")->isEnabled());
    const PrintableDocument doc = view.document();
    CHECK(doc.html.contains(enterprises.get(1)->name.toHtmlEscaped()));
    CHECK(doc.title.contains(view.batchName()));

    // Opening a row asks for the filing.
    qint64 requested = 0;
    QObject::connect(&view, &ui::RecommendedListView::filingRequested,
                     [&](qint64 id) { requested = id; });
    emit view.table()->activated(view.model()->index(0, 0));
    CHECK(requested == high);
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("The main window has the review pages and the 评审 menu", "[ui][reviewpool][main]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    ui::MainWindow window(tdb.db(), Session{});
    auto* review = window.findChild<ui::ReviewWorkspace*>();
    REQUIRE(review);
    auto* nav = child<QListWidget>(&window, "navList");
    QStringList labels;
    for (int i = 0; i < nav->count(); ++i)
        labels << nav->item(i)->text();
    const int pool = labels.indexOf(QStringLiteral("专家库"));
    REQUIRE(pool > labels.indexOf(QStringLiteral("证书号段")));
    CHECK(labels.indexOf(QStringLiteral("评分标准")) == pool + 1);
    CHECK(labels.indexOf(QStringLiteral("建议名单")) == pool + 2);
    CHECK(labels.indexOf(QStringLiteral("工作日历")) == pool + 3);
    nav->setCurrentRow(pool + 1);
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget() ==
          review->templates());
    auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("reviewMenu"));
    REQUIRE(menu);
    CHECK(menu->title() == QStringLiteral("评审(&R)"));
    QStringList titles;
    for (QAction* a : window.menuBar()->actions())
        titles << a->text();
    CHECK(titles.indexOf(QStringLiteral("评审(&R)")) ==
          titles.indexOf(QStringLiteral("备案(&L)")) + 1);

    // A pool change reaches the page.
    Expert e = sampleExpert(9, QStringLiteral("郑洁"));
    REQUIRE(review->experts().add(e).ok());
    CHECK(review->pool()->model()->rowCount() == 1);
    CHECK(errors.errors.isEmpty());
}
