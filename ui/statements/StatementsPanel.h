#pragma once

#include "domain/TableKind.h"
#include "store/StoreTypes.h"

#include <QMap>
#include <QModelIndex>
#include <QPointF>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ledgerlens {

class ComparisonModel;
class FigureDelegate;
class LineItemFilter;
class ReportStore;
class Session;
class TableWarningsBanner;

// The side-by-side statements: one tab per table kind, each a table view on
// the store's ComparisonModel, with a display-unit selector (all tabs) and a
// find box that filters line items across reports. The unit and the tab
// shown are the session's: the panel shows them and sets them there.
class StatementsPanel : public QWidget
{
    Q_OBJECT
public:
    StatementsPanel(ReportStore *store, Session *session, QWidget *parent = nullptr);

    TableKind currentTable() const;
    void setCurrentTable(TableKind kind);
    void nextTable();
    void previousTable();

    // Row labels follow the UI language ("en", "zh_CN", "zh_HK").
    void setUiLanguage(const QString &code);

    ComparisonModel *model(TableKind kind) const;
    // View > Standardised Rows (checkable, on by default, remembered in the
    // settings): every tab's rows standardised, or as printed.
    QAction *standardisedAction() const { return m_standardised; }
    QTableView *view(TableKind kind) const;
    QLineEdit *findBox() const { return m_find; }
    void focusFind();

    // Source-to-cell: selects the figure printed at pagePoint of the entry's
    // page, in the current table or else the first table that has it.
    bool selectSource(EntryId entry, int page, QPointF pagePoint);
    // Selects a cell by its address (switching tab if needed).
    bool selectCell(const CellAddress &cell);
    // The selected cell as a source-model index (invalid when none).
    QModelIndex currentSourceIndex() const;
    // What the extractor said about the tab's table (hidden when nothing).
    TableWarningsBanner *warnings(TableKind kind) const;

signals:
    void currentTableChanged(ledgerlens::TableKind kind);
    // The current cell changed (source-model index; may be invalid).
    void currentCellChanged(const QModelIndex &index);
    // The analyst asked to extract a report again (a table it warned about).
    void retryRequested(ledgerlens::EntryId entry);
    // The analyst asked to point at a table the report lacks (its warning's link).
    void pickTableRequested(ledgerlens::EntryId entry, ledgerlens::TableKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Tab
    {
        ComparisonModel *model = nullptr;
        LineItemFilter *filter = nullptr;
        QTableView *view = nullptr;
        FigureDelegate *delegate = nullptr;
        QStackedWidget *stack = nullptr;
        QLabel *empty = nullptr;
        QWidget *page = nullptr;              // the tab: warnings over the table
        TableWarningsBanner *banner = nullptr;
    };
    void buildTab(TableKind kind);
    void refreshTab(TableKind kind);
    void refreshCurrency();
    void showDisplayUnit(qint64 unit);
    void retranslate();
    void selectIndex(TableKind kind, const QModelIndex &sourceIndex);

    ReportStore *m_store;
    Session *m_session;
    QMap<TableKind, Tab> m_tabs;
    QTabWidget *m_tabWidget;
    QComboBox *m_unit;
    QAction *m_standardised;
    QLabel *m_unitLabel;
    QLabel *m_currency;
    QLineEdit *m_find;
};

// Translated tab title of a table kind ("Profit or loss", ...).
QString tableTitle(TableKind kind);

} // namespace ledgerlens
