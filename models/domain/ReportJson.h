#pragma once

#include "Report.h"

#include <QJsonObject>

namespace ledgerlens {

// The extraction JSON contract (docs: shared extraction-json.md), plus a few
// extra fields (row kind, column segment, check figures, warnings) so the app
// can rebuild a Report from what the worker process prints.
//
// Optional top-level "candidates" (not in the shared contract; readers may
// ignore it): the runners-up of the statement recogniser, best first per kind,
//   "candidates": [{"kind": "financial_position", "page": 41,
//                   "title": "STATEMENT OF FINANCIAL POSITION OF THE COMPANY", "score": 9}]
// kind is a table key, page 1-based (where the title is printed), score the
// recogniser's (higher is likelier). Absent when there are none.
namespace ReportJson {
QJsonObject toJson(const Report &report);
Report fromJson(const QJsonObject &json);
QJsonObject tableToJson(const Table &table);
Table tableFromJson(TableKind kind, const QJsonObject &json);
} // namespace ReportJson

} // namespace ledgerlens
