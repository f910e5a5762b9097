#include "ReportMetadata.h"

#include <QRegularExpression>

namespace ledgerlens {

namespace {

QString titleCase(const QString &s)
{
    if (s != s.toUpper())
        return s;
    QStringList words = s.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        if (!w.isEmpty())
            w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

} // namespace

void ReportMetadata::fill(Report &report, const DocumentText &doc)
{
    static const QRegularExpression company(QStringLiteral(
        "^([A-Z][A-Za-z0-9&.,'()\\- ]{2,80}?\\s(?:Limited|LIMITED|Ltd\\.?|LTD\\.?|Inc\\.|INC\\.|Corporation|CORPORATION|plc|PLC))\\s*(?:[\\(（*].*)?$"));
    static const QRegularExpression code(QStringLiteral("(?:stock code|股份代號|stock code no\\.?)\\s*[:：]?\\s*(\\d{3,5})"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString text;
    const int scan = qMin<int>(doc.size(), 6);
    for (int p = 0; p < scan; ++p) {
        for (const TextLine &l : doc[p].lines) {
            text += l.text + QLatin1Char('\n');
            if (report.company.isEmpty()) {
                const auto m = company.match(l.text.simplified());
                if (m.hasMatch() && !l.text.contains(QLatin1String("Exchange"), Qt::CaseInsensitive)
                    && !l.text.contains(QLatin1String("Clearing"), Qt::CaseInsensitive))
                    report.company = titleCase(m.captured(1).simplified());
            }
        }
    }
    if (const auto m = code.match(text); m.hasMatch())
        report.stockCode = m.captured(1);
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("interim results")) || text.contains(QStringLiteral("中期業績")))
        report.kind = QStringLiteral("interim results announcement");
    else if (lower.contains(QLatin1String("annual results")) || lower.contains(QLatin1String("final results"))
             || text.contains(QStringLiteral("全年業績")) || text.contains(QStringLiteral("年度業績")))
        report.kind = QStringLiteral("annual results announcement");
    else if (lower.contains(QLatin1String("interim report")) || text.contains(QStringLiteral("中期報告")))
        report.kind = QStringLiteral("interim report");
    else if (lower.contains(QLatin1String("annual report")) || text.contains(QStringLiteral("年報")))
        report.kind = QStringLiteral("annual report");
}

} // namespace ledgerlens
