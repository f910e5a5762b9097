#pragma once

#include <QString>
#include <QStringList>

namespace ledgerlens {

// One band of an ageing analysis ("0-30 days", "6 months to 1 year",
// "超過90日"), parsed exactly from its printed form. Keys are descriptive
// ("within_30_days", "days_31_to_60", "months_6_to_12", "over_3_years") and
// order by where the band starts, so buckets from different filings sort alike.
struct AgeingBucket
{
    enum class Shape { Within, Range, Over };
    enum class Unit { Days, Months, Years };

    Shape shape = Shape::Within;
    Unit unit = Unit::Days;
    int from = 0;   // Range: lower bound; Over: the bound
    int to = 0;     // Within/Range: upper bound

    // Parses a label already folded by LabelNormalizer; false when the label
    // is not a plain age band (never guesses).
    static bool parse(const QString &normalizedLabel, AgeingBucket *out);
    static bool fromKey(const QString &key, AgeingBucket *out);

    QString key() const;
    QString displayName() const;
    // Start and end of the band in days (months as 30, years as 365), for ordering.
    int startDays() const;
    int endDays() const;

    // Common bands in order, as keys; used for Taxonomy::keys().
    static QStringList commonKeys();
};

bool operator<(const AgeingBucket &a, const AgeingBucket &b);

} // namespace ledgerlens
