#include "AgeingRecogniser.h"

#include "TableReader.h"

#include <QRegularExpression>

namespace ledgerlens {

bool AgeingRecogniser::isBucketLabel(const QString &label)
{
    static const QRegularExpression re(QStringLiteral(
        "(\\d+\\s*(to|-|–|—)\\s*\\d+|\\bwithin\\b|\\bover\\b|more than|less than|up to|\\bunder\\b|exceeding|\\bcurrent\\b|overdue|past due|"
        "not yet due|\\bdays?\\b|\\bmonths?\\b|\\byears?\\b|\\d+\\s*日|個月|\\d+\\s*年|以內|以上|超過|逾期|未逾期)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(label).hasMatch();
}

namespace {

// Which subject an ageing sentence talks about: +1 receivables, -1 payables.
int subjectOf(const QString &context)
{
    const QString t = context.toLower();
    int r = qMax(t.lastIndexOf(QLatin1String("receivable")), t.lastIndexOf(QStringLiteral("應收")));
    int p = qMax(t.lastIndexOf(QLatin1String("payable")), t.lastIndexOf(QStringLiteral("應付")));
    const int a = qMax(qMax(t.indexOf(QLatin1String("ageing")), t.indexOf(QLatin1String("aging"))),
                       qMax(t.indexOf(QLatin1String("aged")), t.indexOf(QStringLiteral("賬齡"))));
    if (r < 0 && p < 0)
        return 0;
    if (r < 0) return -1;
    if (p < 0) return 1;
    // Both mentioned: the one nearest the word "ageing" wins.
    return qAbs(r - a) <= qAbs(p - a) ? 1 : -1;
}

// A labelled row whose figures are the buckets' sums is their total, whatever
// its caption ("Trade receivables, net of allowance").
bool sumsBuckets(const QVector<LineItem> &buckets, const LineItem &row)
{
    bool any = false;
    for (int c = 0; c < row.cells.size(); ++c) {
        Decimal sum;
        bool seen = false;
        for (const LineItem &b : buckets) {
            if (c < b.cells.size() && b.cells[c].value) {
                sum = sum + *b.cells[c].value;
                seen = true;
            }
        }
        const std::optional<Decimal> &v = row.cells[c].value;
        if (!seen && !v)
            continue;
        if (!seen || !v || !(sum == *v))
            return false;
        any = true;
    }
    return any;
}

// Keeps the bucket rows and the total under them.
QVector<LineItem> bucketBlock(const QVector<LineItem> &items)
{
    QVector<LineItem> out;
    for (const LineItem &it : items) {
        const bool hasValue = std::any_of(it.cells.begin(), it.cells.end(), [](const Cell &c) { return c.source.isValid(); });
        if (out.isEmpty()) {
            if (hasValue && AgeingRecogniser::isBucketLabel(it.label))
                out.append(it);
            continue;
        }
        if (!hasValue)
            continue;
        if (AgeingRecogniser::isBucketLabel(it.label) && it.kind != RowKind::Subtotal) {
            out.append(it);
            continue;
        }
        if (it.label.isEmpty() || it.kind == RowKind::Subtotal || sumsBuckets(out, it)) {
            LineItem total = it;
            total.kind = RowKind::Subtotal;
            out.append(total);
        }
        break;
    }
    return out;
}

} // namespace

Table AgeingRecogniser::recognise(TableKind kind, const QDate &periodEnd) const
{
    static const QRegularExpression trigger(QStringLiteral("(ag(e)?ing analysis|aged analysis|ageing of|aging of|賬齡分析|賬齡)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const int want = kind == TableKind::ReceivablesAgeing ? 1 : -1;
    Table best;
    int bestScore = 0;
    for (int p = 0; p < m_doc.size(); ++p) {
        const QVector<TextLine> &lines = m_doc[p].lines;
        for (int i = 0; i < lines.size(); ++i) {
            // Cheap test first: this runs on every line of every page.
            const QString &tx = lines[i].text;
            if (!tx.contains(QLatin1String("ag"), Qt::CaseInsensitive) && !tx.contains(QStringLiteral("賬齡")))
                continue;
            // The phrase may wrap: "...The following is an aging / analysis of...".
            int body = i + 1;
            if (!trigger.match(lines[i].text).hasMatch()) {
                if (i + 1 >= lines.size() || !trigger.match(lines[i].text + QLatin1Char(' ') + lines[i + 1].text).hasMatch())
                    continue;
                body = i + 2;
            }
            QString context = lines[i].text;
            for (int k = 1; k <= 2 && i - k >= 0; ++k)
                context.prepend(lines[i - k].text + QLatin1Char(' '));
            if (i + 1 < lines.size())
                context += QLatin1Char(' ') + lines[i + 1].text;
            if (subjectOf(context) != want)
                continue;
            TableHints hints;
            hints.flow = false;
            hints.fallbackDate = periodEnd;
            hints.contextText = context;
            QVector<TextLine> region = lines.mid(body);
            if (p + 1 < m_doc.size() && region.size() < 40)
                region += m_doc[p + 1].lines; // the table may start overleaf
            ReadTable r = TableReader::read(region, hints);
            const QVector<LineItem> block = bucketBlock(r.items);
            int buckets = 0;
            for (const LineItem &it : block)
                buckets += it.kind != RowKind::Subtotal;
            const QString lower = context.toLower();
            // "Accounts receivable" and 應收賬款 are the trade balances too.
            const bool trade = lower.contains(QLatin1String("trade")) || lower.contains(QLatin1String("accounts"))
                || context.contains(QStringLiteral("貿易")) || context.contains(QStringLiteral("賬款"));
            // One age band is a table too when the lead-in names the trade
            // balances it ages ("Ageing analysis of trade payables: 0-30 days").
            if (buckets < 1 || (buckets < 2 && !trade))
                continue;
            // The trade ageing of this report's periods beats notes receivables
            // or a disposal group's single column.
            const bool current = !r.columns.isEmpty() && r.columns.front().periodEnd == periodEnd;
            const int score = buckets + (trade ? 20 : 0)
                + (current ? 10 : 0) + 5 * qMin<int>(2, r.columns.size());
            if (score <= bestScore)
                continue;
            bestScore = score;
            best = Table();
            best.kind = kind;
            best.title = lines[i].text.simplified();
            best.unit = r.unit.isValid() ? r.unit.unit : 0; // 0: the caller uses the statements' unit
            best.currency = r.unit.currency;
            best.columns = r.columns;
            best.items = block;
            for (const LineItem &it : block)
                for (const Cell &c : it.cells)
                    if (c.source.isValid() && !best.pages.contains(c.source.page))
                        best.pages.append(c.source.page);
            std::sort(best.pages.begin(), best.pages.end());
        }
    }
    return best;
}

} // namespace ledgerlens
