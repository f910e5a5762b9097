#include "Harness.h"

#include "Recognition.h"
#include "WordCodec.h"

#include "document/PdfWord.h"
#include "domain/Decimal.h"
#include "domain/ReportJson.h"
#include "extract/Figures.h"
#include "extract/Periods.h"
#include "extract/StatementTitles.h"
#include "extract/Units.h"
#include "store/ReportStore.h"
#include "store/WorkspaceFile.h"
#include "taxonomy/Taxonomy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace ledgerlens::fuzz {

namespace {
QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The store is a QObject with an undo stack: give it an application once.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// Kind and row count of every table that has rows: what survives the JSON
// contract (empty tables are written as {} and not read back).
QVector<QPair<int, int>> shape(const Report &report)
{
    QVector<QPair<int, int>> out;
    for (auto it = report.tables.begin(); it != report.tables.end(); ++it)
        if (!it->isEmpty())
            out.append({int(it.key()), int(it->items.size())});
    return out;
}
} // namespace

void recognitionInput(const uint8_t *data, size_t size)
{
    const QVector<PdfWord> words = decodeWords(data, size);
    const Report report = recognise(documentOf(words));
    const QByteArray json = QJsonDocument(ReportJson::toJson(report)).toJson(QJsonDocument::Compact);
    const Report back = ReportJson::fromJson(QJsonDocument::fromJson(json).object());
    // The workbench only sees the JSON: a table or row lost on the way is a bug.
    if (shape(back) != shape(report))
        __builtin_trap();
}

void parsersInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return;
    const QString raw = QString::fromUtf8(bytesOf(data, size));
    const QString text = normalizePdfText(raw);
    if (const auto f = Figures::parse(text); f && f->value) {
        // A parsed figure prints back in machine form and parses to itself.
        const auto again = Decimal::fromString(f->value->toString());
        if (!again || *again != *f->value)
            __builtin_trap();
    }
    Figures::looksLikeNote(text);
    Figures::looksLikeYear(text);
    if (const QDate d = Periods::findDate(text); d.isValid())
        Periods::makeDate(d.year(), d.month(), d.day());
    Periods::findYear(text);
    Periods::findMonths(text);
    Periods::findAudited(text);
    Units::find(text);
    StatementTitles::classify(text);
    if (const auto d = Decimal::fromString(raw)) {
        d->normalized();
        d->withScale(2);
        (*d + *d).toString();
    }
    for (TableKind kind : {TableKind::ProfitOrLoss, TableKind::FinancialPosition, TableKind::CashFlows})
        Taxonomy::builtin().canonicalFor(kind, text);
}

void workspaceInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    // Relative paths resolve inside an empty folder, not the fuzzer's cwd.
    static QTemporaryDir base;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytesOf(data, size), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return;
    const QJsonObject json = doc.object();
    const QString problem = WorkspaceFile::validate(json);

    ReportStore store;
    const EntryId kept = store.addEntry(base.filePath(QStringLiteral("kept.pdf")));
    const WorkspaceLoadResult result = WorkspaceFile::fromJson(json, store, base.path());
    // validate() and fromJson() agree; a refused file leaves the store as it was.
    if (result.ok != problem.isEmpty())
        __builtin_trap();
    if (!result.ok && (result.error.isEmpty() || store.count() != 1 || !store.entry(kept)))
        __builtin_trap();
    // What was restored saves again as a valid workspace.
    if (result.ok && !WorkspaceFile::validate(WorkspaceFile::toJson(store, base.path())).isEmpty())
        __builtin_trap();
}

void reportJsonInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytesOf(data, size));
    if (!doc.isObject())
        return;
    const Report report = ReportJson::fromJson(doc.object());
    // Whatever was accepted writes out again and reads back to the same tables.
    const Report back = ReportJson::fromJson(ReportJson::toJson(report));
    if (shape(back) != shape(report))
        __builtin_trap();
}

} // namespace ledgerlens::fuzz
