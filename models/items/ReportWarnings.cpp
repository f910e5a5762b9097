#include "ReportWarnings.h"

#include <QRegularExpression>

namespace ledgerlens {

namespace {
// The sentences models/extract writes (Extractor, StatementRecogniser), in English.
const QRegularExpression &noStatements()
{
    static const QRegularExpression re(QStringLiteral("^no financial statements were recognised"));
    return re;
}
const QRegularExpression &tableMissing()
{
    static const QRegularExpression re(QStringLiteral("^no ([a-z_]+) table was recognised(?: \\(page (\\d+)\\))?"));
    return re;
}
const QRegularExpression &tableUnread()
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z_]+): the statement \"(.*)\" on page (\\d+) was found but could not be read"));
    return re;
}
const QRegularExpression &undatedColumns()
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z_]+): (\\d+) of (\\d+) columns have no period in their header(?: \\(page (\\d+)\\))?"));
    return re;
}

std::optional<TableKind> kindOf(const QString &key)
{
    TableKind k;
    return tableKindFromKey(key, &k) ? std::optional<TableKind>(k) : std::nullopt;
}

QString sentence(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}
} // namespace

QVector<ReportWarning> ReportWarnings::parse(const QStringList &warnings)
{
    QVector<ReportWarning> out;
    for (const QString &raw : warnings) {
        ReportWarning w;
        w.raw = raw;
        QRegularExpressionMatch m;
        if (raw.contains(noStatements())) {
            w.kind = ReportWarning::NoStatements;
        } else if ((m = tableMissing().match(raw)).hasMatch() && kindOf(m.captured(1))) {
            w.kind = ReportWarning::TableMissing;
            w.table = kindOf(m.captured(1));
            w.page = m.captured(2).toInt();
        } else if ((m = tableUnread().match(raw)).hasMatch() && kindOf(m.captured(1))) {
            w.kind = ReportWarning::TableUnread;
            w.table = kindOf(m.captured(1));
            w.title = m.captured(2);
            w.page = m.captured(3).toInt();
        } else if ((m = undatedColumns().match(raw)).hasMatch() && kindOf(m.captured(1))) {
            w.kind = ReportWarning::UndatedColumns;
            w.table = kindOf(m.captured(1));
            w.undated = m.captured(2).toInt();
            w.columns = m.captured(3).toInt();
            w.page = m.captured(4).toInt();
        }
        out << w;
    }
    return out;
}

QVector<ReportWarning> ReportWarnings::about(const QStringList &warnings, TableKind table)
{
    QVector<ReportWarning> out;
    for (const ReportWarning &w : parse(warnings))
        if (w.table == table)
            out << w;
    return out;
}

QString ReportWarnings::tableName(TableKind table)
{
    switch (table) {
    case TableKind::ProfitOrLoss: return tr("profit or loss statement");
    case TableKind::ComprehensiveIncome: return tr("statement of comprehensive income");
    case TableKind::FinancialPosition: return tr("statement of financial position");
    case TableKind::CashFlows: return tr("cash flow statement");
    case TableKind::RevenueMix: return tr("revenue breakdown");
    case TableKind::ReceivablesAgeing: return tr("receivables ageing");
    case TableKind::PayablesAgeing: return tr("payables ageing");
    }
    return QString();
}

QString ReportWarnings::text(const ReportWarning &w, const QString &report)
{
    const QString table = w.table ? tableName(*w.table) : QString();
    switch (w.kind) {
    case ReportWarning::NoStatements:
        return report.isEmpty() ? tr("No financial statement recognised")
                                : tr("No financial statement recognised in %1").arg(report);
    case ReportWarning::TableMissing:
        if (w.page > 0)
            return sentence(report.isEmpty() ? tr("%1 not recognised (page %2)").arg(table, QString::number(w.page))
                                             : tr("%1 not recognised in %2 (page %3)").arg(table, report, QString::number(w.page)));
        return sentence(report.isEmpty() ? tr("%1 not recognised").arg(table)
                                         : tr("%1 not recognised in %2").arg(table, report));
    case ReportWarning::TableUnread:
        return sentence(report.isEmpty()
                            ? tr("%1 not recognised (page %2): \u201c%3\u201d is printed there but its table could not be read")
                                  .arg(table, QString::number(w.page), w.title)
                            : tr("%1 not recognised in %2 (page %3): \u201c%4\u201d is printed there but its table could not be read")
                                  .arg(table, report, QString::number(w.page), w.title));
    case ReportWarning::UndatedColumns: {
        const QString where = w.page > 0 ? tr(" (page %1)").arg(w.page) : QString();
        return sentence(report.isEmpty()
                            ? tr("%1: %2 of %3 columns have no period in their header%4")
                                  .arg(table, QString::number(w.undated), QString::number(w.columns), where)
                            : tr("%1 in %2: %3 of %4 columns have no period in their header%5")
                                  .arg(table, report, QString::number(w.undated), QString::number(w.columns), where));
    }
    case ReportWarning::Other: break;
    }
    return w.raw;
}

} // namespace ledgerlens
