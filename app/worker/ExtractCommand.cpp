// `extract FILE.pdf [FILE2.pdf ...] [--out DIR] [--password P] [--table KIND=pages:N[-M][,box:x,y,w,h]]...
//  [--progress] [--verbose]`
// (`ledgerlens-worker extract` for the workbench, `ledgerlens-cli extract` for
// a user's shell: one implementation, one protocol.)
//
// Prints the extraction JSON (shared docs/extraction-json.md, plus row kinds,
// column segments, check figures and warnings) for one file on stdout, or
// writes DIR/<name>.json for each file with --out.
//
// Exit status: 0 success; 1 usage error; 2 when a PDF cannot be read (missing,
// empty, not a PDF, damaged/truncated, encrypted or wrong password, no text
// layer, ...). Each unreadable file gets exactly one line on stderr:
//   error: <file>: <reason>
// Poppler's own diagnostics are not printed unless --verbose (any command).
// A readable PDF without statements still yields valid JSON, with
//   warning: <file>: <text>
// lines on stderr.
//
// --progress: machine-readable progress on stderr, one line per event, stable
// for the GUI's worker process that parses it:
//   file <index> <count> <path>     before each file (index 1-based)
//   progress <done> <total>         pages read so far in the current file
//   error <key> [name=value ...]    why the current file cannot be read, just
//                                   before its "error:" line; keys and names in
//                                   models/extract/ExtractionError.h
//   region-error <key> <region>     a --table region holding no table (keys in
//                                   models/extract/RegionReader.h), before its
//                                   "error:" line
//
// --table (repeatable): read the table of that kind where the analyst says it
// is instead of the recognised one; the box is in PDF points, origin top-left,
// on the first page of the range. A region holding no table is an error of
// that file (exit status 2): a batch fixed by hand must not pass silently.
#include "WorkerCommands.h"

#include "domain/ReportJson.h"
#include "extract/Extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace ledgerlens;

namespace {

QString usage()
{
    return QStringLiteral("usage: %1 extract FILE.pdf [FILE2.pdf ...] [--out DIR] [--password P | --password-stdin] "
                          "[--table KIND=pages:N[-M][,box:x,y,w,h]]... [--progress] [--threads N] [--verbose]\n"
                          "  Prints the extraction JSON for one PDF, or writes DIR/<name>.json for each PDF with --out.\n")
        .arg(QCoreApplication::applicationName());
}

} // namespace

int worker::runExtract(const QStringList &args)
{
    const QString kUsage = usage();
    QTextStream err(stderr);
    QStringList files;
    QString outDir, password;
    bool progress = false;
    int threads = 0;
    QVector<TableRegion> regions;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            QTextStream(stdout) << kUsage;
            return worker::ExitOk;
        } else if (a == QLatin1String("--out") && i + 1 < args.size()) {
            outDir = args[++i];
        } else if (a == QLatin1String("--password") && i + 1 < args.size()) {
            password = args[++i];
        } else if (a == QLatin1String("--password-stdin")) {
            // The workbench's worker passes it this way: not visible in the process list.
            password = QTextStream(stdin).readLine();
        } else if (a == QLatin1String("--threads") && i + 1 < args.size()) {
            threads = args[++i].toInt();
        } else if (a == QLatin1String("--table") && i + 1 < args.size()) {
            QString why;
            const auto region = TableRegion::parse(args[++i], &why);
            if (!region) {
                err << "extract: --table: " << why << "\n";
                return worker::ExitUsage;
            }
            regions.append(*region);
        } else if (a == QLatin1String("--progress")) {
            progress = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            err << "extract: unknown or incomplete option " << a << "\n" << kUsage;
            return worker::ExitUsage;
        } else {
            files.append(a);
        }
    }
    if (files.isEmpty()) {
        err << kUsage;
        return worker::ExitUsage;
    }
    if (files.size() > 1 && outDir.isEmpty()) {
        err << "extract: several files need --out DIR\n";
        return worker::ExitUsage;
    }
    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        err << "extract: cannot create output directory " << outDir << "\n";
        return worker::ExitUsage;
    }
    int status = worker::ExitOk;
    for (int f = 0; f < files.size(); ++f) {
        const QString &path = files[f];
        if (progress) {
            err << "file " << (f + 1) << ' ' << files.size() << ' ' << path << Qt::endl;
        }
        ExtractionOptions options;
        options.password = password;
        options.threads = threads;
        options.regions = regions;
        Extractor::Progress report;
        if (progress)
            report = [&err](int done, int total) {
                err << "progress " << done << ' ' << total << Qt::endl;
                return true;
            };
        const ExtractionResult r = Extractor::extract(path, options, report);
        if (!r.ok()) {
            // The key for the workbench, which words it in the user's language.
            if (progress)
                err << ExtractionErrors::protocolLine(r.error, r.args) << Qt::endl;
            err << "error: " << r.message << Qt::endl;
            status = worker::ExitUnreadable;
            continue;
        }
        if (!r.regionIssues.isEmpty()) {
            for (const RegionIssue &issue : r.regionIssues) {
                if (progress)
                    err << "region-error " << RegionReader::problemKey(issue.problem) << ' ' << issue.region.toString()
                        << Qt::endl;
                err << "error: " << path << ": " << issue.message << Qt::endl;
            }
            status = worker::ExitUnreadable;
            continue;
        }
        for (const QString &w : r.report.warnings)
            err << "warning: " << QFileInfo(path).fileName() << ": " << w << Qt::endl;
        const QByteArray json = QJsonDocument(ReportJson::toJson(r.report)).toJson(QJsonDocument::Indented);
        if (outDir.isEmpty()) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return worker::ExitUsage;
            out.write(json);
            continue;
        }
        const QString target = QDir(outDir).filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".json"));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size()) {
            err << "error: cannot write " << target << Qt::endl;
            status = worker::ExitUsage;
        }
    }
    return status;
}

