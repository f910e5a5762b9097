#include "RevenueMixRecogniser.h"

#include "SegmentBlocks.h"
#include "TableReader.h"
#include "taxonomy/Taxonomy.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace ledgerlens {

namespace {

// Revenue in currency units (value * unit), from the income statement.
std::optional<double> reportedRevenue(const Table &pl)
{
    static const QRegularExpression re(QStringLiteral("^(revenue|turnover|營業額|收入|收益|total revenue|revenues)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const LineItem &it : pl.items) {
        if (it.cells.isEmpty() || !it.cells.front().value)
            continue;
        if (re.match(it.label.trimmed()).hasMatch()
            || Taxonomy::builtin().canonicalFor(TableKind::ProfitOrLoss, it.label) == QLatin1String("revenue"))
            return it.cells.front().value->toDouble() * double(qMax<qint64>(1, pl.unit));
    }
    return std::nullopt;
}

bool matches(double printed, double unit, double revenue)
{
    return std::abs(printed * unit - revenue) <= 0.51 * unit * (unit >= 1e6 ? 0.1 : 1) + 1e-6
        || (unit >= 1e6 && std::abs(printed * unit - revenue) <= 0.051 * unit);
}

// The ways the revenue can be printed: in units, thousands or millions, with
// grouping ("369,696", "2,358.2"). A page without any of them is skipped.
QStringList printedForms(double revenue)
{
    QStringList forms;
    const QLocale c(QLocale::English);
    for (double unit : {1.0, 1000.0, 1e6}) {
        const double v = revenue / unit;
        if (v < 10)
            continue;
        forms << c.toString(std::floor(v), 'f', 0) << c.toString(std::ceil(v), 'f', 0)
              << c.toString(std::round(v), 'f', 0);
    }
    forms.removeDuplicates();
    return forms;
}

bool mayHoldRevenue(const PageText &page, const QStringList &forms)
{
    for (const TextLine &l : page.lines)
        for (const QString &f : forms)
            if (l.text.contains(f))
                return true;
    return false;
}

// A total printed with its own words: "收益總額", "總收益", "Total revenue"
// (Chinese totals put 總額/合計 after the noun, which the row kind misses).
bool isTotalLabel(const QString &label)
{
    static const QRegularExpression re(QStringLiteral("^(?:total|合計|總計|小計|總)|(?:總額|總計|合計|小計|總收益|總收入)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(label.simplified()).hasMatch();
}

struct Found { Table table; int score = -1000; };

} // namespace

Table RevenueMixRecogniser::recognise(const Table &pl, const QDate &periodEnd) const
{
    const auto revenue = reportedRevenue(pl);
    if (!revenue || *revenue == 0)
        return {};
    static const QRegularExpression good(QStringLiteral(
        "segment|business|product|service|stream|type|line|category|major|分類|產品|業務|類別|服務"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bad(QStringLiteral("geograph|location|region|market|timing|地區|區域|地理"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QStringList forms = printedForms(std::abs(*revenue));
    Found best;
    for (const PageText &page : m_doc) {
        if (pl.pages.contains(page.page) || !mayHoldRevenue(page, forms))
            continue;
        // Segments as columns, a block per period: the revenue is a row. A
        // breakdown by line of business printed as rows, which segment notes
        // sit beside, reads better and wins; a geographical one does not.
        if (const auto blocks = SegmentBlocks::read(page, *revenue, pl.unit)) {
            const QString context = blocks->title + QLatin1Char(' ') + blocks->items.front().label;
            const int score = -1 - (bad.match(context).hasMatch() ? 3 : 0);
            if (score > best.score)
                best = Found{*blocks, score};
        }
        int start = 0;
        while (start < page.lines.size()) {
            TableHints hints;
            hints.flow = true;
            hints.fallbackDate = periodEnd;
            const int regionStart = start;
            const QVector<TextLine> region = page.lines.mid(start);
            const ReadTable r = TableReader::read(region, hints);
            if (r.firstDataLine < 0)
                break;
            start += qMax(r.endLine, r.firstDataLine + 1);
            if (r.bands.isEmpty())
                continue;
            const double unit = r.unit.isValid() ? double(r.unit.unit) : double(qMax<qint64>(1, pl.unit));
            // The total row and the block of rows above it that adds up to it.
            int blockStart = 0, totals = 0;
            int chosenStart = -1, chosenEnd = -1;
            bool oneLine = false;
            for (int i = 0; i < r.items.size(); ++i) {
                const LineItem &it = r.items[i];
                int hitCol = -1;
                for (int c = 0; c < it.cells.size() && hitCol < 0; ++c)
                    if (it.cells[c].value && matches(it.cells[c].value->toDouble(), unit, *revenue))
                        hitCol = c;
                // By its words, not the row kind: "Net realised gains" is a line of the mix.
                const bool isTotal = it.label.isEmpty() || isTotalLabel(it.label);
                // A one-line breakdown: the only line under "Turnover" is all of it
                // ("Turnover: Sales of pharmaceutical products").
                static const QRegularExpression revenueHeading(QStringLiteral("^(?:turnover|revenue|revenues|營業額|收益|收入)[:：]?$"),
                                                               QRegularExpression::CaseInsensitiveOption);
                // (The heading may be the line above the table's first row.)
                const QString above = i > 0 ? (r.items[i - 1].kind == RowKind::Heading ? r.items[i - 1].label : QString())
                    : regionStart + r.firstDataLine > 0 ? page.lines[regionStart + r.firstDataLine - 1].text : QString();
                if (hitCol >= 0 && !isTotal && chosenStart < 0 && revenueHeading.match(above.simplified()).hasMatch()
                    && (i + 1 == r.items.size() || r.items[i + 1].kind == RowKind::Heading)) {
                    chosenStart = chosenEnd = i;
                    oneLine = true;
                }
                if (hitCol < 0 || !isTotal) {
                    if (isTotal)
                        blockStart = i + 1;
                    continue;
                }
                ++totals;
                Decimal sum;
                int parts = 0;
                for (int k = blockStart; k < i; ++k) {
                    if (r.items[k].kind == RowKind::Heading)
                        continue;
                    ++parts;
                    if (r.items[k].cells[hitCol].value)
                        sum = sum + *r.items[k].cells[hitCol].value;
                }
                if (chosenStart < 0 && parts >= 2
                    && std::abs(sum.toDouble() - it.cells[hitCol].value->toDouble()) <= 0.11 * parts) {
                    chosenStart = blockStart;
                    chosenEnd = i;
                }
                blockStart = i + 1;
            }
            if (chosenStart < 0)
                continue;
            QString context = r.headerTexts.join(QLatin1Char(' '));
            const int firstLine = start - qMax(r.endLine, r.firstDataLine + 1) + r.firstDataLine;
            for (int k = qMax(0, firstLine - 8); k < firstLine; ++k)
                context += QLatin1Char(' ') + page.lines[k].text;
            for (int k = chosenStart; k <= chosenEnd; ++k)
                context += QLatin1Char(' ') + r.items[k].label;
            int score = (r.hasPercentColumn ? 3 : 0) + (good.match(context).hasMatch() ? 2 : 0)
                - (bad.match(context).hasMatch() ? 3 : 0) - (totals - 1) - (oneLine ? 4 : 0);
            if (score <= best.score)
                continue;
            Table t;
            t.kind = TableKind::RevenueMix;
            t.unit = r.unit.isValid() ? r.unit.unit : 0;
            t.currency = r.unit.currency;
            t.columns = r.columns;
            t.items = r.items.mid(chosenStart, chosenEnd - chosenStart + 1);
            if (!oneLine)
                t.items.last().kind = RowKind::Subtotal;
            for (int k = firstLine - 1; k >= 0 && k >= firstLine - 10; --k) {
                const QString s = page.lines[k].text.simplified();
                if (!s.isEmpty() && s.size() < 80 && !TableReader::isHeaderLike(TableReader::split(page.lines[k]))
                    && TableReader::split(page.lines[k]).figures.isEmpty()) {
                    t.title = s;
                    break;
                }
            }
            t.pages = {page.page};
            best = Found{t, score};
        }
    }
    return best.table;
}

} // namespace ledgerlens
