#include "ReportMetadata.h"

#include "CompanyName.h"

#include <QSet>

#include <QRegularExpression>

namespace ledgerlens {

void ReportMetadata::fill(Report &report, const DocumentText &doc)
{
    // The filer's own code: "(Stock code: 1149)" under the cover's name, or
    // a "STOCK CODE" entry of the corporate information (front or back
    // pages, often in two columns: the code sits under its label). A code
    // inside a sentence is another company's (a director's other boards).
    // The cover may print the place of incorporation in a parenthesis first.
    // The label may be qualified ("H Share Stock Code", H股股份代號) or bilingual.
    static const QString codeLabel = QStringLiteral(
        "(?:(?:h[- ]?shares?|hkex|sehk|hk)\\s+)?stock codes?(?:\\s*股份代[號号])?|(?:h股)?股份代[號号]|股票代[碼码號号]");
    static const QRegularExpression code(QStringLiteral("^(?:[\\(（][^)）]{0,80}[)）]\\s*)?[\\(（]?\\s*(?:") + codeLabel
                                             + QStringLiteral(")(?:\\s*(?:no\\.?|number))?\\s*[:：]?\\s*(\\d{3,5})\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(QStringLiteral("^(?:") + codeLabel + QStringLiteral(")\\s*[:：]?$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^(\\d{3,5})$"));
    static const QRegularExpression openLabel(QStringLiteral("(?:") + codeLabel + QStringLiteral(")\\s*[:：]?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString text;
    const int scan = qMin<int>(doc.size(), 12);
    for (int p = 0; p < scan; ++p)
        for (const TextLine &l : doc[p].lines)
            text += l.text + QLatin1Char('\n');
    QVector<int> pages;
    for (int p = 0; p < doc.size(); ++p)
        if (p < scan || p >= doc.size() - 3)
            pages.append(p);
    for (int p : pages) {
        const QVector<TextLine> &lines = doc[p].lines;
        for (int i = 0; i < lines.size() && report.stockCode.isEmpty(); ++i) {
            for (const Chunk &c : lines[i].chunks) {
                QString cover = c.text.simplified();
                // "(Stock Code:" at a line's end, the code wrapped onto the next.
                if (&c == &lines[i].chunks.last() && i + 1 < lines.size() && !lines[i + 1].chunks.isEmpty()
                    && openLabel.match(cover).hasMatch())
                    cover += QLatin1Char(' ') + lines[i + 1].chunks.first().text.simplified();
                if (const auto m = code.match(cover); m.hasMatch()) {
                    report.stockCode = m.captured(1);
                    break;
                }
                if (!label.match(c.text.simplified()).hasMatch())
                    continue;
                for (int k = i + 1; k < lines.size() && k <= i + 2 && report.stockCode.isEmpty(); ++k)
                    for (const Chunk &below : lines[k].chunks)
                        if (qAbs(below.box.left() - c.box.left()) < c.box.height())
                            if (const auto m = number.match(below.text.simplified()); m.hasMatch())
                                report.stockCode = m.captured(1);
            }
        }
        if (!report.stockCode.isEmpty())
            break;
    }
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
