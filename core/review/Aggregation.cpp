#include "core/review/Aggregation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace jd {

namespace {

// Messages of this file, translated under the context "jd::Aggregation".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Aggregation)
};

double round2(double x)
{
    return std::round(x * 100.0) / 100.0;
}

QString num(double x)
{
    return QString::number(x, 'g', 10);
}

} // namespace

QString checkScore(const Criterion& c, double score)
{
    if (!std::isfinite(score) || score < 0 || score > c.maxPoints)
        return Tr::tr("评分项“%1”（%2）的得分 %3 超出范围：应在 0 到 %4 分之间。")
            .arg(c.name, c.id, num(score), num(c.maxPoints));
    if (std::abs(score * 100.0 - std::round(score * 100.0)) > 1e-6)
        return Tr::tr("评分项“%1”（%2）的得分 %3 最多保留两位小数。").arg(c.name, c.id, num(score));
    return {};
}

double sheetTotal(const ReviewTemplate& t, const QList<ScoreEntry>& scores)
{
    double total = 0;
    for (const ScoreEntry& s : scores)
        if (const Criterion* c = t.find(s.criterionId); c && c->maxPoints > 0)
            total += s.score / c->maxPoints * c->weight;
    return round2(total);
}

ReviewResult aggregate(const ReviewTemplate& t, const QList<QPair<qint64, QString>>& panel, const QList<ScoreEntry>& scores)
{
    ReviewResult r;
    r.experts = int(panel.size());
    r.passLine = t.passLine;
    r.method = panel.size() >= 5 ? QStringLiteral("trimmed_mean") : QStringLiteral("mean");

    // Only the scores of active members count: a replaced member's sheet is history.
    QHash<qint64, QString> names;
    for (const auto& m : panel)
        names.insert(m.first, m.second);
    QHash<QString, QHash<qint64, double>> byCriterion;
    for (const ScoreEntry& s : scores)
        if (names.contains(s.expertId))
            byCriterion[s.criterionId].insert(s.expertId, s.score);

    const QList<Criterion> leaves = t.leaves();
    for (const auto& m : panel) {
        bool complete = true;
        for (const Criterion& c : leaves)
            if (!byCriterion.value(c.id).contains(m.first)) {
                complete = false;
                r.missing << QStringLiteral("专家 %1：%2 %3").arg(m.second, c.id, c.name);
            }
        if (complete)
            ++r.completeSheets;
    }
    r.complete = r.experts > 0 && r.completeSheets == r.experts;

    double total = 0;
    for (const Criterion& c : leaves) {
        CriterionResult cr;
        cr.id = c.id;
        cr.name = c.name;
        cr.maxPoints = c.maxPoints;
        cr.weight = c.weight;
        cr.veto = c.veto;
        QList<double> values = byCriterion.value(c.id).values();
        std::sort(values.begin(), values.end());
        cr.count = int(values.size());
        if (!values.isEmpty()) {
            cr.low = values.first();
            cr.high = values.last();
            cr.spread = round2(cr.high - cr.low);
            // Trimmed mean with 5 or more scores: one highest and one lowest dropped.
            QList<double> kept = values;
            if (kept.size() >= 5)
                kept = kept.mid(1, kept.size() - 2);
            double sum = 0;
            for (double v : kept)
                sum += v;
            cr.score = round2(sum / double(kept.size()));
            cr.flagged = cr.spread > c.spreadThreshold + 1e-9;
            cr.contribution = c.maxPoints > 0 ? cr.score / c.maxPoints * c.weight : 0;
            total += cr.contribution;
            cr.contribution = round2(cr.contribution);
            if (c.veto && cr.score < c.maxPoints / 2.0) {
                cr.vetoed = true;
                r.veto = true;
            }
        }
        r.criteria << cr;
    }
    r.total = round2(total);
    r.recommended = r.complete && !r.veto && r.total + 1e-9 >= r.passLine;
    return r;
}

} // namespace jd
