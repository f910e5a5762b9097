#pragma once

#include "domain/Report.h"

namespace ledgerlens {

// Older filings print the group's and the parent company's statement side by
// side: "The Group | The Company", each over its own years (本集團 | 本公司).
// The comparison is of groups, so the statement keeps the group's columns and
// the company-only rows (interests in subsidiaries) go with the company's.
namespace EntityColumns {

enum class Entity { None, Group, Company };

// Which entity a column-group header names, if it names one.
Entity entityOf(const QString &segment);

// Drops the company's columns when every column is headed by the group or the
// company and both are there; rows left without a figure go too (headings
// stay). Returns whether anything was dropped.
bool keepGroup(Table &table);

} // namespace EntityColumns
} // namespace ledgerlens
