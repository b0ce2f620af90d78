// The desktop app on a large register: how long until its first window shows, how long
// the window stays unresponsive while each page opens and while the certificate list is
// searched and scrolled, and the process's peak memory. Run on purpose, not by ctest:
//   jianding-gui-bench --db FILE    (a database kept by `jianding-bench --keep FILE`)
#include "core/db/Database.h"
#include "core/db/ReferenceData.h"
#include "ui/MainWindow.h"
#include "ui/certificates/CertificateView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <cstdio>

using namespace jd;
using jd::ui::CertificateView;
using jd::ui::MainWindow;

namespace {

double ms(const QElapsedTimer& t) { return t.nsecsElapsed() / 1e6; }

long peakKb()
{
    QFile s(QStringLiteral("/proc/self/status"));
    if (!s.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& l : s.readAll().split('\n'))
        if (l.startsWith("VmHWM:"))
            return l.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// The longest the event loop went without running a 5 ms heartbeat while `work` ran and
// the events it posted were handled: what a user feels as the window freezing.
double longestStall(const std::function<void()>& work)
{
    QElapsedTimer since;
    since.start();
    double longest = 0;
    QTimer beat;
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        longest = std::max(longest, ms(since));
        since.restart();
    });
    beat.start();
    since.restart();
    work();
    longest = std::max(longest, ms(since));
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 150)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return longest;
}

void row(const QString& what, double value, const char* unit, const char* goal)
{
    std::printf("| %s | %.1f %s | %s |\n", what.toUtf8().constData(), value, unit, goal);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("the database to open"), QStringLiteral("file")});
    p.process(app);
    if (!p.isSet(QStringLiteral("db"))) {
        std::fprintf(stderr, "usage: jianding-gui-bench --db FILE\n");
        return 2;
    }
    auto opened = Database::open(p.value(QStringLiteral("db")));
    if (!opened || !seedReferenceData(**opened)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(p.value(QStringLiteral("db"))));
        return 1;
    }
    Database& db = **opened;

    QElapsedTimer first;
    first.start();
    MainWindow window(db, Session{QStringLiteral("admin"), Role::Admin});
    window.resize(1280, 800);
    window.show();
    while (!window.isVisible())
        QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const double firstWindow = ms(sinceStart);
    const double windowOnly = ms(first);
    qint64 certificates = 0;
    if (auto c = db.exec(QStringLiteral("SELECT count(*) FROM certificates")); c && c.value().next())
        certificates = c.value().value(0).toLongLong();

    std::printf("| measure (%lld certificates) | value | goal |\n|---|---|---|\n", static_cast<long long>(certificates));
    row(QStringLiteral("process start to first window shown"), firstWindow, "ms", "< 1000 ms");
    row(QStringLiteral("of which building and showing the main window"), windowOnly, "ms", "");

    // Every page of the navigation, opened in turn.
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navList"));
    double worstPage = 0;
    QString worstName;
    if (nav) {
        for (int i = 0; i < nav->count(); ++i) {
            const double stall = longestStall([&] { nav->setCurrentRow(i); });
            if (stall > worstPage) {
                worstPage = stall;
                worstName = nav->item(i)->text();
            }
        }
        row(QStringLiteral("longest freeze opening a page (%1)").arg(worstName), worstPage, "ms", "no freeze (< 100 ms)");
    }

    // The certificate list: searches a clerk types, then scrolling the result.
    auto* view = window.findChild<CertificateView*>();
    if (view) {
        for (int i = 0; i < nav->count(); ++i)
            if (nav->item(i)->text().contains(QStringLiteral("证书登记")))
                nav->setCurrentRow(i);
        QString someId, someNumber, someName;
        if (auto s = db.exec(QStringLiteral("SELECT id_number, number, name FROM certificates ORDER BY random() LIMIT 1"));
            s && s.value().next()) {
            someId = s.value().value(0).toString();
            someNumber = s.value().value(1).toString();
            someName = s.value().value(2).toString();
        }
        auto edits = view->findChildren<QLineEdit*>();
        auto* search = view->findChild<QPushButton*>(QStringLiteral("certSearchButton"));
        const QList<std::pair<QString, QString>> searches = {
            {QStringLiteral("certNumberEdit"), someNumber},
            {QStringLiteral("certIdNumberEdit"), someId},
            {QStringLiteral("certNameEdit"), someName},
            {QStringLiteral("certNameEdit"), someName.left(2)},
            {QStringLiteral("certNameEdit"), someName.left(1)},
        };
        for (const auto& [field, value] : searches) {
            for (QLineEdit* e : edits)
                e->clear();
            QLineEdit* edit = view->findChild<QLineEdit*>(field);
            if (!edit || !search) {
                std::fprintf(stderr, "certificate view field %s not found\n", qPrintable(field));
                return 1;
            }
            edit->setText(value);
            const double stall = longestStall([&] { search->click(); });
            row(QStringLiteral("certificate search by %1 “%2”: freeze").arg(field, value), stall, "ms", "no freeze (< 100 ms)");
        }
        auto* table = view->findChild<QTableView*>();
        if (table) {
            const double stall = longestStall([&] {
                for (int v = 0; v <= table->verticalScrollBar()->maximum(); v += 3) {
                    table->verticalScrollBar()->setValue(v);
                    QCoreApplication::processEvents();
                }
            });
            row(QStringLiteral("scrolling the longest result to its end: longest freeze"), stall, "ms", "no freeze (< 100 ms)");
        }
    }
    row(QStringLiteral("peak memory (VmHWM)"), peakKb() / 1024.0, "MB", "< 300 MB");
    return 0;
}
