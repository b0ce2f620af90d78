// Screenshots for docs/screenshots, made on the offscreen platform with demo data.
// Hidden tag: run on purpose with `ui_tests "[.screenshot]"`.
#include "core/demo/DemoGenerator.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Language.h"
#include "ui/filing/FilingWorkspace.h"
#include "ui/registry/EnterpriseEditor.h"
#include "ui/registry/EnterpriseListModel.h"
#include "ui/registry/EnterpriseListView.h"
#include "ui/registry/OccupationTableModel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

QString shotPath(const char* name)
{
    QDir dir(QStringLiteral(JD_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    return dir.filePath(QString::fromLatin1(name));
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void save(QWidget& w, const char* name)
{
    settle();
    const QPixmap shot = w.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(shotPath(name)));
}

// Mistakes a clerk makes: a wrong check character, a short mobile number, an empty
// address and a mistyped e-mail address.
void typeMistakes(ui::EnterpriseEditor* editor)
{
    auto setText = [editor](const char* name, const QString& text) {
        auto* edit = editor->findChild<QLineEdit*>(QString::fromLatin1(name));
        REQUIRE(edit);
        edit->setText(text);
    };
    QString uscc = editor->savedEnterprise().uscc;
    uscc[17] = uscc[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    setText("usccEdit", uscc);
    setText("mobileEdit", QStringLiteral("1381234567"));
    setText("addressEdit", QString());
    setText("emailEdit", QStringLiteral("hr@example"));
}

} // namespace

TEST_CASE("Screenshots of the enterprise registry", "[.screenshot]")
{
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    auto demo = DemoGenerator(tdb.db(), Session{}).generate({12, 0, 7});
    REQUIRE(demo.ok());

    ui::MainWindow window(tdb.db(), Session{});
    window.resize(1280, 800);
    window.show();
    window.filingWorkspace()->showPage(window.enterpriseList()); // the window opens on 工作台
    window.enterpriseList()->refresh();
    REQUIRE(window.enterpriseList()->model()->rowCount() == 12);
    window.enterpriseList()->table()->selectRow(2);
    save(window, "enterprise-list.png");

    const qint64 id = window.enterpriseList()->model()->rows().at(2).id;
    ui::EnterpriseEditor* editor = window.openEditor(id);
    REQUIRE(editor != nullptr);
    editor->resize(1280, 800);
    save(*editor, "enterprise-editor.png");

    // The same enterprise with mistakes typed in, and an occupation code of a non-skill category.
    typeMistakes(editor);
    auto* occ = editor->findChild<QTableView*>(QStringLiteral("occupationsTable"))->model();
    REQUIRE(occ->setData(occ->index(0, ui::OccupationTableModel::Code), QStringLiteral("2-02-07-04")));
    editor->validateNow();
    REQUIRE(editor->shownErrors().size() >= 5);
    save(*editor, "enterprise-editor-errors.png");

    editor->findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(1);
    save(*editor, "enterprise-editor-occupations.png");
    editor->revertAll();
    editor->findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(4);
    editor->findChild<QTabWidget*>(QStringLiteral("peopleTabs"))->setCurrentIndex(2);
    save(*editor, "enterprise-editor-people.png");

    editor->setUnsavedPrompt([](ui::EnterpriseEditor*) { return ui::EnterpriseEditor::UnsavedDecision::Discard; });
    editor->close();
    ui::ErrorPresenter::setSink({});
}

TEST_CASE("Screenshot of the enterprise editor's checks in the English UI", "[.screenshot]")
{
    // The English UI: the screens' translation and the core's, as 系统 → 界面语言 sets them.
    REQUIRE(ui::language::install(QStringLiteral("en")));
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    REQUIRE(DemoGenerator(tdb.db(), Session{}).generate({12, 0, 7}).ok());
    {
        ui::MainWindow window(tdb.db(), Session{});
        window.resize(1280, 800);
        window.show();
        window.filingWorkspace()->showPage(window.enterpriseList());
        window.enterpriseList()->refresh();
        const qint64 id = window.enterpriseList()->model()->rows().at(2).id;
        ui::EnterpriseEditor* editor = window.openEditor(id);
        REQUIRE(editor != nullptr);
        editor->resize(1280, 800);
        typeMistakes(editor);
        editor->validateNow();
        REQUIRE(editor->shownErrors().size() >= 4);
        save(*editor, "enterprise-editor-errors-en.png");
        editor->setUnsavedPrompt([](ui::EnterpriseEditor*) { return ui::EnterpriseEditor::UnsavedDecision::Discard; });
        editor->close();
    }
    ui::ErrorPresenter::setSink({});
    REQUIRE(ui::language::install(QStringLiteral("zh_CN")));
}
