#include "RowKeyer.h"

#include "checks/SummedBlock.h"
#include "taxonomy/IdentityTotals.h"
#include "taxonomy/LabelScripts.h"

#include <algorithm>

namespace ledgerlens {

namespace {

// The label and, for a bilingual caption printed in one label, its English
// and Chinese parts.
QStringList labelsOf(const LineItem &item)
{
    QStringList out{item.label};
    // A bilingual row read as two labels; else halves glued into one string.
    if (!item.labelZh.isEmpty())
        out.append(item.labelZh);
    else
        out += LabelScripts::split(item.label);
    return out;
}

bool sameFigures(const LineItem &a, const LineItem &b)
{
    if (a.cells.size() != b.cells.size())
        return false;
    for (int i = 0; i < a.cells.size(); ++i) {
        if (a.cells[i].value != b.cells[i].value)
            return false;
    }
    return true;
}

bool isAttribution(TableKind kind)
{
    return kind == TableKind::ProfitOrLoss || kind == TableKind::ComprehensiveIncome;
}

const QString kAttributable = QStringLiteral("attributable");
const QString kProfitBlock = QStringLiteral("attributable_profit");
const QString kTciBlock = QStringLiteral("attributable_tci");
const QString kPerShare = QStringLiteral("eps");
const QString kPerShareTotal = QStringLiteral("eps_total");
// Which operations the per-share rows below such a heading are for.
const QStringList kPerShareOperations = {QStringLiteral("eps_continuing"), QStringLiteral("eps_discontinued"), kPerShareTotal};

// The total a balance-sheet section closes. Equity is left out: share
// capital plus reserves is the owners' equity or the total equity depending
// on whether the block holds the NCI line, which the figures cannot tell.
QString totalOfSection(const QString &section)
{
    static const QHash<QString, QString> totals = {
        {QStringLiteral("current_assets"), QStringLiteral("total_current_assets")},
        {QStringLiteral("non_current_assets"), QStringLiteral("total_non_current_assets")},
        {QStringLiteral("current_liabilities"), QStringLiteral("total_current_liabilities")},
        {QStringLiteral("non_current_liabilities"), QStringLiteral("total_non_current_liabilities")},
    };
    return totals.value(section);
}

} // namespace

QStringList RowKeyer::sectionTags(const QString &section)
{
    if (section.isEmpty())
        return {};
    QStringList tags{section};
    if (section.endsWith(QLatin1String("_assets")))
        tags << QStringLiteral("assets");
    else if (section.endsWith(QLatin1String("_liabilities")))
        tags << QStringLiteral("liabilities");
    return tags;
}

RowKeyer::RowKeyer(const Taxonomy &taxonomy) : m_taxonomy(taxonomy) {}

Taxonomy::Match RowKeyer::matchRow(const Table &t, const LineItem &item, const QStringList &sections) const
{
    const QStringList labels = labelsOf(item);
    const Taxonomy::Match whole = m_taxonomy.match(t.kind, labels.front(), sections);
    if (!whole.isEmpty() || labels.size() == 1)
        return whole;
    // The English and Chinese halves must agree (or only one be known).
    Taxonomy::Match found;
    for (int i = 1; i < labels.size(); ++i) {
        const Taxonomy::Match m = m_taxonomy.match(t.kind, labels[i], sections);
        if (m.isEmpty())
            continue;
        if (!found.isEmpty() && found.key != m.key)
            return {};
        if (found.isEmpty() || found.ifrs.isEmpty())
            found = m;
    }
    return found;
}

QString RowKeyer::headingSection(TableKind kind, const LineItem &item) const
{
    for (const QString &l : labelsOf(item)) {
        const QString s = m_taxonomy.sectionOfHeading(kind, l);
        if (!s.isEmpty())
            return s;
    }
    return {};
}

// Cash flow rows by the activity block they sit in: IAS 7 statements print
// operating, investing and financing in that order, each closed by its net
// cash row, so the block is known even where a heading is not printed.
QVector<QString> RowKeyer::cashFlowBlocks(const Table &t) const
{
    QVector<QString> blocks(t.items.size());
    const QStringList order = {QStringLiteral("net_cash_operating"), QStringLiteral("net_cash_investing"),
                               QStringLiteral("net_cash_financing")};
    const QStringList names = {QStringLiteral("operating"), QStringLiteral("investing"), QStringLiteral("financing")};
    QVector<int> ends;
    for (const QString &key : order) {
        int at = -1;
        for (int i = ends.isEmpty() ? 0 : ends.back() + 1; i < t.items.size() && at < 0; ++i) {
            if (t.items[i].kind != RowKind::Heading && matchRow(t, t.items[i], {}).key == key)
                at = i;
        }
        if (at < 0)
            break;
        ends << at;
    }
    int from = 0;
    for (int b = 0; b < ends.size(); ++b) {
        for (int i = from; i <= ends[b]; ++i)
            blocks[i] = names[b];
        from = ends[b] + 1;
    }
    return blocks;
}

// A balance sheet whose first section heading is "Current assets" printed
// its non-current assets above it without a heading.
QString RowKeyer::initialSection(const Table &t) const
{
    if (t.kind != TableKind::FinancialPosition)
        return {};
    for (const LineItem &item : t.items) {
        if (item.kind != RowKind::Heading)
            continue;
        const QString s = headingSection(t.kind, item);
        if (!s.isEmpty())
            return s == QLatin1String("current_assets") ? QStringLiteral("non_current_assets") : QString();
    }
    return {};
}

void RowKeyer::assign(Table &t) const
{
    if (isPrimaryStatement(t.kind)) {
        assignStatement(t);
        IdentityTotals(m_taxonomy).assign(t);
        applyLoneTotals(t);
        return;
    }
    for (LineItem &item : t.items) {
        if (item.kind == RowKind::Heading)
            continue;
        const Taxonomy::Match m = matchRow(t, item, {});
        item.canonical = m.key;
        item.ifrs = m.ifrs;
    }
}

void RowKeyer::assignStatement(Table &t) const
{
    const QVector<QString> blocks = t.kind == TableKind::CashFlows ? cashFlowBlocks(t) : QVector<QString>();
    QString section = initialSection(t);
    int sectionHeading = -1; // the heading row that opened `section` (-1: the top of the table)
    QString flavour; // the attribution block of the last total: profit or total comprehensive income
    QHash<QString, int> firstRow;
    for (int row = 0; row < t.items.size(); ++row) {
        LineItem &item = t.items[row];
        item.canonical.clear();
        item.ifrs.clear();
        item.derivedLabel.clear();
        if (item.kind == RowKind::Heading) {
            QString s = headingSection(t.kind, item);
            // "Continuing operations" names per-share rows only inside the
            // earnings per share block; atop a statement it opens nothing.
            if (kPerShareOperations.contains(s) && !section.startsWith(kPerShare))
                s.clear();
            else if (s == kPerShareTotal)
                s = kPerShare;
            if (s == kAttributable)
                section = flavour;
            else if (!s.isEmpty())
                section = s;
            if (!s.isEmpty())
                sectionHeading = row;
            continue;
        }
        QString context = section;
        if (context.isEmpty() && !blocks.isEmpty())
            context = blocks[row];
        if (isAttribution(t.kind) && context.isEmpty())
            context = flavour;
        const bool unlabelledTotal = item.kind == RowKind::Subtotal && item.label.trimmed().isEmpty();
        Taxonomy::Match m = unlabelledTotal ? sectionTotal(t, row, section, sectionHeading)
                                            : matchRow(t, item, sectionTags(context));
        if (unlabelledTotal && m.isEmpty() && isAttribution(t.kind))
            m = attributionTotal(t, row, section);
        const auto earlier = firstRow.constFind(m.key);
        if (!m.isEmpty() && earlier != firstRow.constEnd() && !sameFigures(t.items[*earlier], item))
            continue; // a second, different row for one key: not guessed
        item.canonical = m.key;
        item.ifrs = m.ifrs;
        if (unlabelledTotal && !m.isEmpty())
            item.derivedLabel = m_taxonomy.displayName(m.key);
        if (!m.isEmpty() && earlier == firstRow.constEnd())
            firstRow.insert(m.key, row);

        // What this row closes or opens. Attribution blocks follow the profit
        // and comprehensive income totals of those statements only: a cash
        // flow statement opening with the profit for the year stays in its
        // operating block.
        if (isAttribution(t.kind) && m.key == QLatin1String("profit_for_period"))
            flavour = section = kProfitBlock;
        else if (isAttribution(t.kind) && m.key == QLatin1String("total_comprehensive_income"))
            flavour = section = kTciBlock;
        if (t.kind == TableKind::FinancialPosition && (unlabelledTotal || (!m.isEmpty() && m_taxonomy.isTotal(t.kind, m.key))))
            section.clear();
        if (t.kind == TableKind::CashFlows && m.key.startsWith(QLatin1String("net_cash_")))
            section.clear();
    }
}

// An unlabelled subtotal is the total of its section when the figures show
// it sums the whole section: every row printing a figure from the section's
// heading (or the top of the table) down to it, and nothing else.
Taxonomy::Match RowKeyer::sectionTotal(const Table &t, int row, const QString &section, int sectionHeading) const
{
    const QString key = totalOfSection(section);
    if (t.kind != TableKind::FinancialPosition || key.isEmpty() || !m_taxonomy.keys(t.kind).contains(key))
        return {};
    const SummedBlock block = SummedBlock::of(t, row);
    if (!block.isValid())
        return {};
    for (int r = sectionHeading + 1; r < block.first; ++r) {
        if (t.items[r].kind != RowKind::Heading && !t.items[r].cells.isEmpty()
            && std::any_of(t.items[r].cells.cbegin(), t.items[r].cells.cend(), [](const Cell &c) { return c.value.has_value(); }))
            return {}; // the block is only part of the section
    }
    Taxonomy::Match m = m_taxonomy.match(t.kind, m_taxonomy.displayName(key));
    m.key = key;
    return m;
}

// An unlabelled subtotal that adds up an attribution block (owners and NCI
// lines, each keyed as such) is the block's total printed again.
Taxonomy::Match RowKeyer::attributionTotal(const Table &t, int row, const QString &section) const
{
    const QString key = section == kProfitBlock ? QStringLiteral("profit_for_period")
        : section == kTciBlock                  ? QStringLiteral("total_comprehensive_income")
                                                : QString();
    if (key.isEmpty())
        return {};
    const SummedBlock block = SummedBlock::of(t, row);
    if (!block.isValid())
        return {};
    const QString prefix = section == kProfitBlock ? QStringLiteral("profit_attributable_") : QStringLiteral("tci_attributable_");
    for (int r : block.rows)
        if (!t.items[r].canonical.startsWith(prefix))
            return {};
    Taxonomy::Match m = m_taxonomy.match(t.kind, m_taxonomy.displayName(key));
    m.key = key;
    return m;
}

// "Profit attributable to owners of the Company" with no profit line and no
// NCI line above or below it is the profit for the period itself; likewise
// the owners' equity of a group without non-controlling interests.
void RowKeyer::applyLoneTotals(Table &t) const
{
    for (const Taxonomy::LoneTotal &lt : m_taxonomy.loneTotals(t.kind)) {
        int row = -1, count = 0;
        bool blocked = false;
        for (int i = 0; i < t.items.size(); ++i) {
            const QString &k = t.items[i].canonical;
            if (k == lt.row) {
                row = i;
                ++count;
            }
            blocked = blocked || lt.absent.contains(k) || k == lt.becomes;
        }
        if (count == 1 && !blocked) {
            t.items[row].canonical = lt.becomes;
            t.items[row].ifrs = lt.ifrs;
        }
    }
}

} // namespace ledgerlens
