#include "FilingSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ledgerlens::typeset {

namespace {

struct Layout
{
    QVector<HeaderSpan> spans;
    QVector<FilingColumn> columns;
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        return {v.toString()};
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

bool figure(const QJsonValue &v, std::optional<Decimal> *out, QString *error)
{
    if (v.isNull() || v.isUndefined()) {
        *out = std::nullopt;
        return true;
    }
    const QString text = v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toString();
    if (v.isDouble() && v.toDouble() != double(qint64(v.toDouble()))) {
        *error = QStringLiteral("figure %1 has decimals: write it as a string").arg(v.toDouble());
        return false;
    }
    *out = Decimal::fromString(text);
    if (!*out) {
        *error = QStringLiteral("'%1' is not a figure").arg(text);
        return false;
    }
    return true;
}

bool layoutFromJson(const QJsonObject &o, Layout *layout, QString *error)
{
    for (const QJsonValue &sv : o[QStringLiteral("spans")].toArray()) {
        const QJsonObject s = sv.toObject();
        layout->spans.append({s[QStringLiteral("first")].toInt(), s[QStringLiteral("last")].toInt(),
                              strings(s[QStringLiteral("lines")]), s[QStringLiteral("level")].toInt()});
    }
    for (const QJsonValue &cv : o[QStringLiteral("columns")].toArray()) {
        const QJsonObject c = cv.toObject();
        FilingColumn col;
        col.header = strings(c[QStringLiteral("header")]);
        col.period = c[QStringLiteral("period")].toBool(true);
        col.label = c[QStringLiteral("label")].toString(col.header.value(0));
        col.periodEnd = QDate::fromString(c[QStringLiteral("period_end")].toString(), Qt::ISODate);
        col.months = c[QStringLiteral("months")].toInt();
        if (c.contains(QStringLiteral("audited")))
            col.audited = c[QStringLiteral("audited")].toBool();
        if (col.period && !col.periodEnd.isValid()) {
            *error = QStringLiteral("column '%1' needs a period_end (YYYY-MM-DD)").arg(col.label);
            return false;
        }
        layout->columns.append(col);
    }
    if (layout->columns.isEmpty()) {
        *error = QStringLiteral("a table layout has no columns");
        return false;
    }
    return true;
}

RowStyle styleFromName(const QString &s, bool *ok)
{
    *ok = true;
    if (s.isEmpty() || s == QLatin1String("item"))
        return RowStyle::Item;
    if (s == QLatin1String("heading"))
        return RowStyle::Heading;
    if (s == QLatin1String("subtotal"))
        return RowStyle::Subtotal;
    if (s == QLatin1String("total"))
        return RowStyle::Total;
    *ok = false;
    return RowStyle::Item;
}

bool rowFromJson(const QJsonValue &v, int columns, FilingRow *row, QString *error)
{
    QJsonArray values;
    if (v.isString()) {
        row->label = v.toString();
        row->style = RowStyle::Heading;
        row->bold = true;
        return true;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        row->label = a.first().toString();
        values = QJsonArray(a);
        values.removeFirst();
    } else {
        const QJsonObject o = v.toObject();
        row->label = o[QStringLiteral("label")].toString();
        row->note = o[QStringLiteral("note")].toString();
        bool ok = false;
        row->style = styleFromName(o[QStringLiteral("style")].toString(), &ok);
        if (!ok) {
            *error = QStringLiteral("row '%1': unknown style '%2'")
                         .arg(row->label, o[QStringLiteral("style")].toString());
            return false;
        }
        row->bold = o[QStringLiteral("bold")].toBool(row->style == RowStyle::Heading);
        row->indent = o[QStringLiteral("indent")].toInt();
        row->spaceBefore = o[QStringLiteral("space_before")].toBool();
        row->canonical = o[QStringLiteral("canonical")].toString();
        values = o[QStringLiteral("values")].toArray();
    }
    if (row->style == RowStyle::Heading)
        return true;
    if (values.size() != columns) {
        *error = QStringLiteral("row '%1' has %2 figures for %3 columns")
                     .arg(row->label).arg(values.size()).arg(columns);
        return false;
    }
    for (const QJsonValue &x : values) {
        std::optional<Decimal> d;
        if (!figure(x, &d, error)) {
            *error = QStringLiteral("row '%1': %2").arg(row->label, *error);
            return false;
        }
        row->values.append(d);
    }
    return true;
}

bool tableFromJson(const QJsonObject &o, const QMap<QString, Layout> &layouts, FilingTable *t,
                   QString *error)
{
    t->key = o[QStringLiteral("key")].toString();
    t->titleLines = strings(o[QStringLiteral("title_lines")]);
    t->title = o[QStringLiteral("title")].toString(t->titleLines.value(0));
    t->unit = qint64(o[QStringLiteral("unit")].toDouble(1000));
    t->currency = o[QStringLiteral("currency")].toString();
    t->minFigureWidth = o[QStringLiteral("figure_width")].toDouble(t->minFigureWidth);
    t->notesColumn = o[QStringLiteral("notes")].toBool();
    t->maxLabelWidth = o[QStringLiteral("label_width")].toDouble(0);
    t->notesHeader = o[QStringLiteral("notes_header")].toString(t->notesHeader);
    Layout layout;
    const QString name = o[QStringLiteral("layout")].toString();
    if (!name.isEmpty()) {
        if (!layouts.contains(name)) {
            *error = QStringLiteral("unknown layout '%1'").arg(name);
            return false;
        }
        layout = layouts[name];
    } else if (!layoutFromJson(o, &layout, error)) {
        return false;
    }
    t->spans = layout.spans;
    t->columns = layout.columns;
    for (const QJsonValue &rv : o[QStringLiteral("rows")].toArray()) {
        FilingRow row;
        if (!rowFromJson(rv, t->columns.size(), &row, error))
            return false;
        t->rows.append(row);
    }
    return true;
}

} // namespace

bool FilingSpec::fromJson(const QJsonObject &spec, FilingDocument *doc, QString *error)
{
    doc->runningHeader = spec[QStringLiteral("running_header")].toString();
    doc->chinese = spec[QStringLiteral("chinese")].toBool();
    doc->continuedSuffix = spec[QStringLiteral("continued_suffix")].toString();
    const QJsonObject report = spec[QStringLiteral("report")].toObject();
    doc->company = report[QStringLiteral("company")].toString();
    doc->stockCode = report[QStringLiteral("stock_code")].toString();
    doc->kind = report[QStringLiteral("kind")].toString();
    doc->periodEnd = QDate::fromString(report[QStringLiteral("period_end")].toString(), Qt::ISODate);
    doc->currency = report[QStringLiteral("currency")].toString();

    QMap<QString, Layout> layouts;
    const QJsonObject lo = spec[QStringLiteral("layouts")].toObject();
    for (auto it = lo.begin(); it != lo.end(); ++it) {
        Layout l;
        if (!layoutFromJson(it.value().toObject(), &l, error)) {
            *error = QStringLiteral("layout '%1': %2").arg(it.key(), *error);
            return false;
        }
        layouts.insert(it.key(), l);
    }
    const QJsonArray blocks = spec[QStringLiteral("blocks")].toArray();
    for (int i = 0; i < blocks.size(); ++i) {
        const QJsonObject b = blocks[i].toObject();
        if (b.contains(QStringLiteral("title"))) {
            doc->addTitle(b[QStringLiteral("title")].toString());
        } else if (b.contains(QStringLiteral("heading"))) {
            doc->addHeading(b[QStringLiteral("heading")].toString());
        } else if (b.contains(QStringLiteral("paragraph"))) {
            doc->addParagraph(b[QStringLiteral("paragraph")].toString());
        } else if (b.contains(QStringLiteral("page_break"))) {
            doc->addPageBreak();
        } else if (b.contains(QStringLiteral("table"))) {
            FilingTable t;
            if (!tableFromJson(b[QStringLiteral("table")].toObject(), layouts, &t, error)) {
                *error = QStringLiteral("block %1 (table): %2").arg(i + 1).arg(*error);
                return false;
            }
            doc->addTable(t);
        } else {
            *error = QStringLiteral("block %1 is neither title, heading, paragraph, page_break nor table")
                         .arg(i + 1);
            return false;
        }
    }
    return true;
}

bool FilingSpec::load(const QString &path, FilingDocument *doc, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument json = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !json.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                     .arg(path, pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!fromJson(json.object(), doc, error)) {
        *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    return true;
}

} // namespace ledgerlens::typeset
