#pragma once

#include "domain/Report.h"
#include "domain/TableKind.h"
#include "store/StoreTypes.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <optional>

class QAction;
class QMenu;

namespace ledgerlens {

class MainWindow;
class ReviewStatusActions;
class TableRegionDialog;

// The analyst points at a table recognition missed or got wrong:
// "Use as Table…" (Review menu, the source page's context menu) opens the
// region dialog on the page shown, with the area dragged on it; "Not This
// Table" (Review menu, a statement's context menu) rejects the report's
// table of the current tab and offers the recogniser's runners-up for it
// (page and title, in a small menu), else opens the dialog on its first page; "Pick
// Table by Hand…" (Review menu, the missing-table warning) opens it for a
// table the report lacks. After OK the tab and the source page show the table.
class TablePicking : public QObject
{
    Q_OBJECT
public:
    TablePicking(MainWindow *window, ReviewStatusActions *status, QObject *parent = nullptr);

    QAction *useAsTableAction() const { return m_useAsTable; }
    QAction *notThisTableAction() const { return m_notThisTable; }
    QAction *pickByHandAction() const { return m_pickByHand; }
    // The region dialog while it is open (null otherwise).
    TableRegionDialog *dialog() const;

    // The runners-up offered after "Not This Table" while that menu is up (null otherwise).
    QMenu *candidateMenu() const;

    // Each returns the dialog it opened (window-modal), or null with the reason in the status bar.
    TableRegionDialog *useAsTable();
    // Null too when it offers the runners-up instead (candidateMenu()); choosing one opens the dialog.
    TableRegionDialog *notThisTable();
    TableRegionDialog *pickByHand(EntryId entry, TableKind kind);
    TableRegionDialog *openDialog(EntryId entry, TableKind kind, int page, std::optional<QRectF> box = {});
    void retranslate();

private:
    void update();
    void onAccepted(EntryId entry, TableKind kind);
    // The report a review action on the current tab means when its table is missing.
    EntryId entryLackingTable(TableKind kind) const;
    void say(const QString &message) const;
    void offerCandidates(EntryId entry, TableKind kind, int rejectedPage, const QVector<TableCandidate> &candidates);

    MainWindow *m_window;
    ReviewStatusActions *m_status;
    QAction *m_useAsTable, *m_notThisTable, *m_pickByHand;
    QPointer<TableRegionDialog> m_dialog;
    QPointer<QMenu> m_candidates;
};

} // namespace ledgerlens
