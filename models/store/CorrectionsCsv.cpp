#include "CorrectionsCsv.h"

#include <QFileInfo>
#include <QSaveFile>

namespace ledgerlens::CorrectionsCsv {

namespace {
QString field(QString text)
{
    // Spreadsheets run cells starting with = + - @ as formulas: neutralise them.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text[0]) && !Decimal::fromString(text))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

QString line(const ReportStore &store, const Correction &c, const QString &status)
{
    const ReportEntry *e = store.entry(c.entry);
    const QString company = e && !e->effective.company.isEmpty() ? e->effective.company
                                                                   : (e ? QFileInfo(e->path).fileName() : QString());
    const QString period = c.field == Correction::Field::Value ? c.columnLabel
        : c.field == Correction::Field::Label ? QStringLiteral("(label)") : QStringLiteral("(mapping)");
    // Values in machine form so a spreadsheet reads them as numbers.
    const QString extracted = c.field == Correction::Field::Value
        ? (c.extractedValue ? c.extractedValue->toString() : QString()) : c.extractedText;
    const QString corrected = c.field == Correction::Field::Value
        ? (c.correctedValue ? c.correctedValue->toString() : QString()) : c.correctedText;
    const QStringList cells{company, e ? e->effective.stockCode : QString(), tableKey(c.table), c.rowLabel, period,
                            correctionFieldKey(c.field), extracted, corrected, c.note, c.user,
                            c.timestamp.toUTC().toString(Qt::ISODate),
                            c.page > 0 ? QString::number(c.page) : QString(), status};
    QStringList out;
    for (const QString &cell : cells)
        out.append(field(cell));
    return out.join(u',') + QStringLiteral("\r\n");
}
} // namespace

QString toCsv(const ReportStore &store)
{
    QString csv = QStringLiteral("report,stock code,table,line item,period,field,extracted,corrected,note,who,"
                                 "when (UTC),page,status\r\n");
    for (EntryId id : store.ids()) {
        for (const Correction &c : store.corrections(id))
            csv += line(store, c, QStringLiteral("applied"));
        for (const Correction &c : store.pendingCorrections(id))
            csv += line(store, c, QStringLiteral("pending"));
        for (const Correction &c : store.mismatchedCorrections(id))
            csv += line(store, c, QStringLiteral("mismatched"));
    }
    return csv;
}

bool write(const ReportStore &store, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(store).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ledgerlens::CorrectionsCsv
