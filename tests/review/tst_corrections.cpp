// The review experience on reports built in code: in-place corrections,
// undo/redo through the window's actions, the review panel, review status,
// a refused corrupt workspace and the audit export.
#include "ReviewFixture.h"

#include "review/CorrectionDialog.h"
#include "review/FigureEditing.h"
#include "review/ReviewController.h"
#include "review/ReviewPanel.h"
#include "review/ReviewStatusActions.h"
#include "review/WorkspaceController.h"

#include "MainWindow.h"
#include "session/Session.h"
#include "reports/ReportListPanel.h"
#include "source/SourceViewer.h"
#include "statements/StatementsPanel.h"

#include "items/ChecksModel.h"
#include "items/ComparisonModel.h"
#include "items/ReportListModel.h"
#include "store/ReportStore.h"

#include <QAbstractProxyModel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace ledgerlens;

class TestCorrections : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    ReviewController *m_review = nullptr;
    EntryId m_good = 0, m_bad = 0;

    ReportStore *store() const { return m_window->store(); }
    QTableView *view() const { return m_window->statements()->view(TableKind::ProfitOrLoss); }
    ComparisonModel *model() const { return m_window->statements()->model(TableKind::ProfitOrLoss); }
    QModelIndex viewIndex(const CellAddress &cell) const
    {
        const QModelIndex source = model()->indexForCell(cell);
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view()->model());
        return proxy ? proxy->mapFromSource(source) : source;
    }
    QAction *editAction(QKeySequence::StandardKey key) const
    {
        for (QAction *a : m_window->menu(MainWindow::Menu::Edit)->actions())
            if (a->shortcut() == QKeySequence(key))
                return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("review-corrections"));
    }

    void init()
    {
        QSettings().clear();
        m_window = new MainWindow;
        m_review = new ReviewController(m_window, m_dir.filePath(QStringLiteral("recovery.ledgerlens")));
        m_window->session()->setDisplayUnit(1000);
        m_good = store()->addEntry(m_dir.filePath(QStringLiteral("good.pdf")));
        m_bad = store()->addEntry(m_dir.filePath(QStringLiteral("bad.pdf")));
        store()->setReport(m_good, ReviewFixture::report(m_dir.filePath(QStringLiteral("good.pdf")),
                                                         QStringLiteral("Good Holdings"), 400));
        store()->setReport(m_bad, ReviewFixture::report(m_dir.filePath(QStringLiteral("bad.pdf")),
                                                        QStringLiteral("Slip Holdings"), 410));
        m_window->statements()->setCurrentTable(TableKind::ProfitOrLoss);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        store()->markSaved();   // nothing to ask about on close
        delete m_window;
        m_window = nullptr;
    }

    void editingInTheViewRecordsACorrection()
    {
        QVERIFY(view()->editTriggers() & QAbstractItemView::DoubleClicked);
        QVERIFY(view()->editTriggers() & QAbstractItemView::EditKeyPressed);
        const CellAddress revenue{m_good, TableKind::ProfitOrLoss, 0, 0};
        const QModelIndex index = viewIndex(revenue);
        QVERIFY(index.isValid());
        view()->setFocus();
        view()->setCurrentIndex(index);
        QTest::keyClick(view(), Qt::Key_F2);
        auto *editor = view()->viewport()->findChild<QLineEdit *>();
        QVERIFY2(editor, "F2 opens an editor on the figure");
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1,010"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::keyClick(editor, Qt::Key_Return);   // the delegate commits on the next turn of the loop
        QTRY_VERIFY(store()->correctionAt(revenue).has_value());

        const auto c = store()->correctionAt(revenue);
        QVERIFY(c.has_value());
        QCOMPARE(c->extractedValue, std::optional<Decimal>(Decimal(1000)));
        QCOMPARE(c->correctedValue, std::optional<Decimal>(Decimal(1010)));
        QCOMPARE(c->user, currentUserName());
        QVERIFY(c->timestamp >= before && c->timestamp <= QDateTime::currentDateTimeUtc());
        QCOMPARE(store()->value(revenue), std::optional<Decimal>(Decimal(1010)));
        QVERIFY(index.data(ItemRoles::IsCorrectedRole).toBool());
        const QString tip = m_review->editing()->toolTipFor(model()->indexForCell(revenue));
        QVERIFY2(tip.contains(QStringLiteral("1,000")), qPrintable(tip));   // the printed figure on hover

        // Add Note… keeps the figure and records why.
        ReviewFixture::onNextModal([](QWidget *w) {
            auto *dialog = qobject_cast<CorrectionDialog *>(w);
            QVERIFY(dialog);
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("note"))->setPlainText(QStringLiteral("typo in PDF"));
            dialog->accept();
        });
        m_review->editing()->noteAction()->trigger();
        QCOMPARE(store()->correctionAt(revenue)->note, QStringLiteral("typo in PDF"));
        QCOMPARE(store()->correctionAt(revenue)->correctedValue, std::optional<Decimal>(Decimal(1010)));
    }

    // Return in the note is a new line; Ctrl+Return finishes the dialog.
    void editsAreSignedByTheAccountWhenNoUserVariableIsSet()
    {
#ifndef Q_OS_UNIX
        QSKIP("the account fallback is for Unix shells without USER");
#else
        // CI and service shells often set none of USER, USERNAME, LOGNAME.
        QHash<QByteArray, QByteArray> saved;
        for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
            saved.insert(var, qgetenv(var));
            qunsetenv(var);
        }
        const QString name = currentUserName();
        for (auto it = saved.cbegin(); it != saved.cend(); ++it)
            if (!it.value().isEmpty())
                qputenv(it.key().constData(), it.value());
        const passwd *pw = getpwuid(geteuid());
        QVERIFY(pw && pw->pw_name);
        QCOMPARE(name, QString::fromLocal8Bit(pw->pw_name));
#endif
    }

    void ctrlReturnFinishesTheCorrectionDialog()
    {
        CorrectionDialog dialog(m_window);
        dialog.setValueText(QStringLiteral("1,010"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("note"));
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("first line"));
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(note, QStringLiteral("second"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.note(), QStringLiteral("first line\nsecond"));
    }

    void aFigureThatIsNotOneIsRefused()
    {
        const CellAddress revenue{m_good, TableKind::ProfitOrLoss, 0, 1};
        view()->setFocus();
        view()->setCurrentIndex(viewIndex(revenue));
        QTest::keyClick(view(), Qt::Key_F2);
        auto *editor = view()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("12a"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view()->viewport()->findChild<QLineEdit *>());   // committed and closed
        QVERIFY(!model()->lastError().isEmpty());
        QVERIFY(!store()->correctionAt(revenue).has_value());
        QCOMPARE(store()->value(revenue), std::optional<Decimal>(Decimal(900)));
    }

    void undoAndRedoThroughTheEditMenu()
    {
        QAction *undo = editAction(QKeySequence::Undo);
        QAction *redo = editAction(QKeySequence::Redo);
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());
        const CellAddress cost{m_good, TableKind::ProfitOrLoss, 1, 0};
        QVERIFY(model()->setData(model()->indexForCell(cost), QStringLiteral("(650)")));
        QCOMPARE(store()->value(cost), std::optional<Decimal>(Decimal(-650)));
        QVERIFY(undo->isEnabled());
        QCOMPARE(m_review->panel()->historyView()->model()->rowCount(), 2);  // "<as extracted>" + the edit

        undo->trigger();
        QCOMPARE(store()->value(cost), std::optional<Decimal>(Decimal(-600)));
        QVERIFY(!store()->correctionAt(cost).has_value());
        QVERIFY(!model()->indexForCell(cost).data(ItemRoles::IsCorrectedRole).toBool());
        redo->trigger();
        QCOMPARE(store()->value(cost), std::optional<Decimal>(Decimal(-650)));
        QVERIFY(model()->indexForCell(cost).data(ItemRoles::IsCorrectedRole).toBool());
    }

    void reviewPanelListsFailuresFirstAndSelectsTheirCells()
    {
        ReviewPanel *panel = m_review->panel();
        ChecksModel *checks = panel->checksModel();
        QVERIFY(checks->failedCount() >= 1);
        QVERIFY(checks->rowCount() > checks->failedCount());   // the good report's checks pass
        // Failures first: no failing row after a passing one.
        bool seenPass = false;
        for (int r = 0; r < panel->checksView()->model()->rowCount(); ++r) {
            const bool ok = panel->checksView()->model()->index(r, 0).data(ItemRoles::OkRole).toBool();
            QVERIFY2(!(seenPass && !ok), "a failing check is listed after a passing one");
            seenPass |= ok;
        }
        const QModelIndex first = panel->checksView()->model()->index(0, 0);
        QCOMPARE(first.data(ItemRoles::EntryIdRole).toInt(), m_bad);

        panel->checksView()->setCurrentIndex(first);   // as a click does
        const QModelIndex current = m_window->statements()->currentSourceIndex();
        QCOMPARE(model()->cellAt(current), (CellAddress{m_bad, TableKind::ProfitOrLoss, 2, 0}));
        QVERIFY(current.data(ItemRoles::CheckFailedRole).toBool());
        // The parts are selected with the total.
        const QModelIndexList selected = view()->selectionModel()->selectedIndexes();
        QVERIFY(selected.contains(viewIndex({m_bad, TableKind::ProfitOrLoss, 0, 0})));
        QVERIFY(selected.contains(viewIndex({m_bad, TableKind::ProfitOrLoss, 1, 0})));
        QCOMPARE(m_window->sourceViewer()->entry(), m_bad);
        QCOMPARE(m_window->sourceViewer()->page(), 1);

        // Correcting the total makes the check pass at once.
        const int failedBefore = checks->failedCount();
        QVERIFY(model()->setData(model()->indexForCell({m_bad, TableKind::ProfitOrLoss, 2, 0}), QStringLiteral("400")));
        QCOMPARE(checks->failedCount(), failedBefore - 1);
        QVERIFY(!model()->indexForCell({m_bad, TableKind::ProfitOrLoss, 2, 0}).data(ItemRoles::CheckFailedRole).toBool());
    }

    void reviewStatusFromTheReviewMenu()
    {
        view()->setCurrentIndex(viewIndex({m_good, TableKind::ProfitOrLoss, 0, 0}));
        QAction *reviewed = m_review->statusActions()->reviewedAction();
        QVERIFY(m_review->reviewMenu()->actions().contains(reviewed));
        QVERIFY(!reviewed->shortcut().isEmpty());
        reviewed->trigger();
        QCOMPARE(store()->entry(m_good)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Reviewed);
        QCOMPARE(store()->entry(m_bad)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Unreviewed);
        QVERIFY(reviewed->isChecked());
        ReportListModel *list = m_window->reportList()->model();
        const QString progress = list->index(list->rowOf(m_good), ReportListModel::StatusColumn).data().toString();
        QCOMPARE(progress, store()->reviewProgressText(m_good));
        QVERIFY2(progress.startsWith(QStringLiteral("1 of 1")), qPrintable(progress));

        view()->setCurrentIndex(viewIndex({m_bad, TableKind::ProfitOrLoss, 0, 0}));
        QVERIFY(!reviewed->isChecked());   // the actions follow the selected report
        m_review->statusActions()->flaggedAction()->trigger();
        QCOMPARE(store()->entry(m_bad)->reviewStatus(TableKind::ProfitOrLoss), ReviewStatus::Flagged);
        QVERIFY(m_window->isWindowModified());
    }

    void corruptWorkspaceIsRefusedAndLeftUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.ledgerlens"));
        const QByteArray bytes("{\"format\": \"ledgerlens-workspace\", \"formatVersion\": 1, \"reports\": [ {\"pa");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QString message;
        ReviewFixture::clickNextMessageBox(QStringLiteral("OK"), &message);
        QVERIFY(!m_review->workspace()->openPath(path));
        QVERIFY2(message.contains(QStringLiteral("broken.ledgerlens")), qPrintable(message));
        QCOMPARE(store()->count(), 2);   // what was open stays open
        // Saving over it is refused too: the bytes never change.
        ReviewFixture::clickNextMessageBox(QStringLiteral("OK"), &message);
        QVERIFY(!m_review->workspace()->saveTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);

        // A newer format is refused the same way.
        const QString newer = m_dir.filePath(QStringLiteral("newer.ledgerlens"));
        const QByteArray newerBytes("{\"format\": \"ledgerlens-workspace\", \"formatVersion\": 99, \"reports\": []}");
        {
            QFile w(newer);
            QVERIFY(w.open(QIODevice::WriteOnly));
            w.write(newerBytes);
        }
        ReviewFixture::clickNextMessageBox(QStringLiteral("OK"), &message);
        QVERIFY(!m_review->workspace()->openPath(newer));
        QVERIFY(!message.isEmpty());
        QFile n(newer);
        QVERIFY(n.open(QIODevice::ReadOnly));
        QCOMPARE(n.readAll(), newerBytes);
    }

    void auditSheetListsTheCorrection()
    {
        QVERIFY(store()->setValue({m_bad, TableKind::ProfitOrLoss, 2, 0}, Decimal(400), QStringLiteral("adds up to 400")));
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(m_review->exportAuditTo(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("Slip Holdings")) && text.contains(QStringLiteral("adds up to 400"))
                     && text.contains(QStringLiteral(",410,400,")), qPrintable(text));
        const QString xlsx = m_dir.filePath(QStringLiteral("audit.xlsx"));
        QVERIFY(m_review->exportAuditTo(xlsx));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.read(2), QByteArray("PK"));
    }
};

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
