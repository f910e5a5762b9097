// fuzz_seeds OUTDIR FILE.pdf...: seed corpora for the fuzz targets, made from
// real (sample) PDFs so the fuzzers start from tables the engine recognises.
//   OUTDIR/recognition/<name>-p<N>.words    one page, and pages N..N+1
//   OUTDIR/reportjson/<name>.json           the extraction JSON
//   OUTDIR/workspace/<name>.ledgerlens      a workspace with corrections and review
#include "WordCodec.h"

#include "document/PdfDocument.h"
#include "domain/ReportJson.h"
#include "extract/Extractor.h"
#include "store/ReportStore.h"
#include "store/WorkspaceFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace ledgerlens;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Pages renumbered from 1, so the seed is independent of where it was printed.
QByteArray pagesSeed(const PdfDocument &pdf, int first, int count)
{
    QVector<PdfWord> words;
    for (int p = first; p < first + count && p <= pdf.pageCount(); ++p)
        for (PdfWord w : pdf.words(p).words) {
            w.page = p - first + 1;
            words.append(w);
        }
    return fuzz::encodeWords(words);
}

Correction valueCorrection(EntryId id, const Report &report)
{
    Correction c;
    c.entry = id;
    c.field = Correction::Field::Value;
    if (const Table *t = report.table(TableKind::ProfitOrLoss); t && !t->items.isEmpty()) {
        c.row = 0;
        c.column = 0;
        c.rowLabel = t->items.front().label;
    } else {
        c.row = 1;
        c.column = 0;
        c.rowLabel = QStringLiteral("Revenue");
    }
    c.correctedValue = Decimal(123456, 0);
    c.note = QStringLiteral("seed");
    c.user = QStringLiteral("fuzz");
    c.timestamp = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: fuzz_seeds OUTDIR FILE.pdf...\n";
        return 1;
    }
    const QDir out(args.takeFirst());
    int seeds = 0;
    ReportStore all;
    for (const QString &path : args) {
        const QString name = QFileInfo(path).completeBaseName();
        PdfOpenStatus status;
        QString message;
        auto pdf = PdfDocument::open(path, QString(), &status, &message);
        if (!pdf) {
            err << "skipped: " << message << "\n";
            continue;
        }
        for (int p = 1; p <= pdf->pageCount(); ++p) {
            seeds += writeFile(out.filePath(QStringLiteral("recognition/%1-p%2.words").arg(name).arg(p)),
                               pagesSeed(*pdf, p, 1));
            if (p < pdf->pageCount())
                seeds += writeFile(out.filePath(QStringLiteral("recognition/%1-p%2-%3.words").arg(name).arg(p).arg(p + 1)),
                                   pagesSeed(*pdf, p, 2));
        }
        const ExtractionResult r = Extractor::extract(path);
        if (r.ok())
            seeds += writeFile(out.filePath(QStringLiteral("reportjson/%1.json").arg(name)),
                               QJsonDocument(ReportJson::toJson(r.report)).toJson(QJsonDocument::Compact));
        ReportStore store;
        const EntryId id = store.addEntry(QFileInfo(path).absoluteFilePath());
        store.restoreCorrections(id, {valueCorrection(id, r.report)});
        store.restoreReviewStatus(id, TableKind::ProfitOrLoss, ReviewStatus::Reviewed);
        store.restoreReviewStatus(id, TableKind::CashFlows, ReviewStatus::Flagged);
        seeds += writeFile(out.filePath(QStringLiteral("workspace/%1.ledgerlens").arg(name)),
                           QJsonDocument(WorkspaceFile::toJson(store, QFileInfo(path).absolutePath()))
                               .toJson(QJsonDocument::Indented));
        const EntryId shared = all.addEntry(QFileInfo(path).absoluteFilePath());
        all.restoreCorrections(shared, {valueCorrection(shared, r.report)});
    }
    seeds += writeFile(out.filePath(QStringLiteral("workspace/all.ledgerlens")),
                       QJsonDocument(WorkspaceFile::toJson(all)).toJson(QJsonDocument::Indented));
    QTextStream(stdout) << seeds << " seeds written to " << out.absolutePath() << "\n";
    return seeds > 0 ? 0 : 1;
}
