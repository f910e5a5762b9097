#pragma once

#include "Report.h"

#include <QJsonObject>

namespace ledgerlens {

// The extraction JSON contract (docs: shared extraction-json.md), plus a few
// extra fields (row kind, column segment, check figures, warnings) so the app
// can rebuild a Report from what the worker process prints.
namespace ReportJson {
QJsonObject toJson(const Report &report);
Report fromJson(const QJsonObject &json);
QJsonObject tableToJson(const Table &table);
Table tableFromJson(TableKind kind, const QJsonObject &json);
} // namespace ReportJson

} // namespace ledgerlens
