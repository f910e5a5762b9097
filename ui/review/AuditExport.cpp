#include "AuditExport.h"

#include "statements/StatementsPanel.h"

#include "export/TableData.h"
#include "export/TableWriters.h"
#include "store/CorrectionsCsv.h"
#include "store/ReportStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ledgerlens::AuditExport {

namespace {
// lupdate files these tr() calls under the namespace's full name; the
// context must be the same or the translations are never found.
QString tr(const char *text) { return QCoreApplication::translate("ledgerlens::AuditExport", text); }

TableData::Value text(const QString &s)
{
    return {s.isEmpty() ? TableData::Value::Empty : TableData::Value::Text, s};
}

TableData::Value number(const std::optional<Decimal> &v)
{
    return v ? TableData::Value{TableData::Value::Number, v->toString()} : TableData::Value{};
}

void append(TableData &t, const ReportStore &store, const Correction &c, const QString &status)
{
    const ReportEntry *e = store.entry(c.entry);
    const QString company = e && !e->effective.company.isEmpty() ? e->effective.company
                                                                   : (e ? QFileInfo(e->path).fileName() : QString());
    const bool value = c.field == Correction::Field::Value;
    const QString period = value ? c.columnLabel
                                 : c.field == Correction::Field::Label ? tr("(label)") : tr("(mapping)");
    t.rowHeaders << company;
    t.emphasised << false;
    t.cells << QVector<TableData::Value>{
        text(e ? e->effective.stockCode : QString()),
        text(tableTitle(c.table)),
        text(c.rowLabel),
        text(period),
        value ? number(c.extractedValue) : text(c.extractedText),
        value ? number(c.correctedValue) : text(c.correctedText),
        text(c.note),
        text(c.user),
        text(c.timestamp.toUTC().toString(Qt::ISODate)),
        c.page > 0 ? TableData::Value{TableData::Value::Number, QString::number(c.page)} : TableData::Value{},
        text(status),
    };
}
} // namespace

TableData toTable(const ReportStore &store)
{
    TableData t;
    t.title = tr("Review audit");
    t.cornerHeader = tr("Report");
    t.columnHeaders = QStringList{tr("Stock code"), tr("Table"), tr("Line item"), tr("Period"), tr("Extracted"),
                                  tr("Corrected"), tr("Note"), tr("Who"), tr("When (UTC)"), tr("Page"), tr("Status")};
    for (EntryId id : store.ids()) {
        for (const Correction &c : store.corrections(id))
            append(t, store, c, tr("applied"));
        for (const Correction &c : store.pendingCorrections(id))
            append(t, store, c, tr("pending"));
        for (const Correction &c : store.mismatchedCorrections(id))
            append(t, store, c, tr("mismatched"));
    }
    return t;
}

bool write(const ReportStore &store, const QString &path, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return TableWriters::writeXlsx(toTable(store), path, error);
    return CorrectionsCsv::write(store, path, error);
}

} // namespace ledgerlens::AuditExport
