#pragma once

#include <QString>
#include <optional>

namespace ledgerlens {

// The age range an ageing bucket label prints ("Within 1 month", "1 to 3 months",
// "Over 1 year", "0-30 days", "1年以內", "超過1年"), in days. Used only to ORDER
// buckets youngest to oldest across reports with different boundaries; the
// label itself is always shown as printed (never re-bucketed).
struct AgeRange
{
    double fromDays = 0;      // lower bound
    double toDays = 0;        // upper bound; infinity for "over ..."

    // nullopt when the label names no age range (e.g. "Total", "Others").
    static std::optional<AgeRange> parse(const QString &label);

    // Youngest first: by lower bound, then upper bound.
    bool operator<(const AgeRange &o) const
    {
        return fromDays != o.fromDays ? fromDays < o.fromDays : toDays < o.toDays;
    }
};

} // namespace ledgerlens
