// Getting a block of figures out of the comparison tables: Shift+arrows,
// Shift+click and Ctrl+A select a block, Ctrl+C puts it on the clipboard as
// TSV + HTML (labels, headers with company, period and unit, plain numbers)
// which LibreOffice reads back as a grid of numbers (in a Traditional Chinese
// UI too, its Chinese headings intact), and File > Export Table
// writes numeric XLSX cells. In-place editing and the current-cell behaviours
// keep working with a block selected.
#include "../review/ReviewFixture.h"

#include "review/FigureEditing.h"
#include "review/ReviewController.h"

#include "MainWindow.h"
#include "session/Session.h"
#include "statements/StatementsPanel.h"
#include "statements/TableActions.h"

#include "export/ZipPackage.h"
#include "items/ComparisonModel.h"
#include "store/ReportStore.h"

#include <QAbstractProxyModel>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QScopeGuard>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ledgerlens;

namespace {

struct SheetCell
{
    QString type;   // "" or "n": a number; "s": shared string; "str"/"inlineStr": text
    QString value;  // the number, or the string's text
};

// Cells of sheet1 of an .xlsx: "B2" -> type and value.
QMap<QString, SheetCell> readSheet(const QString &xlsx)
{
    QStringList strings;
    QXmlStreamReader s(ZipPackage::read(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    while (!s.atEnd())
        if (s.readNext() == QXmlStreamReader::StartElement && s.name() == u"t")
            strings << s.readElementText();
    QMap<QString, SheetCell> cells;
    QXmlStreamReader r(ZipPackage::read(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref, type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"c") {
            ref = r.attributes().value(QStringLiteral("r")).toString();
            type = r.attributes().value(QStringLiteral("t")).toString();
        } else if (r.isStartElement() && r.name() == u"v") {
            const QString v = r.readElementText();
            cells.insert(ref, {type, type == u"s" ? strings.value(v.toInt()) : v});
        }
    }
    return cells;
}

QStringList tsvLines() { return QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

} // namespace

class TestTableCopy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    ReviewController *m_review = nullptr;

    ReportStore *store() const { return m_window->store(); }
    QTableView *view() const { return m_window->statements()->view(TableKind::ProfitOrLoss); }
    ComparisonModel *model() const { return m_window->statements()->model(TableKind::ProfitOrLoss); }
    QModelIndex at(int row, int column) const { return view()->model()->index(row, column); }
    QModelIndex sourceOf(const QModelIndex &i) const
    {
        return qobject_cast<QAbstractProxyModel *>(view()->model())->mapToSource(i);
    }
    // "Good Holdings 30 Jun 2024 (RMB '000)": company, period end as the view shows it, unit.
    void verifyHeader(const QString &header, int column) const
    {
        const QString company = model()->headerData(column, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString();
        const QDate end = model()->headerData(column, Qt::Horizontal, ItemRoles::HeaderPeriodEndRole).toDate();
        QVERIFY(!company.isEmpty() && end.isValid());
        QCOMPARE(header, QStringLiteral("%1 %2 (RMB '000)").arg(company, QLocale().toString(end, QStringLiteral("d MMM yyyy"))));
    }
    void click(int row, int column, Qt::KeyboardModifiers modifiers = {}, Qt::MouseButton button = Qt::LeftButton)
    {
        QTest::mouseClick(view()->viewport(), button, modifiers, view()->visualRect(at(row, column)).center());
    }
    // A 2x2 block from Revenue / first column to Cost of sales / second: a click, then Shift+arrows.
    void selectBlock()
    {
        click(0, 0);
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view(), Qt::Key_Right, Qt::ShiftModifier);
    }

    // The clipboard's HTML opened by Calc's HTML import (as a paste is) and
    // saved as CSV with every text cell quoted: an unquoted field is a cell
    // Calc took as a number. The CSV's lines.
    QStringList pastedIntoCalc(const QString &name) const
    {
        const QString html = QApplication::clipboard()->mimeData()->html();
        const QString path = m_dir.filePath(name + QStringLiteral(".html"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(html.toUtf8());
        f.close();
        QProcess office;
        office.setProcessChannelMode(QProcess::MergedChannels);
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
        office.start(QStandardPaths::findExecutable(QStringLiteral("soffice")),
                     {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                      QStringLiteral("--norestore"), QStringLiteral("--infilter=HTML (StarCalc)"),
                      QStringLiteral("--convert-to"),
                      QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true"),
                      QStringLiteral("--outdir"), m_dir.path(), path});
        if (!office.waitForFinished(180000))
            return {};
        QFile csv(m_dir.filePath(name + QStringLiteral(".csv")));
        if (!csv.open(QIODevice::ReadOnly)) {
            qWarning() << "soffice:" << office.readAll();
            return {};
        }
        return QString::fromUtf8(csv.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedgerlensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui-tablecopy"));
        QSettings().clear();
        m_window = new MainWindow;
        m_review = new ReviewController(m_window, m_dir.filePath(QStringLiteral("recovery.ledgerlens")));
        m_window->session()->setDisplayUnit(1000);
        for (const char *name : {"Good Holdings", "Slip Holdings"}) {
            const QString path = m_dir.filePath(QString::fromLatin1(name).section(' ', 0, 0) + QStringLiteral(".pdf"));
            const EntryId id = store()->addEntry(path);
            store()->setReport(id, ReviewFixture::report(path, QString::fromLatin1(name), 400));
        }
        m_window->statements()->setCurrentTable(TableKind::ProfitOrLoss);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(model()->columnCount(), 4);
    }
    void cleanup() { m_window->session()->setDisplayUnit(1000); }  // a failed check must not leave millions
    void cleanupTestCase() { delete m_window; }  // the review controller is its child

    void shiftArrowsSelectABlockAndTheCurrentCellFollows()
    {
        QSignalSpy current(m_window->statements(), &StatementsPanel::currentCellChanged);
        selectBlock();
        QCOMPARE(view()->selectionModel()->selectedIndexes().size(), 4);
        // The moving corner is the current cell: it drives the source page and the review actions.
        QCOMPARE(m_window->statements()->currentSourceIndex(), sourceOf(at(1, 1)));
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.last().first().value<QModelIndex>(), sourceOf(at(1, 1)));
    }

    void ctrlCCopiesTheBlockWithLabelsAndHeaders()
    {
        selectBlock();
        QApplication::clipboard()->clear();
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = tsvLines();
        QCOMPARE(lines.size(), 3);
        const QStringList head = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(head.size(), 3);
        QCOMPARE(head[0], QStringLiteral("Line item"));
        verifyHeader(head[1], 0);
        verifyHeader(head[2], 1);
        // Plain numbers in the unit shown: no separators, minus not parentheses.
        QCOMPARE(lines[1], QStringLiteral("Revenue\t1000\t900"));
        QCOMPARE(lines[2], QStringLiteral("Cost of sales\t-600\t-500"));
        const QString html = QApplication::clipboard()->mimeData()->html();
        QCOMPARE(html.count(QStringLiteral("<tr>")), 3);
        QVERIFY2(html.contains(QStringLiteral("<td x:num style=\"text-align:right\">-600</td>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<td>Cost of sales</td>")), qPrintable(html));
    }

    void editCopyFollowsTheDisplayUnit()
    {
        m_window->session()->setDisplayUnit(1000000);
        selectBlock();
        m_window->tableActions()->copyAction()->trigger();  // Edit > Copy
        const QStringList lines = tsvLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(QStringLiteral("RMB million")), qPrintable(lines[0]));
        QCOMPARE(lines[1], QStringLiteral("Revenue\t1\t0.9"));
        QCOMPARE(lines[2], QStringLiteral("Cost of sales\t-0.6\t-0.5"));
    }

    void shiftClickAndCtrlASelect()
    {
        click(0, 1);
        click(2, 3, Qt::ShiftModifier);
        QCOMPARE(view()->selectionModel()->selectedIndexes().size(), 9);
        QCOMPARE(m_window->statements()->currentSourceIndex(), sourceOf(at(2, 3)));

        QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view()->selectionModel()->selectedIndexes().size(), 12);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = tsvLines();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].count(QLatin1Char('\t')), 4);
        QVERIFY2(lines[3].startsWith(QStringLiteral("Gross profit\t400\t400")), qPrintable(lines[3]));
    }

    void rightClickInTheBlockKeepsItAndMovesTheCurrentCell()
    {
        selectBlock();
        QTest::mousePress(view()->viewport(), Qt::RightButton, {}, view()->visualRect(at(0, 1)).center());
        QTest::mouseRelease(view()->viewport(), Qt::RightButton, {}, view()->visualRect(at(0, 1)).center());
        QCOMPARE(view()->selectionModel()->selectedIndexes().size(), 4);
        QCOMPARE(m_window->statements()->currentSourceIndex(), sourceOf(at(0, 1)));
        // The context menu offers Copy and the review actions on the current cell.
        QCOMPARE(view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(view()->actions().contains(m_window->tableActions()->copyAction()));
        auto *editing = m_window->findChild<FigureEditing *>();
        QVERIFY(editing);
        QVERIFY(view()->actions().contains(editing->correctAction()));
        QVERIFY(editing->correctAction()->isEnabled());
        QCOMPARE(editing->currentIndex(), sourceOf(at(0, 1)));
    }

    void aCellSelectedFromItsPageAnchorsShiftArrows()
    {
        click(0, 3);  // the anchor a later Shift+arrow must not extend from
        // As a click on a figure box in the source page does.
        QVERIFY(m_window->statements()->selectCell(model()->cellAt(sourceOf(at(1, 2)))));
        QCOMPARE(view()->selectionModel()->selectedIndexes(), QModelIndexList{at(1, 2)});
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QModelIndexList selected = view()->selectionModel()->selectedIndexes();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, (QModelIndexList{at(1, 2), at(2, 2)}));
    }

    void f2EditsTheCurrentCellOfABlock()
    {
        selectBlock();
        QTest::keyClick(view(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1,234"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(at(1, 1).data(ItemRoles::ExactValueRole).toString(), QStringLiteral("1234"));
        QCOMPARE(at(0, 0).data(ItemRoles::ExactValueRole).toString(), QStringLiteral("1000"));
        QCOMPARE(at(1, 0).data(ItemRoles::ExactValueRole).toString(), QStringLiteral("-600"));
        store()->undoStack()->undo();
        QCOMPARE(at(1, 1).data(ItemRoles::ExactValueRole).toString(), QStringLiteral("-500"));
    }

    void ctrlCInTheFindBoxCopiesItsText()
    {
        QLineEdit *find = m_window->statements()->findBox();
        find->setText(QStringLiteral("Revenue"));
        find->setFocus();
        find->setSelection(0, 3);
        QTest::keyClick(find, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Rev"));
        find->clear();
    }

    void htmlPastesIntoCalcAsAGridOfNumbers()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc");
        selectBlock();
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = pastedIntoCalc(QStringLiteral("paste"));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("\"Line item\",\"Good Holdings 30 Jun 2024 (RMB '000)\",\"Good Holdings 30 Jun 2023 (RMB '000)\""));
        QCOMPARE(lines[1], QStringLiteral("\"Revenue\",1000,900"));
        QCOMPARE(lines[2], QStringLiteral("\"Cost of sales\",-600,-500"));
    }

    // In a Traditional Chinese UI the headers and labels are Chinese: Calc
    // reads them as the same words (not mojibake) and the figures still as numbers.
    void chineseHeadersPasteIntoCalcAsTheyRead()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc");
        QTranslator app;
        QVERIFY(app.load(QStringLiteral("ledgerlens_zh_HK"), QStringLiteral(LEDGERLENS_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&app);
        QCoreApplication::processEvents();   // LanguageChange reaches the window and its models
        const auto restore = qScopeGuard([&app] {
            QCoreApplication::removeTranslator(&app);
            QCoreApplication::processEvents();
        });
        selectBlock();
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        // What was copied, cell by cell: Calc must read the same texts back.
        const QStringList copied = tsvLines();
        QCOMPARE(copied.size(), 3);
        const QStringList header = copied[0].split(QLatin1Char('\t'));
        QCOMPARE(header.size(), 3);
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QVERIFY2(header[0].contains(han), qPrintable(header[0]));   // "Line item" in Chinese
        QVERIFY2(header[1].contains(han), qPrintable(header[1]));   // the unit or period reads Chinese
        QVERIFY(header[1] != header[2]);

        const QStringList lines = pastedIntoCalc(QStringLiteral("paste-zh"));
        QCOMPARE(lines.size(), 3);
        auto quoted = [](const QString &t) { return QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
        const QString expectedHeader = QStringList{quoted(header[0]), quoted(header[1]), quoted(header[2])}.join(QLatin1Char(','));
        QCOMPARE(lines[0], expectedHeader);
        for (int r = 1; r < 3; ++r) {
            const QStringList cells = copied[r].split(QLatin1Char('\t'));
            QCOMPARE(cells.size(), 3);
            // The label as copied, quoted (text); the figures unquoted: numbers to Calc.
            const QString expected = QStringList{quoted(cells[0]), cells[1], cells[2]}.join(QLatin1Char(','));
            QCOMPARE(lines[r], expected);
        }
        QCOMPARE(lines[1].section(QLatin1Char(','), 1), QStringLiteral("1000,900"));
    }

    void exportTableWritesNumericXlsxCells()
    {
        const QString path = m_dir.filePath(QStringLiteral("pl.xlsx"));
        QString error;
        QVERIFY2(m_window->tableActions()->exportTo(path, &error), qPrintable(error));
        const auto cells = readSheet(path);
        QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Line item"));
        for (int c = 0; c < 4; ++c)
            verifyHeader(cells.value(QStringLiteral("%1%2").arg(QChar(u'B' + c)).arg(1)).value, c);
        QCOMPARE(cells.value(QStringLiteral("A2")).value, QStringLiteral("Revenue"));
        QCOMPARE(cells.value(QStringLiteral("A4")).value, QStringLiteral("Gross profit"));
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 4; ++c) {
                const QString ref = QStringLiteral("%1%2").arg(QChar(u'B' + c)).arg(r + 2);
                const SheetCell cell = cells.value(ref);
                QVERIFY2(cell.type.isEmpty() || cell.type == u"n", qPrintable(ref + " is " + cell.type));
                QCOMPARE(cell.value, at(r, c).data(ItemRoles::ExactValueRole).toString());
            }
        QCOMPARE(cells.value(QStringLiteral("C3")).value, QStringLiteral("-500"));
    }

    void exportTableCsvIsPlain()
    {
        const QString path = m_dir.filePath(QStringLiteral("pl.csv"));
        QString error;
        QVERIFY2(m_window->tableActions()->exportTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(QStringLiteral("Line item,Good Holdings")), qPrintable(lines[0]));
        QCOMPARE(lines[1], QStringLiteral("Revenue,1000,900,1000,900"));
        QCOMPARE(lines[2], QStringLiteral("Cost of sales,-600,-500,-600,-500"));
    }
};

QTEST_MAIN(TestTableCopy)
#include "tst_tablecopy.moc"
