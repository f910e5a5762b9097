#pragma once

#include "Correction.h"

#include <QJsonObject>
#include <optional>

namespace ledgerlens::CorrectionJson {

// One correction as the workspace stores it (entry id is not saved: the
// correction sits inside its report's object).
QJsonObject toJson(const Correction &c);
// nullopt (and *error set) when a field is missing or malformed.
std::optional<Correction> fromJson(const QJsonObject &json, QString *error);

} // namespace ledgerlens::CorrectionJson
