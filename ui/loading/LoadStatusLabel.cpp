#include "LoadStatusLabel.h"

#include "store/ReportStore.h"

#include <QEvent>

namespace ledgerlens {

LoadStatusLabel::LoadStatusLabel(ReportStore *store, QWidget *parent) : QLabel(parent), m_store(store)
{
    // The count walks every entry: once per event-loop turn, not once per
    // report (a workspace of thousands of missing PDFs fails them all at once).
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &LoadStatusLabel::refresh);
    auto schedule = [this] { m_timer.start(); };
    connect(store, &ReportStore::entryAdded, this, schedule);
    connect(store, &ReportStore::loadStateChanged, this, schedule);
    connect(store, &ReportStore::entryRemoved, this, schedule);
    connect(store, &ReportStore::cleared, this, schedule);
    refresh();
}

void LoadStatusLabel::refresh()
{
    int loading = 0, failed = 0, ready = 0;
    for (EntryId id : m_store->ids()) {
        const ReportEntry *e = m_store->entry(id);
        if (!e)
            continue;
        loading += e->state.phase == LoadState::Queued || e->state.phase == LoadState::Loading;
        failed += e->state.phase == LoadState::Failed;
        ready += e->state.phase == LoadState::Ready;
    }
    QStringList parts;
    parts << tr("%n report(s) ready", nullptr, ready);
    if (loading)
        parts << tr("%n loading", nullptr, loading);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void LoadStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace ledgerlens
