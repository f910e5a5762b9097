// Fix Line Item on an unmapped row, as an analyst does it: keys are
// suggested, the choice is kept for the company's other filings, whose row
// then lines up with it, and the row says it is a user mapping.
#include "ReviewFixture.h"

#include "review/FigureEditing.h"
#include "review/MappingDialog.h"
#include "review/ReviewController.h"

#include "MainWindow.h"
#include "items/ComparisonModel.h"
#include "statements/StatementsPanel.h"
#include "store/ReportStore.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ledgerlens;

namespace {
Report filing(const QString &path, int year)
{
    Report r = ReviewFixture::report(path, QStringLiteral("Lantern Holdings"), 400);
    r.stockCode = QStringLiteral("01149");
    r.periodEnd = QDate(year, 6, 30);
    Table &t = r.tables[TableKind::ProfitOrLoss];
    t.items.insert(3, ReviewFixture::item(QStringLiteral("Fees paid to the investment adviser"), QString(), -30, -25,
                                          RowKind::Item, 160));
    return r;
}
} // namespace

class TestUserMapping : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("review-usermapping"));
        QSettings().clear();
    }

    void aKeyChosenOnceLinesUpTheCompanysOtherFiling()
    {
        QTemporaryDir dir;
        MainWindow window;
        ReviewController review(&window, dir.filePath(QStringLiteral("recovery.ledgerlens")));
        ReportStore *store = window.store();
        const EntryId a = store->addEntry(dir.filePath(QStringLiteral("a.pdf")));
        const EntryId b = store->addEntry(dir.filePath(QStringLiteral("b.pdf")));
        store->setReport(a, filing(dir.filePath(QStringLiteral("a.pdf")), 2024));
        store->setReport(b, filing(dir.filePath(QStringLiteral("b.pdf")), 2025));
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ComparisonModel *model = window.statements()->model(TableKind::ProfitOrLoss);
        const int rowsBefore = model->rowCount();
        QCOMPARE(model->indexForCell({b, TableKind::ProfitOrLoss, 3, 0}).row(),
                 model->indexForCell({a, TableKind::ProfitOrLoss, 3, 0}).row());
        QTableView *view = window.statements()->view(TableKind::ProfitOrLoss);
        const QModelIndex source = model->indexForCell({a, TableKind::ProfitOrLoss, 3, 0});
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
        view->setFocus();
        view->setCurrentIndex(proxy ? proxy->mapFromSource(source) : source);

        bool suggested = false;
        ReviewFixture::onNextModal([&](QWidget *w) {
            auto *dialog = qobject_cast<MappingDialog *>(w);
            QVERIFY(dialog);
            QComboBox *keys = dialog->canonicalBox();
            suggested = keys->itemText(0) == MappingDialog::tr("Suggested:") && keys->count() > 2;
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("remember"));
            QVERIFY(remember && remember->isVisible() && remember->isChecked());
            keys->setCurrentIndex(keys->findData(QStringLiteral("administrative_expenses")));
            const QString shots = qEnvironmentVariable("LEDGERLENS_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("mapping-dialog.png")));
            dialog->accept();
        });
        review.editing()->fixLineAction()->trigger();
        QVERIFY2(suggested, "keys are suggested for the unmapped row");

        QCOMPARE(store->table(b, TableKind::ProfitOrLoss)->items[3].canonical, QStringLiteral("administrative_expenses"));
        // Both filings' rows sit on one row of the comparison, now by the key
        // (they printed the same caption, so they already shared one by it).
        QCOMPARE(model->rowCount(), rowsBefore);
        QCOMPARE(model->index(model->indexForCell({b, TableKind::ProfitOrLoss, 3, 0}).row(), 0)
                     .data(ItemRoles::CanonicalRole).toString(),
                 QStringLiteral("administrative_expenses"));
        const QModelIndex mine = model->indexForCell({b, TableKind::ProfitOrLoss, 3, 0});
        QCOMPARE(mine.row(), model->indexForCell({a, TableKind::ProfitOrLoss, 3, 0}).row());
        const QString tip = model->headerData(mine.row(), Qt::Vertical, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("User mapping")), qPrintable(tip));
        // Kept in the user's settings for the next workspace.
        QVERIFY(QSettings().value(QStringLiteral("mappings/user")).toByteArray().contains("administrative_expenses"));
        const QString shots = qEnvironmentVariable("LEDGERLENS_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(QDir(shots).filePath(QStringLiteral("mapping-aligned.png")));
    }
};

QTEST_MAIN(TestUserMapping)
#include "tst_usermapping.moc"
