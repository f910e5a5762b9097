#include "RegionReader.h"

#include "Periods.h"
#include "StatementTitles.h"
#include "TableReader.h"

namespace ledgerlens {

namespace {

const PageText *pageOf(const DocumentText &doc, int page)
{
    for (const PageText &p : doc)
        if (p.page == page && p.found)
            return &p;
    return nullptr;
}

// The part of a line inside the box: its chunks whose centre lies in it, so
// a box drawn around the figures and labels of one table leaves a table
// printed beside it out.
std::optional<TextLine> clip(const TextLine &line, const QRectF &box)
{
    if (box.contains(line.box))
        return line;
    TextLine out = line;
    out.chunks.clear();
    out.text.clear();
    out.box = QRectF();
    for (const Chunk &c : line.chunks) {
        if (!box.contains(c.box.center()))
            continue;
        out.text = out.chunks.isEmpty() ? c.text : out.text + QLatin1Char(' ') + c.text;
        out.box = out.chunks.isEmpty() ? c.box : out.box.united(c.box);
        out.chunks.append(c);
    }
    if (out.chunks.isEmpty())
        return std::nullopt;
    return out;
}

bool isBalance(TableKind k)
{
    return k == TableKind::FinancialPosition || k == TableKind::ReceivablesAgeing || k == TableKind::PayablesAgeing;
}

} // namespace

RegionRead RegionReader::read(const DocumentText &doc, const TableRegion &region, const QDate &fallbackDate)
{
    RegionRead out;
    out.pageCount = doc.size();
    for (int p = region.firstPage; p <= region.lastPage; ++p)
        if (!pageOf(doc, p)) {
            out.problem = RegionProblem::NoSuchPage;
            out.page = p;
            return out;
        }
    const PageText &first = *pageOf(doc, region.firstPage);
    out.page = first.page;
    out.pageSize = first.size;
    QVector<TextLine> lines, above;
    if (region.box) {
        const QRectF pageRect(QPointF(0, 0), first.size);
        if (!pageRect.intersects(*region.box)) {
            out.problem = RegionProblem::BoxOutsidePage;
            return out;
        }
        for (const TextLine &l : first.lines) {
            if (const auto part = clip(l, *region.box))
                lines.append(*part);
            else if (l.box.bottom() <= region.box->top())
                above.append(l);
        }
    } else {
        lines = first.lines;
    }
    if (lines.isEmpty()) {
        out.problem = RegionProblem::NothingPrinted;
        return out;
    }
    // The title area: the lines just above the box and the box's first lines
    // name the periods and the unit when the column header does not.
    TableHints hints;
    hints.flow = !isBalance(region.kind);
    QString context;
    for (int i = qMax(0, above.size() - 4); i < above.size(); ++i)
        context += above[i].text + QLatin1Char(' ');
    for (int i = 0; i < qMin(4, lines.size()); ++i)
        context += lines[i].text + QLatin1Char(' ');
    hints.contextText = context;
    hints.months = Periods::findMonths(context);
    hints.contextDate = Periods::findDate(context);
    hints.fallbackDate = fallbackDate;
    ReadTable r = TableReader::read(lines, hints);
    for (int p = region.firstPage + 1; p <= region.lastPage && !r.isEmpty(); ++p)
        TableReader::extend(r, pageOf(doc, p)->lines);
    if (r.isEmpty()) {
        out.problem = RegionProblem::NoFigureRows;
        return out;
    }
    Table &t = out.table;
    t.kind = region.kind;
    t.pages = r.pages;
    t.unit = r.unit.isValid() ? r.unit.unit : 0; // 0: the caller uses the statements' unit
    t.currency = r.unit.currency;
    t.columns = r.columns;
    t.items = r.items;
    // Its title: a statement title above or at the top of the box, else the
    // nearest line above it.
    for (int i = 0; i < qMin(3, lines.size()) && t.title.isEmpty(); ++i)
        if (StatementTitles::classify(lines[i].text).kind != TitleKind::None)
            t.title = lines[i].text.simplified();
    for (int i = above.size() - 1; i >= qMax(0, above.size() - 4) && t.title.isEmpty(); --i)
        if (StatementTitles::classify(above[i].text).kind != TitleKind::None)
            t.title = above[i].text.simplified();
    if (t.title.isEmpty() && !above.isEmpty())
        t.title = above.back().text.simplified();
    return out;
}

QString RegionReader::problemKey(RegionProblem problem)
{
    switch (problem) {
    case RegionProblem::None: return QString();
    case RegionProblem::NoSuchPage: return QStringLiteral("no-such-page");
    case RegionProblem::BoxOutsidePage: return QStringLiteral("box-outside-page");
    case RegionProblem::NothingPrinted: return QStringLiteral("nothing-printed");
    case RegionProblem::NoFigureRows: return QStringLiteral("no-figure-rows");
    }
    return QString();
}

RegionProblem RegionReader::problemFromKey(QStringView key)
{
    for (RegionProblem p : {RegionProblem::NoSuchPage, RegionProblem::BoxOutsidePage, RegionProblem::NothingPrinted,
                            RegionProblem::NoFigureRows})
        if (problemKey(p) == key)
            return p;
    return RegionProblem::None;
}

QString RegionReader::englishMessage(const RegionRead &read, const TableRegion &region)
{
    const QString where = region.toString();
    switch (read.problem) {
    case RegionProblem::None: return QString();
    case RegionProblem::NoSuchPage:
        return QStringLiteral("%1: there is no page %2 (the PDF has %3 pages)").arg(where).arg(read.page).arg(read.pageCount);
    case RegionProblem::BoxOutsidePage:
        return QStringLiteral("%1: the box lies outside page %2, which is %3 x %4 points")
            .arg(where).arg(read.page).arg(qRound(read.pageSize.width())).arg(qRound(read.pageSize.height()));
    case RegionProblem::NothingPrinted:
        return QStringLiteral("%1: nothing is printed there on page %2").arg(where).arg(read.page);
    case RegionProblem::NoFigureRows:
        return QStringLiteral("%1: no rows of figures under a column header were found there on page %2")
            .arg(where).arg(read.page);
    }
    return QString();
}

} // namespace ledgerlens
