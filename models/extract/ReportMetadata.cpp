#include "ReportMetadata.h"

#include "CompanyName.h"

#include <QSet>

#include <QRegularExpression>

namespace ledgerlens {

void ReportMetadata::fill(Report &report, const DocumentText &doc)
{
    // "Stock code: 1149", "(Stock Codes: 0020 (HKD Counter)", "STOCK CODE\n1678", "股份代號：2512".
    static const QRegularExpression code(QStringLiteral("(?:stock codes?|股份代號)(?:\\s*(?:no\\.?|number))?\\s*[:：]?\\s*(\\d{3,5})\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString text;
    const int scan = qMin<int>(doc.size(), 12);
    for (int p = 0; p < scan; ++p)
        for (const TextLine &l : doc[p].lines)
            text += l.text + QLatin1Char('\n');
    if (const auto m = code.match(text); m.hasMatch())
        report.stockCode = m.captured(1);
    QSet<int> statementPages;
    for (const Table &t : report.tables) {
        if (!isPrimaryStatement(t.kind))
            continue;
        for (int p : t.pages)
            statementPages.insert(p);
    }
    report.company = CompanyName::find(doc, statementPages);
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
