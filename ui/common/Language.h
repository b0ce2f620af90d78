#pragma once
// Language: the UI's language, chosen in 系统 → 界面语言 and kept in the settings. Chinese is
// the source language; English comes from the app's compiled translation
// (:/i18n/jianding_en.qm). Applied at start-up, before the first window.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace jd::ui::language {

QString current(); // "zh_CN" (default) or "en"
void setCurrent(const QString& code);
QStringList available();                  // codes, in menu order
QString displayName(const QString& code); // "中文（简体）", "English"
// The locale of the UI's language, for day and month names and sizes: English once
// install("en") made it the default, otherwise Chinese (also under the C locale of tests).
QLocale locale();
// Installs the translators for `code` (the app's and Qt's own dialogs); false when the
// app's translation for it cannot be loaded (then the UI stays Chinese).
bool install(const QString& code);

} // namespace jd::ui::language
