#include "ui/common/Language.h"

#include "core/common/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace jd::ui::language {

namespace {
const QString Key = QStringLiteral("ui/language");
}

QString current()
{
    const QString code = QSettings().value(Key, QStringLiteral("zh_CN")).toString();
    return available().contains(code) ? code : QStringLiteral("zh_CN");
}

void setCurrent(const QString& code)
{
    QSettings().setValue(Key, code);
}

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString displayName(const QString& code)
{
    return code == QStringLiteral("en") ? QStringLiteral("English")
                                        : QStringLiteral("中文（简体）");
}

QLocale locale()
{
    return QLocale().language() == QLocale::English ? QLocale()
                                                    : QLocale(QLocale::Chinese, QLocale::China);
}

bool install(const QString& code)
{
    // Translators live as long as the application: installed once at start-up.
    static QTranslator app;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&app);
    QCoreApplication::removeTranslator(&qt);
    const QLocale locale = code == QStringLiteral("en")
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    // Qt's own dialogs (files, printing) in the same language.
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    // The core's messages (errors, warnings) follow the UI's language.
    const bool core = translation::installCore(code);
    if (code != QStringLiteral("en"))
        return true;
    if (!core || !app.load(QStringLiteral(":/i18n/jianding_en.qm")))
        return false;
    QCoreApplication::installTranslator(&app);
    return true;
}

} // namespace jd::ui::language
