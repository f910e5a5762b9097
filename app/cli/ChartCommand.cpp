// `ledgerlens-cli chart revenue-mix|margins|receivables-ageing|all A.pdf [B.pdf ...] --out FILE.(png|svg|pdf|pptx)
//      [--size 1920x1080] [--dpi 144] [--pie N] [--currency XXX]`
//
// Extracts the PDFs in-process, fills a ReportStore and draws the chart with
// the workbench's own models and chart views (off screen). `all` writes one
// slide per chart (PPTX only). --pie N draws the revenue mix of the N-th
// (1-based) report/period column as a pie. Amount charts (revenue mix,
// ageing) draw one currency: --currency picks it (default: the first report's);
// a .pptx gets one slide per currency unless --currency is given.
//
// Exit status: 0 written; 1 usage; 2 a PDF could not be read (the chart is
// still written from the others when any remain); 3 nothing to draw or the
// file could not be written.
#include "CliCommand.h"
#include "CliReportLoader.h"

#include "charts/ChartExporter.h"
#include "charts/ChartViews.h"
#include "items/AgeingModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QTextStream>
#include <memory>

using namespace ledgerlens;

namespace {

const char *kUsage =
    "usage: ledgerlens-cli chart revenue-mix|margins|receivables-ageing|all A.pdf [B.pdf ...] --out FILE\n"
    "       [--size WxH] [--dpi N] [--pie N] [--currency XXX]\n"
    "  FILE ends in .png, .svg, .pdf or .pptx (a native, editable PowerPoint chart).\n"
    "  `all` puts every chart on its own slide (.pptx only).\n"
    "  Amounts in different currencies never share an axis: --currency XXX draws the\n"
    "  reports in XXX; without it an image draws the first report's currency and a\n"
    "  .pptx has one slide per currency.\n";

struct Charts
{
    std::unique_ptr<RevenueMixModel> mix;
    std::unique_ptr<MarginsModel> margins;
    std::unique_ptr<AgeingModel> ageing;
    std::vector<std::unique_ptr<ChartViewBase>> views;
};

int runChart(const QStringList &args)
{
    QTextStream err(stderr);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << kUsage;
        return cli::ExitOk;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << "chart: needs a widget application (internal error)\n";
        return cli::ExitUsage;
    }
    QString kind, out;
    QStringList files;
    ChartExporter::ImageOptions image;
    int pie = 0;
    QString currency;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--out") && i + 1 < args.size()) {
            out = args[++i];
        } else if (a == QLatin1String("--dpi") && i + 1 < args.size()) {
            image.dpi = args[++i].toDouble();
        } else if (a == QLatin1String("--pie") && i + 1 < args.size()) {
            pie = args[++i].toInt();
        } else if (a == QLatin1String("--currency") && i + 1 < args.size()) {
            currency = args[++i].trimmed().toUpper();
        } else if (a == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            image.size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
        } else if (a.startsWith(QLatin1String("--"))) {
            err << "chart: unknown or incomplete option " << a << "\n" << kUsage;
            return cli::ExitUsage;
        } else if (kind.isEmpty()) {
            kind = a;
        } else {
            files << a;
        }
    }
    static const QStringList kinds{"revenue-mix", "margins", "receivables-ageing", "all"};
    const QString suffix = QFileInfo(out).suffix().toLower();
    QString problem;
    if (!kinds.contains(kind))
        problem = QStringLiteral("chart: unknown chart '%1' (revenue-mix, margins, receivables-ageing, all)").arg(kind);
    else if (files.isEmpty())
        problem = QStringLiteral("chart: no PDF given");
    else if (out.isEmpty())
        problem = QStringLiteral("chart: --out FILE is required");
    else if (!QStringList{"png", "svg", "pdf", "pptx"}.contains(suffix))
        problem = QStringLiteral("chart: cannot write '.%1': use .png, .svg, .pdf or .pptx").arg(suffix);
    else if (kind == QLatin1String("all") && suffix != QLatin1String("pptx"))
        problem = QStringLiteral("chart: 'all' writes one slide per chart: use a .pptx file");
    else if (!image.size.isValid() || image.size.width() < 200 || image.size.height() < 150 || image.dpi < 24 || image.dpi > 1200)
        problem = QStringLiteral("chart: --size must be at least 200x150 and --dpi between 24 and 1200");
    if (!problem.isEmpty()) {
        err << problem << "\n" << kUsage;
        return cli::ExitUsage;
    }

    ReportStore store;
    const bool allRead = cli::loadReports(store, files);
    Charts c;
    c.mix = std::make_unique<RevenueMixModel>(&store);
    c.margins = std::make_unique<MarginsModel>(&store);
    c.ageing = std::make_unique<AgeingModel>(&store);
    QVector<const ChartGridModel *> elsewhere;   // no report in --currency: drawn in none other
    for (AmountChartModel *m : {static_cast<AmountChartModel *>(c.mix.get()), static_cast<AmountChartModel *>(c.ageing.get())}) {
        if (currency.isEmpty())
            continue;
        if (!m->currencies().contains(currency)) {
            err << "warning: no report in " << currency << " has figures for this chart: " << m->title()
                << " (currencies: " << m->currencies().join(QStringLiteral(", ")) << ")\n";
            elsewhere << m;
        }
        m->setCurrency(currency);
    }
    if (kind == QLatin1String("revenue-mix") || kind == QLatin1String("all")) {
        if (pie > 0) {
            auto v = std::make_unique<RevenueMixPieView>(c.mix.get());
            v->setColumn(pie - 1);
            c.views.push_back(std::move(v));
        } else {
            c.views.push_back(std::make_unique<RevenueMixChartView>(c.mix.get()));
        }
    }
    if (kind == QLatin1String("margins") || kind == QLatin1String("all"))
        c.views.push_back(std::make_unique<MarginsChartView>(c.margins.get()));
    if (kind == QLatin1String("receivables-ageing") || kind == QLatin1String("all"))
        c.views.push_back(std::make_unique<AgeingChartView>(c.ageing.get()));

    QVector<const ChartViewBase *> drawable;
    for (const auto &v : c.views) {
        auto *amount = qobject_cast<AmountChartModel *>(v->model());
        if (amount && currency.isEmpty() && amount->currencies().size() > 1 && suffix != QLatin1String("pptx"))
            err << "note: " << amount->title() << " only; other currencies ("
                << amount->currencies().mid(1).join(QStringLiteral(", ")) << "): --currency XXX\n";
        if (elsewhere.contains(v->model()))
            continue;
        if (v->model()->rowCount() > 0 && v->model()->columnCount() > 0)
            drawable << v.get();
        else
            err << "warning: no figures for the " << v->model()->title().toLower() << " chart in the given reports\n";
    }
    if (drawable.isEmpty()) {
        err << "error: nothing to draw; " << out << " not written\n";
        return allRead ? 3 : cli::ExitUnreadable;
    }
    QString error;
    // Asked for one currency: a deck of that one, not one slide per currency.
    const bool ok = suffix == QLatin1String("pptx") ? ChartExporter::savePptx(drawable, out, &error, currency.isEmpty())
                                                    : ChartExporter::save(*drawable.first(), out, image, &error);
    if (!ok) {
        err << "error: " << error << "\n";
        return 3;
    }
    return allRead ? cli::ExitOk : cli::ExitUnreadable;
}

} // namespace

static const cli::CommandRegistration reg{"chart", "draw a chart of several reports to PNG/SVG/PDF/PPTX", &runChart};
