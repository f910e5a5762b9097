#pragma once

#include "domain/Report.h"
#include "taxonomy/Taxonomy.h"

namespace ledgerlens {

// Assigns `canonical` and `ifrs` to the rows of a table, reading each
// caption in the context the statement prints it in:
// - the section heading above it ("Current liabilities", "非流動負債",
//   "Cash flows from investing activities"), so "Lease liabilities" under
//   current and non-current liabilities get different keys;
// - the "attributable to:" block it belongs to, so "Owners of the Company"
//   under profit and under total comprehensive income get different keys.
// In a primary statement no key is given to two rows unless they print the
// same figures (a total restated further down); the later one stays unmapped.
// An unlabelled subtotal that sums a whole balance-sheet section, or an
// attribution block, gets the key of that total and a derivedLabel naming
// it; its label stays "".
class RowKeyer
{
public:
    explicit RowKeyer(const Taxonomy &taxonomy = Taxonomy::builtin());

    void assign(Table &table) const;
    // A section tag with the wider tags it belongs to, most specific first
    // ("current_assets" -> current_assets, assets).
    static QStringList sectionTags(const QString &section);
    // The section a heading row opens ("current_assets" for 流動資產 or
    // "CURRENT ASSETS:"), trying each of its labels; empty when it opens none.
    QString headingSection(TableKind kind, const LineItem &item) const;

private:
    Taxonomy::Match matchRow(const Table &t, const LineItem &item, const QStringList &sections) const;
    QVector<QString> cashFlowBlocks(const Table &t) const;
    QString initialSection(const Table &t) const;
    Taxonomy::Match sectionTotal(const Table &t, int row, const QString &section, int sectionHeading) const;
    Taxonomy::Match attributionTotal(const Table &t, int row, const QString &section) const;
    void assignStatement(Table &t) const;
    void applyLoneTotals(Table &t) const;

    const Taxonomy &m_taxonomy;
};

} // namespace ledgerlens
