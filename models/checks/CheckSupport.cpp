#include "CheckSupport.h"

namespace ledgerlens::checks {

int columnCount(const Table &t)
{
    int n = int(t.columns.size());
    for (const LineItem &item : t.items)
        n = qMax(n, int(item.cells.size()));
    return n;
}

std::optional<Decimal> valueAt(const Table &t, int row, int column)
{
    if (row < 0 || row >= t.items.size() || column < 0 || column >= t.items[row].cells.size())
        return std::nullopt;
    return t.items[row].cells[column].value;
}

bool hasAnyValue(const LineItem &item)
{
    for (const Cell &c : item.cells) {
        if (c.value)
            return true;
    }
    return false;
}

int findRow(const Table &t, const QString &key, int from)
{
    if (from < 0)
        return -1;
    for (int i = from; i < t.items.size(); ++i) {
        if (t.items[i].canonical == key && hasAnyValue(t.items[i]))
            return i;
    }
    return -1;
}

bool nothingElseBetween(const Table &t, int first, int last, const QVector<int> &allowed)
{
    for (int i = first + 1; i < last; ++i) {
        if (!allowed.contains(i) && hasAnyValue(t.items[i]))
            return false;
    }
    return true;
}

std::optional<Decimal> sumColumn(const Table &t, const QVector<Term> &terms, int column)
{
    std::optional<Decimal> sum;
    for (const Term &term : terms) {
        const auto v = valueAt(t, term.row, column);
        if (!v)
            continue;
        Decimal part = *v;
        if (term.sign == Sign::Minus)
            part = -part;
        else if (term.sign == Sign::MinusMagnitude)
            part = -part.abs();
        sum = sum ? *sum + part : part;
    }
    return sum;
}

Fit fitIdentity(const Table &t, const QVector<Term> &parts, int totalRow)
{
    Fit fit;
    for (int c = 0; c < columnCount(t); ++c) {
        const auto total = valueAt(t, totalRow, c);
        const auto sum = sumColumn(t, parts, c);
        if (!total || !sum)
            continue;
        ++fit.columns;
        if (*total != *sum)
            continue;
        ++fit.matches;
        int printed = 0;
        for (const Term &term : parts)
            printed += valueAt(t, term.row, c) ? 1 : 0;
        if (printed >= 2)
            ++fit.evidence;
    }
    return fit;
}

int addIdentity(const Table &t, const QString &rule, const QVector<Term> &parts, int totalRow,
                QVector<Check> *out)
{
    QVector<int> rows;
    for (const Term &term : parts)
        rows << term.row;
    rows << totalRow;
    int added = 0;
    for (int c = 0; c < columnCount(t); ++c) {
        const auto total = valueAt(t, totalRow, c);
        const auto sum = sumColumn(t, parts, c);
        if (!total || !sum)
            continue;
        Check check;
        check.table = t.kind;
        check.rule = rule;
        check.column = c;
        check.expected = *total;
        check.computed = *sum;
        check.ok = *total == *sum;
        check.rows = rows;
        out->append(check);
        ++added;
    }
    return added;
}

} // namespace ledgerlens::checks
