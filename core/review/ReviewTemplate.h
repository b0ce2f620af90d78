#pragma once
// ReviewTemplate: the versioned criteria an expert panel scores a filing on (DESIGN §3).
// A tree: groups (the conditions of notice §五 and the materials of 附件3) hold scored
// criteria (leaves). Each leaf has a maximum, a weight (the leaves' weights sum to 100),
// guidance for the expert, a spread threshold (max − min across experts above it is
// flagged) and may be a veto item (否决项). A filing keeps the version it was scored with.

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jd {

struct Criterion
{
    QString id;       // stable key within a version, e.g. "c1.2"; what score files name
    QString parentId; // empty at the top level
    QString name;
    QString guidance;
    double maxPoints = 0;       // leaves only
    double weight = 0;          // leaves only; points out of 100 the criterion carries
    bool veto = false;          // vetoes the filing when the panel's score is below half of max
    double spreadThreshold = 0; // flag when the experts' max − min exceeds it
};

struct ReviewTemplate
{
    int version = 0;
    QString name;
    double passLine = 70;
    QString note;
    QDateTime createdAt;
    QString createdBy;
    QList<Criterion> criteria; // display order; a parent comes before its children

    bool isGroup(const QString& id) const; // has children
    QList<Criterion> leaves() const;       // the scored criteria, in order
    QList<Criterion> groups() const;
    const Criterion* find(const QString& id) const;
    double weightSum() const;
};

// Ids unique and non-empty, parents exist and come first, leaves with max > 0 and
// weight ≥ 0 summing to 100, groups without points, pass line in 0..100. Invalid with
// one field error per problem otherwise.
Status validateTemplate(const ReviewTemplate& t);

// Version 1: the six conditions of notice §五 and the seven materials of 附件3.
ReviewTemplate defaultReviewTemplate();

QJsonObject templateToJson(const ReviewTemplate& t);
Result<ReviewTemplate> templateFromJson(const QJsonObject& o);

} // namespace jd
