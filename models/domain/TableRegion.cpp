#include "TableRegion.h"

#include <QRegularExpression>

namespace ledgerlens {

std::optional<TableRegion> TableRegion::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<TableRegion> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QRegularExpression form(QStringLiteral(
        "^([a-z_]+)=pages:(\\d+)(?:-(\\d+))?(?:,box:([-+0-9.eE]+),([-+0-9.eE]+),([-+0-9.eE]+),([-+0-9.eE]+))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return fail(QStringLiteral("\"%1\" is not KIND=pages:N[-M][,box:x,y,w,h]").arg(text));
    TableRegion r;
    if (!tableKindFromKey(m.captured(1), &r.kind)) {
        QStringList keys;
        for (TableKind k : allTableKinds())
            keys.append(tableKey(k));
        return fail(QStringLiteral("unknown table kind \"%1\" (one of %2)").arg(m.captured(1), keys.join(QStringLiteral(", "))));
    }
    bool ok = false;
    r.firstPage = m.captured(2).toInt(&ok);
    if (!ok || r.firstPage < 1)
        return fail(QStringLiteral("pages are numbered from 1"));
    r.lastPage = m.captured(3).isEmpty() ? r.firstPage : m.captured(3).toInt(&ok);
    if (!ok || r.lastPage < r.firstPage)
        return fail(QStringLiteral("the page range %1-%2 runs backwards").arg(m.captured(2), m.captured(3)));
    if (!m.captured(4).isEmpty()) {
        double v[4];
        for (int i = 0; i < 4; ++i) {
            v[i] = m.captured(4 + i).toDouble(&ok);
            if (!ok || !qIsFinite(v[i]))
                return fail(QStringLiteral("the box's figures must be numbers"));
        }
        if (v[2] <= 0 || v[3] <= 0)
            return fail(QStringLiteral("the box needs a width and height above zero"));
        r.box = QRectF(v[0], v[1], v[2], v[3]);
    }
    return r;
}

QString TableRegion::toString() const
{
    QString s = tableKey(kind) + QStringLiteral("=pages:") + QString::number(firstPage);
    if (lastPage != firstPage)
        s += QLatin1Char('-') + QString::number(lastPage);
    if (box)
        s += QStringLiteral(",box:%1,%2,%3,%4").arg(box->x()).arg(box->y()).arg(box->width()).arg(box->height());
    return s;
}

} // namespace ledgerlens
