#include "PdfText.h"

#include <poppler/qt6/poppler-qt6.h>

namespace PdfText {

int pageCount(const QString &pdfPath)
{
    const auto doc = Poppler::Document::load(pdfPath);
    return doc && !doc->isLocked() ? doc->numPages() : -1;
}

QVector<Word> words(const QString &pdfPath, int page)
{
    QVector<Word> out;
    const auto doc = Poppler::Document::load(pdfPath);
    if (!doc || page < 1 || page > doc->numPages())
        return out;
    const auto p = doc->page(page - 1);
    if (!p)
        return out;
    for (const auto &box : p->textList())
        out.append({page, box->text(), box->boundingBox()});
    return out;
}

QString pageText(const QString &pdfPath, int page)
{
    QStringList parts;
    for (const Word &w : words(pdfPath, page))
        parts.append(w.text);
    return parts.join(QLatin1Char(' '));
}

const Word *wordAt(const QVector<Word> &words, const QRectF &box, double slack)
{
    const QRectF area = box.adjusted(-slack, -slack, slack, slack);
    for (const Word &w : words)
        if (area.contains(w.box.center()))
            return &w;
    return nullptr;
}

bool parseFigure(const QString &printed, QString *machine)
{
    QString t = printed.trimmed();
    if (t == QStringLiteral("–") || t == QStringLiteral("—") || t == QStringLiteral("-") || t == QStringLiteral("_")) {
        machine->clear();
        return true;
    }
    bool negative = false;
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) {
        negative = true;
        t = t.mid(1, t.size() - 2);
    }
    t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return false;
    for (const QChar c : t)
        if (!c.isDigit() && c != QLatin1Char('.'))
            return false;
    *machine = negative ? QLatin1Char('-') + t : t;
    return true;
}

} // namespace PdfText
