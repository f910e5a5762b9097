#include "TablePicking.h"

#include "ReviewStatusActions.h"

#include "MainWindow.h"
#include "loading/ReportLoader.h"
#include "reports/ReportListPanel.h"
#include "source/PageView.h"
#include "source/SourceViewer.h"
#include "source/TableRegionDialog.h"
#include "statements/StatementsPanel.h"

#include "items/ReportWarnings.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QCursor>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace ledgerlens {

TablePicking::TablePicking(MainWindow *window, ReviewStatusActions *status, QObject *parent)
    : QObject(parent), m_window(window), m_status(status), m_useAsTable(new QAction(this)),
      m_notThisTable(new QAction(this)), m_pickByHand(new QAction(this))
{
    connect(m_useAsTable, &QAction::triggered, this, [this] { useAsTable(); });
    connect(m_notThisTable, &QAction::triggered, this, [this] { notThisTable(); });
    connect(m_pickByHand, &QAction::triggered, this, [this] {
        const TableKind kind = m_window->statements()->currentTable();
        pickByHand(entryLackingTable(kind), kind);
    });

    // Right-click on the page: the area just dragged is still marked.
    PageView *page = window->sourceViewer()->pageView();
    page->setContextMenuPolicy(Qt::ActionsContextMenu);
    page->addAction(m_useAsTable);
    StatementsPanel *statements = window->statements();
    for (TableKind kind : allTableKinds())
        if (QTableView *v = statements->view(kind)) {
            auto *sep = new QAction(v);
            sep->setSeparator(true);
            v->addActions({sep, m_notThisTable, m_pickByHand});
        }
    connect(statements, &StatementsPanel::pickTableRequested, this,
            [this](EntryId entry, TableKind kind) { pickByHand(entry, kind); });

    // Many reports change at once when a workspace opens: once per event-loop turn.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &TablePicking::update);
    auto soon = [later] { later->start(); };
    ReportStore *store = window->store();
    connect(store, &ReportStore::reportChanged, later, soon);
    connect(store, &ReportStore::loadStateChanged, later, soon);
    connect(store, &ReportStore::entryRemoved, later, soon);
    connect(store, &ReportStore::cleared, later, soon);
    connect(statements, &StatementsPanel::currentTableChanged, later, soon);
    connect(statements, &StatementsPanel::currentCellChanged, later, soon);
    connect(window->sourceViewer(), &SourceViewer::pageChanged, later, soon);
    connect(window->reportList(), &ReportListPanel::entryActivated, later, soon);
    retranslate();
    update();
}

void TablePicking::retranslate()
{
    m_useAsTable->setText(tr("Use as &Table\u2026"));
    m_useAsTable->setToolTip(tr("Read a table from the page shown (drag a rectangle first to read only that area)"));
    m_notThisTable->setText(tr("&Not This Table\u2026"));
    m_notThisTable->setToolTip(tr("The recognised table is the wrong one: drop it and point at the right one"));
    m_pickByHand->setText(tr("&Pick Table by Hand\u2026"));
    m_pickByHand->setToolTip(tr("Point at the pages where the report prints this table"));
}

void TablePicking::update()
{
    const bool idle = !m_dialog;
    m_useAsTable->setEnabled(idle && m_window->store()->report(m_window->sourceViewer()->entry()));
    const TableKind kind = m_window->statements()->currentTable();
    m_notThisTable->setEnabled(idle && m_status->currentEntry() != 0);
    m_pickByHand->setEnabled(idle && entryLackingTable(kind) != 0);
}

EntryId TablePicking::entryLackingTable(TableKind kind) const
{
    const ReportStore *store = m_window->store();
    auto lacks = [&](EntryId e) { return e && store->report(e) && !store->table(e, kind); };
    for (EntryId e : {m_window->sourceViewer()->entry(), m_window->reportList()->currentEntry()})
        if (lacks(e))
            return e;
    // One report without it: no doubt which one is meant.
    EntryId only = 0;
    for (EntryId id : store->ids())
        if (lacks(id)) {
            if (only)
                return 0;
            only = id;
        }
    return only;
}

TableRegionDialog *TablePicking::dialog() const { return m_dialog; }

void TablePicking::say(const QString &message) const { m_window->statusBar()->showMessage(message, 6000); }

TableRegionDialog *TablePicking::useAsTable()
{
    SourceViewer *source = m_window->sourceViewer();
    if (!m_window->store()->report(source->entry())) {
        say(tr("Show a report's page first: select a figure or a report."));
        return nullptr;
    }
    const QRectF marked = source->pageView()->markedArea();
    return openDialog(source->entry(), m_window->statements()->currentTable(), source->page(),
                      marked.isValid() ? std::optional<QRectF>(marked) : std::nullopt);
}

TableRegionDialog *TablePicking::notThisTable()
{
    const TableKind kind = m_window->statements()->currentTable();
    const EntryId entry = m_status->currentEntry();
    const Table *table = m_window->store()->table(entry, kind);
    if (!table) {
        say(tr("Select a figure of the table first."));
        return nullptr;
    }
    const int page = table->pages.value(0, 1);
    if (!m_window->store()->rejectTable(entry, kind, tr("Not this table")))
        return nullptr;
    say(tr("The recognised table was dropped (Undo brings it back)."));
    QVector<TableCandidate> others;
    for (const TableCandidate &c : m_window->store()->report(entry)->candidates)
        if (c.kind == kind && c.page != page)
            others << c;
    if (others.isEmpty())
        return openDialog(entry, kind, page);
    offerCandidates(entry, kind, page, others);
    return nullptr;
}

QMenu *TablePicking::candidateMenu() const { return m_candidates; }

void TablePicking::offerCandidates(EntryId entry, TableKind kind, int rejectedPage,
                                   const QVector<TableCandidate> &candidates)
{
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addSection(tr("Other tables recognition found"));
    for (const TableCandidate &c : candidates) {
        // A title can run long: the menu shows its start, the tooltip all of it.
        const QString title = menu->fontMetrics().elidedText(c.title, Qt::ElideRight, 420);
        QAction *a = menu->addAction(tr("Page %1: %2").arg(c.page).arg(title));
        a->setToolTip(c.title);
        const int page = c.page;
        connect(a, &QAction::triggered, this, [this, entry, kind, page] {
            // The page the analyst chose, read straight away.
            if (TableRegionDialog *d = openDialog(entry, kind, page))
                d->preview();
        });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Pick Table by Hand\u2026")), &QAction::triggered, this,
            [this, entry, kind, rejectedPage] { openDialog(entry, kind, rejectedPage); });
    m_candidates = menu;
    // Under the selected figure when there is one (the action may come from the keyboard).
    QPoint at = QCursor::pos();
    if (QTableView *view = m_window->statements()->view(kind); view && view->currentIndex().isValid()) {
        const QRect cell = view->visualRect(view->currentIndex());
        if (view->viewport()->rect().intersects(cell))
            at = view->viewport()->mapToGlobal(cell.bottomLeft());
    }
    menu->popup(at);
}

TableRegionDialog *TablePicking::pickByHand(EntryId entry, TableKind kind)
{
    const Report *report = m_window->store()->report(entry);
    if (!report)
        return nullptr;
    // Where to start looking: the page the extractor named, else the page shown.
    int page = 0;
    for (const ReportWarning &w : ReportWarnings::about(report->warnings, kind))
        if (w.page > 0 && !page)
            page = w.page;
    if (!page && m_window->sourceViewer()->entry() == entry)
        page = m_window->sourceViewer()->page();
    return openDialog(entry, kind, qMax(1, page));
}

TableRegionDialog *TablePicking::openDialog(EntryId entry, TableKind kind, int page, std::optional<QRectF> box)
{
    const Report *report = m_window->store()->report(entry);
    if (!report || m_dialog)
        return nullptr;
    TableRegionDialog::Start start;
    start.entry = entry;
    start.kind = kind;
    start.page = page;
    start.pageCount = qMax(1, report->pageCount);
    start.box = box;
    auto *dialog = new TableRegionDialog(m_window->store(), m_window->loader()->workerProgram(), start, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // The page shows where the dialog reads (the marked area stays drawn meanwhile).
    SourceViewer *source = m_window->sourceViewer();
    if (source->entry() != entry || source->page() != page)
        source->showSource(entry, page);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entry] { onAccepted(entry, dialog->region().kind); });
    connect(dialog, &QDialog::finished, this, [this] {
        m_window->sourceViewer()->pageView()->clearMarkedArea();
        QTimer::singleShot(0, this, &TablePicking::update);
    });
    update();
    // Over the statements, clear of the source page and the area marked on it.
    dialog->adjustSize();
    dialog->move(m_window->statements()->mapToGlobal(QPoint(24, 48)));
    dialog->open();
    return dialog;
}

void TablePicking::onAccepted(EntryId entry, TableKind kind)
{
    // The table now in the comparison, and where it is printed.
    m_window->statements()->setCurrentTable(kind);
    if (const Table *t = m_window->store()->table(entry, kind); t && !t->pages.isEmpty())
        m_window->sourceViewer()->showSource(entry, t->pages.first());
}

} // namespace ledgerlens
