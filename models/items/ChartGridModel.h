#pragma once

#include "ItemRoles.h"
#include "SyncedTableModel.h"
#include "store/ReportStore.h"

#include <QColor>
#include <QDate>
#include <optional>

namespace ledgerlens {

// One figure a chart plots, already in the model's unit (or percent).
struct ChartCell
{
    std::optional<Decimal> value;  // nullopt: no figure (never shown as zero)
    std::optional<double> share;   // RevenueMixModel: share of the column, percent
    SourceRef source;              // where the figure (or a ratio's numerator) is printed
    QString detail;                // how it was derived, for the tooltip ("47,110 / 369,696")
};

struct ChartRowHeader
{
    QString label;                 // as printed (first report that prints it)
    QColor colour;
};

struct ChartColumnHeader
{
    EntryId entry = 0;
    QString company;               // short company name
    QString period;                // "1H 2024", "FY2021", "30 Jun 2024" or the printed label
    QDate periodEnd;
    QString currency;
    QString path;                  // the report's PDF
};

struct ChartGrid
{
    QVector<ChartRowHeader> rows;
    QVector<ChartColumnHeader> columns;
    QVector<QVector<ChartCell>> cells;   // [row][column]
};

// Base of the chart models: a grid of figures recomputed from the store when
// a table, a figure or a row of it changes (a correction shows in the chart
// at once, no reload), and published as what differs: rows and columns
// inserted, removed or moved, dataChanged on the cells whose figure changed,
// nothing when nothing did (loading progress never reaches it). A reset only
// when the store is cleared.
// DisplayRole is a double (or invalid when there is no figure); formatting is
// the view's job. Roles shared with ComparisonModel keep their meaning.
//
// Horizontal header: DisplayRole "Company\nPeriod", HeaderCompanyRole, HeaderPeriodRole,
// HeaderPeriodEndRole, EntryIdRole, CurrencyRole. Vertical header: DisplayRole label,
// Qt::DecorationRole the row's stable colour (ChartPalette).
class ChartGridModel : public SyncedTableModel
{
    Q_OBJECT
public:

    explicit ChartGridModel(ReportStore *store, QObject *parent = nullptr);

    ReportStore *store() const { return m_store; }
    const ChartGrid &grid() const { return m_grid; }
    // What the values mean, for axis titles and exports ("Revenue (RMB million)").
    virtual QString valueTitle() const = 0;
    virtual QString title() const = 0;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The filings the chart draws on, for footnotes ("SenseTime Group Inc. interim results
    // announcement 2025-06-30 (file.pdf)").
    QStringList sourceFilings() const;

    // Helpers for subclasses, public so tests and exports use the same wording.
    static QString shortCompany(const QString &company);
    static QString periodCaption(const Column &column);
    static int exponentOf(qint64 unit);   // 1000 -> 3
    static Decimal inUnit(const Decimal &value, qint64 tableUnit, qint64 displayUnit);
    // "Total", "總計", "" ...: rows a chart of parts leaves out.
    static bool isTotalLabel(const QString &label);
    static ChartColumnHeader columnHeader(EntryId id, const ReportEntry &entry, const Column &column);

    // Re-run build() and publish what differs from the grid shown. Also
    // after a language change: names are words.
    void refresh();

protected:
    // Compute the grid from the store's current, corrected reports (those of entries()).
    virtual ChartGrid build() const = 0;
    // The store's entries in order, less one the store is about to remove
    // (a chart of one currency narrows it).
    virtual QVector<EntryId> entries() const;
    // After each refresh (and clear): the grid shown is the new one.
    virtual void published() {}

private:
    void publish(ChartGrid next);

    ReportStore *m_store;
    ChartGrid m_grid;
    EntryId m_leaving = 0;
};

} // namespace ledgerlens
