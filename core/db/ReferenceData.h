#pragma once
// Loads the reference data shipped with the program (occupation catalogue, qualification
// items, work calendar 2019–2026, the default review criteria) into a database whose tables are still empty. Every
// program calls it once after opening a database.

#include "core/common/Result.h"

namespace jd {

class Database;

Status seedReferenceData(const Database& db);

} // namespace jd
