#include "ChartGridModel.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace ledgerlens {

ChartGridModel::ChartGridModel(ReportStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    // Every store change that can move a figure: rebuild at once (cheap: a few hundred cells).
    auto again = [this] { refresh(); };
    connect(store, &ReportStore::entryAdded, this, again);
    connect(store, &ReportStore::entryRemoved, this, again);
    connect(store, &ReportStore::entryMoved, this, again);
    connect(store, &ReportStore::loadStateChanged, this, again);
    connect(store, &ReportStore::reportChanged, this, again);
    connect(store, &ReportStore::valueChanged, this, again);
    connect(store, &ReportStore::rowChanged, this, again);
    connect(store, &ReportStore::cleared, this, again);
}

void ChartGridModel::refresh()
{
    ChartGrid next = build();
    auto sameShape = [&] {
        if (next.rows.size() != m_grid.rows.size() || next.columns.size() != m_grid.columns.size())
            return false;
        for (int r = 0; r < next.rows.size(); ++r) {
            if (next.rows[r].label != m_grid.rows[r].label)
                return false;
        }
        for (int c = 0; c < next.columns.size(); ++c) {
            const auto &a = next.columns[c], &b = m_grid.columns[c];
            if (a.entry != b.entry || a.period != b.period || a.company != b.company)
                return false;
        }
        return true;
    };
    if (sameShape()) {
        m_grid = std::move(next);
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_grid = std::move(next);
    endResetModel();
}

int ChartGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rows.size();
}

int ChartGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columns.size();
}

QVariant ChartGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ChartCell &cell = m_grid.cells[index.row()][index.column()];
    const ChartColumnHeader &col = m_grid.columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.value ? QVariant(cell.value->toDouble()) : QVariant();
    case ExactValueRole:
        return cell.value ? cell.value->normalized().toString() : QString();
    case ShareRole:
        return cell.share ? QVariant(*cell.share) : QVariant();
    case SourceRole:
        if (!cell.source.isValid())
            return {};
        return QVariantMap{{QStringLiteral("page"), cell.source.page},
                           {QStringLiteral("box"), cell.source.box},
                           {QStringLiteral("entryId"), col.entry},
                           {QStringLiteral("path"), col.path}};
    case SourcePageRole:
        return cell.source.page;
    case SourceBoxRole:
        return cell.source.box;
    case EntryIdRole:
        return col.entry;
    case DetailRole:
        return cell.detail;
    case Qt::DecorationRole:
        return m_grid.rows[index.row()].colour;
    default:
        return {};
    }
}

QVariant ChartGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_grid.rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_grid.rows[section].label;
        if (role == Qt::DecorationRole)
            return m_grid.rows[section].colour;
        return {};
    }
    if (section < 0 || section >= m_grid.columns.size())
        return {};
    const ChartColumnHeader &c = m_grid.columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return c.company.isEmpty() ? c.period : c.company + QLatin1Char('\n') + c.period;
    case CompanyRole:
        return c.company;
    case PeriodRole:
        return c.period;
    case PeriodEndRole:
        return c.periodEnd;
    case EntryIdRole:
        return c.entry;
    case CurrencyRole:
        return c.currency;
    default:
        return {};
    }
}

int ChartGridModel::exponentOf(qint64 unit)
{
    int e = 0;
    while (unit >= 10 && unit % 10 == 0) {
        unit /= 10;
        ++e;
    }
    return e;
}

Decimal ChartGridModel::inUnit(const Decimal &value, qint64 tableUnit, qint64 displayUnit)
{
    return value.shifted(exponentOf(tableUnit) - exponentOf(displayUnit));
}

bool ChartGridModel::isTotalLabel(const QString &label)
{
    static const QRegularExpression total(QStringLiteral(
        "^(total|sub-?total|grand total|總計|总计|合計|合计|總額|总额|小計|小计)(?![A-Za-z])|^\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return total.match(label.simplified()).hasMatch();
}

QStringList ChartGridModel::sourceFilings() const
{
    QStringList out;
    QVector<EntryId> seen;
    for (const ChartColumnHeader &c : m_grid.columns) {
        if (seen.contains(c.entry))
            continue;
        seen.append(c.entry);
        const Report *r = m_store->report(c.entry);
        if (!r)
            continue;
        QStringList parts;
        parts << (r->company.isEmpty() ? c.company : r->company);
        if (!r->stockCode.isEmpty())
            parts << QStringLiteral("(%1)").arg(r->stockCode);
        if (!r->kind.isEmpty())
            parts << r->kind;
        if (r->periodEnd.isValid())
            parts << r->periodEnd.toString(Qt::ISODate);
        out << parts.join(QLatin1Char(' ')) + QStringLiteral(" — ") + QFileInfo(c.path).fileName();
    }
    return out;
}

QString ChartGridModel::shortCompany(const QString &company)
{
    QString s = company.simplified();
    // Legal-form tails carry no meaning on a chart axis.
    static const QRegularExpression tail(QStringLiteral(
        "(\\s+(Group|Holdings?|International|Company|Co\\.?|Corporation|Corp\\.?|Limited|Ltd\\.?|Inc\\.?|plc|PLC))+$"
        "|(控股|集團|集团|國際|国际)?(股份)?有限公司$"));
    s.remove(tail);
    return s.isEmpty() ? company.simplified() : s;
}

QString ChartGridModel::periodCaption(const Column &column)
{
    if (!column.periodEnd.isValid())
        return column.label;
    const QDate d = column.periodEnd;
    if (column.months == 12)
        return QStringLiteral("FY%1").arg(d.year());
    if (column.months == 6 && (d.month() == 6 || d.month() == 12))
        return QStringLiteral("%1H %2").arg(d.month() == 6 ? 1 : 2).arg(d.year());
    if (column.months > 0)
        return QStringLiteral("%1M to %2").arg(column.months).arg(QLocale::c().toString(d, QStringLiteral("MMM yyyy")));
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

ChartColumnHeader ChartGridModel::columnHeader(EntryId id, const ReportEntry &entry, const Column &column)
{
    ChartColumnHeader h;
    h.entry = id;
    h.company = shortCompany(entry.effective.company);
    if (h.company.isEmpty())
        h.company = QFileInfo(entry.path).completeBaseName();
    h.period = periodCaption(column);
    h.periodEnd = column.periodEnd;
    h.currency = entry.effective.currency;
    h.path = entry.path;
    return h;
}

} // namespace ledgerlens
