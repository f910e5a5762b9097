#include "EntityColumns.h"

#include <QRegularExpression>

namespace ledgerlens::EntityColumns {

Entity entityOf(const QString &segment)
{
    // The whole header is the entity's name; "Company A segment" is not.
    static const QRegularExpression group(QStringLiteral(
        "^(?:the\\s+)?(?:group|consolidated)$|^本?集團$|^綜合$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression company(QStringLiteral(
        "^(?:the\\s+)?(?:company|bank)$|^本?公司$|^本?銀行$"), QRegularExpression::CaseInsensitiveOption);
    const QString s = segment.simplified();
    if (group.match(s).hasMatch())
        return Entity::Group;
    if (company.match(s).hasMatch())
        return Entity::Company;
    return Entity::None;
}

bool keepGroup(Table &table)
{
    QVector<int> keep;
    int companies = 0;
    for (int c = 0; c < table.columns.size(); ++c) {
        const Entity e = entityOf(table.columns[c].segment);
        if (e == Entity::None)
            return false;
        if (e == Entity::Group)
            keep.append(c);
        else
            ++companies;
    }
    if (keep.isEmpty() || companies == 0)
        return false;

    QVector<Column> columns;
    for (int c : keep) {
        Column col = table.columns[c];
        // One entity left: its name no longer tells the columns apart.
        col.label = col.label.remove(QRegularExpression(
                                         QStringLiteral("\\s*%1\\s*").arg(QRegularExpression::escape(col.segment))))
                        .simplified();
        col.segment.clear();
        columns.append(col);
    }
    QVector<LineItem> items;
    for (LineItem it : table.items) {
        const bool hadFigures = std::any_of(it.cells.cbegin(), it.cells.cend(), [](const Cell &c) { return c.value.has_value(); });
        QVector<Cell> cells;
        for (int c : keep)
            cells.append(c < it.cells.size() ? it.cells[c] : Cell{});
        const bool hasFigures = std::any_of(cells.cbegin(), cells.cend(), [](const Cell &c) { return c.value.has_value(); });
        if (hadFigures && !hasFigures)
            continue;   // the company's own line (interests in subsidiaries)
        it.cells = cells;
        items.append(it);
    }
    table.columns = columns;
    table.items = items;
    return true;
}

} // namespace ledgerlens::EntityColumns
