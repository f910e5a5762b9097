#include "ReportStorePrivate.h"

#include "EditAddress.h"

#include "checks/ArithmeticChecks.h"

namespace ledgerlens {

namespace {
// The old index when it still carries the label, else the only index that does.
int refind(int old, int count, const QString &label, const std::function<QString(int)> &labelAt)
{
    if (old >= 0 && old < count && labelAt(old) == label)
        return old;
    int found = -1;
    for (int i = 0; i < count; ++i) {
        if (labelAt(i) == label) {
            if (found >= 0)
                return -1; // ambiguous: do not guess
            found = i;
        }
    }
    return found;
}

// The occurrence-th index carrying the label (-1 = fewer than that).
int nth(int occurrence, int count, const QString &label, const std::function<QString(int)> &labelAt)
{
    for (int i = 0, seen = 0; i < count; ++i) {
        if (labelAt(i) == label && seen++ == occurrence)
            return i;
    }
    return -1;
}
} // namespace

std::optional<EditAddress> rebindAddress(const Report &extracted, const EditAddress &a)
{
    const Table *t = extracted.table(a.table);
    if (!t)
        return std::nullopt;
    EditAddress m = a;
    const auto rowLabel = [&](int i) { return t->items[i].label; };
    m.row = refind(a.row, t->items.size(), a.rowLabel, rowLabel);
    if (m.row < 0) // a repeated label ("Others"): the same one of them
        m.row = nth(a.occurrence, t->items.size(), a.rowLabel, rowLabel);
    if (m.row < 0)
        return std::nullopt;
    if (a.field == Correction::Field::Value) {
        m.column = refind(a.column, t->columns.size(), a.columnLabel, [&](int i) { return t->columns[i].label; });
        if (m.column < 0 || m.column >= t->items[m.row].cells.size())
            return std::nullopt;
    }
    return m;
}

std::optional<Correction> matchCorrection(const Report &extracted, const Correction &c)
{
    const auto it = extracted.tables.constFind(c.table);
    if (it == extracted.tables.constEnd())
        return std::nullopt;
    const Table &t = *it;
    Correction m = c;
    m.row = refind(c.row, t.items.size(), c.rowLabel, [&](int i) { return t.items[i].label; });
    if (m.row < 0)
        return std::nullopt;
    const LineItem &item = t.items[m.row];
    switch (c.field) {
    case Correction::Field::Value: {
        m.column = refind(c.column, t.columns.size(), c.columnLabel, [&](int i) { return t.columns[i].label; });
        if (m.column < 0 || m.column >= item.cells.size())
            return std::nullopt;
        if (item.cells[m.column].value != c.extractedValue)
            return std::nullopt;
        m.page = item.cells[m.column].source.page ? item.cells[m.column].source.page : c.page;
        return m;
    }
    case Correction::Field::Label:
        return item.label == c.extractedText ? std::optional<Correction>(m) : std::nullopt;
    case Correction::Field::Canonical:
        return item.canonical == c.extractedText ? std::optional<Correction>(m) : std::nullopt;
    }
    return std::nullopt;
}

QVector<Check> rerunChecks(const Report &report)
{
    return ArithmeticChecks::run(report);
}

} // namespace ledgerlens
