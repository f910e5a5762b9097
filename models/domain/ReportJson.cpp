#include "ReportJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <cmath>

namespace ledgerlens {

namespace {

QJsonValue decimalToJson(const std::optional<Decimal> &d)
{
    if (!d)
        return QJsonValue::Null;
    if (d->isInteger())
        return double(d->withScale(0).mantissa());
    return d->toDouble(); // shortest round-trip form keeps the printed digits
}

std::optional<Decimal> decimalFromJson(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    // Six places cover every printed figure (per-share values have four at most).
    const auto d = Decimal::fromString(QString::number(v.toDouble(), 'f', 6));
    // Beyond qint64 at six places (|v| >= ~9.2e12) there is no exact value: nil, not garbage.
    return d ? std::optional<Decimal>(d->normalized()) : std::nullopt;
}

QJsonArray rectToJson(const QRectF &r)
{
    auto round1 = [](double x) { return std::round(x * 10.0) / 10.0; };
    return {round1(r.x()), round1(r.y()), round1(r.width()), round1(r.height())};
}

QRectF rectFromJson(const QJsonArray &a)
{
    if (a.size() != 4)
        return {};
    return QRectF(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble());
}

QString rowKindName(RowKind k)
{
    switch (k) {
    case RowKind::Subtotal: return QStringLiteral("subtotal");
    case RowKind::Heading: return QStringLiteral("heading");
    case RowKind::Item: break;
    }
    return QStringLiteral("item");
}

RowKind rowKindFromName(const QString &s)
{
    if (s == QLatin1String("subtotal"))
        return RowKind::Subtotal;
    if (s == QLatin1String("heading"))
        return RowKind::Heading;
    return RowKind::Item;
}

QJsonArray intsToJson(const QVector<int> &v)
{
    QJsonArray a;
    for (int i : v)
        a.append(i);
    return a;
}

QVector<int> intsFromJson(const QJsonArray &a)
{
    QVector<int> v;
    for (const auto &x : a)
        v.append(x.toInt());
    return v;
}

} // namespace

QJsonObject ReportJson::tableToJson(const Table &t)
{
    if (t.isEmpty())
        return {};
    QJsonObject o;
    if (!t.title.isEmpty())
        o[QStringLiteral("title")] = t.title;
    o[QStringLiteral("pages")] = intsToJson(t.pages);
    o[QStringLiteral("unit")] = double(t.unit);
    if (!t.currency.isEmpty())
        o[QStringLiteral("currency")] = t.currency;
    QJsonArray cols;
    for (const Column &c : t.columns) {
        QJsonObject co{{QStringLiteral("label"), c.label}};
        if (c.periodEnd.isValid())
            co[QStringLiteral("period_end")] = c.periodEnd.toString(Qt::ISODate);
        if (c.months > 0)
            co[QStringLiteral("months")] = c.months;
        if (c.audited)
            co[QStringLiteral("audited")] = *c.audited;
        if (!c.segment.isEmpty())
            co[QStringLiteral("segment")] = c.segment;
        cols.append(co);
    }
    o[QStringLiteral("columns")] = cols;
    QJsonArray items;
    for (const LineItem &it : t.items) {
        QJsonObject io{{QStringLiteral("label"), it.label}};
        if (!it.labelZh.isEmpty())
            io[QStringLiteral("label_zh")] = it.labelZh;
        if (!it.valueUnit.isEmpty())
            io[QStringLiteral("value_unit")] = it.valueUnit;
        if (!it.derivedLabel.isEmpty())
            io[QStringLiteral("derived_label")] = it.derivedLabel;
        if (!it.canonical.isEmpty())
            io[QStringLiteral("canonical")] = it.canonical;
        if (!it.ifrs.isEmpty())
            io[QStringLiteral("ifrs")] = it.ifrs;
        io[QStringLiteral("note")] = it.note.isEmpty() ? QJsonValue() : QJsonValue(it.note);
        if (it.kind != RowKind::Item)
            io[QStringLiteral("kind")] = rowKindName(it.kind);
        QJsonArray values, cells;
        for (const Cell &c : it.cells) {
            values.append(decimalToJson(c.value));
            if (c.source.isValid())
                cells.append(QJsonObject{{QStringLiteral("page"), c.source.page},
                                         {QStringLiteral("bbox"), rectToJson(c.source.box)}});
            else
                cells.append(QJsonValue::Null);
        }
        io[QStringLiteral("values")] = values;
        io[QStringLiteral("cells")] = cells;
        items.append(io);
    }
    o[QStringLiteral("items")] = items;
    return o;
}

Table ReportJson::tableFromJson(TableKind kind, const QJsonObject &o)
{
    Table t;
    t.kind = kind;
    t.title = o[QStringLiteral("title")].toString();
    t.pages = intsFromJson(o[QStringLiteral("pages")].toArray());
    // A unit is a whole multiple (1, 1000, 1000000); anything else, including
    // numbers beyond qint64 that would overflow the conversion, reads as 1.
    const double unit = o[QStringLiteral("unit")].toDouble(1);
    t.unit = unit >= 1 && unit <= 1e15 && unit == std::floor(unit) ? qint64(unit) : 1;
    t.currency = o[QStringLiteral("currency")].toString();
    for (const auto &cv : o[QStringLiteral("columns")].toArray()) {
        const QJsonObject co = cv.toObject();
        Column c;
        c.label = co[QStringLiteral("label")].toString();
        c.periodEnd = QDate::fromString(co[QStringLiteral("period_end")].toString(), Qt::ISODate);
        c.months = co[QStringLiteral("months")].toInt();
        if (co.contains(QStringLiteral("audited")))
            c.audited = co[QStringLiteral("audited")].toBool();
        c.segment = co[QStringLiteral("segment")].toString();
        t.columns.append(c);
    }
    for (const auto &iv : o[QStringLiteral("items")].toArray()) {
        const QJsonObject io = iv.toObject();
        LineItem it;
        it.label = io[QStringLiteral("label")].toString();
        it.labelZh = io[QStringLiteral("label_zh")].toString();
        it.valueUnit = io[QStringLiteral("value_unit")].toString();
        it.derivedLabel = io[QStringLiteral("derived_label")].toString();
        it.canonical = io[QStringLiteral("canonical")].toString();
        it.ifrs = io[QStringLiteral("ifrs")].toString();
        it.note = io[QStringLiteral("note")].toString();
        it.kind = rowKindFromName(io[QStringLiteral("kind")].toString());
        const QJsonArray values = io[QStringLiteral("values")].toArray();
        const QJsonArray cells = io[QStringLiteral("cells")].toArray();
        for (int i = 0; i < values.size(); ++i) {
            Cell c;
            c.value = decimalFromJson(values[i]);
            const QJsonObject so = cells.at(i).toObject();
            c.source.page = so[QStringLiteral("page")].toInt();
            c.source.box = rectFromJson(so[QStringLiteral("bbox")].toArray());
            it.cells.append(c);
        }
        t.items.append(it);
    }
    return t;
}

QJsonObject ReportJson::toJson(const Report &r)
{
    QJsonObject source{{QStringLiteral("path"), QFileInfo(r.path).fileName()},
                       {QStringLiteral("pages"), r.pageCount}};
    QJsonObject report{{QStringLiteral("company"), r.company},
                       {QStringLiteral("stock_code"), r.stockCode},
                       {QStringLiteral("kind"), r.kind},
                       {QStringLiteral("period_end"),
                        r.periodEnd.isValid() ? r.periodEnd.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("currency"), r.currency}};
    QJsonObject statements;
    QJsonObject root{{QStringLiteral("source"), source}, {QStringLiteral("report"), report}};
    for (TableKind k : allTableKinds()) {
        const QJsonObject t = tableToJson(r.tables.value(k));
        if (isPrimaryStatement(k))
            statements[tableKey(k)] = t;
        else
            root[tableKey(k)] = t;
    }
    root[QStringLiteral("statements")] = statements;
    QJsonArray checks;
    for (const Check &c : r.checks) {
        checks.append(QJsonObject{{QStringLiteral("table"), tableKey(c.table)},
                                  {QStringLiteral("rule"), c.rule},
                                  {QStringLiteral("column"), c.column},
                                  {QStringLiteral("ok"), c.ok},
                                  {QStringLiteral("expected"), decimalToJson(c.expected)},
                                  {QStringLiteral("computed"), decimalToJson(c.computed)},
                                  {QStringLiteral("rows"), intsToJson(c.rows)}});
    }
    root[QStringLiteral("checks")] = checks;
    root[QStringLiteral("warnings")] = QJsonArray::fromStringList(r.warnings);
    QJsonArray candidates;
    for (const TableCandidate &c : r.candidates)
        candidates.append(QJsonObject{{QStringLiteral("kind"), tableKey(c.kind)},
                                      {QStringLiteral("page"), c.page},
                                      {QStringLiteral("title"), c.title},
                                      {QStringLiteral("score"), c.score}});
    if (!candidates.isEmpty())
        root[QStringLiteral("candidates")] = candidates;
    return root;
}

Report ReportJson::fromJson(const QJsonObject &root)
{
    Report r;
    const QJsonObject source = root[QStringLiteral("source")].toObject();
    r.path = source[QStringLiteral("path")].toString();
    r.pageCount = source[QStringLiteral("pages")].toInt();
    const QJsonObject report = root[QStringLiteral("report")].toObject();
    r.company = report[QStringLiteral("company")].toString();
    r.stockCode = report[QStringLiteral("stock_code")].toString();
    r.kind = report[QStringLiteral("kind")].toString();
    r.periodEnd = QDate::fromString(report[QStringLiteral("period_end")].toString(), Qt::ISODate);
    r.currency = report[QStringLiteral("currency")].toString();
    const QJsonObject statements = root[QStringLiteral("statements")].toObject();
    for (TableKind k : allTableKinds()) {
        const QJsonObject t = isPrimaryStatement(k) ? statements[tableKey(k)].toObject()
                                                    : root[tableKey(k)].toObject();
        if (!t.isEmpty())
            r.tables.insert(k, tableFromJson(k, t));
    }
    for (const auto &cv : root[QStringLiteral("checks")].toArray()) {
        const QJsonObject co = cv.toObject();
        Check c;
        tableKindFromKey(co[QStringLiteral("table")].toString(), &c.table);
        c.rule = co[QStringLiteral("rule")].toString();
        c.column = co[QStringLiteral("column")].toInt();
        c.ok = co[QStringLiteral("ok")].toBool();
        c.expected = decimalFromJson(co[QStringLiteral("expected")]).value_or(Decimal());
        c.computed = decimalFromJson(co[QStringLiteral("computed")]).value_or(Decimal());
        c.rows = intsFromJson(co[QStringLiteral("rows")].toArray());
        r.checks.append(c);
    }
    for (const auto &w : root[QStringLiteral("warnings")].toArray())
        r.warnings.append(w.toString());
    for (const auto &cv : root[QStringLiteral("candidates")].toArray()) {
        const QJsonObject co = cv.toObject();
        TableCandidate c;
        if (!tableKindFromKey(co[QStringLiteral("kind")].toString(), &c.kind) || co[QStringLiteral("page")].toInt() < 1)
            continue;  // a kind this build does not know
        c.page = co[QStringLiteral("page")].toInt();
        c.title = co[QStringLiteral("title")].toString();
        c.score = co[QStringLiteral("score")].toInt();
        r.candidates.append(c);
    }
    return r;
}

} // namespace ledgerlens
