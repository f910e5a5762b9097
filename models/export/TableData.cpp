#include "TableData.h"

#include "items/ItemRoles.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace ledgerlens {

namespace {
using namespace ItemRoles;

TableData::Value valueAt(const QAbstractItemModel &m, const QModelIndex &idx)
{
    TableData::Value v;
    const QVariant display = m.data(idx, Qt::DisplayRole);
    // Ledgerlens's models answer ExactValueRole (ItemRoles); others leave it empty.
    const QString exact = m.data(idx, ExactValueRole).toString();
    if (!exact.isEmpty()) {
        v.kind = TableData::Value::Number;
        v.text = exact;
        return v;
    }
    if (!display.isValid() || display.toString().isEmpty())
        return v;
    const auto type = display.typeId();
    if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong
        || type == QMetaType::Float || type == QMetaType::UInt || type == QMetaType::ULongLong) {
        v.kind = TableData::Value::Number;
        v.text = QString::number(display.toDouble(), 'g', QLocale::FloatingPointShortest);
    } else {
        v.kind = TableData::Value::Text;
        v.text = display.toString();
    }
    return v;
}

QString columnUnit(const QAbstractItemModel &m, int column, qint64 unit)
{
    QString currency = m.headerData(column, Qt::Horizontal, CurrencyRole).toString();
    for (int r = 0; currency.isEmpty() && r < m.rowCount(); ++r)
        currency = m.data(m.index(r, column), CurrencyRole).toString();
    if (currency.isEmpty() && unit <= 1)
        return {};
    return TableData::unitCaption(currency, unit);
}

bool rowIsTotal(const QAbstractItemModel &m, int row)
{
    const int kindRole = RowKindRole;
    const QVariant k = m.headerData(row, Qt::Vertical, kindRole).isValid()
        ? m.headerData(row, Qt::Vertical, kindRole) : m.data(m.index(row, 0), kindRole);
    return k.isValid() && k.toInt() == 1; // RowKind::Subtotal
}
} // namespace

QString TableData::unitCaption(const QString &currency, qint64 unit)
{
    QString u = unit == 1000 ? QStringLiteral("'000") : unit == 1000000 ? QStringLiteral("million")
        : unit == 1 ? QString() : QString::number(unit);
    if (currency.isEmpty())
        return u;
    return u.isEmpty() ? currency : currency + QLatin1Char(' ') + u;
}

TableData TableData::fromModel(const QAbstractItemModel &m, const QString &title)
{
    QModelIndexList all;
    for (int r = 0; r < m.rowCount(); ++r) {
        for (int c = 0; c < m.columnCount(); ++c)
            all << m.index(r, c);
    }
    TableData t = fromSelection(m, all);
    t.title = title;
    if (m.rowCount() == 0) {   // still a header row for an empty table
        for (int c = 0; c < m.columnCount(); ++c)
            t.columnHeaders << m.headerData(c, Qt::Horizontal).toString();
    }
    return t;
}

TableData TableData::fromSelection(const QAbstractItemModel &m, const QModelIndexList &selection)
{
    TableData t;
    if (selection.isEmpty())
        return t;
    QVector<int> rows, cols;
    QSet<quint64> chosen;
    for (const QModelIndex &i : selection) {
        chosen.insert(quint64(i.row()) << 32 | quint64(i.column()));
        if (!rows.contains(i.row()))
            rows << i.row();
        if (!cols.contains(i.column()))
            cols << i.column();
    }
    std::sort(rows.begin(), rows.end());
    std::sort(cols.begin(), cols.end());
    const QVariant unitProp = m.property("displayUnit");
    const qint64 unit = unitProp.isValid() ? unitProp.toLongLong() : 1;
    for (int c : cols) {
        QString h = m.headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QString u = unitProp.isValid() ? columnUnit(m, c, unit) : QString();
        if (!u.isEmpty())
            h += QStringLiteral(" (%1)").arg(u);
        t.columnHeaders << h;
    }
    for (int r : rows) {
        t.rowHeaders << m.headerData(r, Qt::Vertical).toString();
        t.emphasised << rowIsTotal(m, r);
        QVector<Value> line;
        for (int c : cols) {
            const QModelIndex idx = m.index(r, c);
            line << (chosen.contains(quint64(r) << 32 | quint64(c)) ? valueAt(m, idx) : Value{});
        }
        t.cells << line;
    }
    return t;
}

} // namespace ledgerlens
