#include "EditAddress.h"

#include "domain/Report.h"

namespace ledgerlens {

EditAddress EditAddress::at(const Report &extracted, EntryId entry, TableKind table, Correction::Field field, int row,
                            int column)
{
    EditAddress a;
    a.entry = entry;
    a.table = table;
    a.field = field;
    a.row = row;
    a.column = field == Correction::Field::Value ? column : -1;
    const Table *t = extracted.table(table);
    if (!t || row < 0 || row >= t->items.size())
        return a;
    a.rowLabel = t->items[row].label;
    for (int i = 0; i < row; ++i)
        a.occurrence += t->items[i].label == a.rowLabel ? 1 : 0;
    if (a.column >= 0)
        a.columnLabel = t->columns.value(a.column).label;
    return a;
}

Correction EditAddress::target() const
{
    Correction c;
    c.entry = entry;
    c.table = table;
    c.field = field;
    c.row = row;
    c.column = column;
    return c;
}

std::optional<Correction> EditAddress::moved(const std::optional<Correction> &state) const
{
    if (!state)
        return std::nullopt;
    Correction c = *state;
    c.entry = entry;
    c.row = row;
    c.column = column;
    return c;
}

} // namespace ledgerlens
