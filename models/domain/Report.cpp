#include "Report.h"

namespace ledgerlens {

int Table::rowOf(const QString &canonical) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items[i].canonical == canonical)
            return i;
    }
    return -1;
}

const Table *Report::table(TableKind kind) const
{
    auto it = tables.constFind(kind);
    return it == tables.constEnd() || it->isEmpty() ? nullptr : &*it;
}

} // namespace ledgerlens
