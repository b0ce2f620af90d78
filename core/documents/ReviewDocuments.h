#pragma once
// Documents of the expert review (DESIGN §3, §7): the on-site score sheet (现场评估评分表),
// blank for handwriting or filled with one expert's scores; the panel's summary
// (专家组评分汇总表) with every member's scores, the aggregated result and signature
// lines; and a batch's recommended list (建议名单). Pure functions of the values given:
// nothing is looked up, nothing fails; unknown dates, places and names print as blanks
// to be filled in by hand.

#include "core/documents/PrintableDocument.h"
#include "core/review/Aggregation.h"
#include "core/review/ReviewService.h"
#include "core/review/ReviewTemplate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jd {

// What the head of a score sheet names: the filing, where and when it is visited, and
// (for one expert's sheet) who scores it.
struct ReviewSheetHeader
{
    qint64 filingId = 0;
    QString enterpriseName;
    QString uscc;
    QStringList occupations; // "电工 6-31-01-03（三级、四级）"
    QDate visitDate;
    QString visitPlace;
    QString expertName;
};

// The score sheet with empty 得分 and 评语 columns, for an expert to fill in by hand.
PrintableDocument blankScoreSheet(const ReviewSheetHeader& h, const ReviewTemplate& t);
// The same sheet with `s`'s scores, comments, remarks, signing date and total (sheetTotal);
// criteria the sheet does not score stay blank and are listed in a note above the table.
// `h.expertName` falls back to `s.expertName`.
PrintableDocument filledScoreSheet(const ReviewSheetHeader& h, const ReviewTemplate& t,
                                   const ExpertSheet& s);
// The panel's summary: one column per active member of `p`, their scores from `sheets`
// (sheets of replaced members are left out), the aggregated result `r` criterion by
// criterion, the total, veto, recommendation, the panel opinion, the draw seed and a
// signature line per active member. A4 landscape; the conclusion and the signatures start
// a page of their own. Visit date and place fall back to the panel's.
PrintableDocument panelSummarySheet(const ReviewSheetHeader& h, const ReviewTemplate& t,
                                    const Panel& p, const QList<ExpertSheet>& sheets,
                                    const ReviewResult& r);
// 《企业职业技能等级认定试点评审建议名单》 of a batch: the recommended filings by rank, then
// the others with the reason they are not recommended.
PrintableDocument recommendedListDocument(const QString& batchName,
                                          const QList<RecommendedEntry>& entries,
                                          const QDate& issued);

} // namespace jd
