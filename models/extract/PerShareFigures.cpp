#include "PerShareFigures.h"

#include <QRegularExpression>

namespace ledgerlens {

namespace {

// The currency and the minor unit, as printed before and after the number.
QString unitOf(QString currency, const QString &minor)
{
    currency = currency.toUpper().remove(QLatin1Char(' '));
    QString iso;
    if (currency.startsWith(QLatin1String("HK")) || currency.contains(QStringLiteral("港")))
        iso = QStringLiteral("HK");
    else if (currency.startsWith(QLatin1String("RMB")) || currency.contains(QStringLiteral("人民幣")))
        iso = QStringLiteral("RMB");
    else if (currency.startsWith(QLatin1String("US")) || currency.contains(QStringLiteral("美")))
        iso = QStringLiteral("US");
    else if (currency.startsWith(QLatin1String("S")))
        iso = QStringLiteral("S");
    const bool cents = minor.contains(QLatin1String("cent"), Qt::CaseInsensitive) || minor.contains(QStringLiteral("仙"));
    if (cents)
        return iso.isEmpty() ? QString() : iso + QStringLiteral(" cents");
    if (iso == QLatin1String("RMB"))
        return iso;
    return iso.isEmpty() ? QString() : iso + QLatin1Char('$');
}

} // namespace

std::optional<PerShareFigure> PerShareFigures::parse(const QString &text)
{
    // [currency] number-with-parentheses [minor unit], the parenthesis may
    // close after the unit: HK(14.92 cents).
    static const QRegularExpression re(QStringLiteral(
        "^(HK\\$?|RMB|US\\$?|S\\$|港幣|港元|人民幣|美元)?\\s*(\\()?\\s*(-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*(\\))?\\s*"
        "((?:HK|RMB|US)?\\s*(?:cents?|\\$|dollars?)|仙|元)?\\s*(\\))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = text.simplified();
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString prefix = m.captured(1), minor = m.captured(5);
    // A plain number is not a per-share figure of its own; a unit must be printed.
    if (prefix.isEmpty() && minor.isEmpty())
        return std::nullopt;
    const bool open = m.capturedLength(2) > 0, close = m.capturedLength(4) > 0 || m.capturedLength(6) > 0;
    if (open != close || (m.capturedLength(4) > 0 && m.capturedLength(6) > 0))
        return std::nullopt;
    QString currency = prefix;
    static const QRegularExpression minorNamesCurrency(QStringLiteral("^(HK|RMB|US)"), QRegularExpression::CaseInsensitiveOption);
    if (currency.isEmpty() || minor.contains(minorNamesCurrency))
        currency = minor;
    const QString unit = unitOf(currency, minor);
    if (unit.isEmpty())
        return std::nullopt;
    auto figure = Figures::parse(open ? QStringLiteral("(%1)").arg(m.captured(3)) : m.captured(3));
    if (!figure)
        return std::nullopt;
    return PerShareFigure{*figure, unit};
}

QString PerShareFigures::unitNamedIn(const QString &label)
{
    static const QRegularExpression re(QStringLiteral(
        "[\\(（]\\s*(HK\\$?|RMB|US\\$?|S\\$|港幣|港元|人民幣|美元)?\\s*(cents?|仙|元|dollars?)?\\s*[\\)）]"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = re.globalMatch(label);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).isEmpty() && m.captured(2).isEmpty())
            continue;
        // "(港元)" alone names dollars; "(仙)" alone cannot say whose.
        const QString unit = unitOf(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), m.captured(2));
        if (!unit.isEmpty())
            return unit;
    }
    return {};
}

void PerShareFigures::assignUnits(Table &table)
{
    static const QRegularExpression perShare(QStringLiteral("per share|per unit|\\bbasic\\b|\\bdiluted\\b|每股|基本|攤薄"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString headingUnit;
    bool underPerShareHeading = false;
    for (LineItem &item : table.items) {
        const QString text = item.label + QLatin1Char(' ') + item.labelZh;
        if (item.kind == RowKind::Heading) {
            underPerShareHeading = perShare.match(text).hasMatch();
            headingUnit = underPerShareHeading ? unitNamedIn(text) : QString();
            continue;
        }
        const bool isPerShare = item.canonical.startsWith(QLatin1String("eps_")) || perShare.match(text).hasMatch()
            || underPerShareHeading;
        if (!isPerShare || !item.valueUnit.isEmpty())
            continue;
        item.valueUnit = unitNamedIn(text);
        if (item.valueUnit.isEmpty())
            item.valueUnit = headingUnit;
        if (item.valueUnit.isEmpty() && table.unit == 1) {
            if (table.currency == QLatin1String("HKD"))
                item.valueUnit = QStringLiteral("HK$");
            else if (table.currency == QLatin1String("RMB"))
                item.valueUnit = QStringLiteral("RMB");
            else if (table.currency == QLatin1String("USD"))
                item.valueUnit = QStringLiteral("US$");
        }
    }
}

} // namespace ledgerlens
