#pragma once
// CoreLabels: the names the core gives its values (statusLabel(), actionLabel(), roleLabel(),
// levelLabel(), idTypeLabel(), …) in the UI's language. The core keeps them Chinese, as the
// CLI and the printed documents need; screens show them through these functions so that the
// English UI is English (through translation::label(), whose names the core's translation
// holds, so that the core's own messages and jianding-cli under LANG=en use them too). A
// label the translation lacks is shown as the core gives it (tests/ui/TranslationTest.cpp
// checks that none is missing).

#include "core/filing/Filing.h"
#include "core/registry/Enterprise.h"
#include "core/users/Session.h"
#include "core/validation/Validators.h"

#include <QString>

namespace jd::ui {

QString statusText(FilingStatus s);
QString actionText(FilingAction a);
QString itemStateText(ItemState s);
QString roleText(Role r);
QString levelText(int level); // "三级/高级工", "Level 3/Advanced Skilled Worker"
QString idTypeText(validation::IdType t);
QString enterpriseKindText(EnterpriseKind k);
QString spotOutcomeText(const QString& key); // pending, compliant, rectify, serious

} // namespace jd::ui
