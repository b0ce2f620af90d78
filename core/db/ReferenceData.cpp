#include "core/db/ReferenceData.h"

#include "core/calendar/WorkCalendar.h"
#include "core/registry/OccupationCatalogue.h"

namespace jd {

Status seedReferenceData(const Database& db)
{
    if (Status s = OccupationCatalogue(db).seedIfEmpty(); !s)
        return s;
    return WorkCalendar(db).seedIfEmpty();
}

} // namespace jd
