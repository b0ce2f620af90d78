#pragma once
// Aggregation of a panel's scores (DESIGN §3), a pure function of the template, the panel
// and the scores. Per criterion: the mean, or with 5 or more experts the trimmed mean
// (one highest and one lowest score dropped); flagged when max − min exceeds the
// criterion's spread threshold. Total = Σ aggregated ÷ max × weight, out of 100, rounded
// to two decimals. A veto item whose aggregated score is below half its maximum vetoes
// the filing. Recommended = every sheet complete, no veto, total ≥ pass line.

#include "core/review/ReviewTemplate.h"

#include <QList>

namespace jd {

struct ScoreEntry
{
    qint64 expertId = 0;
    QString criterionId;
    double score = 0;
    QString comment;
};

struct CriterionResult
{
    QString id;
    QString name;
    double maxPoints = 0;
    double weight = 0;
    bool veto = false;
    int count = 0;          // experts who scored it
    double low = 0, high = 0;
    double spread = 0;      // high − low
    double score = 0;       // aggregated
    double contribution = 0;// score ÷ max × weight
    bool flagged = false;   // spread above the threshold
    bool vetoed = false;    // veto item below half its maximum
};

struct ReviewResult
{
    QString method; // "mean" or "trimmed_mean"
    int experts = 0;       // panel members
    int completeSheets = 0;
    double total = 0;
    double passLine = 70;
    bool veto = false;
    bool complete = false;
    bool recommended = false;
    QStringList missing;   // "专家 张三：评分项 c1.2" — what keeps the result incomplete
    QList<CriterionResult> criteria;
};

// `panel`: the active members (id → name, for the missing list).
ReviewResult aggregate(const ReviewTemplate& t, const QList<QPair<qint64, QString>>& panel, const QList<ScoreEntry>& scores);

// One expert's total on their own sheet (Σ score ÷ max × weight), rounded to two decimals.
double sheetTotal(const ReviewTemplate& t, const QList<ScoreEntry>& scores);

// A score for a criterion: within 0..max, at most two decimals; the message names the
// criterion and the range otherwise.
QString checkScore(const Criterion& c, double score);

} // namespace jd
