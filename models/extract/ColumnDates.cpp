#include "ColumnDates.h"

#include "Periods.h"
#include "TableReader.h"

namespace ledgerlens {

QDate ColumnDates::date(const QString &own, const QString &span, const TableHints &hints)
{
    QDate date = Periods::findDate(own);
    if (date.isValid())
        return date;
    int year = Periods::findYear(own);
    if (year == 0) {
        date = Periods::findDate(span);
        if (date.isValid())
            return date;
        year = Periods::findYear(span);
    }
    if (year == 0)
        return {};
    for (const QString &text : {own, span, hints.contextText}) {
        const QPair<int, int> md = Periods::findMonthDay(text);
        if (md.first > 0)
            return Periods::makeDate(year, md.first, md.second);
    }
    const QDate ref = hints.contextDate.isValid() ? hints.contextDate : hints.fallbackDate;
    return ref.isValid() ? Periods::makeDate(year, ref.month(), ref.day()) : Periods::makeDate(year, 12, 31);
}

} // namespace ledgerlens
