#include "ReviewStatusActions.h"

#include <QTimer>

#include "MainWindow.h"
#include "reports/ReportListPanel.h"
#include "statements/StatementsPanel.h"

#include "items/ComparisonModel.h"
#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QPainter>
#include <QStatusBar>
#include <QTabWidget>

namespace ledgerlens {

namespace {
// Small drawn marks, so no icon theme is needed.
QIcon mark(ReviewStatus status)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (status == ReviewStatus::Reviewed) {
        p.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2.2));
        p.drawPolyline(QPolygonF{{2.5, 7.5}, {5.5, 10.5}, {11.5, 3.5}});
    } else if (status == ReviewStatus::Flagged) {
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.6));
        p.drawLine(QPointF(3, 1.5), QPointF(3, 13));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawPolygon(QPolygonF{{3.5, 2}, {12, 4.5}, {3.5, 7.5}});
    }
    return QIcon(pm);
}
} // namespace

ReviewStatusActions::ReviewStatusActions(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_group(new QActionGroup(this))
{
    auto make = [this](ReviewStatus status, const QKeySequence &key) {
        QAction *a = m_group->addAction(QString());
        a->setCheckable(true);
        a->setShortcut(key);
        if (status != ReviewStatus::Unreviewed)
            a->setIcon(mark(status));
        connect(a, &QAction::triggered, this, [this, status] { setStatus(status); });
        return a;
    };
    m_reviewed = make(ReviewStatus::Reviewed, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_flagged = make(ReviewStatus::Flagged, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_unreviewed = make(ReviewStatus::Unreviewed, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    ReportStore *store = window->store();
    StatementsPanel *statements = window->statements();
    // A status or phase change (thousands at once when a workspace opens):
    // once per event-loop turn, since update() may walk every report;
    // setStatus() updates at once.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &ReviewStatusActions::update);
    connect(store, &ReportStore::loadStateChanged, later, [later] { later->start(); });
    connect(store, &ReportStore::reviewStatusChanged, later, [later] { later->start(); });
    connect(store, &ReportStore::entryRemoved, this, &ReviewStatusActions::update);
    connect(store, &ReportStore::cleared, this, &ReviewStatusActions::update);
    connect(statements, &StatementsPanel::currentCellChanged, this, &ReviewStatusActions::update);
    connect(statements, &StatementsPanel::currentTableChanged, this, &ReviewStatusActions::update);
    connect(window->reportList(), &ReportListPanel::entryActivated, this, &ReviewStatusActions::update);
    retranslate();
    update();
}

void ReviewStatusActions::retranslate()
{
    m_reviewed->setText(tr("Mark Table &Reviewed"));
    m_flagged->setText(tr("&Flag Table"));
    m_unreviewed->setText(tr("Mark Table &Unreviewed"));
    m_reviewed->setStatusTip(tr("This report's current table has been checked against the PDF"));
    m_flagged->setStatusTip(tr("This report's current table needs another look"));
}

EntryId ReviewStatusActions::currentEntry() const
{
    const ReportStore *store = m_window->store();
    const TableKind kind = m_window->statements()->currentTable();
    const QModelIndex index = m_window->statements()->currentSourceIndex();
    EntryId e = index.isValid() ? index.data(ItemRoles::EntryIdRole).toInt() : 0;
    if (!e || !store->table(e, kind))
        e = m_window->reportList()->currentEntry();
    if (e && store->table(e, kind))
        return e;
    // One report with this table: no doubt which one is meant.
    EntryId only = 0;
    for (EntryId id : store->ids()) {
        if (store->table(id, kind)) {
            if (only)
                return 0;
            only = id;
        }
    }
    return only;
}

bool ReviewStatusActions::setStatus(ReviewStatus status)
{
    const EntryId e = currentEntry();
    const TableKind kind = m_window->statements()->currentTable();
    if (!e) {
        m_window->statusBar()->showMessage(tr("Select a figure of the report whose table you reviewed."), 6000);
        update();
        return false;
    }
    const bool changed = m_window->store()->setReviewStatus(e, kind, status);
    const ReportEntry *entry = m_window->store()->entry(e);
    m_window->statusBar()->showMessage(
        tr("%1, %2: %3").arg(entry ? DisplayNames::isolated(DisplayNames::report(*entry)) : QString(),
                             tableTitle(kind), m_window->store()->reviewProgressText(e)), 6000);
    update();
    return changed;
}

void ReviewStatusActions::update()
{
    const EntryId e = currentEntry();
    const ReportEntry *entry = m_window->store()->entry(e);
    for (QAction *a : m_group->actions())
        a->setEnabled(entry != nullptr);
    const ReviewStatus status = entry ? entry->reviewStatus(m_window->statements()->currentTable()) : ReviewStatus::Unreviewed;
    m_reviewed->setChecked(entry && status == ReviewStatus::Reviewed);
    m_flagged->setChecked(entry && status == ReviewStatus::Flagged);
    m_unreviewed->setChecked(entry && status == ReviewStatus::Unreviewed);
    updateTabs();
}

void ReviewStatusActions::updateTabs()
{
    auto *tabs = m_window->statements()->findChild<QTabWidget *>();
    if (!tabs)
        return;
    const ReportStore *store = m_window->store();
    const QVector<TableKind> kinds = allTableKinds();
    for (int i = 0; i < kinds.size() && i < tabs->count(); ++i) {
        int with = 0, reviewed = 0, flagged = 0;
        QStringList lines;
        for (EntryId id : store->ids()) {
            const ReportEntry *e = store->entry(id);
            if (!e || !store->table(id, kinds[i]))
                continue;
            ++with;
            const ReviewStatus s = e->reviewStatus(kinds[i]);
            reviewed += s == ReviewStatus::Reviewed;
            flagged += s == ReviewStatus::Flagged;
            const QString name = DisplayNames::isolated(DisplayNames::report(*e));
            lines << QStringLiteral("%1: %2").arg(name, s == ReviewStatus::Reviewed ? tr("reviewed")
                                                     : s == ReviewStatus::Flagged   ? tr("flagged")
                                                                                    : tr("not reviewed"));
        }
        const ReviewStatus shown = flagged ? ReviewStatus::Flagged
                                 : with > 0 && reviewed == with ? ReviewStatus::Reviewed
                                                                : ReviewStatus::Unreviewed;
        // Only when it changes: setTabIcon re-lays out the whole window.
        m_tabMarks.resize(tabs->count(), -1);
        if (m_tabMarks[i] != int(shown)) {
            tabs->setTabIcon(i, shown == ReviewStatus::Unreviewed ? QIcon() : mark(shown));
            m_tabMarks[i] = int(shown);
        }
        tabs->setTabToolTip(i, lines.join(QLatin1Char('\n')));
    }
}

} // namespace ledgerlens
