// Settings and font for every UI test: settings go to Qt's test location, not the
// user's, and widgets use the CJK font the application uses.
#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QStandardPaths>

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

namespace {

struct UiTestListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo&) override
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("jianding-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
        const QString cjk = QStringLiteral("Noto Sans CJK SC");
        if (QFontDatabase::families().contains(cjk))
            QApplication::setFont(QFont(cjk, 10));
    }
};

} // namespace

CATCH_REGISTER_LISTENER(UiTestListener)
