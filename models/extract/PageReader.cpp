#include "PageReader.h"

#include "layout/PageFurniture.h"
#include "layout/TextRules.h"

#include <QMutex>
#include <QThread>
#include <thread>

namespace ledgerlens {

DocumentText PageReader::read(const QString &path, const QString &password, int pageCount, int threads,
                              const Progress &progress, bool *cancelled, bool *repaired)
{
    DocumentText doc(pageCount);
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount());
    threads = qBound(1, threads, qMax(1, pageCount / 4));
    std::atomic<int> done{0};
    std::atomic<bool> cancel{false};
    std::atomic<bool> rebuilt{false};
    QMutex progressLock;
    auto work = [&](int t) {
        PdfOpenStatus st;
        auto pdf = PdfDocument::open(path, password, &st);
        if (!pdf)
            return;
        // Interleaved pages balance the load: statements cluster in one range.
        for (int i = t; i < pageCount && !cancel; i += threads) {
            const PdfPage words = pdf->words(i + 1);
            PageText &pt = doc[i];
            pt.page = i + 1;
            pt.size = words.size;
            pt.wordCount = words.words.size();
            pt.found = words.found;
            pt.lines = Layout::buildLines(words.words);
            Layout::dropTextRules(pt.lines);
            pt.furniture = Layout::dropPageNumbers(pt.lines, pt.size);
            // Counted under the lock so the pages reported only ever go up
            // (the worker's progress lines are read as monotonic).
            QMutexLocker lock(&progressLock);
            const int n = ++done;
            if (progress && !progress(n, pageCount))
                cancel = true;
        }
        // Poppler may rebuild the table lazily, on the first object it misses.
        if (pdf->wasRepaired())
            rebuilt = true;
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto &th : pool)
        th.join();
    for (int i = 0; i < pageCount; ++i)
        doc[i].page = i + 1;
    if (cancelled)
        *cancelled = cancel;
    if (repaired)
        *repaired = rebuilt;
    return doc;
}

} // namespace ledgerlens
