#include "ReportListPanel.h"

#include "LoadProgressDelegate.h"

#include "items/ReportListModel.h"
#include "loading/LoadController.h"
#include "loading/LoadFailure.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ledgerlens {

ReportListPanel::ReportListPanel(ReportStore *store, LoadController *loads, QWidget *parent)
    : QWidget(parent), m_store(store), m_loads(loads), m_model(new ReportListModel(store, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportList"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ReportListModel::StatusColumn, new LoadProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    // Sized to the contents once changes pause, not on every change: with
    // ResizeToContents each row's change measured the rows again, which made
    // a workspace of thousands of missing reports open in quadratic time.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    auto *fit = new QTimer(this);
    fit->setSingleShot(true);
    fit->setInterval(150);
    connect(fit, &QTimer::timeout, this, [this] {
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (c != ReportListModel::CompanyColumn && c != ReportListModel::StatusColumn)
                m_view->resizeColumnToContents(c);
    });
    auto refit = [fit] { fit->start(); };
    connect(m_model, &QAbstractItemModel::rowsInserted, fit, refit);
    connect(m_model, &QAbstractItemModel::modelReset, fit, refit);
    connect(m_model, &QAbstractItemModel::dataChanged, fit, refit);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Status next to the company: it is what one watches while reports load.
    m_view->horizontalHeader()->moveSection(ReportListModel::StatusColumn, 1);
    m_view->horizontalHeader()->setSectionResizeMode(ReportListModel::CompanyColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ReportListModel::CompanyColumn, 230);
    m_view->horizontalHeader()->setSectionResizeMode(ReportListModel::StatusColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ReportListModel::StatusColumn, 160);
    m_view->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_view, 1);

    auto action = [this](const QKeySequence &key) {
        auto *a = new QAction(this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_moveUp = action(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = action(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_remove = action(QKeySequence::Delete);
    m_cancel = action(QKeySequence(Qt::Key_Escape));
    m_retry = action(QKeySequence(Qt::CTRL | Qt::Key_R));
    bar->addAction(m_moveUp);
    bar->addAction(m_moveDown);
    bar->addSeparator();
    bar->addAction(m_cancel);
    bar->addAction(m_retry);
    bar->addSeparator();
    bar->addAction(m_remove);

    connect(m_remove, &QAction::triggered, this, &ReportListPanel::removeCurrent);
    connect(m_moveUp, &QAction::triggered, this, [this] { move(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { move(+1); });
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (EntryId e = currentEntry())
            m_loads->cancel(e);
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        const EntryId e = currentEntry();
        if (!e)
            return;
        if (LoadFailures::wantsPassword(m_loads->failure(e)))
            emit passwordRequested(e);
        else
            m_loads->retry(e);
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (EntryId e = m_model->entryAt(index.row()))
            emit entryActivated(e);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReportListPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReportListPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReportListPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReportListPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ReportListPanel::updateActions);
    retranslate();
    updateActions();
}

EntryId ReportListPanel::currentEntry() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->entryAt(current.row()) : 0;
}

void ReportListPanel::setCurrentEntry(EntryId entry)
{
    const int row = m_model->rowOf(entry);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ReportListPanel::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const EntryId e = currentEntry();
    if (!e)
        return;
    m_loads->remove(e);
    // Keep the selection on the next report so Delete can be pressed again.
    const int row = qMin(current.row(), m_model->rowCount() - 1);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, current.column()));
}

void ReportListPanel::move(int delta)
{
    const EntryId e = currentEntry();
    if (!e)
        return;
    const int from = m_store->indexOf(e);
    const int to = from + delta;
    if (to < 0 || to >= m_store->count())
        return;
    m_store->moveEntry(e, to);
    setCurrentEntry(e);
}

void ReportListPanel::updateActions()
{
    const EntryId e = currentEntry();
    const int index = e ? m_store->indexOf(e) : -1;
    const ReportEntry *entry = m_store->entry(e);
    m_remove->setEnabled(e != 0);
    m_moveUp->setEnabled(index > 0);
    m_moveDown->setEnabled(index >= 0 && index < m_store->count() - 1);
    m_cancel->setEnabled(e && m_loads->isLoading(e));
    // A report read with warnings (a statement not recognised) can be extracted again too.
    const bool warned = entry && entry->state.phase == LoadState::Ready && !entry->effective.warnings.isEmpty();
    m_retry->setEnabled(entry && (entry->state.phase == LoadState::Failed || warned));
    m_retry->setText(entry && LoadFailures::wantsPassword(m_loads->failure(e)) ? tr("Enter &password\u2026")
                                                                                : tr("&Retry"));
    m_retry->setToolTip(warned ? tr("Extract this report again (Ctrl+R)") : tr("Load this report again (Ctrl+R)"));
}

void ReportListPanel::retranslate()
{
    m_moveUp->setText(tr("Move &up"));
    m_moveUp->setToolTip(tr("Move the report one column left in the comparison (Alt+Up)"));
    m_moveDown->setText(tr("Move &down"));
    m_moveDown->setToolTip(tr("Move the report one column right in the comparison (Alt+Down)"));
    m_remove->setText(tr("Re&move"));
    m_remove->setToolTip(tr("Remove the report from the comparison (Delete)"));
    m_cancel->setText(tr("&Cancel load"));
    m_cancel->setToolTip(tr("Stop extracting this report (Esc)"));
    updateActions();
    m_view->viewport()->update();  // statuses and warnings are in the UI language
}

void ReportListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ledgerlens
