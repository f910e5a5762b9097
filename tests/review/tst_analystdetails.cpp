// Small things an analyst notices, on reports built in code: the title's
// modified marker only once there is review work (and closing then asks);
// every figure's tooltip says where it is printed; the extractor's warnings
// show in the report list and over the tab of the table they are about, with
// a way to extract the report again.
#include "ReviewFixture.h"

#include "review/FigureEditing.h"
#include "review/ReviewController.h"

#include "MainWindow.h"
#include "session/Session.h"
#include "loading/LoadController.h"
#include "reports/ReportListPanel.h"
#include "statements/StatementsPanel.h"
#include "statements/TableWarningsBanner.h"

#include "items/ComparisonModel.h"
#include "items/ReportListModel.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ledgerlens;

class TestAnalystDetails : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    ReviewController *m_review = nullptr;
    EntryId m_good = 0;

    ReportStore *store() const { return m_window->store(); }
    ComparisonModel *model() const { return m_window->statements()->model(TableKind::ProfitOrLoss); }

    // A filing whose profit or loss statement was not read: its balance sheet only.
    EntryId addWarnedReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("warned.pdf"));
        Report r = ReviewFixture::report(path, QStringLiteral("Warned Holdings Limited"), 400);
        Table fp = r.tables.take(TableKind::ProfitOrLoss);
        fp.kind = TableKind::FinancialPosition;
        fp.pages = {7};
        r.tables.insert(TableKind::FinancialPosition, fp);
        r.checks.clear();
        r.warnings = {QStringLiteral("profit_or_loss: the statement \"Consolidated statement of profit or loss\" "
                                     "on page 5 was found but could not be read"),
                      QStringLiteral("financial_position: 1 of 2 columns have no period in their header (page 7)")};
        const EntryId id = store()->addEntry(path);
        store()->setReport(id, r);
        return id;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("review-details"));
        qputenv("LEDGERLENS_WORKER", LEDGERLENS_WORKER);
    }

    void init()
    {
        QSettings().clear();
        m_window = new MainWindow;
        m_review = new ReviewController(m_window, m_dir.filePath(QStringLiteral("recovery.ledgerlens")));
        m_window->session()->setDisplayUnit(1000);
        const QString path = m_dir.filePath(QStringLiteral("good.pdf"));
        m_good = store()->addEntry(path);
        store()->setReport(m_good, ReviewFixture::report(path, QStringLiteral("Good Holdings"), 400));
        m_window->show();
    }

    void cleanup()
    {
        store()->undoStack()->clear();
        store()->markSaved();
        delete m_window;
        m_window = nullptr;
    }

    // Reports opened are not unsaved work: no "*" in the title, no question on close.
    void titleMarkedOnlyByReviewWork()
    {
        QVERIFY(store()->isModified());  // the store has new entries...
        QVERIFY(!m_window->isWindowModified());  // ...which the session brings back anyway
        QVERIFY(store()->setValue({m_good, TableKind::ProfitOrLoss, 2, 0}, Decimal(401), QStringLiteral("typo")));
        QVERIFY(m_window->isWindowModified());
        QString message;
        ReviewFixture::clickNextMessageBox(QStringLiteral("Cancel"), &message);
        QVERIFY(!m_window->close());
        QVERIFY2(message.contains(QLatin1String("not saved")), qPrintable(message));
        QVERIFY(m_window->isVisible());
        store()->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified());
    }

    void ordinaryCellsSayWhereTheyArePrinted()
    {
        const QModelIndex revenue = model()->indexForCell({m_good, TableKind::ProfitOrLoss, 0, 0});
        QVERIFY(revenue.isValid());
        const QString tip = m_review->editing()->toolTipFor(revenue);
        QVERIFY2(tip.contains(QLatin1String("page 1")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("good.pdf")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("1,000")) && tip.contains(QLatin1String("RMB'000")), qPrintable(tip));
        // In millions the cell reads 1.0; the tooltip still says what the page prints.
        m_window->session()->setDisplayUnit(1000000);
        QCOMPARE(m_review->editing()->toolTipFor(revenue), tip);
    }

    void warningsShowInTheListAndOverTheTab()
    {
        const EntryId warned = addWarnedReport();
        TableWarningsBanner *pl = m_window->statements()->warnings(TableKind::ProfitOrLoss);
        TableWarningsBanner *fp = m_window->statements()->warnings(TableKind::FinancialPosition);
        QVERIFY(pl && fp);
        QVERIFY(!pl->isHidden());
        QCOMPARE(pl->entries(), QVector<EntryId>{warned});
        const QString plText = pl->label()->text();
        QVERIFY2(plText.contains(QLatin1String("Profit or loss statement not recognised in")), qPrintable(plText));
        QVERIFY2(plText.contains(QLatin1String("Warned Holdings Limited")) && plText.contains(QLatin1String("page 5")),
                 qPrintable(plText));
        QVERIFY2(fp->label()->text().contains(QLatin1String("1 of 2 columns")), qPrintable(fp->label()->text()));
        QVERIFY(m_window->statements()->warnings(TableKind::CashFlows)->isHidden());

        ReportListModel *list = m_window->reportList()->model();
        const int row = list->rowOf(warned);
        QCOMPARE(list->index(row, 0).data(ItemRoles::WarningsRole).toStringList().size(), 2);
        QVERIFY(list->index(m_good == list->entryAt(0) ? 0 : 1, 0).data(ItemRoles::WarningsRole).toStringList().isEmpty());
        const QString tip = list->index(row, ReportListModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("page 5")), qPrintable(tip));
        QVERIFY(list->index(row, ReportListModel::StatusColumn).data().toString().contains(QLatin1String("2 warning")));
        m_window->reportList()->setCurrentEntry(warned);
        QVERIFY(m_window->reportList()->retryAction()->isEnabled());
        m_window->reportList()->setCurrentEntry(m_good);
        QVERIFY(!m_window->reportList()->retryAction()->isEnabled());

        // The tab's link extracts the report again (its PDF is not there: the load fails).
        // (Beside "Pick table by hand…", since the report lacks the table.)
        QVERIFY(plText.contains(QStringLiteral("href=\"pick:%1\"").arg(warned)));
        const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("href=\"(retry:[^\"]+)\"")).match(plText);
        QVERIFY(link.hasMatch());
        emit pl->label()->linkActivated(link.captured(1));
        QTRY_VERIFY_WITH_TIMEOUT(store()->entry(warned)->state.phase == LoadState::Failed, 20000);
        QVERIFY(pl->isHidden());
    }
};

QTEST_MAIN(TestAnalystDetails)
#include "tst_analystdetails.moc"
