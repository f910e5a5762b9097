// A real client opens what Ledgerlens writes: LibreOffice converts the .pptx
// and the .xlsx to PDF, and the PDF's text shows the series and the figures.
#include "ChartFixtures.h"

#include "export/ChartData.h"
#include "export/PptxWriter.h"
#include "export/TableData.h"
#include "export/TableWriters.h"
#include "items/ComparisonModel.h"
#include "items/RevenueMixModel.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ledgerlens;
using namespace fixtures;

class TestLibreOffice : public QObject
{
    Q_OBJECT
    QString m_soffice, m_pdftotext;
    QTemporaryDir m_dir;

    // soffice --convert-to pdf, then pdftotext; the text of the PDF.
    QString convertedText(const QString &file)
    {
        QProcess office;
        office.setProcessChannelMode(QProcess::MergedChannels);
        // A private profile: no clash with another soffice, no first-start dialogs.
        const QString profile = QUrl::fromLocalFile(m_dir.filePath("profile")).toString();
        office.start(m_soffice, {"-env:UserInstallation=" + profile, "--headless", "--norestore",
                                 "--convert-to", "pdf", "--outdir", m_dir.path(), file});
        if (!office.waitForFinished(180000)) {
            office.kill();
            return {};
        }
        const QString pdf = m_dir.filePath(QFileInfo(file).completeBaseName() + ".pdf");
        if (!QFileInfo::exists(pdf)) {
            qWarning() << "soffice:" << office.readAll();
            return {};
        }
        QProcess text;
        text.start(m_pdftotext, {"-layout", pdf, "-"});
        text.waitForFinished(60000);
        return QString::fromUtf8(text.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_soffice = QStandardPaths::findExecutable("soffice");
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: install libreoffice-impress and libreoffice-calc");
        m_pdftotext = QStandardPaths::findExecutable("pdftotext");
        if (m_pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(m_dir.isValid());
    }

    void impressOpensTheDeck()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        load(store, beta(), "beta");
        RevenueMixModel mix(&store);
        ChartData chart = ChartData::fromModel(mix, ChartData::Type::StackedColumn, mix.title(), mix.valueTitle());
        chart.sources = mix.sourceFilings();
        PptxWriter deck;
        deck.addSlide(chart);
        const QString path = m_dir.filePath("mix.pptx");
        QString error;
        QVERIFY2(deck.write(path, &error), qPrintable(error));
        const QString text = convertedText(path);
        QVERIFY2(!text.isEmpty(), "LibreOffice could not convert the .pptx");
        QVERIFY2(text.contains("Revenue by segment"), qPrintable(text));
        for (int r = 0; r < mix.rowCount(); ++r)
            QVERIFY2(text.contains(mix.headerData(r, Qt::Vertical).toString()), qPrintable(text));
        // Data labels: figures of the table (180.0 = Cloud services 1H 2024 in millions).
        QVERIFY2(text.contains(QStringLiteral("180.0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("900.0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Beta Robotics Group Inc.")), qPrintable(text));
    }

    void calcOpensTheWorkbook()
    {
        ReportStore store;
        load(store, alpha(), "alpha");
        ComparisonModel model(&store, TableKind::ProfitOrLoss);
        model.setDisplayUnit(1000);
        const QString path = m_dir.filePath("pl.xlsx");
        QString error;
        QVERIFY2(TableWriters::writeXlsx(TableData::fromModel(model, "Profit or loss"), path, &error), qPrintable(error));
        const QString text = convertedText(path);
        QVERIFY2(!text.isEmpty(), "LibreOffice could not convert the .xlsx");
        QVERIFY2(text.contains("Gross profit"), qPrintable(text));
        QVERIFY2(text.contains("300,000"), qPrintable(text));   // numeric cells with the number format
        QVERIFY2(text.contains("(12,000)"), qPrintable(text));  // negative in parentheses
    }
};

QTEST_GUILESS_MAIN(TestLibreOffice)
#include "tst_libreoffice.moc"
