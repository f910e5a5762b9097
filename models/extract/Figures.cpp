#include "Figures.h"

#include <QRegularExpression>

namespace ledgerlens {

std::optional<Figure> Figures::parse(const QString &raw)
{
    QString t = raw.trimmed();
    t.remove(QLatin1Char('*'));
    if (t.isEmpty())
        return std::nullopt;
    static const QString dashes = QStringLiteral("-\u2010\u2011\u2012\u2013\u2014\u2015_\uFF0D\u2500");
    bool allDash = true;
    for (QChar c : t)
        if (!dashes.contains(c)) {
            allDash = false;
            break;
        }
    if (allDash)
        return t.size() <= 3 ? std::optional<Figure>(Figure{}) : std::nullopt;
    // Not applicable: printed where a figure would be, and nil like a dash.
    static const QRegularExpression notApplicable(QStringLiteral("^(?:n/a|n\\.a\\.|不適用)$"), QRegularExpression::CaseInsensitiveOption);
    if (notApplicable.match(t).hasMatch())
        return Figure{};
    static const QRegularExpression re(QStringLiteral(
        "^(\\()?\\s*([-\u2013\u2014])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(\\))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const bool open = m.capturedLength(1) > 0, close = m.capturedLength(5) > 0;
    if (open != close)
        return std::nullopt;
    QString digits = m.captured(3);
    digits.remove(QLatin1Char(','));
    QString machine = digits + m.captured(4);
    const bool negative = open || m.capturedLength(2) > 0;
    if (negative)
        machine.prepend(QLatin1Char('-'));
    auto d = Decimal::fromString(machine);
    if (!d)
        return std::nullopt;
    return Figure{d};
}

bool Figures::looksLikeNote(const QString &text)
{
    // "5", "4(a)", "12,13", "12(a), (b)", "3.2", "7 & 8"
    static const QRegularExpression re(QStringLiteral(
        "^\\d{1,2}(?:\\.\\d{1,2})?(?:\\([a-z0-9ivx]+\\))*"
        "(?:\\s*[,&]\\s*(?:\\d{1,2}(?:\\.\\d{1,2})?)?(?:\\([a-z0-9ivx]+\\))*)*$"));
    return re.match(text.trimmed()).hasMatch();
}

bool Figures::looksLikeYear(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(19|20)\\d{2}$"));
    return re.match(text.trimmed()).hasMatch();
}

} // namespace ledgerlens
