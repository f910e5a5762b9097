#include "ComparisonLayout.h"

#include "taxonomy/LabelScripts.h"
#include "taxonomy/LabelNormalizer.h"
#include "taxonomy/RowKeyer.h"
#include "taxonomy/Taxonomy.h"

#include <QHash>
#include <algorithm>

namespace ledgerlens {

QString ComparisonRow::labelIn(bool chinese) const
{
    const QString &own = chinese ? labelZh : labelEn;
    return own.isEmpty() ? (chinese ? labelEn : labelZh) : own;
}

QString ComparisonRow::otherLabel(bool chinese) const
{
    const QString shown = labelIn(chinese);
    const QString &other = chinese ? labelEn : labelZh;
    return other == shown ? QString() : other;
}

namespace ComparisonLayout {

namespace {
// A row's English and Chinese captions: a bilingual row's two labels, the
// halves of a bilingual caption printed as one label, or the one label in
// the script it is written in.
void splitLabel(const LineItem &item, QString *en, QString *zh)
{
    if (!item.labelZh.isEmpty()) {
        *en = item.label;
        *zh = item.labelZh;
        return;
    }
    const QStringList halves = LabelScripts::split(item.label);
    if (halves.size() == 2) {
        *en = halves[0];
        *zh = halves[1];
    } else if (std::any_of(item.label.cbegin(), item.label.cend(), LabelNormalizer::isCjk)) {
        *zh = item.label;
    } else {
        *en = item.label;
    }
}

// Fills the row's labels it still lacks from one more report's row.
void takeLabels(ComparisonRow &row, const LineItem &item)
{
    QString en, zh;
    splitLabel(item, &en, &zh);
    if (row.labelEn.isEmpty())
        row.labelEn = en;
    if (row.labelZh.isEmpty())
        row.labelZh = zh;
    if (row.label.isEmpty())
        row.label = item.label;
    if (row.derivedLabel.isEmpty())
        row.derivedLabel = item.derivedLabel;
}

// An unmapped row's printed caption, folded as the taxonomy folds labels
// (case, punctuation, profit/loss and increase/decrease wording, Simplified
// script): English when the row prints English, else Chinese.
QString foldedCaption(const LineItem &item)
{
    QString en, zh;
    splitLabel(item, &en, &zh);
    const QString &caption = en.isEmpty() ? zh : en;
    return caption.isEmpty() ? QString() : Taxonomy::builtin().normalize(caption);
}

// Per-share rows in different units (RMB, HK cents) never share a row.
QString unitSuffix(const LineItem &item)
{
    return item.isPerShare() ? QStringLiteral("|u:") + item.valueUnit.simplified().toCaseFolded() : QString();
}

// Each unmapped figure row's folded caption when the table prints it once,
// else empty: a caption printed twice in one table ("Others" in two
// sections) is ambiguous and never merged. Folded once per row here, as
// folding runs the taxonomy's patterns.
QVector<QString> uniqueCaptions(const Table &t)
{
    QVector<QString> captions(t.items.size());
    QHash<QString, int> counts;
    for (int r = 0; r < t.items.size(); ++r) {
        const LineItem &item = t.items[r];
        if (item.canonical.isEmpty() && item.kind != RowKind::Heading)
            ++counts[captions[r] = foldedCaption(item)];
    }
    for (QString &c : captions)
        if (counts.value(c) != 1)
            c.clear();
    return captions;
}

// A heading's share key: the statement section it opens ("Current assets",
// 流動資產 and "CURRENT ASSETS:" are one heading in any language), else its
// folded caption. Headings hold no figures, so merging them hides nothing.
QString headingKey(TableKind kind, const LineItem &item)
{
    const QString section = RowKeyer().headingSection(kind, item);
    if (!section.isEmpty())
        return QStringLiteral("s:") + section;
    const QString caption = foldedCaption(item);
    return caption.isEmpty() ? QString() : QStringLiteral("h:") + caption;
}

// The key rows share across reports: canonical key (nth occurrence), a
// heading's section or caption (headingKey), or for an unmapped figure row
// its unique folded caption (`caption`, from uniqueCaptions): two companies
// printing the same words share a row, still unmapped, under those words.
QString keyOf(TableKind kind, const LineItem &item, const QString &caption, QHash<QString, int> &seen)
{
    QString base;
    if (!item.canonical.isEmpty())
        base = QStringLiteral("c:") + item.canonical + unitSuffix(item);
    else if (item.kind == RowKind::Heading)
        base = headingKey(kind, item);
    else if (!caption.isEmpty())
        base = QStringLiteral("l:") + caption + unitSuffix(item);
    if (base.isEmpty())
        return {};
    const int n = seen[base]++;
    return base + u'#' + QString::number(n);
}
} // namespace

QVector<ComparisonRow> alignRows(const QVector<const Table *> &tables)
{
    QVector<ComparisonRow> rows;
    QVector<QString> rowKeys; // parallel to rows, empty for unmapped
    const int n = tables.size();
    for (int ti = 0; ti < n; ++ti) {
        const Table *t = tables[ti];
        if (!t)
            continue;
        QHash<QString, int> seen;
        const QVector<QString> captions = uniqueCaptions(*t);
        int prev = -1; // comparison row of this table's previous row
        for (int r = 0; r < t->items.size(); ++r) {
            const LineItem &item = t->items[r];
            const QString key = keyOf(t->kind, item, captions[r], seen);
            const int existing = key.isEmpty() ? -1 : int(rowKeys.indexOf(key));
            if (existing >= 0 && rows[existing].sourceRows[ti] < 0) {
                rows[existing].sourceRows[ti] = r;
                takeLabels(rows[existing], item);
                prev = qMax(prev, existing);
                continue;
            }
            // New row: after this report's previous row, behind rows other
            // reports added there that share no key or only a caption (their
            // printed order holds).
            int pos = prev + 1;
            while (pos < rows.size() && (rowKeys[pos].isEmpty() || rowKeys[pos].startsWith(u'l')) && rows[pos].sourceRows[ti] < 0)
                ++pos;
            ComparisonRow row;
            row.canonical = item.canonical;
            row.valueUnit = item.valueUnit;
            takeLabels(row, item);
            row.kind = item.kind;
            row.sourceRows = QVector<int>(n, -1);
            row.sourceRows[ti] = r;
            rows.insert(pos, row);
            rowKeys.insert(pos, key);
            prev = pos;
        }
    }
    return rows;
}

QVector<ComparisonColumn> columns(const QVector<const Table *> &tables)
{
    QVector<ComparisonColumn> out;
    for (int ti = 0; ti < tables.size(); ++ti) {
        if (!tables[ti])
            continue;
        for (int c = 0; c < tables[ti]->columns.size(); ++c)
            out.append({ti, c});
    }
    return out;
}

} // namespace ComparisonLayout
} // namespace ledgerlens
