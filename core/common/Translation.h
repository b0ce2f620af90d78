#pragma once
// Translation: the core's own messages (errors, field errors, warnings, progress) in
// another language. Chinese is the source language and needs nothing; English comes from
// resources/translations/jianding_core_en.ts, compiled into the core library
// (:/i18n/jianding_core_en.qm). The desktop app installs it with its own translation when
// the UI is English; jianding-cli installs it under LANG=en* (CLI.md).

#include <QString>

namespace jd::translation {

// Installs the core's translation for `code` ("en") or removes it ("zh_CN" and anything
// else). False when the translation for `code` cannot be loaded: messages stay Chinese.
// Call it after the application object exists.
bool installCore(const QString& code);

// A label the core gives one of its values (statusLabel(), actionLabel(), roleLabel(),
// levelLabel(), idTypeLabel(), enterpriseKindLabel(), spotOutcomeLabel(), itemStateLabel())
// in the installed language. The labels themselves stay Chinese, as the printed documents
// and the files need; `kind` ("filing status", "filing action", "checklist item state",
// "user role", "skill level", "ID document type", "enterprise type", "spot check
// outcome") tells apart the same Chinese naming different things. A label without a
// translation comes back as given.
QString label(const QString& chinese, const char* kind);

} // namespace jd::translation
