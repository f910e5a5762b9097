// User mappings: the analyst's key for a company's caption, remembered for
// that company's other filings (by stock code), undoable, saved with the
// workspace; suggestions offered for an unmapped row.
#include "StoreFixtures.h"
#include "store/ReportStore.h"
#include "store/WorkspaceFile.h"
#include "taxonomy/KeySuggestions.h"
#include "taxonomy/Taxonomy.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

namespace {
// Alpha's 2024 interim: the same company (stock code printed without its
// leading zeros), the same unmapped caption "Other gains" in row 3.
Report alphaNextYear()
{
    Report r = StoreFixtures::alpha(QStringLiteral("/nonexistent/alpha-2024.pdf"));
    r.stockCode = QStringLiteral("1");
    r.periodEnd = QDate(2024, 6, 30);
    return r;
}

// Another company printing the same caption.
Report gammaWithOtherGains()
{
    Report r = StoreFixtures::alpha(QStringLiteral("/nonexistent/gamma.pdf"));
    r.company = QStringLiteral("Gamma Limited");
    r.stockCode = QStringLiteral("0003");
    return r;
}

const LineItem &row(const ReportStore &s, EntryId id, int r) { return s.table(id, TableKind::ProfitOrLoss)->items[r]; }
} // namespace

class TestUserMappings : public QObject
{
    Q_OBJECT
private slots:
    void companyIsTheStockCodeElseTheName()
    {
        Report r = StoreFixtures::alpha();
        QCOMPARE(UserMappings::companyOf(r), QStringLiteral("code:1"));
        r.stockCode.clear();
        QCOMPARE(UserMappings::companyOf(r), QStringLiteral("name:alpha holdings"));
        r.company.clear();
        QVERIFY(UserMappings::companyOf(r).isEmpty());
    }

    void aChoiceKeysTheCompanysOtherFilings()
    {
        ReportStore store;
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/b.pdf"));
        const EntryId g = store.addEntry(QStringLiteral("/g.pdf"));
        store.setReport(a, StoreFixtures::alpha());
        store.setReport(b, alphaNextYear());
        store.setReport(g, gammaWithOtherGains());
        QSignalSpy rows(&store, &ReportStore::rowChanged);
        QVERIFY(store.setCanonical(a, TableKind::ProfitOrLoss, 3, QStringLiteral("other_gains_losses"), {}, true));
        QCOMPARE(row(store, a, 3).canonical, QStringLiteral("other_gains_losses"));
        QCOMPARE(row(store, b, 3).canonical, QStringLiteral("other_gains_losses"));
        QVERIFY(row(store, b, 3).userMapped);
        QVERIFY2(row(store, g, 3).canonical.isEmpty(), "another company's row is not touched");
        bool announced = false;
        for (const QList<QVariant> &args : rows)
            announced = announced || (args.at(0).toInt() == b && args.at(2).toInt() == 3);
        QVERIFY2(announced, "the other filing's row is announced");
        QCOMPARE(store.userMappings().size(), 1);

        // One undo step takes back the correction and the remembered choice.
        store.undoStack()->undo();
        QVERIFY(row(store, a, 3).canonical.isEmpty());
        QVERIFY(row(store, b, 3).canonical.isEmpty());
        QVERIFY(store.userMappings().isEmpty());
        store.undoStack()->redo();
        QCOMPARE(row(store, b, 3).canonical, QStringLiteral("other_gains_losses"));

        // A later filing of the company, loaded afterwards, is keyed on arrival.
        const EntryId c = store.addEntry(QStringLiteral("/c.pdf"));
        store.setReport(c, alphaNextYear());
        QCOMPARE(row(store, c, 3).canonical, QStringLiteral("other_gains_losses"));

        // Reverting the key on the row it was made on forgets the choice.
        QVERIFY(store.revert(a, TableKind::ProfitOrLoss, Correction::Field::Canonical, 3));
        QVERIFY(row(store, c, 3).canonical.isEmpty());
        QVERIFY(store.userMappings().isEmpty());
    }

    void withoutRememberOnlyTheRowChanges()
    {
        ReportStore store;
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        const EntryId b = store.addEntry(QStringLiteral("/b.pdf"));
        store.setReport(a, StoreFixtures::alpha());
        store.setReport(b, alphaNextYear());
        QVERIFY(store.setCanonical(a, TableKind::ProfitOrLoss, 3, QStringLiteral("other_gains_losses")));
        QVERIFY(row(store, b, 3).canonical.isEmpty());
        QVERIFY(store.userMappings().isEmpty());
    }

    void savedWithTheWorkspaceAndReadBack()
    {
        ReportStore store;
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(a, StoreFixtures::alpha());
        QVERIFY(store.setCanonical(a, TableKind::ProfitOrLoss, 3, QStringLiteral("other_gains_losses"), {}, true));
        const QJsonObject json = WorkspaceFile::toJson(store, {});
        QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("userMappings")).toArray().size(), 1);

        ReportStore reopened;
        QVERIFY(WorkspaceFile::fromJson(json, reopened, {}).ok);
        QCOMPARE(reopened.userMappings().size(), 1);
        const UserMapping m = reopened.userMappings().all().front();
        QCOMPARE(m.company, QStringLiteral("code:1"));
        QCOMPARE(m.key, QStringLiteral("other_gains_losses"));
        QCOMPARE(m.label, QStringLiteral("Other gains"));
        QVERIFY(!m.user.isEmpty());
        // A workspace saved by version 1 opens, with no user mappings.
        QJsonObject v1 = json;
        v1.insert(QStringLiteral("formatVersion"), 1);
        v1.remove(QStringLiteral("userMappings"));
        ReportStore old;
        QVERIFY(WorkspaceFile::fromJson(v1, old, {}).ok);
        QVERIFY(old.userMappings().isEmpty());
        // A damaged mapping refuses the file rather than dropping it.
        QJsonObject bad = json;
        bad.insert(QStringLiteral("userMappings"), QJsonArray{QJsonObject{{QStringLiteral("company"), QStringLiteral("x")}}});
        QVERIFY(!WorkspaceFile::validate(bad).isEmpty());
    }

    void mappingsFromSettingsKeyTheRowsButStayOutOfOtherWorkspaces()
    {
        UserMappings fromSettings;
        fromSettings.set({QStringLiteral("code:1"), TableKind::ProfitOrLoss, QStringLiteral("other gains"),
                          QStringLiteral("other_gains_losses"), QStringLiteral("analyst"), QDateTime::currentDateTimeUtc(), false});
        ReportStore store;
        store.mergeUserMappings(fromSettings);
        const EntryId g = store.addEntry(QStringLiteral("/g.pdf"));
        store.setReport(g, gammaWithOtherGains());
        QVERIFY(store.workspaceMappings().isEmpty()); // no Alpha report in this workspace
        const EntryId a = store.addEntry(QStringLiteral("/a.pdf"));
        store.setReport(a, StoreFixtures::alpha());
        QCOMPARE(row(store, a, 3).canonical, QStringLiteral("other_gains_losses")); // case and spacing folded
        QCOMPARE(store.workspaceMappings().size(), 1);
    }

    void suggestionsForAnUnmappedCaption()
    {
        const QStringList keys = KeySuggestions::forLabels(Taxonomy::builtin(), TableKind::FinancialPosition,
                                                           {QStringLiteral("Trade receivables, net of loss allowance")});
        QVERIFY2(!keys.isEmpty() && keys.contains(QStringLiteral("trade_receivables")), qPrintable(keys.join(u' ')));
        const QStringList zh = KeySuggestions::forLabels(Taxonomy::builtin(), TableKind::FinancialPosition,
                                                         {QStringLiteral("應收貿易款項淨額")});
        QVERIFY2(zh.contains(QStringLiteral("trade_receivables")), qPrintable(zh.join(u' ')));
        QVERIFY(KeySuggestions::forLabels(Taxonomy::builtin(), TableKind::ProfitOrLoss, {QStringLiteral("Zzyzx")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserMappings)
#include "tst_usermappings.moc"
