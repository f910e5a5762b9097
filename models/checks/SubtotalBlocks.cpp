#include "SubtotalBlocks.h"

#include "taxonomy/Taxonomy.h"

namespace ledgerlens::checks {

namespace {

QString nameOf(const Table &t, int row)
{
    const LineItem &item = t.items[row];
    if (!item.canonical.isEmpty())
        return item.canonical;
    if (!item.label.trimmed().isEmpty())
        return QLatin1Char('"') + item.label.trimmed() + QLatin1Char('"');
    return QStringLiteral("subtotal (row %1)").arg(row + 1);
}

QVector<Term> termsOf(const QVector<int> &rows)
{
    QVector<Term> terms;
    for (int r : rows)
        terms.append({r, Sign::Plus});
    return terms;
}

QString runningRule(const Table &t, int total, const QVector<int> &parts)
{
    QStringList subtotals;
    int lines = 0;
    for (int r : parts) {
        if (isSubtotalRow(t, r))
            subtotals << nameOf(t, r);
        else
            ++lines;
    }
    QString rule = nameOf(t, total) + QStringLiteral(" = ") + subtotals.join(QStringLiteral(" + "));
    if (lines > 0)
        rule += QStringLiteral(" + %1 line%2 above").arg(lines).arg(lines == 1 ? "" : "s");
    return rule;
}

} // namespace

bool isSubtotalRow(const Table &t, int row)
{
    const LineItem &item = t.items[row];
    if (item.kind == RowKind::Subtotal)
        return true;
    if (item.kind == RowKind::Heading)
        return false;
    if (item.label.trimmed().isEmpty() && hasAnyValue(item))
        return true;
    return !item.canonical.isEmpty() && Taxonomy::builtin().isTotal(t.kind, item.canonical);
}

void blockSums(const Table &t, const QSet<int> &closed, QVector<Check> *out)
{
    // Rows not yet absorbed by a subtotal, in order: items and earlier subtotals.
    QVector<int> open;
    for (int row = 0; row < t.items.size(); ++row) {
        const LineItem &item = t.items[row];
        if (item.kind == RowKind::Heading) {
            open.clear();
            continue;
        }
        if (!hasAnyValue(item))
            continue; // an unmarked heading or an all-nil line: no figure to add
        if (!isSubtotalRow(t, row)) {
            open.append(row);
            continue;
        }

        int start = int(open.size());
        while (start > 0 && !isSubtotalRow(t, open[start - 1]))
            --start;
        const QVector<int> lines = open.mid(start);
        const bool hasEarlierSubtotal = start > 0;

        const Fit sumFit = lines.size() >= 2 ? fitIdentity(t, termsOf(lines), row) : Fit{};
        const Fit runFit = hasEarlierSubtotal && open.size() >= 2 ? fitIdentity(t, termsOf(open), row) : Fit{};

        if (sumFit.evidence > 0 && sumFit.evidence >= runFit.evidence) {
            if (!closed.contains(row))
                addIdentity(t, QStringLiteral("%1 = sum of the %2 lines above").arg(nameOf(t, row)).arg(lines.size()),
                            termsOf(lines), row, out);
            open.resize(start);
            open.append(row);
        } else if (runFit.evidence > 0) {
            if (!closed.contains(row))
                addIdentity(t, runningRule(t, row, open), termsOf(open), row, out);
            open = {row};
        } else {
            // Not established from the figures: say nothing, start afresh.
            open = {row};
        }
    }
}

int listTotalRow(const Table &t)
{
    for (int row = int(t.items.size()) - 1; row >= 0; --row) {
        if (hasAnyValue(t.items[row]) && isSubtotalRow(t, row))
            return row;
    }
    return -1;
}

bool linesSumToTotal(const Table &t, const QString &rule, QVector<Check> *out)
{
    QVector<int> valued;
    for (int row = 0; row < t.items.size(); ++row) {
        if (t.items[row].kind != RowKind::Heading && hasAnyValue(t.items[row]))
            valued << row;
    }
    if (valued.size() < 2)
        return false;
    const int total = valued.last();
    if (!isSubtotalRow(t, total))
        return false;
    valued.removeLast();
    for (int r : valued) {
        if (isSubtotalRow(t, r))
            return false;
    }
    addIdentity(t, rule, termsOf(valued), total, out);
    return true;
}

} // namespace ledgerlens::checks
