// Pages for the source viewer are drawn in a `ledgerlens-worker render-server`
// process: a renderer that crashes, hangs or answers nonsense fails that page
// with a reason, the next page gets a fresh process, and closing the viewer
// never waits on a stuck page.
#include "RobustnessSupport.h"

#include "source/PageImageService.h"
#include "process/PageRenderProcess.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>

using namespace ledgerlens;
using namespace Robust;

class TestPageRendering : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString script(const QString &name, const QByteArray &body)
    {
        return writeScript(m_dir.filePath(name), body);
    }

    // Waits for the rendered() signal of one page; returns its ok flag.
    static bool renderedOk(PageImageService &images, const QString &path, int page, double dpi, int ms = 60000)
    {
        QSignalSpy spy(&images, &PageImageService::rendered);
        if (!images.request(path, page, dpi).isNull())
            return true;
        for (QElapsedTimer t; !t.isValid() || t.elapsed() < ms;) {
            if (!t.isValid())
                t.start();
            for (const QList<QVariant> &args : spy)
                if (args[0].toString() == path && args[1].toInt() == page)
                    return args[3].toBool();
            spy.wait(200);
        }
        qWarning("no rendered() for page %d", page);
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void realRendererDrawsPagesAtTheAskedResolution()
    {
        PageImageService images;
        images.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        const QString pdf = samplePdfs().first();
        QVERIFY(renderedOk(images, pdf, 1, 72));
        const QImage page = images.request(pdf, 1, 72);
        QVERIFY(!page.isNull());
        // A4 portrait at 72 dpi: 595 x 842 points, one pixel each.
        QVERIFY2(qAbs(page.width() - 595) <= 1 && qAbs(page.height() - 842) <= 1,
                 qPrintable(QStringLiteral("%1x%2").arg(page.width()).arg(page.height())));
        // Not a blank page: the statements are printed in dark ink.
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128;
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
        QVERIFY(renderedOk(images, pdf, 2, 36));
        QVERIFY(qAbs(images.request(pdf, 2, 36).width() - page.width() / 2) <= 1);
        // A page the file does not have fails with the renderer's reason.
        QVERIFY(!renderedOk(images, pdf, 999, 72));
        QVERIFY(images.failure(pdf, 999, 72).contains(QLatin1String("no page")));
    }

    void hugePageIsDrawnSmallerNotInGigabytes()
    {
        // 200 x 200 inches: at 150 dpi that would be 30000 pixels a side, 3.6 GB.
        const QString pdf = m_dir.filePath(QStringLiteral("billboard.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QSizeF(14400, 14400), QPageSize::Point));
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), QStringLiteral("Revenue 1,234"));
        }
        PageImageService images;
        images.setWorkerProgram(QStringLiteral(LEDGERLENS_WORKER));
        QVERIFY(renderedOk(images, pdf, 1, 150));
        const QImage page = images.request(pdf, 1, 150);
        QVERIFY(page.width() <= 16384 && page.height() <= 16384);
        QVERIFY2(qint64(page.width()) * page.height() <= 40'000'000, qPrintable(QString::number(page.width())));
        QVERIFY(page.width() > 4000);  // still as large as allowed, not a thumbnail
        // Drawn at less than 150 dpi, and the image says at what: 200 inches of page.
        QVERIFY(page.dotsPerMeterX() > 0);
        const double inches = page.width() / (page.dotsPerMeterX() * 0.0254);
        QVERIFY2(qAbs(inches - 200) < 2, qPrintable(QString::number(inches)));
    }

    // The kept process dies while idle (killed from outside): the next page is
    // drawn by a fresh one, not blamed for the death.
    void aProcessThatDiedIdleIsReplacedNotBlamed()
    {
        PageRenderProcess process(QStringLiteral(LEDGERLENS_WORKER));
        const QString pdf = samplePdfs().first();
        QString error;
        QVERIFY2(!process.render(pdf, QString(), 1, 36, &error).isNull(), qPrintable(error));
        QProcess pkill;
        pkill.start(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-P"),
                                              QString::number(QCoreApplication::applicationPid()),
                                              QStringLiteral("-f"), QStringLiteral("render-server")});
        QVERIFY(pkill.waitForFinished());
        QCOMPARE(pkill.exitCode(), 0);  // it found our render server
        QTest::qWait(200);
        QVERIFY2(!process.render(pdf, QString(), 2, 36, &error).isNull(), qPrintable(error));
    }

    void crashingRendererFailsThatPageAndTheNextPageGetsAFreshProcess()
    {
        const QString marker = m_dir.filePath(QStringLiteral("crashed-once"));
        const QString program = script(QStringLiteral("crash-once.sh"),
                                       "if [ ! -e '" + marker.toUtf8() + "' ]; then touch '" + marker.toUtf8()
                                           + "'; read line; kill -SEGV $$; fi\n"
                                             "exec '" LEDGERLENS_WORKER "' \"$@\"");
        PageImageService images;
        images.setWorkerProgram(program);
        const QString pdf = samplePdfs().first();
        QVERIFY(!renderedOk(images, pdf, 1, 72));
        QVERIFY2(images.failure(pdf, 1, 72).contains(QLatin1String("crashed")), qPrintable(images.failure(pdf, 1, 72)));
        QVERIFY(renderedOk(images, pdf, 2, 72));
        QVERIFY(!images.request(pdf, 2, 72).isNull());
    }

    void nonsenseRepliesAreRefusedWithoutAllocatingThem()
    {
        const QString pdf = samplePdfs().first();
        const QList<QPair<QByteArray, QString>> cases = {
            {"read line; echo 'image 99999999 99999999'; exec sleep 60", QStringLiteral("nonsense")},
            {"read line; echo 'hello'; exec sleep 60", QStringLiteral("nonsense")},
            {"read line; head -c 100000 /dev/zero; exec sleep 60", QStringLiteral("nonsense")},
            {"read line; echo 'image 100 100'; head -c 1000 /dev/zero; exit 0", QStringLiteral("quit")},
            {"read line; echo 'image 100 100'; head -c 1000 /dev/zero; kill -SEGV $$", QStringLiteral("crashed")},
        };
        int i = 0;
        for (const auto &c : cases) {
            PageRenderProcess::Limits limits;
            limits.timeoutMs = 20000;
            PageRenderProcess process(script(QStringLiteral("nonsense%1.sh").arg(++i), c.first), limits);
            QElapsedTimer t;
            t.start();
            QString error;
            QVERIFY(process.render(pdf, QString(), 1, 72, &error).isNull());
            QVERIFY2(error.contains(c.second), qPrintable(QStringLiteral("case %1: %2").arg(i).arg(error)));
            // Refused on the header or at end of stream, not at the deadline.
            QVERIFY2(t.elapsed() < limits.timeoutMs, qPrintable(QString::number(t.elapsed())));
        }
    }

    void hangingRendererTimesOutAndClosingDoesNotWait()
    {
        const QString started = m_dir.filePath(QStringLiteral("hang-started"));
        const QString hang = script(QStringLiteral("hang.sh"),
                                    "read line; touch '" + started.toUtf8() + "'; exec sleep 600");
        const QString pdf = samplePdfs().first();
        PageRenderProcess::Limits limits;
        limits.timeoutMs = 1500;
        PageRenderProcess process(hang, limits);
        QString error;
        QVERIFY(process.render(pdf, QString(), 1, 72, &error).isNull());
        QVERIFY2(error.contains(QLatin1String("longer than")), qPrintable(error));

        // The viewer asks for a page that never comes, then the window closes.
        QElapsedTimer t;
        {
            auto images = std::make_unique<PageImageService>();
            images->setWorkerProgram(hang);
            QVERIFY(images->request(pdf, 1, 72).isNull());
            QVERIFY(images->isPending(pdf, 1, 72));
            QFile::remove(started);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 20000);  // the page is being drawn (and hangs)
            t.start();
        }
        qInfo("a service with a hanging page closed in %lld ms", t.elapsed());
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));  // not the 30 s page limit
    }

    // Two hostile pages tie up both render processes; turning to a third page
    // abandons them (they were slow) instead of queueing behind them for the
    // 30 s limit, and they are not marked failed, so coming back asks again.
    void slowPagesGiveWayToThePageOnScreen()
    {
        const QString starts = m_dir.filePath(QStringLiteral("starts"));
        QVERIFY(QDir().mkpath(starts));
        const QString program = script(QStringLiteral("two-hang.sh"),
                                       "n=$(ls '" + starts.toUtf8() + "' | wc -l); touch '" + starts.toUtf8() + "'/$n\n"
                                       "if [ $n -lt 2 ]; then read line; exec sleep 600; fi\n"
                                       "exec '" LEDGERLENS_WORKER "' \"$@\"");
        PageImageService images;
        images.setWorkerProgram(program);
        const QString pdf = samplePdfs().first();
        QVERIFY(images.request(pdf, 1, 72).isNull());
        QTest::qWait(1800);
        QVERIFY(images.request(pdf, 2, 72).isNull());
        QTest::qWait(1800);
        QElapsedTimer t;
        t.start();
        QVERIFY(images.request(pdf, 3, 72).isNull());
        // Both hanging pages gave way at once, not at their 30 s limit.
        QVERIFY(!images.isPending(pdf, 1, 72));
        QVERIFY(!images.isPending(pdf, 2, 72));
        QVERIFY(renderedOk(images, pdf, 3, 72, 20000));
        qInfo("page 3 drawn %lld ms after it was asked for, behind two hanging pages", t.elapsed());
        QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));  // not behind the 30 s limit
        QVERIFY(images.failure(pdf, 1, 72).isEmpty());
        QVERIFY(images.failure(pdf, 2, 72).isEmpty());
        QVERIFY(!images.isPending(pdf, 1, 72));
        QVERIFY(renderedOk(images, pdf, 1, 72, 20000));  // back to page 1: drawn this time
    }

    void missingProgramSaysSo()
    {
        PageImageService images;
        images.setWorkerProgram(QStringLiteral("/nonexistent/ledgerlens-worker"));
        const QString pdf = samplePdfs().first();
        QVERIFY(!renderedOk(images, pdf, 1, 72));
        QVERIFY(images.failure(pdf, 1, 72).contains(QLatin1String("/nonexistent/ledgerlens-worker")));
    }
};

QTEST_MAIN(TestPageRendering)
#include "tst_pagerendering.moc"
