#include "TableDecision.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ledgerlens {

QString TableDecision::regionText() const
{
    if (!region)
        return QCoreApplication::translate("TableDecision", "no table");
    QString pages = region->lastPage == region->firstPage
        ? QCoreApplication::translate("TableDecision", "page %1").arg(region->firstPage)
        : QCoreApplication::translate("TableDecision", "pages %1\u2013%2").arg(region->firstPage).arg(region->lastPage);
    if (region->box)
        pages = QCoreApplication::translate("TableDecision", "%1, a marked area").arg(pages);
    return pages;
}

namespace TableDecisionJson {

QJsonObject toJson(const TableDecision &d)
{
    QJsonObject o{{QStringLiteral("table"), tableKey(d.kind)},
                  {QStringLiteral("sha256"), QString::fromLatin1(d.sha256)},
                  {QStringLiteral("note"), d.note},
                  {QStringLiteral("user"), d.user},
                  {QStringLiteral("timestamp"), d.timestamp.toUTC().toString(Qt::ISODateWithMs)}};
    if (d.region) {
        o.insert(QStringLiteral("firstPage"), d.region->firstPage);
        o.insert(QStringLiteral("lastPage"), d.region->lastPage);
        if (d.region->box) {
            const QRectF b = *d.region->box;
            o.insert(QStringLiteral("box"), QJsonArray{b.x(), b.y(), b.width(), b.height()});
        }
    } else {
        o.insert(QStringLiteral("none"), true);
    }
    if (d.stale)
        o.insert(QStringLiteral("needsReview"), true);
    return o;
}

std::optional<TableDecision> fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<TableDecision> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    TableDecision d;
    if (!tableKindFromKey(o.value(QLatin1String("table")).toString(), &d.kind))
        return fail(QStringLiteral("unknown table \"%1\"").arg(o.value(QLatin1String("table")).toString()));
    d.sha256 = o.value(QLatin1String("sha256")).toString().toLatin1();
    d.note = o.value(QLatin1String("note")).toString();
    d.user = o.value(QLatin1String("user")).toString();
    d.timestamp = QDateTime::fromString(o.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
    d.stale = o.value(QLatin1String("needsReview")).toBool(false);
    if (o.value(QLatin1String("none")).toBool(false))
        return d;
    TableRegion r;
    r.kind = d.kind;
    r.firstPage = o.value(QLatin1String("firstPage")).toInt(0);
    r.lastPage = o.value(QLatin1String("lastPage")).toInt(r.firstPage);
    if (r.firstPage < 1 || r.lastPage < r.firstPage)
        return fail(QStringLiteral("no valid page range"));
    const QJsonValue box = o.value(QLatin1String("box"));
    if (!box.isUndefined()) {
        const QJsonArray b = box.toArray();
        if (!box.isArray() || b.size() != 4 || b[2].toDouble() <= 0 || b[3].toDouble() <= 0)
            return fail(QStringLiteral("the box is not x, y, width, height"));
        r.box = QRectF(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble());
    }
    d.region = r;
    return d;
}

} // namespace TableDecisionJson
} // namespace ledgerlens
