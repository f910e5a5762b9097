#pragma once

#include "store/StoreTypes.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoView;

namespace ledgerlens {

class ChecksModel;
class CorrectionsModel;
class ReportStore;

// One arithmetic check as the panel hands it on: the cells to select.
struct CheckTarget
{
    EntryId entry = 0;
    TableKind table = TableKind::ProfitOrLoss;
    QVector<int> rows;     // the total last
    int column = -1;
    int page = 0;          // source page of the total (0 = unknown)
};

// The review dock: arithmetic checks (failures first), the corrections made
// so far (the audit list) and the undo history. Activating a check or a
// correction asks the window to select its cells.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    ReviewPanel(ReportStore *store, QWidget *parent = nullptr);

    ChecksModel *checksModel() const { return m_checks; }
    CorrectionsModel *correctionsModel() const { return m_corrections; }
    QTableView *checksView() const { return m_checksView; }
    QTableView *correctionsView() const { return m_correctionsView; }
    QUndoView *historyView() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

    // Row `row` of the (filtered) checks view as a target; invalid entry when out of range.
    CheckTarget checkAt(int row) const;
    void showChecks();
    void showHistory();
    // Moves to the next failing check after the current one (wraps), and activates it.
    bool nextFailure();

signals:
    void checkActivated(const ledgerlens::CheckTarget &target);
    void cellActivated(const ledgerlens::CellAddress &cell);
    void rowActivated(ledgerlens::EntryId entry, ledgerlens::TableKind table, int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void onCorrectionActivated(const QModelIndex &index);

    ReportStore *m_store;
    ChecksModel *m_checks;
    QSortFilterProxyModel *m_checksFilter;
    CorrectionsModel *m_corrections;
    QTabWidget *m_tabs;
    QWidget *m_checksPage;
    QTableView *m_checksView;
    QTableView *m_correctionsView;
    QUndoView *m_history;
    QLabel *m_summary;
    QCheckBox *m_failuresOnly;
};

} // namespace ledgerlens

Q_DECLARE_METATYPE(ledgerlens::CheckTarget)
