// `ledgerlens-cli lines FILE.pdf [PAGE...]`: the lines and chunks the
// recognisers see, with boxes and font sizes, for diagnosing a layout the
// extractor reads wrongly (what a page looks like to the engine, not to pdftotext).
#include "CliCommand.h"
#include "extract/PageReader.h"
#include "extract/StatementRecogniser.h"

#include <QTextStream>

namespace ledgerlens::cli {

namespace {

int runLines(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    if (args.isEmpty() || args.front().startsWith(QLatin1String("-"))) {
        err << "usage: ledgerlens-cli lines FILE.pdf [PAGE...]\n";
        return args.contains(QLatin1String("--help")) ? ExitOk : ExitUsage;
    }
    PdfOpenStatus status;
    QString message;
    int pages = 0;
    {
        auto pdf = PdfDocument::open(args.front(), QString(), &status, &message);
        if (!pdf) {
            err << message << "\n";
            return ExitUnreadable;
        }
        pages = pdf->pageCount();
    }
    bool cancelled = false;
    const DocumentText doc = PageReader::read(args.front(), QString(), pages, 1, {}, &cancelled);
    QList<int> wanted;
    for (const QString &a : args.mid(1))
        wanted.append(a.toInt());
    for (const PageText &p : doc) {
        if (!wanted.isEmpty() && !wanted.contains(p.page))
            continue;
        out << "== page " << p.page << "\n";
        const auto titles = StatementRecogniser::titlesOn(p);
        for (int i = 0; i < p.lines.size(); ++i) {
            const TextLine &l = p.lines[i];
            bool title = false;
            for (const auto &t : titles)
                title = title || t.first == i;
            out << QString::asprintf("%3d %s y%6.1f h%4.1f fs%4.1f x%6.1f-%6.1f |", i, title ? "T" : " ", l.box.top(),
                                     l.box.height(), l.fontSize, l.box.left(), l.box.right());
            for (const Chunk &c : l.chunks)
                out << ' ' << c.text << QString::asprintf(" [%.0f-%.0f] |", c.box.left(), c.box.right());
            out << "\n";
        }
    }
    return ExitOk;
}

const CommandRegistration reg{"lines", "diagnostic: the lines and chunks the recognisers read, with boxes", &runLines};

} // namespace

} // namespace ledgerlens::cli
