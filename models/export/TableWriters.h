#pragma once

#include "TableData.h"

namespace ledgerlens {

// Table exports. Numbers stay numbers: CSV writes the exact machine form,
// XLSX writes numeric cells (display unit in the column header), TSV/HTML
// (the clipboard) keep one cell per figure so a paste into Excel keeps the grid.
namespace TableWriters {
bool writeCsv(const TableData &table, const QString &path, QString *error);
bool writeXlsx(const TableData &table, const QString &path, QString *error);
QString toCsv(const TableData &table);
QString toTsv(const TableData &table);
QString toHtml(const TableData &table);
} // namespace TableWriters

} // namespace ledgerlens
