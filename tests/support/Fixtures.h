#pragma once

// Fixture helpers shared by all tests: typeset quirky filings into a temp dir
// with the sample typesetter (app/samples/typeset), and make broken inputs.
//
//   QTemporaryDir dir;
//   FilingTable t = Fixtures::profitOrLossTable();
//   t.rows[1].label = "Cost of sales and services rendered to related parties";  // wraps
//   auto placed = Fixtures::writeTable(dir.filePath("pl.pdf"), t);
//   // placed.tables[0].cells[row][col] is where each figure landed (page, box)

#include "typeset/FilingDocument.h"
#include "typeset/FilingTypesetter.h"

#include <QString>

namespace Fixtures {

using ledgerlens::typeset::FilingDocument;
using ledgerlens::typeset::FilingTable;
using ledgerlens::typeset::TypesetResult;

// One table on its own under a company header; fails the test run loudly
// (qFatal) if the PDF cannot be written, since every later assertion would lie.
TypesetResult writeTable(const QString &pdfPath, const FilingTable &table,
                         const QString &company = QStringLiteral("Fixture Holdings Limited"));
TypesetResult writeDocument(const QString &pdfPath, const FilingDocument &document);

// A consistent interim profit-or-loss table (RMB'000, six months 2024 vs 2023,
// Notes column, span header, subtotal and total rules, a heading, an
// unlabelled subtotal, an EPS row with decimals and a nil figure).
FilingTable profitOrLossTable();
// A balance sheet with `extraRows` more asset lines, enough of them to run
// onto a second page with "(continued)".
FilingTable financialPositionTable(int extraRows = 0);

// A cash flow statement under a heading no statement title reads like
// (six months 2024 vs 2023, RMB'000): the recogniser misses it.
FilingTable untitledCashFlowsTable();
// Three pages: a profit-or-loss table, then untitledCashFlowsTable() on page 2
// between two sentences, then a page of prose. *block is the cash flow
// table's block (result.forBlock(*block) says where its figures landed).
TypesetResult writeMissedCashFlows(const QString &pdfPath, int *block = nullptr);
// Two pages: the group's statement of financial position, then the parent
// company's own (three lines about subsidiaries and cash) under the same title:
// the recogniser keeps the group's and names the company's as a runner-up.
TypesetResult writeGroupAndCompanyBalanceSheets(const QString &pdfPath);
// The paragraph of prose (with a few numbers) that fills page 3.
QString noiseParagraph();

// A PDF whose pages are only a picture of a statement: no text layer (a scan).
bool writeImageOnlyPdf(const QString &pdfPath, int pages = 1);
// The first `fraction` (0..1) of src's bytes: a download cut short.
bool truncatedCopy(const QString &src, const QString &dst, double fraction);
// A file named like a PDF that is plain text.
bool notAPdf(const QString &path);
// A file of zero bytes.
bool emptyFile(const QString &path);

#ifdef LEDGERLENS_SAMPLES_DIR
// A bundled sample generated at build time: samplePdf("cloud-factory-2024-interim").
inline QString samplePdf(const QString &name)
{
    return QStringLiteral(LEDGERLENS_SAMPLES_DIR "/") + name + QStringLiteral(".pdf");
}
inline QString sampleExpected(const QString &name)
{
    return QStringLiteral(LEDGERLENS_SAMPLES_DIR "/") + name + QStringLiteral(".expected.json");
}
#endif

} // namespace Fixtures
