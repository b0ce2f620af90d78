// The English translation stays complete: every message of resources/translations/
// jianding_en.ts is finished, English and keeps its source's placeholders; the main window
// and the enterprise editor built with the compiled translation (:/i18n/jianding_en.qm) show
// no Chinese; every label the core gives its values has an English name (ui/common/CoreLabels).
#include "core/calendar/WorkCalendar.h"
#include "core/common/Translation.h"
#include "core/filing/Filing.h"
#include "core/filing/FilingService.h"
#include "core/numbering/NumberingService.h"
#include "core/registry/Enterprise.h"
#include "core/registry/EnterpriseService.h"
#include "core/review/ExpertService.h"
#include "core/supervision/SpotCheckService.h"
#include "core/users/Session.h"
#include "core/validation/Validators.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/certificates/CertificatePrintDialog.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/Language.h"
#include "ui/filing/BatchDialog.h"
#include "ui/filing/NewFilingDialog.h"
#include "ui/numbering/VoidNumberDialog.h"
#include "ui/registry/ImportErrorDialog.h"
#include "ui/review/ExpertEditorDialog.h"
#include "ui/security/FirstAdminDialog.h"
#include "ui/security/FirstRunWizard.h"
#include "ui/security/LoginDialog.h"
#include "ui/security/ServerConnectionDialog.h"
#include "ui/security/SystemMenu.h"
#include "ui/security/UserAdminDialog.h"
#include "ui/supervision/DayEditDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <vector>

using namespace jd;

namespace {

// CJK Unified Ideographs with extension A, and the compatibility ideographs.
const QRegularExpression kCjk(QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}]"));

bool hasCjk(const QString& s)
{
    return kCjk.match(s).hasMatch();
}

// Chinese punctuation (、，：（）and the ideographic space) left in English text.
bool hasChinesePunctuation(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("[\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]"));
    return re.match(s).hasMatch();
}

// Chinese that an English translation keeps on purpose.
QString withoutAllowedChinese(QString s)
{
    const QStringList allowed = {
        // An occupation name as a search example: the Occupational Classification (职业分类大典)
        // is Chinese reference data, so the example must be something the user can type.
        QStringLiteral("电工"),
        // Examples of document numbers: real ones are written in Chinese.
        QStringLiteral("人社鉴备〔2019〕12号"),
        QStringLiteral("津人社函〔2019〕35号"),
        // The notice the pilot rests on, quoted by its number in the About box.
        QStringLiteral("津人社办发〔2019〕82号"),
    };
    for (const QString& a : allowed)
        s.remove(a);
    return s;
}

QSet<QString> placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2})"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

QString sorted(const QSet<QString>& set)
{
    QStringList l(set.cbegin(), set.cend());
    l.sort();
    return l.join(QLatin1Char(' '));
}

struct TsMessage
{
    QString context;
    QString source;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or the numerus forms
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{context, {}, {}, {}};
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural messages hold <numerusform> elements instead of text.
            if (!numerus)
                m.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

// Chinese that the English main window still shows, each for a reason.
QStringList chineseOnPurpose()
{
    QStringList out;
    // The column headers of the expert list file, named in the template button's tooltip:
    // the file's header row is Chinese, as the importer reads it.
    out << ExpertService::columns();
    // Longest first, so that a text containing another is removed whole.
    std::sort(out.begin(), out.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return out;
}

// The texts of a walk that still show Chinese, beyond what is Chinese on purpose.
QStringList stillChinese(const QStringList& texts)
{
    const QStringList onPurpose = chineseOnPurpose();
    QStringList chinese;
    for (const QString& text : texts) {
        QString rest = withoutAllowedChinese(text);
        for (const QString& s : onPurpose)
            rest.remove(s);
        if (hasCjk(rest) || hasChinesePunctuation(rest))
            chinese << text;
    }
    chinese.removeDuplicates();
    return chinese;
}

// Every text a person can see on `root` and the widgets, actions and menus under it.
class TextWalk
{
public:
    void walk(QWidget* root)
    {
        QList<QWidget*> widgets{root};
        widgets += root->findChildren<QWidget*>();
        for (QWidget* w : widgets)
            widget(w);
        QList<QAction*> actions = root->findChildren<QAction*>();
        for (QWidget* w : widgets)
            actions += w->actions();
        for (QAction* a : actions)
            action(a);
    }

    QStringList texts; // "where: text"

private:
    void add(const QObject* o, const char* what, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        const QString name = o->objectName().isEmpty()
                                 ? QString::fromLatin1(o->metaObject()->className())
                                 : o->objectName();
        texts << QStringLiteral("%1 %2: %3").arg(name, QLatin1String(what), text);
    }

    void widget(QWidget* w)
    {
        add(w, "windowTitle", w->windowTitle());
        add(w, "toolTip", w->toolTip());
        add(w, "statusTip", w->statusTip());
        add(w, "whatsThis", w->whatsThis());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(w, "text", b->text());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(w, "text", l->text());
        // What is typed into an editor is data (e.g. the stored criteria template's name);
        // only a browser's content is the program's text.
        if (auto* e = qobject_cast<QLineEdit*>(w))
            add(w, "placeholderText", e->placeholderText());
        if (auto* e = qobject_cast<QTextEdit*>(w)) {
            add(w, "placeholderText", e->placeholderText());
            if (qobject_cast<QTextBrowser*>(w))
                add(w, "text", e->toPlainText());
        }
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            add(w, "placeholderText", e->placeholderText());
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w)) {
            add(w, "specialValueText", s->specialValueText());
            add(w, "text", s->text());
        }
        if (auto* g = qobject_cast<QGroupBox*>(w))
            add(w, "title", g->title());
        if (auto* m = qobject_cast<QMenu*>(w))
            add(w, "title", m->title());
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i) {
                add(w, "tabText", t->tabText(i));
                add(w, "tabToolTip", t->tabToolTip(i));
            }
        if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i) {
                add(w, "tabText", t->tabText(i));
                add(w, "tabToolTip", t->tabToolTip(i));
            }
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            add(w, "placeholderText", c->placeholderText());
            for (int i = 0; i < c->count(); ++i) {
                add(w, "itemText", c->itemText(i));
                add(w, "itemToolTip", c->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto* l = qobject_cast<QListWidget*>(w))
            for (int i = 0; i < l->count(); ++i) {
                add(w, "item", l->item(i)->text());
                add(w, "itemToolTip", l->item(i)->toolTip());
            }
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model())
            headers(w, v->model());
    }

    void headers(QWidget* w, const QAbstractItemModel* model)
    {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            for (int c = 0; c < model->columnCount(); ++c)
                add(w, "header", model->headerData(c, Qt::Horizontal, role).toString());
            for (int r = 0; r < model->rowCount(); ++r)
                add(w, "rowHeader", model->headerData(r, Qt::Vertical, role).toString());
        }
    }

    void action(QAction* a)
    {
        add(a, "text", a->text());
        add(a, "toolTip", a->toolTip());
        add(a, "statusTip", a->statusTip());
        add(a, "whatsThis", a->whatsThis());
    }
};

// Installs the English translation (and the English locale, as language::install() does)
// for one test, and takes both away again however the test ends.
struct EnglishUi
{
    EnglishUi()
    {
        loaded = translator.load(QStringLiteral(":/i18n/jianding_en.qm")) &&
                 translation::installCore(QStringLiteral("en"));
        if (loaded)
            QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~EnglishUi()
    {
        QCoreApplication::removeTranslator(&translator);
        translation::installCore(QStringLiteral("zh_CN"));
        QLocale::setDefault(previous);
    }
    EnglishUi(const EnglishUi&) = delete;
    EnglishUi& operator=(const EnglishUi&) = delete;

    QLocale previous;
    QTranslator translator;
    bool loaded = false;
};

// Every message of `path` is finished, English and keeps its placeholders; `atLeast`
// messages at least, so that a file not read or emptied fails too.
void checkTsFile(const QString& path, qsizetype atLeast, const char* lupdateTarget)
{
    QString error;
    const QList<TsMessage> messages = readTs(path, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(messages.size() >= atLeast);

    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
    QStringList problems;
    for (const TsMessage& m : messages) {
        QStringList why;
        if (m.type == QLatin1String("unfinished"))
            why << QStringLiteral("unfinished");
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty()) {
                why << QStringLiteral("empty");
                continue;
            }
            if (hasCjk(withoutAllowedChinese(t)))
                why << QStringLiteral("still Chinese");
            else if (hasChinesePunctuation(withoutAllowedChinese(t)))
                why << QStringLiteral("Chinese punctuation");
            if (placeholders(t) != placeholders(m.source))
                why << QStringLiteral("placeholders %1 instead of %2")
                           .arg(sorted(placeholders(t)), sorted(placeholders(m.source)));
            // A menu or button keeps a keyboard accelerator, and a window title the
            // [*] that shows unsaved changes.
            if (accelerator.match(m.source).hasMatch() && !accelerator.match(t).hasMatch())
                why << QStringLiteral("no & accelerator");
            if (m.source.contains(QLatin1String("[*]")) && !t.contains(QLatin1String("[*]")))
                why << QStringLiteral("no [*]");
        }
        if (m.translations.isEmpty())
            why << QStringLiteral("no translation");
        if (!why.isEmpty())
            problems << QStringLiteral("%1 | %2 → %3: %4")
                            .arg(m.context, m.source, m.translations.value(0),
                                 why.join(QStringLiteral(", ")));
    }
    INFO(QStringLiteral("%1 of %2 messages need work in %3 (build the %4 target first when a "
                        "tr() string was added or changed):\n%5")
             .arg(problems.size())
             .arg(messages.size())
             .arg(path, QString::fromLatin1(lupdateTarget), problems.join(QLatin1Char('\n')))
             .toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE(
    "Every message of the English translation is finished, English and keeps its placeholders",
    "[translation]")
{
    // The UI has well over a thousand strings.
    checkTsFile(QStringLiteral(JD_TS_FILE), 1000, "jianding_ui_lupdate");
}

TEST_CASE("Every message of the core is translated into English", "[translation]")
{
    // Errors, field errors and warnings of the core library: several hundred.
    checkTsFile(QStringLiteral(JD_CORE_TS_FILE), 500, "jianding_core_lupdate");
}

TEST_CASE("The main window in English shows no Chinese", "[translation]")
{
    EnglishUi english;
    REQUIRE(english.loaded);
    REQUIRE(QCoreApplication::translate("jd::ui::MainWindow", "企业登记") ==
            QStringLiteral("Enterprises"));

    test::TestDatabase tdb;
    ui::MainWindow window(tdb.db(), Session{});
    window.resize(1280, 800);
    window.show();
    // Visit every page, so that pages built on first show are built too.
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navList"));
    REQUIRE(nav);
    REQUIRE(nav->count() > 10);
    for (int i = 0; i < nav->count(); ++i) {
        nav->setCurrentRow(i);
        QCoreApplication::processEvents();
    }

    TextWalk walk;
    walk.walk(&window);
    // The enterprise editor it opens, a window of its own (the largest form of the UI).
    window.newEnterprise();
    QCoreApplication::processEvents();
    int editors = 0;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top != &window && top->isVisible() && top->inherits("jd::ui::EnterpriseEditor")) {
            walk.walk(top);
            ++editors;
        }
    CHECK(editors == 1);
    // Tens of menus, buttons, labels and headers: a handful means the walk missed the window.
    REQUIRE(walk.texts.size() > 300);

    const QStringList chinese = stillChinese(walk.texts);
    INFO(QStringLiteral("%1 texts still Chinese:\n%2")
             .arg(chinese.size())
             .arg(chinese.join(QLatin1Char('\n')))
             .toStdString());
    CHECK(chinese.isEmpty());
    // The menus really are English, not merely free of Chinese.
    CHECK(window.systemMenu()->languageAction()->text() == QStringLiteral("Lan&guage…"));
    window.close();
}

TEST_CASE("The dialogs in English show no Chinese, a core error included", "[translation]")
{
    EnglishUi english;
    REQUIRE(english.loaded);
    test::TestDatabase tdb;
    Database& db = tdb.db();
    const Session admin{QStringLiteral("admin"), Role::Admin};
    FilingService filings(db, admin);
    EnterpriseService enterprises(db, admin);
    NumberingService numbering(db, admin);
    ExpertService experts(db, admin);
    WorkCalendar calendar(db);
    // A refused import: its error dialog shows the core's message and field errors.
    Enterprise bad;
    bad.uscc = QStringLiteral("91350100M000100Y44");
    auto refused = enterprises.create(bad);
    REQUIRE_FALSE(refused.ok());

    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(new ui::FirstRunWizard(tdb.dir() + QStringLiteral("/new.sqlite")));
    dialogs.emplace_back(new ui::LoginDialog(db));
    dialogs.emplace_back(new ui::FirstAdminDialog(db));
    dialogs.emplace_back(new ui::ServerConnectionDialog());
    dialogs.emplace_back(new ui::UserAdminDialog(db, admin));
    dialogs.emplace_back(new ui::CertificatePrintDialog(3, QString()));
    dialogs.emplace_back(new ui::BatchDialog(filings, QDate(2026, 11, 2)));
    dialogs.emplace_back(new ui::NewFilingDialog(filings, enterprises, QDate(2026, 11, 2)));
    dialogs.emplace_back(new ui::VoidNumberDialog(numbering));
    dialogs.emplace_back(new ui::ExpertEditorDialog(experts, enterprises));
    dialogs.emplace_back(new ui::DayEditDialog(calendar, admin, CalendarDay{QDate(2026, 10, 1), DayKind::Off, QString()}));
    dialogs.emplace_back(new ui::ImportErrorDialog(QStringLiteral("enterprises.csv"), refused.error()));

    TextWalk walk;
    for (const auto& d : dialogs) {
        d->show();
        QCoreApplication::processEvents();
        walk.walk(d.get());
    }
    REQUIRE(walk.texts.size() > 150);
    const QStringList chinese = stillChinese(walk.texts);
    INFO(QStringLiteral("%1 texts still Chinese:\n%2").arg(chinese.size()).arg(chinese.join(QLatin1Char('\n'))).toStdString());
    CHECK(chinese.isEmpty());
}

TEST_CASE("Every label the core gives its values has an English name", "[translation]")
{
    EnglishUi english;
    REQUIRE(english.loaded);
    QList<std::pair<QString, QString>> labels; // Chinese, shown
    for (FilingStatus s : allStatuses())
        labels.append({statusLabel(s), ui::statusText(s)});
    for (FilingAction a : allActions())
        labels.append({actionLabel(a), ui::actionText(a)});
    for (ItemState s : {ItemState::Received, ItemState::Missing, ItemState::Defective})
        labels.append({itemStateLabel(s), ui::itemStateText(s)});
    for (Role r : {Role::Clerk, Role::Reviewer, Role::Supervisor, Role::Admin})
        labels.append({roleLabel(r), ui::roleText(r)});
    for (int level = 1; level <= 5; ++level)
        labels.append({validation::levelLabel(level), ui::levelText(level)});
    for (validation::IdType t : validation::allIdTypes())
        labels.append({validation::idTypeLabel(t), ui::idTypeText(t)});
    for (EnterpriseKind k : {EnterpriseKind::Tianjin, EnterpriseKind::CentralSoeBranch})
        labels.append({enterpriseKindLabel(k), ui::enterpriseKindText(k)});
    for (const char* key : {"pending", "compliant", "rectify", "serious"})
        labels.append({spotOutcomeLabel(QString::fromLatin1(key)),
                       ui::spotOutcomeText(QString::fromLatin1(key))});
    QStringList untranslated;
    for (const auto& [chinese, shown] : labels)
        if (hasCjk(shown) || hasChinesePunctuation(shown))
            untranslated << chinese;
    INFO(QStringLiteral("Core labels without an English name (add them to ui/common/CoreLabels.cpp "
                        "and translate them): %1")
             .arg(untranslated.join(QStringLiteral(", ")))
             .toStdString());
    CHECK(untranslated.isEmpty());
    // The part before the slash is what a narrow cell shows (三级 → Level 3).
    CHECK(ui::levelText(3).section(QLatin1Char('/'), 0, 0) == QStringLiteral("Level 3"));
    // The same Chinese names a status and an action.
    CHECK(ui::statusText(FilingStatus::Returned) != ui::actionText(FilingAction::Return));
}

TEST_CASE("The core's messages reach the English UI in English, and stay Chinese otherwise", "[translation]")
{
    test::TestDatabase tdb;
    Enterprise empty;
    empty.name = QStringLiteral("  ");
    empty.uscc = QStringLiteral("91350100M000100Y44"); // fails its check character
    auto checks = [&] {
        return EnterpriseService(tdb.db(), Session{QStringLiteral("luru"), Role::Clerk}).create(empty);
    };
    auto refusal = [&] {
        return EnterpriseService(tdb.db(), Session{QStringLiteral("luru"), Role::Clerk}).remove(1);
    };
    {
        EnglishUi english;
        REQUIRE(english.loaded);
        auto r = checks();
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().fields.size() >= 2);
        const QString text = r.error().fullText();
        INFO(text.toStdString());
        CHECK_FALSE(hasCjk(text));
        CHECK_FALSE(hasChinesePunctuation(text));
        // The role inside a refusal is named in English too.
        const QString denied = refusal().error().message;
        INFO(denied.toStdString());
        CHECK(denied.contains(ui::roleText(Role::Clerk)));
        CHECK_FALSE(hasCjk(withoutAllowedChinese(denied)));
        CHECK(translation::label(statusLabel(FilingStatus::Published), "filing status") ==
              ui::statusText(FilingStatus::Published));
    }
    // Without the translation (the default, and under tests): the Chinese source.
    CHECK(hasCjk(checks().error().fullText()));
    CHECK(refusal().error().message.contains(roleLabel(Role::Clerk)));
}

TEST_CASE("The language chosen in the 系统 menu is kept for the next start", "[translation]")
{
    QSettings().remove(QStringLiteral("ui/language"));
    CHECK(ui::language::current() == QStringLiteral("zh_CN"));
    CHECK(ui::SystemMenu::setLanguage(QStringLiteral("en")));
    CHECK(ui::language::current() == QStringLiteral("en"));
    CHECK_FALSE(ui::SystemMenu::setLanguage(QStringLiteral("fr")));
    CHECK(ui::language::current() == QStringLiteral("en"));
    CHECK(ui::SystemMenu::setLanguage(QStringLiteral("zh_CN")));
    CHECK(ui::language::current() == QStringLiteral("zh_CN"));
    QSettings().remove(QStringLiteral("ui/language"));
}
