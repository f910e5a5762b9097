#include "ChartPalette.h"

#include <QVector>
#include <algorithm>
#include <cmath>

namespace ledgerlens::ChartPalette {

namespace {
// Qualitative, colour-blind-aware (Okabe-Ito and Tableau 10 blended), readable on white.
const QVector<QColor> &qualitative()
{
    static const QVector<QColor> colours{
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
        QColor(0x17, 0xbe, 0xcf), QColor(0x00, 0x5f, 0x73), QColor(0xca, 0x67, 0x02)};
    return colours;
}

// FNV-1a over UTF-16: unlike qHash it is the same in every process.
quint32 stableHash(const QString &s)
{
    quint32 h = 2166136261u;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}
} // namespace

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QMap<QString, QColor> segmentColours(const QStringList &names)
{
    const auto &pal = qualitative();
    QMap<QString, QColor> out;
    QVector<bool> taken(pal.size(), false);
    // Sorted by key so the clash winner does not depend on report order.
    QStringList keys;
    for (const QString &n : names)
        keys.append(nameKey(n));
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : keys) {
        int slot = int(stableHash(k) % quint32(pal.size()));
        int tries = 0;
        while (taken[slot] && tries++ < pal.size())
            slot = (slot + 1) % pal.size();
        if (tries <= pal.size())
            taken[slot] = true;
        out.insert(k, pal[slot]);
    }
    QMap<QString, QColor> byName;
    for (const QString &n : names)
        byName.insert(n, out.value(nameKey(n)));
    return byName;
}

QColor ageColour(double fromDays, double toDays)
{
    // Position on a log age scale from 0 to ~4 years.
    double mid = std::isinf(toDays) ? std::max(fromDays * 1.5, 30.0) : (fromDays + toDays) / 2;
    double t = std::log1p(std::max(mid, 0.0)) / std::log1p(1460.0);
    t = std::clamp(t, 0.0, 1.0);
    // Multi-hue ramp (teal -> yellow -> orange -> red -> plum) so neighbours differ.
    static const QVector<QColor> stops{QColor(0x4d, 0xac, 0x93), QColor(0xe9, 0xc4, 0x6a),
                                       QColor(0xf4, 0xa2, 0x61), QColor(0xe7, 0x6f, 0x51),
                                       QColor(0xb5, 0x17, 0x4a), QColor(0x5c, 0x1a, 0x4f)};
    const double pos = t * (stops.size() - 1);
    const int i = std::min(int(pos), int(stops.size()) - 2);
    const double f = pos - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor metricColour(int metric)
{
    static const QVector<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                         QColor(0x2c, 0xa0, 0x2c)};
    return colours.value(metric, QColor(0x7f, 0x7f, 0x7f));
}

} // namespace ledgerlens::ChartPalette
