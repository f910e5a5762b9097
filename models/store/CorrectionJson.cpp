#include "CorrectionJson.h"

#include <QJsonValue>

namespace ledgerlens::CorrectionJson {

namespace {
QJsonValue valueJson(const std::optional<Decimal> &v)
{
    return v ? QJsonValue(v->toString()) : QJsonValue(QJsonValue::Null);
}

bool readValue(const QJsonObject &json, const char *key, std::optional<Decimal> *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined()) {
        *out = std::nullopt;
        return true;
    }
    // Strings keep the exact decimal; a JSON number would pass through a double.
    const auto d = v.isString() ? Decimal::fromString(v.toString()) : std::nullopt;
    if (!d) {
        *error = QStringLiteral("\"%1\" is not an exact decimal string").arg(QLatin1String(key));
        return false;
    }
    *out = d;
    return true;
}
} // namespace

QJsonObject toJson(const Correction &c)
{
    QJsonObject o{
        {QStringLiteral("table"), tableKey(c.table)},
        {QStringLiteral("field"), correctionFieldKey(c.field)},
        {QStringLiteral("row"), c.row},
        {QStringLiteral("rowLabel"), c.rowLabel},
        {QStringLiteral("page"), c.page},
        {QStringLiteral("note"), c.note},
        {QStringLiteral("user"), c.user},
        {QStringLiteral("timestamp"), c.timestamp.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (c.field == Correction::Field::Value) {
        o.insert(QStringLiteral("column"), c.column);
        o.insert(QStringLiteral("columnLabel"), c.columnLabel);
        o.insert(QStringLiteral("extracted"), valueJson(c.extractedValue));
        o.insert(QStringLiteral("corrected"), valueJson(c.correctedValue));
    } else {
        o.insert(QStringLiteral("extracted"), c.extractedText);
        o.insert(QStringLiteral("corrected"), c.correctedText);
    }
    return o;
}

std::optional<Correction> fromJson(const QJsonObject &json, QString *error)
{
    Correction c;
    if (!tableKindFromKey(json.value(QLatin1String("table")).toString(), &c.table)) {
        *error = QStringLiteral("unknown table \"%1\"").arg(json.value(QLatin1String("table")).toString());
        return std::nullopt;
    }
    if (!correctionFieldFromKey(json.value(QLatin1String("field")).toString(), &c.field)) {
        *error = QStringLiteral("unknown field \"%1\"").arg(json.value(QLatin1String("field")).toString());
        return std::nullopt;
    }
    if (!json.value(QLatin1String("row")).isDouble() || json.value(QLatin1String("row")).toInt(-1) < 0) {
        *error = QStringLiteral("missing row");
        return std::nullopt;
    }
    c.row = json.value(QLatin1String("row")).toInt();
    c.rowLabel = json.value(QLatin1String("rowLabel")).toString();
    c.page = json.value(QLatin1String("page")).toInt();
    c.note = json.value(QLatin1String("note")).toString();
    c.user = json.value(QLatin1String("user")).toString();
    c.timestamp = QDateTime::fromString(json.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
    if (!c.timestamp.isValid()) {
        *error = QStringLiteral("missing or malformed timestamp");
        return std::nullopt;
    }
    c.timestamp = c.timestamp.toUTC();
    if (c.field == Correction::Field::Value) {
        c.column = json.value(QLatin1String("column")).toInt(-1);
        if (c.column < 0) {
            *error = QStringLiteral("missing column");
            return std::nullopt;
        }
        c.columnLabel = json.value(QLatin1String("columnLabel")).toString();
        if (!readValue(json, "extracted", &c.extractedValue, error)
            || !readValue(json, "corrected", &c.correctedValue, error))
            return std::nullopt;
    } else {
        c.extractedText = json.value(QLatin1String("extracted")).toString();
        c.correctedText = json.value(QLatin1String("corrected")).toString();
    }
    return c;
}

} // namespace ledgerlens::CorrectionJson
