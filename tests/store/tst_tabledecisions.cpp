// The analyst's table decisions ("use this region as the cash flow statement",
// "not this table"): undoable review edits saved with the workspace,
// re-applied while the PDF is unchanged and flagged once it changed.
#include "StoreFixtures.h"
#include "store/ReportStore.h"
#include "store/WorkspaceFile.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ledgerlens;
using namespace StoreFixtures;

namespace {
// The table the worker read from the analyst's region: a cash flow statement.
Table cashFlowsRead()
{
    Table t;
    t.kind = TableKind::CashFlows;
    t.title = QStringLiteral("Where the money came from and went");
    t.pages = {12};
    t.unit = 1000;
    t.columns = {halfYear(2023), halfYear(2022)};
    t.items = {item(QStringLiteral("Net cash from operating activities"), QStringLiteral("net_cash_operating"), 300, 280, 12, 0),
               item(QStringLiteral("Cash at end of period"), QStringLiteral("cash_end"), 900, 600, 12, 1,
                    RowKind::Subtotal)};
    return t;
}

TableRegion region(TableKind kind, int first, int last)
{
    TableRegion r;
    r.kind = kind;
    r.firstPage = first;
    r.lastPage = last;
    return r;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

class TestTableDecisions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void useRegionFillsTableAndUndoes()
    {
        const QString pdf = m_dir.filePath("alpha.pdf");
        writeFile(pdf, "alpha bytes");
        ReportStore store;
        const EntryId id = store.addEntry(pdf);
        store.setReport(id, alpha(pdf));
        QVERIFY(!store.table(id, TableKind::CashFlows));
        QVERIFY(store.useTableRegion(id, region(TableKind::CashFlows, 12, 13), cashFlowsRead()));
        QVERIFY(store.table(id, TableKind::CashFlows));
        QCOMPARE(store.table(id, TableKind::CashFlows)->items.size(), 2);
        const QString text = store.undoStack()->text(store.undoStack()->index() - 1);
        QVERIFY2(text.contains(currentUserName()) && text.contains(QStringLiteral("12")), qPrintable(text));
        store.undoStack()->undo();
        QVERIFY(!store.table(id, TableKind::CashFlows));
        QVERIFY(!store.tableDecision(id, TableKind::CashFlows));
        store.undoStack()->redo();
        QVERIFY(store.table(id, TableKind::CashFlows));
        QCOMPARE(store.tableDecision(id, TableKind::CashFlows)->region->lastPage, 13);
    }

    void rejectedTableReplacedBySecondCandidate()
    {
        const QString pdf = m_dir.filePath("alpha2.pdf");
        writeFile(pdf, "alpha2 bytes");
        ReportStore store;
        const EntryId id = store.addEntry(pdf);
        store.setReport(id, alpha(pdf));
        QVERIFY(store.rejectTable(id, TableKind::ProfitOrLoss));
        QVERIFY(!store.table(id, TableKind::ProfitOrLoss));
        Table second = alpha(pdf).tables.value(TableKind::ProfitOrLoss);
        second.pages = {9};
        second.items[0].cells[0].value = Decimal(1234);
        QVERIFY(store.useTableRegion(id, region(TableKind::ProfitOrLoss, 9, 9), second));
        QCOMPARE(store.value({id, TableKind::ProfitOrLoss, 0, 0}), std::optional<Decimal>(Decimal(1234)));
        QCOMPARE(store.recognisedTable(id, TableKind::ProfitOrLoss)->items[0].cells[0].value,
                 std::optional<Decimal>(Decimal(1000)));
        store.undoStack()->undo();
        QVERIFY(!store.table(id, TableKind::ProfitOrLoss));
        store.undoStack()->undo();
        QCOMPARE(store.value({id, TableKind::ProfitOrLoss, 0, 0}), std::optional<Decimal>(Decimal(1000)));
    }

    void survivesSaveReopenAndReload()
    {
        const QString pdf = m_dir.filePath("alpha3.pdf");
        writeFile(pdf, "alpha3 bytes");
        const QString ws = m_dir.filePath("w.ledgerlens");
        const TableRegion where = region(TableKind::CashFlows, 12, 13);
        {
            ReportStore store;
            const EntryId id = store.addEntry(pdf);
            store.setReport(id, alpha(pdf));
            QVERIFY(store.rejectTable(id, TableKind::RevenueMix));
            QVERIFY(store.useTableRegion(id, where, cashFlowsRead(), QStringLiteral("missed by recognition")));
            QString error;
            QVERIFY2(WorkspaceFile::save(store, ws, &error), qPrintable(error));
        }
        ReportStore store;
        const WorkspaceLoadResult r = WorkspaceFile::load(ws, store);
        QVERIFY2(r.ok, qPrintable(r.error));
        const EntryId id = store.idAt(0);
        QCOMPARE(store.tableDecisions(id).size(), 2);
        const auto cf = store.tableDecision(id, TableKind::CashFlows);
        QVERIFY(cf && cf->region);
        QCOMPARE(*cf->region, where);
        QCOMPARE(cf->note, QStringLiteral("missed by recognition"));
        QCOMPARE(cf->user, currentUserName());
        store.setReport(id, alpha(pdf));
        // The worker reads the region again; until then it is listed to read.
        QCOMPARE(store.regionsToRead(id), QVector<TableRegion>{where});
        store.setRegionTable(id, where, cashFlowsRead());
        QVERIFY(store.regionsToRead(id).isEmpty());
        QVERIFY(store.table(id, TableKind::CashFlows));
        QVERIFY(!store.isModified());
        // Reloaded unchanged: applied again without another read.
        store.setReport(id, alpha(pdf));
        QVERIFY(store.table(id, TableKind::CashFlows));
        QVERIFY(!store.tableDecision(id, TableKind::CashFlows)->stale);
        QCOMPARE(store.entry(id)->reviewStatus(TableKind::CashFlows), ReviewStatus::Unreviewed);
    }

    void changedPdfFlagsDecision()
    {
        const QString pdf = m_dir.filePath("alpha4.pdf");
        writeFile(pdf, "alpha4 bytes");
        ReportStore store;
        const EntryId id = store.addEntry(pdf);
        store.setReport(id, alpha(pdf));
        QVERIFY(store.useTableRegion(id, region(TableKind::CashFlows, 12, 12), cashFlowsRead()));
        writeFile(pdf, "alpha4 bytes, revised");
        store.setReport(id, alpha(pdf));
        QVERIFY(store.tableDecision(id, TableKind::CashFlows)->stale);
        QVERIFY(!store.table(id, TableKind::CashFlows));   // the old figures are not shown as the new PDF's
        QCOMPARE(store.entry(id)->reviewStatus(TableKind::CashFlows), ReviewStatus::Flagged);
        const QJsonObject json = WorkspaceFile::toJson(store);
        const QJsonObject saved = json.value("reports").toArray()[0].toObject().value("tableDecisions").toArray()[0].toObject();
        QVERIFY(saved.value("needsReview").toBool());
    }

    void damagedDecisionsRefused()
    {
        QJsonObject report{{"path", "/x/a.pdf"},
                           {"tableDecisions", QJsonArray{QJsonObject{{"table", "cash_flows"}, {"firstPage", 0}}}}};
        QJsonObject ws{{"format", "ledgerlens-workspace"}, {"formatVersion", 2}, {"reports", QJsonArray{report}}};
        QVERIFY(WorkspaceFile::validate(ws).contains(QStringLiteral("table decision 1")));
        report["tableDecisions"] = QJsonObject{};
        ws["reports"] = QJsonArray{report};
        QVERIFY(!WorkspaceFile::validate(ws).isEmpty());
        report["tableDecisions"] = QJsonArray{QJsonObject{{"table", "cash_flows"}, {"none", true},
                                                          {"note", QString(WorkspaceFile::kMaxNoteLength + 1, 'x')}}};
        ws["reports"] = QJsonArray{report};
        QVERIFY(WorkspaceFile::validate(ws).contains(QStringLiteral("at most")));
    }
};

QTEST_MAIN(TestTableDecisions)
#include "tst_tabledecisions.moc"
