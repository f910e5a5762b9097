// The audit sheet (File > Export Audit Sheet) is written in the UI language:
// with the Simplified and Traditional Chinese translators installed its title
// and every column heading come out Chinese, not the English source text.
#include "review/AuditExport.h"

#include "export/TableData.h"
#include "store/ReportStore.h"

#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace ledgerlens;

class TestAuditLanguage : public QObject
{
    Q_OBJECT

private slots:
    void headingsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_HK") << QStringLiteral("zh_HK");
    }

    void headingsFollowTheLanguage()
    {
        QFETCH(QString, code);
        ReportStore store;
        const TableData english = AuditExport::toTable(store);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("ledgerlens_") + code, QStringLiteral(LEDGERLENS_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&translator);
        const TableData chinese = AuditExport::toTable(store);
        QCoreApplication::removeTranslator(&translator);

        const QStringList before = QStringList{english.title, english.cornerHeader} + english.columnHeaders;
        const QStringList after = QStringList{chinese.title, chinese.cornerHeader} + chinese.columnHeaders;
        QCOMPARE(after.size(), before.size());
        // "UTC" stays Latin in the translation; no other English word may.
        static const QRegularExpression englishWord(QStringLiteral("[A-Za-z]{2,}"));
        for (int i = 0; i < after.size(); ++i) {
            QVERIFY2(after[i] != before[i], qPrintable(QStringLiteral("untranslated: ") + before[i]));
            QString rest = after[i];
            rest.remove(QStringLiteral("UTC"));
            QVERIFY2(!rest.contains(englishWord), qPrintable(after[i]));
        }
    }
};

QTEST_MAIN(TestAuditLanguage)
#include "tst_auditlanguage.moc"
