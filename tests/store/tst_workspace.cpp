// The .ledgerlens workspace: round trip, refusal of bad files, moved and
// changed PDFs, CSV audit export.
#include "StoreFixtures.h"
#include "store/CorrectionsCsv.h"
#include "store/FileHash.h"
#include "store/WorkspaceFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CellAddress pl(EntryId id, int row, int col) { return {id, TableKind::ProfitOrLoss, row, col}; }
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Two "PDFs" (any bytes do for hashing), loaded, with corrections and statuses.
    void makeEdited(ReportStore &store, EntryId *a, EntryId *b)
    {
        writeFile(path("alpha.pdf"), "alpha bytes");
        writeFile(path("beta.pdf"), "beta bytes");
        *a = store.addEntry(path("alpha.pdf"));
        *b = store.addEntry(path("beta.pdf"));
        store.setReport(*a, StoreFixtures::alpha(path("alpha.pdf")));
        store.setReport(*b, StoreFixtures::beta(path("beta.pdf")));
        store.moveEntry(*b, 0);
        QVERIFY(store.setValue(pl(*a, 0, 0), Decimal(10505, 1), QStringLiteral("note 4, \"restated\"")));
        QVERIFY(store.setValue(pl(*b, 3, 1), std::nullopt, QStringLiteral("blank in PDF")));
        QVERIFY(store.setLabel(*a, TableKind::ProfitOrLoss, 3, QStringLiteral("Other gains, net")));
        QVERIFY(store.setCanonical(*b, TableKind::ProfitOrLoss, 3, QStringLiteral("government_grants")));
        QVERIFY(store.setReviewStatus(*a, TableKind::ProfitOrLoss, ReviewStatus::Reviewed));
        QVERIFY(store.setReviewStatus(*b, TableKind::ProfitOrLoss, ReviewStatus::Flagged));
        store.setDisplaySettings({1000000, TableKind::ProfitOrLoss});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsOrderCorrectionsStatusesAndSettings()
    {
        ReportStore store;
        EntryId a, b;
        makeEdited(store, &a, &b);
        const QVector<Correction> before = store.corrections();
        QString error;
        QVERIFY2(WorkspaceFile::save(store, path("round.ledgerlens"), &error), qPrintable(error));
        QVERIFY(!store.isModified());

        ReportStore loaded;
        const WorkspaceLoadResult result = WorkspaceFile::load(path("round.ledgerlens"), loaded);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.missingFiles.isEmpty() && result.changedFiles.isEmpty());
        QCOMPARE(loaded.count(), 2);
        const EntryId lb = loaded.idAt(0), la = loaded.idAt(1);
        QCOMPARE(loaded.entry(lb)->path, path("beta.pdf"));
        QCOMPARE(loaded.entry(la)->state.phase, LoadState::Queued);
        QCOMPARE(loaded.entry(la)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Reviewed);
        QCOMPARE(loaded.entry(lb)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Flagged);
        QCOMPARE(loaded.displaySettings().displayUnit, qint64(1000000));
        QCOMPARE(loaded.pendingCorrections(la).size(), 2);
        // The loader extracts again; corrections land on the same figures.
        loaded.setReport(la, StoreFixtures::alpha(path("alpha.pdf")));
        loaded.setReport(lb, StoreFixtures::beta(path("beta.pdf")));
        QCOMPARE(loaded.value(pl(la, 0, 0)), std::optional<Decimal>(Decimal(10505, 1)));
        QCOMPARE(loaded.value(pl(lb, 3, 1)), std::optional<Decimal>());
        QCOMPARE(loaded.table(la, TableKind::ProfitOrLoss)->items[3].label, QStringLiteral("Other gains, net"));
        QCOMPARE(loaded.table(lb, TableKind::ProfitOrLoss)->items[3].canonical, QStringLiteral("government_grants"));
        QVERIFY(loaded.mismatchedCorrections().isEmpty());
        QVERIFY(!loaded.isModified());
        // Every field of every correction survived (ids differ: compare the rest).
        QVector<Correction> after = loaded.corrections();
        QCOMPARE(after.size(), before.size());
        for (Correction c : before) {
            c.entry = c.entry == a ? la : lb;
            QVERIFY2(after.contains(c), qPrintable(c.rowLabel));
        }
        // And the undo history starts empty: loaded corrections are not "new".
        QCOMPARE(loaded.undoStack()->count(), 0);
    }

    void savedFileRecordsHashesAndExactValues()
    {
        ReportStore store;
        EntryId a, b;
        makeEdited(store, &a, &b);
        const QJsonObject json = WorkspaceFile::toJson(store, m_dir.path());
        QCOMPARE(json.value("formatVersion").toInt(), WorkspaceFile::kFormatVersion);
        const QJsonObject alpha = json.value("reports").toArray().at(1).toObject();
        QCOMPARE(alpha.value("sha256").toString().toLatin1(),
                 QCryptographicHash::hash("alpha bytes", QCryptographicHash::Sha256).toHex());
        QCOMPARE(alpha.value("relativePath").toString(), QStringLiteral("alpha.pdf"));
        const QJsonObject c = alpha.value("corrections").toArray().at(0).toObject();
        QCOMPARE(c.value("corrected").toString(), QStringLiteral("1050.5"));
        QCOMPARE(c.value("extracted").toString(), QStringLiteral("1000"));
    }

    void corruptFileIsRefusedAndNeverOverwritten()
    {
        const QByteArray garbage = "{\"format\": \"ledgerlens-workspace\", \"formatVersion\": 1, \"reports\": [";
        writeFile(path("corrupt.ledgerlens"), garbage);
        ReportStore store;
        const EntryId keep = store.addEntry(path("keep.pdf"));
        const WorkspaceLoadResult result = WorkspaceFile::load(path("corrupt.ledgerlens"), store);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("damaged"), qPrintable(result.error));
        QCOMPARE(store.ids(), QVector<EntryId>{keep}); // the open workspace is untouched
        QString error;
        QVERIFY(!WorkspaceFile::save(store, path("corrupt.ledgerlens"), &error));
        QVERIFY(error.contains("Not saved"));
        QCOMPARE(readFile(path("corrupt.ledgerlens")), garbage);

        // Valid JSON, damaged content: a correction without its row.
        const QByteArray bad = R"({"format":"ledgerlens-workspace","formatVersion":1,"reports":[{"path":"/x.pdf",
            "corrections":[{"table":"profit_or_loss","field":"value","column":0,"timestamp":"2024-01-01T00:00:00Z"}]}]})";
        writeFile(path("bad.ledgerlens"), bad);
        const WorkspaceLoadResult r2 = WorkspaceFile::load(path("bad.ledgerlens"), store);
        QVERIFY(!r2.ok);
        QVERIFY2(r2.error.contains("correction 1 of report 1"), qPrintable(r2.error));
        QCOMPARE(readFile(path("bad.ledgerlens")), bad);
    }

    // Corrections of the wrong type are refused, not read as "none".
    void correctionsOfTheWrongTypeAreRefused()
    {
        const QByteArray bad = R"({"format":"ledgerlens-workspace","formatVersion":2,"reports":[{"path":"/x.pdf",
            "corrections":"none"}]})";
        writeFile(path("wrongtype.ledgerlens"), bad);
        ReportStore store;
        const WorkspaceLoadResult r = WorkspaceFile::load(path("wrongtype.ledgerlens"), store);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("corrections") && r.error.contains("not a list"), qPrintable(r.error));
        QCOMPARE(readFile(path("wrongtype.ledgerlens")), bad);
    }

    // A kill mid-save leaves QSaveFile's temporary beside the workspace: the
    // next save removes it (a fresh one may be another window's save).
    void aKilledSavesTemporaryGoesAtTheNextSave()
    {
        const QString target = path("temps.ledgerlens");
        const QString stale = target + QStringLiteral(".Ab12Cd");
        const QString fresh = target + QStringLiteral(".Zz98Yy");
        writeFile(stale, "{");
        writeFile(fresh, "{");
        QFile old(stale);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        old.close();
        ReportStore store;
        store.addEntry(path("a.pdf"));
        QString error;
        QVERIFY2(WorkspaceFile::save(store, target, &error), qPrintable(error));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFile::exists(target));
    }

    void newerFormatIsRefusedAndNeverOverwritten()
    {
        const QByteArray newer = R"({"format":"ledgerlens-workspace","formatVersion":7,"reports":[],"future":{}})";
        writeFile(path("newer.ledgerlens"), newer);
        ReportStore store;
        const WorkspaceLoadResult result = WorkspaceFile::load(path("newer.ledgerlens"), store);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("newer Ledgerlens") && result.error.contains("7"), qPrintable(result.error));
        store.addEntry(path("x.pdf"));
        QVERIFY(!WorkspaceFile::save(store, path("newer.ledgerlens")));
        QCOMPARE(readFile(path("newer.ledgerlens")), newer);
    }

    void movedPdfIsReportedAndCanBeRelocated()
    {
        ReportStore store;
        EntryId a, b;
        makeEdited(store, &a, &b);
        QVERIFY(WorkspaceFile::save(store, path("moved.ledgerlens")));
        QVERIFY(QDir().mkpath(path("elsewhere")));
        QVERIFY(QFile::rename(path("alpha.pdf"), path("elsewhere/alpha.pdf")));

        ReportStore loaded;
        const WorkspaceLoadResult result = WorkspaceFile::load(path("moved.ledgerlens"), loaded);
        QVERIFY(result.ok);
        QCOMPARE(result.missingFiles.size(), 1);
        const EntryId la = result.missingFiles.first();
        QCOMPARE(loaded.entry(la)->state.phase, LoadState::Failed);
        QVERIFY(loaded.entry(la)->state.reason.contains("alpha.pdf"));
        QCOMPARE(loaded.pendingCorrections(la).size(), 2); // kept while the file is missing
        QVERIFY(loaded.relocate(la, path("elsewhere/alpha.pdf")));
        QVERIFY(WorkspaceFile::verifyRelocated(loaded, la)); // same bytes
        QCOMPARE(loaded.entry(la)->state.phase, LoadState::Queued);
        loaded.setReport(la, StoreFixtures::alpha(path("elsewhere/alpha.pdf")));
        QCOMPARE(loaded.value(pl(la, 0, 0)), std::optional<Decimal>(Decimal(10505, 1)));
        QVERIFY(loaded.isModified()); // the new path needs saving
        QVERIFY(QFile::rename(path("elsewhere/alpha.pdf"), path("alpha.pdf")));
    }

    void changedPdfListsCorrectionsThatNoLongerMatch()
    {
        ReportStore store;
        EntryId a, b;
        makeEdited(store, &a, &b);
        QVERIFY(WorkspaceFile::save(store, path("changed.ledgerlens")));
        writeFile(path("alpha.pdf"), "alpha bytes, second edition");

        ReportStore loaded;
        const WorkspaceLoadResult result = WorkspaceFile::load(path("changed.ledgerlens"), loaded);
        QVERIFY(result.ok);
        QCOMPARE(result.changedFiles.size(), 1);
        const EntryId la = result.changedFiles.first();
        QCOMPARE(loaded.entry(la)->path, path("alpha.pdf"));
        QCOMPARE(loaded.entry(la)->sha256, fileSha256Hex(path("alpha.pdf")));
        // The new edition prints a different revenue and renamed the other gains row.
        Report second = StoreFixtures::alpha(path("alpha.pdf"));
        Table &t = second.tables[TableKind::ProfitOrLoss];
        t.items[0].cells[0].value = Decimal(1020);
        t.items[3].label = QStringLiteral("Other income");
        // ... and inserted a row above gross profit: rows shift, labels re-find them.
        LineItem extra = t.items[1];
        extra.label = QStringLiteral("Selling expenses");
        extra.canonical = QStringLiteral("selling_expenses");
        t.items.insert(2, extra);
        loaded.setReport(la, second);
        const QVector<Correction> mismatched = loaded.mismatchedCorrections(la);
        QCOMPARE(mismatched.size(), 2);
        QStringList labels;
        for (const Correction &c : mismatched)
            labels << c.rowLabel;
        labels.sort();
        QCOMPARE(labels, (QStringList{"Other gains", "Revenue"}));
        QVERIFY(loaded.corrections(la).isEmpty());
        QCOMPARE(loaded.value(pl(la, 0, 0)), std::optional<Decimal>(Decimal(1020))); // not overridden
        QVERIFY(loaded.isModified());
        // Still saved (never dropped silently) until the user dismisses them.
        QVERIFY(WorkspaceFile::save(loaded, path("changed2.ledgerlens")));
        const QJsonObject json = QJsonDocument::fromJson(readFile(path("changed2.ledgerlens"))).object();
        QCOMPARE(json.value("reports").toArray().at(1).toObject().value("mismatchedCorrections").toArray().size(), 2);
        QVERIFY(loaded.dismissMismatchedCorrection(la, 0));
        QCOMPARE(loaded.mismatchedCorrections(la).size(), 1);
        writeFile(path("alpha.pdf"), "alpha bytes");
    }

    void correctionsOnShiftedRowsFollowTheirLabel()
    {
        ReportStore store;
        const EntryId id = store.addEntry(path("gamma.pdf"));
        store.setReport(id, StoreFixtures::alpha());
        QVERIFY(store.setValue(pl(id, 4, 1), Decimal(406), QStringLiteral("typo")));
        Report again = StoreFixtures::alpha();
        LineItem extra = again.tables[TableKind::ProfitOrLoss].items[3];
        extra.label = QStringLiteral("Finance costs");
        again.tables[TableKind::ProfitOrLoss].items.insert(1, extra);
        store.setReport(id, again);
        QCOMPARE(store.value(pl(id, 5, 1)), std::optional<Decimal>(Decimal(406)));
        QCOMPARE(store.correctionAt(pl(id, 5, 1))->note, QStringLiteral("typo"));
    }

    void csvAuditExportQuotesAndKeepsExactValues()
    {
        qputenv("USER", "csv-user");
        ReportStore store;
        EntryId a, b;
        makeEdited(store, &a, &b);
        QString error;
        QVERIFY2(CorrectionsCsv::write(store, path("audit.csv"), &error), qPrintable(error));
        const QStringList lines = QString::fromUtf8(readFile(path("audit.csv"))).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(lines[0].startsWith("report,stock code,table,line item,period"));
        const QString revenue = lines.filter("Revenue").value(0);
        QVERIFY2(revenue.startsWith("Alpha Holdings,0001,profit_or_loss,Revenue,Six months ended 30 June 2023,value,"
                                    "1000,1050.5,\"note 4, \"\"restated\"\"\",csv-user,"), qPrintable(revenue));
        QVERIFY(revenue.endsWith(",5,applied"));
        QVERIFY(lines.filter("Government grants").value(0).contains(",blank in PDF,"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
