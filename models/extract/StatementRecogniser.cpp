#include "StatementRecogniser.h"

#include "EntityColumns.h"

#include "Periods.h"
#include "TableReader.h"
#include "taxonomy/Taxonomy.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ledgerlens {

QVector<QPair<int, StatementTitle>> StatementRecogniser::titlesOn(const PageText &page)
{
    QVector<QPair<int, StatementTitle>> out;
    for (int i = 0; i < page.lines.size(); ++i) {
        if (i + 1 < page.lines.size()) {
            // A large title wrapped over two lines (left, right or centre aligned).
            const TextLine &a = page.lines[i], &b = page.lines[i + 1];
            const double slack = 2 * a.fontSize;
            const bool aligned = qAbs(a.box.left() - b.box.left()) < slack || qAbs(a.box.right() - b.box.right()) < slack
                || qAbs(a.box.center().x() - b.box.center().x()) < slack;
            if (qAbs(a.fontSize - b.fontSize) < 1.5 && b.box.top() - a.box.bottom() < a.fontSize && aligned) {
                const StatementTitle joined = StatementTitles::classify(Layout::joinText(a.text, b.text));
                if (joined.kind != TitleKind::None) {
                    out.append({i + 1, joined});
                    ++i;
                    continue;
                }
            }
        }
        const StatementTitle t = StatementTitles::classify(page.lines[i].text);
        if (t.kind != TitleKind::None)
            out.append({i, t});
    }
    return out;
}

StatementRecogniser::StatementRecogniser(const DocumentText &doc) : m_doc(doc)
{
    m_titles.reserve(doc.size());
    for (const PageText &p : doc)
        m_titles.append(titlesOn(p));
}

static Table toTable(const ReadTable &r, TableKind kind, const QString &title)
{
    Table t;
    t.kind = kind;
    t.title = title;
    t.pages = r.pages;
    t.unit = r.unit.isValid() ? r.unit.unit : 0; // 0: the caller decides
    t.currency = r.unit.currency;
    t.columns = r.columns;
    t.items = r.items;
    return t;
}

// The same title over the same first rows on the next page is the next
// entity's statement (a fund series' second sub-fund, the company beside the
// group), not a continuation: a continuation goes on, it does not start over.
static bool startsOver(const ReadTable &read, const QVector<TextLine> &next)
{
    QStringList first, again;
    for (const LineItem &it : read.items)
        if (it.kind != RowKind::Heading && first.size() < 3)
            first.append(it.label.simplified().toLower());
    for (int i = 0; i < next.size() && again.size() < 3; ++i) {
        const LineParts p = TableReader::split(next[i]);
        if (TableReader::isDataLine(p))
            again.append(p.label.simplified().toLower());
    }
    int same = 0;
    for (const QString &a : again)
        same += !a.isEmpty() && first.contains(a);
    // Its first row again, or most of its opening rows.
    return same >= 2 || (!first.isEmpty() && !again.isEmpty() && !first.front().isEmpty() && first.front() == again.front());
}

StatementRecogniser::Candidate StatementRecogniser::read(int pageIndex, int line, const StatementTitle &title,
                                                         const QDate &fallbackDate) const
{
    const PageText &page = m_doc[pageIndex];
    const auto &titles = m_titles[pageIndex];
    int stop = page.lines.size();
    for (const auto &t : titles)
        if (t.first > line && !(t.second.kind == title.kind && t.second.continued)) {
            stop = t.first;
            break;
        }
    const QVector<TextLine> lines = page.lines.mid(line + 1, stop - line - 1);
    TableHints hints;
    hints.flow = title.kind != TitleKind::FinancialPosition;
    QString context = page.lines[line].text;
    for (int i = 0; i < qMin(4, lines.size()); ++i)
        context += QLatin1Char(' ') + lines[i].text;
    hints.contextText = context;
    hints.months = Periods::findMonths(context);
    hints.contextDate = Periods::findDate(context);
    hints.fallbackDate = fallbackDate;
    ReadTable r = TableReader::read(lines, hints);

    // Follow the statement over the next pages while they continue it.
    for (int q = pageIndex + 1; q < m_doc.size() && q <= pageIndex + 3 && !r.isEmpty() && !r.endedByMarker; ++q) {
        const PageText &next = m_doc[q];
        const auto &nextTitles = m_titles[q];
        int from = -1;
        for (const auto &t : nextTitles) {
            // The company's statement after the group's is another statement.
            if (t.second.kind == title.kind && (t.second.continued || (t.first < 8 && t.second.consolidated == title.consolidated))) {
                from = t.first + 1;
                break;
            }
        }
        if (from < 0 && !nextTitles.isEmpty())
            break;
        if (from < 0) {
            // No title: a continuation shows the same period header near the top.
            int years = 0, firstData = -1;
            bool newSection = false;
            for (int i = 0; i < next.lines.size() && i < 14; ++i) {
                const LineParts p = TableReader::split(next.lines[i]);
                if (TableReader::isDataLine(p)) {
                    firstData = i;
                    break;
                }
                // A note heading over the page's first table: the notes have begun.
                newSection = newSection || TableReader::isStopMarker(next.lines[i].text.simplified());
                if (Periods::findYear(next.lines[i].text) > 0 || Units::find(next.lines[i].text).isValid())
                    ++years;
            }
            if (firstData < 0 || years == 0 || newSection)
                break;
            from = 0;
        }
        if (startsOver(r, next.lines.mid(from)))
            break;
        const int before = r.dataRows;
        TableReader::extend(r, next.lines.mid(from));
        if (r.dataRows == before)
            break;
    }
    Candidate c{pageIndex, line, title, {}, 0};
    QString titleText = page.lines[line].text.simplified();
    if (StatementTitles::classify(titleText).kind == TitleKind::None && line > 0) // wrapped over two lines
        titleText = Layout::joinText(page.lines[line - 1].text, titleText).simplified();
    c.table = toTable(r, TableKind::ProfitOrLoss, titleText);
    EntityColumns::keepGroup(c.table);
    int dated = 0;
    for (const Column &col : r.columns)
        dated += col.periodEnd.isValid();
    // A statement always prints its periods over the figures (a contents
    // page listing the statements does not).
    c.score = r.dataRows + (title.consolidated ? 3 : 0) - (r.columns.isEmpty() || dated < r.columns.size() ? 1000 : 0);
    return c;
}

bool StatementRecogniser::holdsProfitOrLoss(const Table &table)
{
    // Lines only the profit or loss part prints...
    static const QSet<QString> plOnly = {QStringLiteral("revenue"), QStringLiteral("cost_of_sales"),
                                         QStringLiteral("gross_profit"), QStringLiteral("profit_before_tax"),
                                         QStringLiteral("income_tax"), QStringLiteral("finance_costs")};
    // ...while a statement of other comprehensive income opens with the
    // profit (or loss) for the period it carries over.
    static const QRegularExpression opensWithProfit(QStringLiteral(
        "^(?:net )?(?:\\(?(?:profit|loss)\\)?(?:/\\(?(?:profit|loss)\\)?)?) (?:and [a-z ]+ )?for the (?:year|period)|^本(?:期|年度)(?:間)?[（(]?(?:溢利|虧損)"),
        QRegularExpression::CaseInsensitiveOption);
    bool first = true;
    for (const LineItem &item : table.items) {
        if (item.kind == RowKind::Heading)
            continue;
        const QString key = Taxonomy::builtin().canonicalFor(TableKind::ProfitOrLoss, item.label);
        if (plOnly.contains(key))
            return true;
        if (first && (key == QLatin1String("profit_for_period") || opensWithProfit.match(item.label).hasMatch()))
            return false;
        first = false;
    }
    // Income and expense lines of their own (a fund's "Total net income"):
    // a profit or loss whatever its captions.
    return !first;
}

QMap<TableKind, Table> StatementRecogniser::recognise(const QDate &fallbackDate, QStringList *warnings,
                                                     QVector<TableCandidate> *candidates) const
{
    QMap<TitleKind, Candidate> best;
    QMap<TitleKind, QVector<TableCandidate>> readable;  // every table read well enough, for the runners-up
    QMap<TitleKind, QPair<int, QString>> unread;  // a title whose table could not be read: page, title
    for (int p = 0; p < m_doc.size(); ++p) {
        for (const auto &t : m_titles[p]) {
            if (t.second.continued || t.second.kind == TitleKind::OtherStatement)
                continue;
            Candidate c = read(p, t.first, t.second, fallbackDate);
            if (c.table.items.isEmpty() || c.score < 3) {
                if (!unread.contains(t.second.kind))
                    unread.insert(t.second.kind, {m_doc[p].page, m_doc[p].lines[t.first].text.simplified()});
                continue;
            }
            readable[t.second.kind].append({TableKind::ProfitOrLoss, m_doc[p].page,
                                            m_doc[p].lines[t.first].text.simplified(), c.score});
            auto it = best.find(t.second.kind);
            if (it == best.end() || c.score > it->score)
                best.insert(t.second.kind, c);
        }
    }
    QMap<TableKind, Table> out;
    QMap<TableKind, TitleKind> chosen;
    auto put = [&](TableKind k, TitleKind t) {
        Table table = best.value(t).table;
        table.kind = k;
        out.insert(k, table);
        chosen.insert(k, t);
    };
    // A one-statement "statement of comprehensive income" that prints the
    // profit or loss lines is the profit or loss statement; it is the OCI
    // statement only beside a profit or loss statement of its own.
    const bool hasPl = best.contains(TitleKind::ProfitOrLoss);
    const bool ciIsPl = !hasPl && !best.contains(TitleKind::Combined) && best.contains(TitleKind::ComprehensiveIncome)
        && holdsProfitOrLoss(best.value(TitleKind::ComprehensiveIncome).table);
    if (hasPl)
        put(TableKind::ProfitOrLoss, TitleKind::ProfitOrLoss);
    else if (best.contains(TitleKind::Combined))
        put(TableKind::ProfitOrLoss, TitleKind::Combined);
    else if (ciIsPl)
        put(TableKind::ProfitOrLoss, TitleKind::ComprehensiveIncome);
    if (best.contains(TitleKind::ComprehensiveIncome) && !ciIsPl)
        put(TableKind::ComprehensiveIncome, TitleKind::ComprehensiveIncome);
    else if (hasPl && best.contains(TitleKind::Combined))
        put(TableKind::ComprehensiveIncome, TitleKind::Combined);
    if (best.contains(TitleKind::FinancialPosition))
        put(TableKind::FinancialPosition, TitleKind::FinancialPosition);
    if (best.contains(TitleKind::CashFlows))
        put(TableKind::CashFlows, TitleKind::CashFlows);
    // The runners-up of each kind found: one per page, none on the chosen one's pages.
    for (auto it = chosen.cbegin(); candidates && it != chosen.cend(); ++it) {
        const Candidate &winner = best.value(it.value());
        QVector<TableCandidate> others;
        for (TableCandidate c : readable.value(it.value())) {
            const bool seen = std::any_of(others.cbegin(), others.cend(),
                                          [&c](const TableCandidate &o) { return o.page == c.page; });
            // A "(continued)" page printing the title again is part of the winner, not another table.
            if (c.page == m_doc[winner.pageIndex].page || winner.table.pages.contains(c.page) || seen)
                continue;
            c.kind = it.key();
            others.append(c);
        }
        std::stable_sort(others.begin(), others.end(),
                         [](const TableCandidate &a, const TableCandidate &b) { return a.score > b.score; });
        *candidates += others.mid(0, kMaxRunnersUp);
    }
    // A statement the filing prints but that could not be read is named,
    // with its page, never silently absent.
    const QList<QPair<TitleKind, TableKind>> named = {{TitleKind::ProfitOrLoss, TableKind::ProfitOrLoss},
                                                      {TitleKind::Combined, TableKind::ProfitOrLoss},
                                                      {TitleKind::ComprehensiveIncome, TableKind::ComprehensiveIncome},
                                                      {TitleKind::FinancialPosition, TableKind::FinancialPosition},
                                                      {TitleKind::CashFlows, TableKind::CashFlows}};
    for (const auto &[title, table] : named) {
        if (!warnings || !unread.contains(title) || best.contains(title) || out.contains(table))
            continue;
        if (title == TitleKind::ComprehensiveIncome && out.contains(TableKind::ProfitOrLoss))
            continue;  // its lines may be part of the profit or loss read
        warnings->append(QStringLiteral("%1: the statement \"%2\" on page %3 was found but could not be read")
                             .arg(tableKey(table), unread.value(title).second)
                             .arg(unread.value(title).first));
    }
    return out;
}

} // namespace ledgerlens
