#pragma once

// Hand-built statement rows for tests of the keyer and the checks: two
// columns of whole figures, keyed as the extractor keys them.
#include "domain/Report.h"
#include "taxonomy/RowKeyer.h"

namespace TableRows {

inline ledgerlens::LineItem heading(const QString &label)
{
    ledgerlens::LineItem h;
    h.label = label;
    h.kind = ledgerlens::RowKind::Heading;
    h.cells.resize(2);
    return h;
}

inline ledgerlens::LineItem row(const QString &label, qint64 a, qint64 b = 0,
                                ledgerlens::RowKind kind = ledgerlens::RowKind::Item)
{
    ledgerlens::LineItem r;
    r.label = label;
    r.kind = kind;
    r.cells = {{ledgerlens::Decimal(a), {}}, {ledgerlens::Decimal(b), {}}};
    return r;
}

// A table of `kind` with its rows keyed by the RowKeyer.
inline ledgerlens::Table keyed(ledgerlens::TableKind kind, const QVector<ledgerlens::LineItem> &items)
{
    ledgerlens::Table t;
    t.kind = kind;
    t.items = items;
    ledgerlens::RowKeyer().assign(t);
    return t;
}

} // namespace TableRows
