#include "FigureText.h"

namespace ledgerlens::FigureText {

Parsed parse(const QString &input)
{
    Parsed out;
    QString text = input.trimmed();
    // Dashes of every width and a blank all mean nil, as statements print it.
    if (text.isEmpty() || text == u"-" || text == u"\u2013" || text == u"\u2014" || text == u"\u2212") {
        out.ok = true;
        return out;
    }
    bool negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.startsWith(u'-') || text.startsWith(u'\u2212')) {
        if (negative) {
            out.error = QStringLiteral("\"%1\" has both parentheses and a minus sign.").arg(input.trimmed());
            return out;
        }
        negative = true;
        text = text.mid(1).trimmed();
    }
    // Grouping: commas, spaces, thin spaces. Only between digits.
    QString digits;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u',' || c == u' ' || c == u'\u2009' || c == u'\u00a0') {
            const bool between = i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit();
            if (!between) {
                out.error = QStringLiteral("\"%1\" is not a figure.").arg(input.trimmed());
                return out;
            }
            continue;
        }
        digits += c;
    }
    const std::optional<Decimal> value = Decimal::fromString(digits);
    if (!value || digits.startsWith(u'+') || digits.startsWith(u'-')) {
        out.error = QStringLiteral("\"%1\" is not a figure (use digits, commas, a point, "
                                   "parentheses for negatives, a dash for nil).").arg(input.trimmed());
        return out;
    }
    out.ok = true;
    out.value = negative ? -*value : *value;
    return out;
}

QString format(const std::optional<Decimal> &value)
{
    if (!value)
        return QStringLiteral("\u2014");
    const QString plain = value->abs().toString();
    const int point = plain.indexOf(u'.');
    QString intPart = point < 0 ? plain : plain.left(point);
    const QString frac = point < 0 ? QString() : plain.mid(point);
    for (int i = intPart.size() - 3; i > 0; i -= 3)
        intPart.insert(i, u',');
    const QString body = intPart + frac;
    return value->isNegative() ? u'(' + body + u')' : body;
}

} // namespace ledgerlens::FigureText
