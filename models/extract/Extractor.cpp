#include "Extractor.h"

#include "AgeingRecogniser.h"
#include "PageReader.h"
#include "PerShareFigures.h"
#include "ReportMetadata.h"
#include "RevenueMixRecogniser.h"
#include "RevenueNote.h"
#include "StatementRecogniser.h"
#include "document/PdfDocument.h"
#include "document/StreamAudit.h"
#include "taxonomy/RowKeyer.h"
#include "taxonomy/Taxonomy.h"

#include "checks/ArithmeticChecks.h"

#include <QHash>
#include <future>

namespace ledgerlens {

namespace {

ExtractionError errorOf(PdfOpenStatus s)
{
    switch (s) {
    case PdfOpenStatus::Ok: return ExtractionError::None;
    case PdfOpenStatus::NotFound: return ExtractionError::NotFound;
    case PdfOpenStatus::NotAFile: return ExtractionError::NotAFile;
    case PdfOpenStatus::BadFileName: return ExtractionError::BadFileName;
    case PdfOpenStatus::EmptyFile: return ExtractionError::EmptyFile;
    case PdfOpenStatus::NotPdf: return ExtractionError::NotPdf;
    case PdfOpenStatus::Truncated: return ExtractionError::Truncated;
    case PdfOpenStatus::Damaged: return ExtractionError::Damaged;
    case PdfOpenStatus::NoPages: return ExtractionError::NoPages;
    case PdfOpenStatus::Encrypted: return ExtractionError::Encrypted;
    case PdfOpenStatus::WrongPassword: return ExtractionError::WrongPassword;
    }
    return ExtractionError::Damaged;
}

// No side of a printed report page comes near this (A0 is 47 in): a page
// beyond it is a drawing, a mistake or an attack, not a filing's page.
constexpr double kMaxPageSide = 100 * 72.0;

// Pages poppler could not find (the page tree loops or points nowhere).
ErrorArgs missingPages(const DocumentText &doc)
{
    ErrorArgs a;
    for (const PageText &p : doc)
        if (!p.found && a.count++ == 0)
            a.page = p.page;
    return a;
}

ErrorArgs oversizedPages(const DocumentText &doc)
{
    ErrorArgs a;
    for (const PageText &p : doc) {
        if (qMax(p.size.width(), p.size.height()) <= kMaxPageSide)
            continue;
        if (a.count++ == 0) {
            a.page = p.page;
            a.pageSize = p.size;
        }
    }
    return a;
}

// Too few words to read: say why when the file itself explains it, before
// falling back to "no text layer" (which sends the analyst to OCR).
ExtractionError whyNoText(const QString &path, const DocumentText &doc, ErrorArgs *args)
{
    if (const ErrorArgs missing = missingPages(doc); missing.count > 0) {
        *args = missing;
        return ExtractionError::DamagedPageTree;
    }
    if (const ErrorArgs huge = oversizedPages(doc); huge.count > 0) {
        *args = huge;
        return ExtractionError::PageTooLarge;
    }
    if (const StreamAudit::Finding bomb = StreamAudit::findBomb(path); bomb.bomb) {
        args->bytes = bomb.decodedBytes;
        return ExtractionError::StreamTooLarge;
    }
    return ExtractionError::NoTextLayer;
}

// The report's currency: the one most tables print.
QString dominantCurrency(const Report &r)
{
    QHash<QString, int> votes;
    for (const Table &t : r.tables)
        if (!t.currency.isEmpty())
            votes[t.currency] += isPrimaryStatement(t.kind) ? 3 : 1;
    QString best;
    int n = 0;
    for (auto it = votes.begin(); it != votes.end(); ++it)
        if (it.value() > n) {
            n = it.value();
            best = it.key();
        }
    return best;
}

} // namespace

ExtractionResult Extractor::extract(const QString &path, const ExtractionOptions &options, const Progress &progress)
{
    ExtractionResult result;
    Report &report = result.report;
    report.path = path;
    auto fail = [&](ExtractionError error, const ErrorArgs &args = {}) {
        result.error = error;
        result.args = args;
        result.message = ExtractionErrors::englishMessage(error, args, path);
        return result;
    };
    PdfOpenStatus status;
    int pageCount = 0;
    {
        auto pdf = PdfDocument::open(path, options.password, &status);
        if (!pdf)
            return fail(errorOf(status));
        pageCount = pdf->pageCount();
    }
    report.pageCount = pageCount;
    bool cancelled = false, repaired = false;
    // The taxonomy (folded once per process) loads while the pages are read;
    // the recognisers need it only after. The future joins on return.
    auto taxonomy = std::async(std::launch::async, [] { Taxonomy::builtin(); });
    const DocumentText doc =
        PageReader::read(path, options.password, pageCount, options.threads, progress, &cancelled, &repaired);
    if (cancelled)
        return fail(ExtractionError::Cancelled);
    int words = 0;
    for (const PageText &p : doc)
        words += p.wordCount;
    if (words < 3 * pageCount) {
        ErrorArgs args;
        const ExtractionError why = whyNoText(path, doc, &args);
        return fail(why, args);
    }

    recognise(doc, &report, options.regions, &result.regionIssues);
    // Said first: every other warning may be a consequence.
    if (const ErrorArgs missing = missingPages(doc); missing.count > 0)
        report.warnings.prepend(QStringLiteral("%1 of %2 pages could not be found (the PDF's page tree is damaged), "
                                               "from page %3").arg(missing.count).arg(pageCount).arg(missing.page));
    if (repaired)
        report.warnings.prepend(QStringLiteral("the PDF's cross-reference table was damaged and has been repaired; "
                                               "some pages may be missing"));
    return result;
}

void Extractor::recognise(const DocumentText &doc, Report *report, const QVector<TableRegion> &regions,
                          QVector<RegionIssue> *issues)
{
    report->tables = StatementRecogniser(doc).recognise(QDate(), &report->warnings, &report->candidates);
    ReportMetadata::fill(*report, doc);
    // The period the report is about: the first column of its main statements.
    for (TableKind k : {TableKind::ProfitOrLoss, TableKind::FinancialPosition, TableKind::CashFlows}) {
        const Table *t = report->table(k);
        if (t && !t->columns.isEmpty() && t->columns.front().periodEnd.isValid()) {
            report->periodEnd = t->columns.front().periodEnd;
            break;
        }
    }
    const Table *pl = report->table(TableKind::ProfitOrLoss);
    Table mix = RevenueMixRecogniser(doc).recognise(pl ? *pl : Table(), report->periodEnd);
    // No income statement to anchor it (a note page on its own): the note
    // headed "Turnover" / "Revenue" whose rows add up to their total.
    if (mix.isEmpty() && !pl)
        mix = RevenueNote::find(doc, report->periodEnd);
    // A revenue breakdown covers the statement's periods: the statement's
    // column for the same date says how long the period is, where a note's
    // shorter header (a bare "2024") leaves it unclear.
    if (pl) {
        for (Column &c : mix.columns)
            for (const Column &pc : pl->columns)
                if (c.periodEnd.isValid() && pc.periodEnd == c.periodEnd && pc.months > 0)
                    c.months = pc.months;
    }
    if (!mix.isEmpty())
        report->tables.insert(TableKind::RevenueMix, mix);
    const AgeingRecogniser ageing(doc);
    for (TableKind k : {TableKind::ReceivablesAgeing, TableKind::PayablesAgeing}) {
        const Table t = ageing.recognise(k, report->periodEnd);
        if (!t.isEmpty())
            report->tables.insert(k, t);
    }
    // The analyst's word beats the recogniser's: each region read replaces
    // its kind's table before the units, keys and checks below.
    for (const TableRegion &region : regions) {
        RegionRead read = RegionReader::read(doc, region, report->periodEnd);
        if (read.ok()) {
            report->tables.insert(region.kind, read.table);
        } else if (issues) {
            issues->append({region, read.problem, read.page, RegionReader::englishMessage(read, region)});
        }
    }
    // A filing (or a page of one) without statements: the period its notes' tables are dated with.
    for (const Table &t : report->tables)
        if (!report->periodEnd.isValid() && !t.columns.isEmpty() && t.columns.front().periodEnd.isValid())
            report->periodEnd = t.columns.front().periodEnd;
    report->currency = dominantCurrency(*report);
    // Tables printing no unit of their own use the statements' unit.
    qint64 statementUnit = 0;
    for (const Table &t : report->tables)
        if (isPrimaryStatement(t.kind) && t.unit > 0 && statementUnit == 0)
            statementUnit = t.unit;
    for (Table &t : report->tables) {
        if (t.unit <= 0)
            t.unit = statementUnit > 0 ? statementUnit : 1;
        if (t.currency.isEmpty())
            t.currency = report->currency;
        RowKeyer().assign(t);
        if (t.kind == TableKind::ProfitOrLoss || t.kind == TableKind::ComprehensiveIncome)
            PerShareFigures::assignUnits(t);
    }
    report->checks = ArithmeticChecks::run(*report);
    bool any = false;
    for (const Table &t : report->tables)
        any = any || !t.isEmpty();
    if (!any)
        report->warnings.append(QStringLiteral("no financial statements were recognised in this PDF"));
    for (TableKind k : {TableKind::ProfitOrLoss, TableKind::FinancialPosition})
        if (any && !report->table(k))
            report->warnings.append(QStringLiteral("no %1 table was recognised").arg(tableKey(k)));
    // Every column gets its period from the printed header; say where one could not.
    for (const Table &t : report->tables) {
        int undated = 0;
        for (const Column &c : t.columns)
            undated += !c.periodEnd.isValid();
        if (undated > 0)
            report->warnings.append(QStringLiteral("%1: %2 of %3 columns have no period in their header (page %4)")
                                        .arg(tableKey(t.kind)).arg(undated).arg(t.columns.size())
                                        .arg(t.pages.isEmpty() ? 0 : t.pages.front()));
    }
}

} // namespace ledgerlens
