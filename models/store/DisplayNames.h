#pragma once

#include <QString>

namespace ledgerlens {

struct ReportEntry;

// Names that come from outside (file names, company names read from a PDF).
// Inside our own sentences they are wrapped in a Unicode first-strong
// isolate, so a right-to-left mark or override in a hostile name (U+202E)
// cannot reverse the text around it (directional controls inside the name
// are dropped); a cell or label of its own needs none.
namespace DisplayNames {

QString isolated(const QString &text);
// The file name of a path, isolated (for sentences).
QString fileName(const QString &path);
// A report's company as extracted, else its file name (plain, for a cell).
QString report(const ReportEntry &entry);

} // namespace DisplayNames
} // namespace ledgerlens
