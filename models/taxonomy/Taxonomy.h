#pragma once

#include "domain/TableKind.h"
#include "taxonomy/LabelNormalizer.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ledgerlens {

// The project's own line-item keys and the printed label variants (English,
// traditional and simplified Chinese) that map to them, per table kind.
// Loaded from :/taxonomy/taxonomy.json. Matching is exact after
// LabelNormalizer folding, plus a few anchored patterns from the data and
// parsed ageing bands; there is no fuzzy matching, so an unknown label maps
// to nothing.
class Taxonomy
{
public:
    // The compiled-in taxonomy (loaded once; thread-safe after first use).
    static const Taxonomy &builtin();
    // Builds a taxonomy from JSON in the taxonomy.json shape; on failure the
    // result is empty and *error says why.
    static Taxonomy fromJson(const QByteArray &json, QString *error = nullptr);

    // Key for a printed label in a table of `kind`; empty if unknown: never guesses.
    QString canonicalFor(TableKind kind, const QString &printedLabel) const;
    // Known keys of a table kind in statement order (ageing: common bands in age order, then "total").
    QStringList keys(TableKind kind) const;
    // English display name of a key ("Profit for the period"); ageing band keys
    // are named from their parsed band; the key itself when unknown.
    QString displayName(const QString &key) const;
    // True for keys that are totals or subtotals of rows above them in a
    // table of `kind` (cash_and_cash_equivalents closes a cash flow statement
    // but is a line item of a balance sheet).
    bool isTotal(TableKind kind, const QString &key) const;
    // Maps an alternative spelling of a key (e.g. "cash_at_end") to the key
    // this taxonomy uses ("cash_and_cash_equivalents"); other keys unchanged.
    QString resolveAlias(const QString &key) const;

    // The fold applied before matching (exposed for tests and diagnostics).
    QString normalize(const QString &printedLabel) const { return m_normalizer.normalize(printedLabel); }
    bool isEmpty() const { return m_tables.isEmpty(); }

private:
    struct Pattern
    {
        QRegularExpression re;
        QString key;
    };
    struct TableEntries
    {
        QStringList keys;                 // statement order
        QHash<QString, QString> exact;    // normalised variant -> key
        QVector<Pattern> patterns;        // anchored, on the normalised label
    };

    static bool isAgeing(TableKind kind);

    LabelNormalizer m_normalizer;
    QMap<TableKind, TableEntries> m_tables;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_aliases;
    QMap<TableKind, QSet<QString>> m_totals;
};

} // namespace ledgerlens
