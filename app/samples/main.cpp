// ledgerlens-samples: typesets sample filings from JSON specs.
//   ledgerlens-samples --out DIR [--expected DIR] SPEC.json...
// writes DIR/<spec-name>.pdf and, with --expected, <spec-name>.expected.json
// (the extraction contract: figures, pages and boxes as they landed).
#include "typeset/ExpectedReport.h"
#include "typeset/FilingSpec.h"
#include "typeset/FilingTypesetter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>

using namespace ledgerlens::typeset;

namespace {

bool writeJson(const QString &path, const QJsonObject &json, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Typesets Ledgerlens sample filings from JSON specs."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PDFs."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("expected"),
                      QStringLiteral("Also write <name>.expected.json into this folder."), QStringLiteral("dir")});
    parser.addPositionalArgument(QStringLiteral("specs"), QStringLiteral("Sample specs (*.json)."), QStringLiteral("SPEC.json..."));
    parser.process(app);
    const QStringList specs = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("out")) || specs.isEmpty()) {
        std::fprintf(stderr, "usage: ledgerlens-samples --out DIR [--expected DIR] SPEC.json...\n");
        return 2;
    }
    const QDir out(parser.value(QStringLiteral("out")));
    int failures = 0;
    for (const QString &spec : specs) {
        // Expected files sit beside the specs; they are outputs, not inputs.
        if (spec.endsWith(QLatin1String(".expected.json")))
            continue;
        const QString name = QFileInfo(spec).completeBaseName();
        FilingDocument doc;
        QString error;
        if (!FilingSpec::load(spec, &doc, &error)) {
            std::fprintf(stderr, "ledgerlens-samples: %s\n", qPrintable(error));
            ++failures;
            continue;
        }
        const QString pdf = out.filePath(name + QStringLiteral(".pdf"));
        const TypesetResult result = FilingTypesetter::write(doc, pdf);
        if (!result.ok) {
            std::fprintf(stderr, "ledgerlens-samples: %s\n", qPrintable(result.error));
            ++failures;
            continue;
        }
        std::printf("%s: %d pages\n", qPrintable(pdf), result.pageCount);
        if (parser.isSet(QStringLiteral("expected"))) {
            const QDir dir(parser.value(QStringLiteral("expected")));
            dir.mkpath(QStringLiteral("."));
            if (!writeJson(dir.filePath(name + QStringLiteral(".expected.json")),
                           ExpectedReport::toJson(doc, result, pdf), &error)) {
                std::fprintf(stderr, "ledgerlens-samples: %s\n", qPrintable(error));
                ++failures;
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
