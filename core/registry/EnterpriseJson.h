#pragma once
// JSON form of an enterprise, as `enterprise show` prints it and `enterprise import`
// reads it (CLI.md). Also the before/after values recorded in the audit trail.

#include "core/common/Error.h"
#include "core/registry/Enterprise.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jd::enterprise_json {

QJsonObject toJson(const Enterprise& e);
QJsonObject summaryToJson(const EnterpriseSummary& s);
// Reads every known key; type errors are reported in `errors` with `row` set.
Enterprise fromJson(const QJsonObject& o, int row, QList<FieldError>* errors);

} // namespace jd::enterprise_json
