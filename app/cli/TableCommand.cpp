// `ledgerlens-cli table KEY A.pdf [B.pdf ...] --out FILE.(csv|xlsx) [--unit 1|1000|1000000]`
//
// KEY is a table of the extraction contract (profit_or_loss, financial_position,
// cash_flows, comprehensive_income, revenue_mix, receivables_ageing,
// payables_ageing): the reports side by side, rows aligned by canonical key,
// exactly as the workbench's comparison table shows them. Chart tables
// (revenue-mix-chart, margins, receivables-ageing-chart) export the chart models.
// Numbers stay numbers (XLSX numeric cells, CSV exact decimals); the display
// unit is in each column header.
//
// Exit status: 0 written; 1 usage; 2 a PDF could not be read (the table is
// still written from the others when any remain); 3 no such table in any
// report, or the file could not be written.
#include "CliCommand.h"
#include "CliReportLoader.h"

#include "export/TableData.h"
#include "export/TableWriters.h"
#include "items/AgeingModel.h"
#include "items/ComparisonModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"
#include "store/ReportStore.h"

#include <QFileInfo>
#include <QTextStream>
#include <memory>

using namespace ledgerlens;

namespace {

const char *kUsage =
    "usage: ledgerlens-cli table KEY A.pdf [B.pdf ...] --out FILE.(csv|xlsx) [--unit 1|1000|1000000]\n"
    "  KEY: profit_or_loss, comprehensive_income, financial_position, cash_flows, revenue_mix,\n"
    "       receivables_ageing, payables_ageing, or a chart: margins, revenue-mix-chart, receivables-ageing-chart\n";

int runTable(const QStringList &args)
{
    QTextStream err(stderr);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << kUsage;
        return cli::ExitOk;
    }
    QString key, out;
    QStringList files;
    qint64 unit = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--out") && i + 1 < args.size()) {
            out = args[++i];
        } else if (a == QLatin1String("--unit") && i + 1 < args.size()) {
            unit = args[++i].toLongLong();
        } else if (a.startsWith(QLatin1String("--"))) {
            err << "table: unknown or incomplete option " << a << "\n" << kUsage;
            return cli::ExitUsage;
        } else if (key.isEmpty()) {
            key = a;
        } else {
            files << a;
        }
    }
    TableKind kind = TableKind::ProfitOrLoss;
    static const QStringList chartKeys{"margins", "revenue-mix-chart", "receivables-ageing-chart"};
    const bool isChart = chartKeys.contains(key);
    const QString suffix = QFileInfo(out).suffix().toLower();
    QString problem;
    if (!isChart && !tableKindFromKey(key, &kind))
        problem = QStringLiteral("table: unknown table '%1'").arg(key);
    else if (files.isEmpty())
        problem = QStringLiteral("table: no PDF given");
    else if (out.isEmpty())
        problem = QStringLiteral("table: --out FILE is required");
    else if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        problem = QStringLiteral("table: cannot write '.%1': use .csv or .xlsx").arg(suffix);
    else if (unit != 0 && unit != 1 && unit != 1000 && unit != 1000000)
        problem = QStringLiteral("table: --unit must be 1, 1000 or 1000000");
    if (!problem.isEmpty()) {
        err << problem << "\n" << kUsage;
        return cli::ExitUsage;
    }

    ReportStore store;
    const bool allRead = cli::loadReports(store, files);
    std::unique_ptr<QAbstractItemModel> model;
    QString title = key, corner = QStringLiteral("Line item");
    if (key == QLatin1String("margins")) {
        model = std::make_unique<MarginsModel>(&store);
        corner = QStringLiteral("Margin (%)");
    } else if (key == QLatin1String("revenue-mix-chart")) {
        auto m = std::make_unique<RevenueMixModel>(&store);
        if (unit)
            m->setDisplayUnit(unit);
        model = std::move(m);
        corner = QStringLiteral("Segment");
    } else if (key == QLatin1String("receivables-ageing-chart")) {
        auto m = std::make_unique<AgeingModel>(&store);
        if (unit)
            m->setDisplayUnit(unit);
        model = std::move(m);
        corner = QStringLiteral("Ageing bucket");
    } else {
        auto m = std::make_unique<ComparisonModel>(&store, kind);
        // Default: the unit the first report prints in, so figures read as in the filing.
        qint64 shown = unit;
        for (EntryId id : store.ids()) {
            if (const Table *t = store.table(id, kind); t && !shown)
                shown = t->unit;
        }
        m->setDisplayUnit(shown ? shown : 1);
        model = std::move(m);
    }
    if (model->rowCount() == 0) {
        err << "error: no report has a " << key << " table; " << out << " not written\n";
        return allRead ? 3 : cli::ExitUnreadable;
    }
    TableData table = TableData::fromModel(*model, title);
    table.cornerHeader = corner;
    QString error;
    const bool ok = suffix == QLatin1String("csv") ? TableWriters::writeCsv(table, out, &error)
                                                   : TableWriters::writeXlsx(table, out, &error);
    if (!ok) {
        err << "error: " << error << "\n";
        return 3;
    }
    return allRead ? cli::ExitOk : cli::ExitUnreadable;
}

} // namespace

static const cli::CommandRegistration reg{"table", "export a table of several reports to CSV/XLSX", &runTable};
