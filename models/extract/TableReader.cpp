#include "TableReader.h"

#include "Periods.h"
#include "BilingualLabel.h"
#include "ColumnDates.h"
#include "PerShareFigures.h"
#include "TableStages.h"
#include "RowAssembler.h"

#include <QRegularExpression>
#include <algorithm>

namespace ledgerlens {

using namespace TableStages;

LineParts TableReader::split(const TextLine &line)
{
    LineParts p;
    int cut = line.chunks.size();
    for (int i = line.chunks.size() - 1; i >= 0; --i) {
        const Chunk &c = line.chunks[i];
        QVector<FigureToken> toks;
        bool all = true;
        for (const PdfWord &w : c.words) {
            auto f = Figures::parse(w.text);
            if (!f) {
                all = false;
                break;
            }
            toks.append(FigureToken{w.text, w.box, f, {}});
        }
        // A per-share figure with its own unit ("HK4.97 cents", "25.0 HK cents",
        // "港幣(14.92)仙"): the whole cell is right-aligned in its column.
        if (!all) {
            if (const auto ps = PerShareFigures::parse(c.text)) {
                toks = {FigureToken{c.text, c.box, ps->figure, ps->unit}};
                all = true;
            }
        }
        // Two adjacent words like "( 1,234)" or "1, 234" glued back.
        if (!all) {
            auto f = Figures::parse(QString(c.text).remove(QLatin1Char(' ')));
            if (f) {
                toks = {FigureToken{c.text, c.box, f, {}}};
                all = true;
            }
        }
        if (!all && !p.figures.isEmpty() && Figures::looksLikeNote(c.text)) {
            toks = {FigureToken{c.text, c.box, std::nullopt, {}}};
            all = true;
        }
        if (!all)
            break;
        for (int k = toks.size() - 1; k >= 0; --k)
            p.figures.prepend(toks[k]);
        cut = i;
    }
    for (int i = 0; i < cut; ++i) {
        p.labelWords += line.chunks[i].words;
        p.label = Layout::joinText(p.label, line.chunks[i].text);
        p.labelBox = p.labelBox.isNull() ? line.chunks[i].box : p.labelBox.united(line.chunks[i].box);
    }
    return p;
}

static bool isHeaderWord(const QString &label)
{
    static const QRegularExpression re(QStringLiteral(
        "^(as at|於|as of|\\(?unaudited\\)?|\\(?audited\\)?|year|years|six months ended.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(label.trimmed()).hasMatch() || TableStages::isNotesHeader(label) || Units::find(label).isValid();
}

bool TableReader::isHeaderLike(const LineParts &p)
{
    if (!p.label.isEmpty() && isHeaderWord(p.label))
        return true;
    if (p.figures.isEmpty())
        return false;
    for (const FigureToken &t : p.figures)
        if (!Figures::looksLikeYear(t.text))
            return false;
    return p.label.isEmpty() || Periods::findDate(p.label + QLatin1Char(' ') + p.figures.front().text).isValid()
        || Periods::findMonths(p.label) > 0;
}

bool TableReader::isDataLine(const LineParts &p)
{
    if (p.figures.isEmpty() || isHeaderLike(p))
        return false;
    for (const FigureToken &t : p.figures)
        if (t.figure)
            return true;
    return false;
}

bool TableReader::isStopMarker(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(the (above|accompanying)\\b|notes to the|附註為|隨附|上述|以上)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(QStringLiteral("^\\d{1,2}\\.?\\s+[A-Z][A-Z ,&'()-]{6,}$"));
    // "4. Revenue and segment information", "4.收益及分部資料": a note number
    // with its point, then words and no figures (a statement row with a
    // numbered label prints its figures on the line).
    static const QRegularExpression numberedWords(QStringLiteral("^\\d{1,2}\\.\\s*(?:[A-Z][a-z]|\\p{Han}{2})[^\\d]{3,}$"));
    // The notes' running title in Chinese: 財務報表附註, 簡明綜合財務報表附註 (續).
    static const QRegularExpression notesTitle(QStringLiteral(
        "^\\D{0,16}(?:財務|财务)(?:報表|报表|資料|资料)(?:附註|附注)\\s*(?:[（(](?:續|续)[)）])?$"));
    return re.match(text).hasMatch() || numbered.match(text).hasMatch() || numberedWords.match(text).hasMatch()
        || notesTitle.match(text).hasMatch();
}

ReadTable TableReader::read(const QVector<TextLine> &lines, const TableHints &hints)
{
    ReadTable out;
    QVector<LineParts> parts;
    parts.reserve(lines.size());
    for (const TextLine &l : lines)
        parts.append(split(l));
    int f = -1;
    for (int i = 0; i < lines.size() && f < 0; ++i)
        if (isDataLine(parts[i]))
            f = i;
    if (f < 0)
        return out;
    out.firstDataLine = f;

    // The table body ends at a marker, a prose line running into the figure
    // columns, or a wide vertical gap.
    // Where the figure columns begin. Note references ("5", "12(a)") sit in
    // a Notes column between the labels and the figures, and a long label may
    // run past it: they set the edge only when the table has no other figures.
    double figureLeft = 1e9, noteLeft = 1e9;
    int end = f, lastData = f + 1;
    QVector<FigureToken> tokens;
    for (int i = f; i < lines.size(); ++i) {
        const TextLine &l = lines[i];
        if (i > f) {
            const double gap = l.box.top() - lines[i - 1].box.bottom();
            if (l.page != lines[i - 1].page || gap > 6 * qMax(6.0, l.fontSize))
                break;
            if (isStopMarker(l.text)) {
                out.endedByMarker = true;
                break;
            }
            // A row of years under figures heads the next table (a segment
            // note's assets below its revenue); the lines since the last
            // figure row are that table's header.
            if (parts[i].figures.size() >= 2 && isHeaderLike(parts[i])
                && std::all_of(parts[i].figures.cbegin(), parts[i].figures.cend(),
                               [](const FigureToken &t) { return Figures::looksLikeYear(t.text); })) {
                end = lastData;
                break;
            }
        }
        if (isDataLine(parts[i])) {
            lastData = i + 1;
            for (const FigureToken &t : parts[i].figures)
                if (t.figure && t.box.left() > parts[i].labelBox.right()) {
                    tokens.append(t);
                    if (Figures::looksLikeNote(t.text))
                        noteLeft = qMin(noteLeft, t.box.left());
                    else
                        figureLeft = qMin(figureLeft, t.box.left());
                }
        } else if (isProse(l, figureLeft < 1e9 ? figureLeft : noteLeft)) {
            break;
        }
        end = i + 1;
    }
    out.endLine = end;

    // Columns: right edges of figures; the Notes column sits under "Notes".
    QVector<Band> clusters = clusterBands(tokens);
    int maxCount = 0;
    for (const Band &b : clusters)
        maxCount = qMax(maxCount, b.count);
    QVector<const Chunk *> headerChunks;
    const int headerStart = qMax(0, f - 8);
    for (int i = headerStart; i < f; ++i) {
        if (isProse(lines[i], figureLeft < 1e9 ? figureLeft : noteLeft) && !isHeaderLike(parts[i]))
            headerChunks.clear(); // prose above the header: only what follows belongs to it
        else
            for (const Chunk &c : lines[i].chunks)
                headerChunks.append(&c);
    }
    // The Notes column sits under "Notes": the band nearest under it, within
    // a few ems (a stray page number or a short label does not qualify).
    for (const Chunk *c : headerChunks) {
        if (!TableStages::isNotesHeader(c->text))
            continue;
        const double em = qMax(6.0, c->box.height());
        int nearest = -1;
        double best = 3 * em;
        for (int i = 0; i < clusters.size(); ++i) {
            const Band &b = clusters[i];
            const double d = qAbs(c->box.center().x() - (b.left + b.right) / 2);
            if (d < best && b.noteLike) {
                best = d;
                nearest = i;
            }
        }
        if (nearest >= 0) {
            out.notes = clusters[nearest];
            clusters.remove(nearest);
        }
    }
    for (const Band &b : clusters)
        if (b.count >= qMax(2, int(0.2 * maxCount)) || (maxCount == 1 && b.count == 1))
            out.bands.append(b);
    // A continuation page without a "Notes" header: the note references form
    // an extra band of small numbers left of the known figure columns.
    if (hints.expectColumns > 0 && !out.notes && out.bands.size() == hints.expectColumns + 1 && out.bands.front().noteLike) {
        out.notes = out.bands.front();
        out.bands.removeFirst();
    }
    if (out.bands.isEmpty())
        return out;

    // Header cells above each column. A cell set so close to its neighbour
    // that the two read as one ("六月三十日十二月三十一日" over two columns)
    // is cut between the columns it spans.
    QVector<Chunk> cellStore;
    for (const Chunk *c : headerChunks)
        cellStore += splitAcrossBands(*c, out.bands);
    headerChunks.clear();
    for (const Chunk &c : cellStore)
        headerChunks.append(&c);
    QVector<QStringList> own(out.bands.size());
    struct Spanning { QString text; double x; };
    QVector<Spanning> spanning;
    for (const Chunk *c : headerChunks) {
        if (c->box.right() < out.bands.front().left - 30)
            continue;
        const double cx = c->box.center().x();
        // A header set flush right with its figures belongs to that column,
        // however far left it reaches ("As at 31 December" over "2024").
        int aligned = -1;
        for (int i = 0; i < out.bands.size(); ++i)
            if (qAbs(c->box.right() - out.bands[i].right) < 0.6 * qMax(6.0, c->box.height()))
                aligned = i;
        int hit = aligned;
        for (int i = 0; i < out.bands.size() && aligned < 0; ++i)
            if (cx >= out.bands[i].left - 12 && cx <= out.bands[i].right + 12)
                hit = i;
        if (hit < 0) {
            double best = 45;
            for (int i = 0; i < out.bands.size(); ++i) {
                const double d = qAbs(cx - (out.bands[i].left + out.bands[i].right) / 2);
                if (d < best && c->box.width() < 1.6 * (out.bands[i].right - out.bands[i].left + 20)) {
                    best = d;
                    hit = i;
                }
            }
        }
        out.headerTexts.append(c->text);
        // A group header centred in the gap between two columns names both
        // ("Product segment" over its 2021 and 2020 columns).
        int between = -1;
        for (int i = 0; i + 1 < out.bands.size() && aligned < 0; ++i)
            if (cx > out.bands[i].right + 2 && cx < out.bands[i + 1].left - 2 && c->box.width() > 0.5 * (out.bands[i + 1].left - out.bands[i].right))
                between = i;
        int spanFirst = -1, spanLast = -1;
        if (aligned < 0 && spannedColumns(c->box, out.bands, &spanFirst, &spanLast)) {
            for (int i = spanFirst; i <= spanLast; ++i)
                own[i].append(c->text);
        } else if (between >= 0) {
            own[between].append(c->text);
            own[between + 1].append(c->text);
        } else if (hit >= 0) {
            own[hit].append(c->text);
        } else {
            spanning.append(Spanning{c->text, cx});
        }
    }

    // Unit: over the columns, else anywhere in the header or title area.
    QString allHeader = hints.contextText + QLatin1Char(' ') + out.headerTexts.join(QLatin1Char(' '));
    for (int i = headerStart; i < f; ++i)
        allHeader += QLatin1Char(' ') + lines[i].text;
    out.unit = Units::find(allHeader);

    QVector<int> keep;
    for (int i = 0; i < out.bands.size(); ++i) {
        const QString text = own[i].join(QLatin1Char(' '));
        if (text.contains(QLatin1Char('%'))) {
            out.hasPercentColumn = true;
            continue;
        }
        keep.append(i);
        Column col;
        // The header cell nearest over the column that prints a period: a
        // spanning one, or a group's year centred over some of its columns
        // ("二零二五年" over four segment columns of that year).
        QString spanText;
        if (!Periods::findDate(text).isValid() && Periods::findYear(text) == 0) {
            double best = 1e9;
            const double cx = (out.bands[i].left + out.bands[i].right) / 2;
            for (const Chunk *c : headerChunks) {
                if (Periods::findYear(c->text) == 0 && !Periods::findDate(c->text).isValid())
                    continue;
                if (qAbs(c->box.center().x() - cx) < best) {
                    best = qAbs(c->box.center().x() - cx);
                    spanText = c->text;
                }
            }
        }
        QString monthDaySpan = spanText;
        for (const Spanning &s : spanning)
            if (monthDaySpan.isEmpty() && Periods::findMonthDay(s.text).first > 0)
                monthDaySpan = s.text;
        const QDate date = ColumnDates::date(text, monthDaySpan, hints);
        col.periodEnd = date;
        if (hints.flow) {
            int m = Periods::findMonths(text + QLatin1Char(' ') + spanText);
            col.months = m > 0 ? m : (hints.months > 0 ? hints.months : 12);
        }
        col.audited = Periods::findAudited(text);
        QStringList seg;
        for (const QString &t : own[i]) {
            static const QRegularExpression periodWords(QStringLiteral(
                "\\b(ended|as at|as of|at|year|years|months?|january|february|march|april|may|june|july|august|september|"
                "october|november|december)\\b|截至|止|於|年度"), QRegularExpression::CaseInsensitiveOption);
            if (Units::find(t).isValid() || Units::findWholeCurrency(t).isValid() || Periods::findAudited(t) || Periods::findYear(t)
                || Periods::findDate(t).isValid()
                || isHeaderWord(t) || periodWords.match(t).hasMatch())
                continue;
            seg.append(t);
        }
        col.segment = Layout::joinText(QString(), seg.join(QLatin1Char(' '))).simplified();
        QStringList labelParts;
        for (const QString &t : own[i])
            if (!Units::find(t).isValid() && !Units::findWholeCurrency(t).isValid() && !Periods::findAudited(t))
                labelParts.append(t);
        if (!spanText.isEmpty())
            labelParts.append(spanText);
        col.label = labelParts.join(QLatin1Char(' ')).simplified();
        if (!out.unit.isValid())
            out.unit = Units::find(text);
        for (const QString &cell : own[i])
            if (!out.unit.isValid())
                out.unit = Units::findWholeCurrency(cell);
        out.columns.append(col);
    }
    QVector<Band> kept;
    for (int i : keep)
        kept.append(out.bands[i]);
    out.bands = kept;
    if (out.bands.isEmpty())
        return out;

    // The first figure row's label may start on the lines above it.
    const double labelsEnd = out.notes ? out.notes->left : out.bands.front().left;
    const int first = labelLinesAbove(lines, parts, f, labelsEnd);
    QVector<BilingualLabel> labels;
    for (int i = first; i < end; ++i)
        labels.append(BilingualLabels::split(parts[i].labelWords));
    RowAssembler rows(out.bands, out.notes);
    rows.setLabelColumns(labelColumns(labels, labelsEnd));
    for (int i = first; i < end; ++i)
        rows.addLine(lines[i], parts[i], labels[i - first]);
    out.items = rows.items();
    out.dataRows = rows.dataRows();
    for (int i = f; i < end; ++i)
        if (!out.pages.contains(lines[i].page))
            out.pages.append(lines[i].page);
    return out;
}

void TableReader::extend(ReadTable &table, const QVector<TextLine> &lines)
{
    // Pages of a book alternate margins: read the continuation's own columns.
    TableHints hints;
    hints.expectColumns = table.columns.size();
    const ReadTable next = read(lines, hints);
    if (next.isEmpty() || next.bands.size() != table.bands.size())
        return;
    // Share-of-total % columns belong to a note's analysis (a revenue mix on
    // the next page), never to a statement carried over from this one.
    if (next.hasPercentColumn && !table.hasPercentColumn)
        return;
    table.items += next.items;
    table.dataRows += next.dataRows;
    table.endedByMarker = next.endedByMarker;
    for (int p : next.pages)
        if (!table.pages.contains(p))
            table.pages.append(p);
}

} // namespace ledgerlens
