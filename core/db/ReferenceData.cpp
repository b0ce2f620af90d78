#include "core/db/ReferenceData.h"

#include "core/calendar/WorkCalendar.h"
#include "core/registry/OccupationCatalogue.h"
#include "core/review/ReviewService.h"

namespace jd {

Status seedReferenceData(const Database& db)
{
    if (Status s = OccupationCatalogue(db).seedIfEmpty(); !s)
        return s;
    if (Status s = WorkCalendar(db).seedIfEmpty(); !s)
        return s;
    return ReviewService::seedIfEmpty(db);
}

} // namespace jd
