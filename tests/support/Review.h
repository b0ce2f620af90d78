#pragma once
// Expert-review helpers for tests that walk a filing through its life: a pool of experts
// covering the sample enterprises' occupations, and a panel with complete sheets.

#include <QList>

namespace jd {
class Database;
}

namespace jd::test {

// `count` experts (at least) whose specialty ("6") covers the sample enterprises; their ids.
QList<qint64> seedExperts(const Database& db, int count = 7);
// Draws a panel of five when there is none and fills every member's sheet with
// `fraction` × max on each criterion (veto items: met). The filing must be `site_visit`.
// fraction 0.8 gives a total of 80.
void completeReview(const Database& db, qint64 filingId, double fraction = 0.8);

} // namespace jd::test
