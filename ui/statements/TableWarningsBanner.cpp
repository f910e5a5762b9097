#include "TableWarningsBanner.h"

#include <QTimer>

#include "items/ReportWarnings.h"
#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ledgerlens {

namespace {
const QString kRetry = QStringLiteral("retry:");
const QString kPick = QStringLiteral("pick:");
}

TableWarningsBanner::TableWarningsBanner(ReportStore *store, TableKind kind, QWidget *parent)
    : QFrame(parent), m_store(store), m_kind(kind), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("tableWarnings_") + tableKey(kind));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));  // a note, not an error
    p.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_label, 1);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(kRetry))
            emit retryRequested(EntryId(link.mid(kRetry.size()).toInt()));
        else if (link.startsWith(kPick))
            emit pickRequested(EntryId(link.mid(kPick.size()).toInt()));
    });
    connect(store, &ReportStore::reportChanged, this, &TableWarningsBanner::refresh);
    // A phase change walks every report: once per event-loop turn, so a
    // workspace failing thousands of missing PDFs at once stays linear.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &TableWarningsBanner::refresh);
    connect(store, &ReportStore::loadStateChanged, later, [later] { later->start(); });
    connect(store, &ReportStore::entryRemoved, this, &TableWarningsBanner::refresh);
    connect(store, &ReportStore::entryMoved, this, &TableWarningsBanner::refresh);
    connect(store, &ReportStore::cleared, this, &TableWarningsBanner::refresh);
    refresh();
}

void TableWarningsBanner::refresh()
{
    QStringList lines;
    m_entries.clear();
    for (EntryId id : m_store->ids()) {
        const Report *r = m_store->report(id);
        const ReportEntry *e = m_store->entry(id);
        if (!r || !e)
            continue;
        const QVector<ReportWarning> warnings = ReportWarnings::about(r->warnings, m_kind);
        if (warnings.isEmpty())
            continue;
        m_entries << id;
        const QString name = DisplayNames::isolated(DisplayNames::report(*e));
        // The table is not there: the analyst can point at it instead.
        const bool missing = !m_store->table(id, m_kind);
        for (int i = 0; i < warnings.size(); ++i) {
            QString line = QStringLiteral("\u26a0 ") + ReportWarnings::text(warnings[i], name).toHtmlEscaped();
            if (i == warnings.size() - 1) {  // one set of links per report
                if (missing)
                    line += QStringLiteral(" \u2014 <a href=\"%1%2\">%3</a>").arg(kPick).arg(id).arg(tr("Pick table by hand\u2026"));
                line += QStringLiteral(" \u2014 <a href=\"%1%2\">%3</a>").arg(kRetry).arg(id).arg(tr("Retry extraction"));
            }
            lines << line;
        }
    }
    m_label->setText(lines.join(QStringLiteral("<br>")));
    setVisible(!lines.isEmpty());
}

void TableWarningsBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace ledgerlens
