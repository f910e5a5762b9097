#pragma once

#include "FilingDocument.h"

#include <QJsonObject>
#include <QString>

namespace ledgerlens::typeset {

// Loads a FilingDocument from a JSON sample spec (resources/samples/*.json).
//
//   { "running_header": "...", "chinese": false,
//     "report": {"company", "stock_code", "kind", "period_end", "currency"},
//     "layouts": {"six_months": {"spans": [{"first":0,"last":1,"lines":[..]}],
//                                "columns": [{"header":["2024","RMB'000"], "label":"2024",
//                                             "period_end":"2024-06-30", "months":6,
//                                             "audited":false, "period":true}]}},
//     "blocks": [ {"title": ".."}, {"heading": ".."}, {"paragraph": ".."}, {"page_break": true},
//                 {"table": {"key": "profit_or_loss", "title": "..", "title_lines": [..],
//                            "unit": 1000, "currency": "RMB", "notes": true,
//                            "label_width": 220, "figure_width": 70,   (points, optional)
//                            "layout": "six_months" (or inline "spans"/"columns"),
//                            "rows": [ "HEADING (no figures)",
//                                      ["Label", "123", "-45", null],          // item
//                                      {"label": "..", "note": "5", "values": [..],
//                                       "style": "item|heading|subtotal|total",
//                                       "bold": true, "indent": 1, "space_before": true,
//                                       "canonical": "revenue"} ]}} ] }
//
// Figures are strings in machine form ("-322586", "0.03", "436.0": the digits
// after the point are printed as given); null prints a dash.
namespace FilingSpec {
bool load(const QString &path, FilingDocument *document, QString *error);
bool fromJson(const QJsonObject &spec, FilingDocument *document, QString *error);
} // namespace FilingSpec

} // namespace ledgerlens::typeset
