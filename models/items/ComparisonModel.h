#pragma once

#include "ItemRoles.h"
#include "ComparisonLayout.h"
#include "SyncedTableModel.h"
#include "store/ReportStore.h"

#include <QHash>
#include <QPointF>
#include <QSet>

namespace ledgerlens {

// One table kind across all Ready entries: rows = line items aligned by
// canonical key (ComparisonLayout), columns = entry x period column in store
// order. DisplayRole is a double in displayUnit(); EditRole the exact decimal
// string in displayUnit(); setData(EditRole) records a correction (undoable)
// from a printed figure ("1,234", "(56)", "-" = nil) in displayUnit().
// A period printed by two reports is shown once per report; RestatedRole marks
// the cells whose figures differ between them.
//
// Horizontal header (composed by ColumnHeaderText): DisplayRole
// "Company\nPeriod label[ (segment)]", HeaderLinesRole what the heading shows,
// ToolTipRole the report in full, plus HeaderCompanyRole, HeaderPeriodRole
// (column label), HeaderPeriodEndRole (QDate), HeaderSegmentRole, EntryIdRole,
// ColumnIndexRole.
// A standardised fold row ("Other current assets") shows per report the exact
// sum of the lines it folds (DisplayRole, ExactValueRole), lists them in its
// ToolTipRole, and its SourceRole is the first of them printing a figure in
// that column; it is editable only where it folds one line.
// Vertical header: DisplayRole the label in the UI language (a bilingual
// row's Chinese label in a Chinese UI, its English one otherwise; an
// unlabelled subtotal's derived name), ToolTipRole the other language's label
// or why a name was derived, LabelRole the printed label, CanonicalRole,
// RowKindRole, DerivedLabelRole.
//
// It follows the store change by change: a report arriving or leaving inserts
// or removes its columns (and the rows only it has), a move moves them, a
// correction changes its cell, a label or key fix re-aligns rows with a
// layout change; only clearing the store resets it.
class ComparisonModel : public SyncedTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 displayUnit READ displayUnit WRITE setDisplayUnit NOTIFY displayUnitChanged)
    Q_PROPERTY(bool standardised READ standardised WRITE setStandardised NOTIFY standardisedChanged)
public:

    ComparisonModel(ReportStore *store, TableKind kind, QObject *parent = nullptr);

    TableKind tableKind() const { return m_kind; }
    void setTableKind(TableKind kind);
    qint64 displayUnit() const { return m_displayUnit; }
    void setDisplayUnit(qint64 unit);       // 1, 1000 or 1000000 (other powers of ten accepted)
    // The UI language the row labels are shown in: "en", "zh_CN" or "zh_HK".
    QString uiLanguage() const { return m_uiLanguage; }
    void setUiLanguage(const QString &code);
    // Standardised rows (ComparisonLayout::standardise: a line only one
    // report prints folds into its block's "Other ..." row) or the rows as
    // printed (the default). Switching moves, removes and inserts rows; the
    // columns stay.
    bool standardised() const { return m_standardised; }
    void setStandardised(bool on);

    // Source-to-cell linking: the cell whose printed box on `page` contains
    // (or is nearest within 4pt of) `pagePoint`; invalid if none.
    QModelIndex indexForSource(EntryId id, int page, QPointF pagePoint) const;
    QModelIndex indexForCell(const CellAddress &cell) const;
    CellAddress cellAt(const QModelIndex &index) const;   // invalid address for an empty cell (a fold row: its first line)
    // The printed figures a cell shows: a fold row's folded lines of that
    // report (in table order), else the cell itself; empty for an empty cell.
    QVector<CellAddress> cellsAt(const QModelIndex &index) const;
    int firstColumnOf(EntryId id) const;                   // -1 if the entry has no columns

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // A figure typed in the display unit (a per-share one in its own unit),
    // in its table's unit, exactly: what setData and the correction dialog store.
    std::optional<Decimal> toTableUnit(const CellAddress &cell, const std::optional<Decimal> &typed) const;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString lastError() const { return m_lastError; }  // why the last setData failed

signals:
    void displayUnitChanged(qint64 unit);
    void standardisedChanged(bool on);

private:
    struct Col { EntryId entry; int entryIndex; int column; };
    // A column's heading texts, composed once (ColumnHeaderText runs regular
    // expressions; views ask for every column on each measure and paint).
    struct Heading { QString display, toolTip, company; QStringList lines, periodForms; };
    const Heading *heading(int section) const;
    void forgetHeadings(EntryId id);
    void rebuild();
    QVector<ComparisonRow> layoutOf(const QVector<EntryId> &entries) const;
    QVariant foldData(const QModelIndex &index, int role) const;
    QString foldToolTip(const QModelIndex &index) const;
    QString foldRowLabel(const ComparisonRow &row) const;
    // Moves the model to show `entries` (Ready, with this table, in order):
    // columns and rows removed, moved, inserted; `replaced` entries' tables
    // are new, so all their cells changed.
    void sync(const QVector<EntryId> &entries, const QSet<EntryId> &replaced = {});
    void syncColumns(const QVector<EntryId> &entries, const QVector<ComparisonRow> &next,
                     const QVector<int> &survivorRows, const QSet<EntryId> &replaced);
    void onValueChanged(EntryId id, TableKind kind, int row, int column);
    void onRowChanged(EntryId id, TableKind kind, int row);
    void onChecksChanged(EntryId id, TableKind kind);
    void recomputeRestated();
    QVector<CellAddress> restatedCells() const;
    void announceRestated(const QVector<CellAddress> &before);
    QSet<quint64> failingCells(EntryId id) const;   // row << 32 | column of the entry's table
    QVector<EntryId> memberEntries(EntryId leaving = 0) const;
    int columnCountOf(int entryIndex) const;
    int firstColumnAt(int entryIndex) const;
    void fixEntryIndexes();
    const Table *tableOf(EntryId id) const;
    int exponentFor(const Table &t) const;
    int exponentFor(const Table &t, const LineItem &item) const;
    bool chineseUi() const { return m_uiLanguage.startsWith(QLatin1String("zh")); }
    QString rowLabel(const ComparisonRow &row) const;
    QString rowToolTip(const ComparisonRow &row) const;
    QString rowLabelsToolTip(const ComparisonRow &row) const;

    ReportStore *m_store;
    TableKind m_kind;
    qint64 m_displayUnit = 1;
    bool m_standardised = false;
    QString m_uiLanguage = QStringLiteral("en");
    QVector<EntryId> m_entries;           // Ready entries with this table, in order
    QVector<ComparisonRow> m_rows;        // sourceRows indexed like m_entries
    QVector<Col> m_cols;
    QSet<quint64> m_restated;             // row << 32 | col
    QHash<EntryId, QSet<quint64>> m_failing;   // failingCells() as last announced
    QString m_lastError;
    // By entry << 32 | table column; an entry's go when its table or report is
    // replaced or it leaves, all when the unit or language changes.
    mutable QHash<quint64, Heading> m_headings;
};

} // namespace ledgerlens
