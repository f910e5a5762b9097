#pragma once

#include "domain/TableKind.h"
#include "taxonomy/LabelNormalizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ledgerlens {

// The project's own line-item keys and the printed label variants (English,
// traditional and simplified Chinese) that map to them, per table kind, with
// the IFRS Taxonomy (ifrs-full) element a key is when the caption is exactly
// that element. Loaded from :/taxonomy/taxonomy.json. Matching is exact after
// LabelNormalizer folding, plus a few anchored patterns from the data and
// parsed ageing bands; there is no fuzzy matching, so an unknown label maps
// to nothing.
//
// An entry may be limited to a section ("current_liabilities",
// "attributable_tci", "operating"...): the same caption then takes a
// different key by the heading it sits under (RowKeyer supplies the
// section); without a matching section such an entry does not apply.
class Taxonomy
{
public:
    struct Match
    {
        QString key;
        QString ifrs; // ifrs-full element name, or empty
        bool isEmpty() const { return key.isEmpty(); }
    };
    // One entry of the data, for tests and diagnostics.
    struct Entry
    {
        QString key;
        QString ifrs;
        QString section;
        QHash<QString, QString> ifrsBySection;
        QStringList labels;
    };
    // A row that is also the total when the table prints neither the total
    // nor the other share (an owners' line with no NCI line and no total).
    struct LoneTotal
    {
        QString row;
        QStringList absent;
        QString becomes;
        QString ifrs;
    };

    // The compiled-in taxonomy (loaded once; thread-safe after first use).
    static const Taxonomy &builtin();
    // Builds a taxonomy from JSON in the taxonomy.json shape; on failure the
    // result is empty and *error says why.
    static Taxonomy fromJson(const QByteArray &json, QString *error = nullptr);

    // Key for a printed label in a table of `kind`; empty if unknown: never
    // guesses. Only entries without a section apply.
    QString canonicalFor(TableKind kind, const QString &printedLabel) const;
    // Key and IFRS element for a label under the given section tags (most
    // specific first). An entry of a listed section wins over one without a
    // section; two sectioned entries that both fit leave the label unmapped.
    Match match(TableKind kind, const QString &printedLabel, const QStringList &sections = {}) const;
    // The section a heading opens in a table of `kind` ("" if none).
    QString sectionOfHeading(TableKind kind, const QString &printedHeading) const;
    QVector<Entry> entries(TableKind kind) const { return m_tables.value(kind).entries; }
    QVector<LoneTotal> loneTotals(TableKind kind) const { return m_tables.value(kind).loneTotals; }
    // The IFRS Taxonomy release the element names were checked against.
    QString ifrsTaxonomy() const { return m_ifrsTaxonomy; }
    // Known keys of a table kind in statement order (ageing: common bands in age order, then "total").
    QStringList keys(TableKind kind) const;
    // English display name of a key ("Profit for the period"); ageing band keys
    // are named from their parsed band; the key itself when unknown.
    QString displayName(const QString &key) const;
    // A key's name in Chinese, from its variants: the first simplified one
    // (or, when there is none, the first Chinese one) when `simplified`, else
    // the first traditional one; empty when the data has no Chinese variant.
    QString chineseName(const QString &key, bool simplified) const;
    // True for keys that are totals or subtotals of rows above them in a
    // table of `kind` (cash_and_cash_equivalents closes a cash flow statement
    // but is a line item of a balance sheet).
    bool isTotal(TableKind kind, const QString &key) const;
    // Maps an alternative spelling of a key (e.g. "cash_at_end") to the key
    // this taxonomy uses ("cash_and_cash_equivalents"); other keys unchanged.
    QString resolveAlias(const QString &key) const;

    // The fold applied before matching (exposed for tests and diagnostics).
    QString normalize(const QString &printedLabel) const { return m_normalizer.normalize(printedLabel); }
    // The character-level fold only (simplified to traditional, widths, case):
    // for matching printed titles and headers in either script.
    QString fold(const QString &text) const { return m_normalizer.fold(text); }
    QString toTraditional(const QString &text) const { return m_normalizer.toTraditional(text); }
    bool isEmpty() const { return m_tables.isEmpty(); }

private:
    struct Candidate
    {
        QString key;
        QString ifrs;
        QString section;                  // empty: applies anywhere
        QHash<QString, QString> ifrsBySection;
    };
    struct Pattern
    {
        QRegularExpression re;
        Candidate candidate;
    };
    struct SectionPattern
    {
        QRegularExpression re;
        QString section;
    };
    struct TableEntries
    {
        QStringList keys;                           // statement order
        QHash<QString, QVector<Candidate>> exact;   // normalised variant -> entries
        QVector<Pattern> patterns;                  // anchored, on the normalised label
        QVector<SectionPattern> headings;           // heading -> section, first match wins
        QVector<Entry> entries;
        QVector<LoneTotal> loneTotals;
    };

    static bool isAgeing(TableKind kind);
    static Match resolve(const QVector<Candidate> &candidates, const QStringList &sections);
    void loadTable(const QString &table, TableKind kind, const QJsonArray &entries, QStringList *problems);
    QHash<QString, QString> m_folded;  // printed variant -> folded, while loading
    void loadExtras(const QJsonObject &root, QStringList *problems);

    LabelNormalizer m_normalizer;
    QMap<TableKind, TableEntries> m_tables;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_chineseLabels; // key -> its Chinese variants, in data order
    QHash<QString, QString> m_aliases;
    QMap<TableKind, QSet<QString>> m_totals;
    QString m_ifrsTaxonomy;
};

} // namespace ledgerlens
