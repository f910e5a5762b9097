#include "ReportStorePrivate.h"

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
} // namespace

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
