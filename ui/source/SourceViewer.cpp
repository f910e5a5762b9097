#include "SourceViewer.h"

#include "PageImageService.h"
#include "PageView.h"

#include "store/DisplayNames.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QWindow>

namespace ledgerlens {

namespace {
constexpr double kZoomStep = 1.25;
// The page in points. The render server may draw at less than the asked
// resolution (a huge page, the 600 dpi cap) and says so in the image.
QSizeF pageSizeOf(const QImage &image, double askedDpi)
{
    const double dpi = image.dotsPerMeterX() > 0 ? image.dotsPerMeterX() * 0.0254 : askedDpi;
    return QSizeF(image.width() * 72.0 / dpi, image.height() * 72.0 / dpi);
}
} // namespace

SourceViewer::SourceViewer(ReportStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_images(new PageImageService(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bar = new QToolBar(this);
    m_bar->setIconSize(QSize(16, 16));
    m_title = new QLabel(this);
    m_title->setContentsMargins(6, 0, 6, 0);
    m_title->setTextFormat(Qt::PlainText);
    m_pageBox = new QSpinBox(this);
    m_pageBox->setRange(0, 0);
    m_pageBox->setKeyboardTracking(false);
    m_pageOf = new QLabel(this);

    m_previousPage = new QAction(this);
    m_previousPage->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextPage = new QAction(this);
    m_nextPage->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn = new QAction(this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_fit = new QAction(this);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    // On the viewer itself, not only its tool bar: PgDn turns the page wherever
    // in the viewer the focus is (the page's scroll area would scroll instead).
    for (QAction *a : {m_previousPage, m_nextPage}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    m_bar->addAction(m_previousPage);
    m_bar->addWidget(m_pageBox);
    m_bar->addWidget(m_pageOf);
    m_bar->addAction(m_nextPage);
    m_bar->addSeparator();
    m_bar->addAction(m_zoomOut);
    m_bar->addAction(m_zoomIn);
    m_bar->addAction(m_fit);
    m_bar->addSeparator();
    m_bar->addWidget(m_title);
    layout->addWidget(m_bar);

    m_view = new PageView;
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Mid);
    m_scroll->viewport()->installEventFilter(this);  // the wheel at a page's end turns it
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    layout->addWidget(m_stack, 1);
    m_fitTimer.setSingleShot(true);
    connect(&m_fitTimer, &QTimer::timeout, this, &SourceViewer::zoomToFit);

    connect(m_previousPage, &QAction::triggered, this, &SourceViewer::previousPage);
    connect(m_nextPage, &QAction::triggered, this, &SourceViewer::nextPage);
    connect(m_zoomIn, &QAction::triggered, this, &SourceViewer::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &SourceViewer::zoomOut);
    connect(m_fit, &QAction::triggered, this, &SourceViewer::zoomToFit);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int p) {
        if (p != m_page && p > 0)
            goToPage(p);
    });
    connect(m_view, &PageView::clicked, this, [this](QPointF point) {
        if (m_entry)
            emit sourceClicked(m_entry, m_page, point);
    });
    connect(m_images, &PageImageService::rendered, this, &SourceViewer::onRendered);
    m_slowTimer.setSingleShot(true);
    m_slowTimer.setInterval(1500);
    connect(&m_slowTimer, &QTimer::timeout, this, [this] {
        m_images->request(path(), m_page, renderDpi());  // by now other slow pages give way to this one
        if (!m_view->hasImage() || !m_view->placeholder().isEmpty())
            m_view->setPlaceholder(tr("Page %1 is slow to render\u2026 you can keep working or turn the page.")
                                       .arg(m_page), QSizeF());
    });
    connect(m_store, &ReportStore::entryRemoved, this, [this](EntryId id) {
        if (id == m_entry)
            clear();
    });
    connect(m_store, &ReportStore::cleared, this, &SourceViewer::clear);
    retranslate();
    clear();
}

QString SourceViewer::path() const
{
    const ReportEntry *e = m_store->entry(m_entry);
    return e ? e->path : QString();
}

int SourceViewer::pageCount() const
{
    const Report *r = m_store->report(m_entry);
    return r ? r->pageCount : 0;
}

QRectF SourceViewer::highlight() const { return m_view->highlight(); }
double SourceViewer::zoom() const { return m_view->zoom(); }

void SourceViewer::clear()
{
    m_entry = 0;
    m_page = 0;
    m_highlight = QRectF();
    m_title->clear();
    m_pageBox->setRange(0, 0);
    m_pageOf->clear();
    m_view->setHighlight(QRectF());
    m_view->clearMarkedArea();
    m_view->setBoxes({});
    m_view->setPage(QImage(), QSizeF());
    m_imageKey = {0, 0};
    m_stack->setCurrentWidget(m_empty);
}

void SourceViewer::showEntry(EntryId entry)
{
    const Report *r = m_store->report(entry);
    if (!r)
        return;
    int page = 1;
    for (const Table &t : r->tables)
        if (!t.pages.isEmpty()) {
            page = t.pages.first();
            break;
        }
    showSource(entry, page);
}

void SourceViewer::showSource(EntryId entry, int page, const QRectF &box)
{
    const Report *r = m_store->report(entry);
    if (!r || page < 1)
        return;
    const bool samePage = entry == m_entry && page == m_page;
    if (m_stack->currentWidget() != m_scroll) {
        m_stack->setCurrentWidget(m_scroll);
        if (m_fitWidth)
            m_fitTimer.start(0);  // the viewport had no width while hidden
    }
    if (!samePage)
        m_view->clearMarkedArea();  // an area marks one page
    m_entry = entry;
    m_page = page;
    m_highlight = box;
    m_view->setHighlight(box);
    if (const ReportEntry *e = m_store->entry(m_entry))
        m_title->setText(DisplayNames::report(*e));
    m_title->setToolTip(path());
    m_pageBox->blockSignals(true);
    m_pageBox->setRange(1, qMax(1, r->pageCount));
    m_pageBox->setValue(page);
    m_pageBox->blockSignals(false);
    m_pageOf->setText(tr("of %1").arg(r->pageCount));
    if (!samePage || !m_view->hasImage())
        refresh();
    updateBoxes();
    if (box.isValid()) {
        const QRectF w = m_view->toWidget(box);
        m_scroll->ensureVisible(int(w.center().x()), int(w.center().y()), int(w.width()) + 60, int(w.height()) + 120);
    }
    emit pageChanged(page);
}

void SourceViewer::goToPage(int page)
{
    if (!m_entry)
        return;
    page = qBound(1, page, qMax(1, pageCount()));
    showSource(m_entry, page);
    m_scroll->verticalScrollBar()->setValue(0);
}

void SourceViewer::nextPage()
{
    if (m_page < pageCount())
        goToPage(m_page + 1);
}

bool SourceViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel && m_entry) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const int dy = wheel->angleDelta().y();
        QScrollBar *bar = m_scroll->verticalScrollBar();
        if (wheel->modifiers() == Qt::NoModifier && dy < 0 && bar->value() >= bar->maximum() && m_page < pageCount()) {
            nextPage();  // reading on: the top of the next page
            return true;
        }
        if (wheel->modifiers() == Qt::NoModifier && dy > 0 && bar->value() <= bar->minimum() && m_page > 1) {
            previousPage();
            bar->setValue(bar->maximum());  // reading back: the foot of the page before
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SourceViewer::previousPage()
{
    if (m_page > 1)
        goToPage(m_page - 1);
}

double SourceViewer::renderDpi() const
{
    const double dpr = window() && window()->windowHandle() ? window()->windowHandle()->devicePixelRatio()
                                                             : devicePixelRatioF();
    // Logical pixels per point is the zoom; device pixels are that x DPR.
    return 72.0 * m_view->zoom() * dpr;
}

void SourceViewer::refresh()
{
    if (!m_entry || m_page < 1)
        return;
    const QString file = path();
    const double dpi = renderDpi();
    const QImage image = m_images->request(file, m_page, dpi);
    m_slowTimer.stop();
    if (!image.isNull()) {
        m_view->setPage(image, pageSizeOf(image, dpi));
        m_imageKey = {m_entry, m_page};
    } else if (m_imageKey == qMakePair(m_entry, m_page) && m_view->hasImage()) {
        m_slowTimer.start();  // same page at a new zoom: keep showing it scaled meanwhile
    } else {
        m_view->setPage(QImage(), QSizeF());  // never show another page's image as this one
        m_imageKey = {0, 0};
        const QString failure = m_images->failure(file, m_page, dpi);
        if (!failure.isEmpty()) {
            showRenderFailure(m_page, failure);
        } else {
            m_view->setPlaceholder(tr("Rendering page %1\u2026").arg(m_page), QSizeF());
            m_slowTimer.start();
        }
    }
    // Paging through a long report: have the neighbours ready.
    m_images->prefetch(file, m_page + 1, dpi);
    if (m_page > 1)
        m_images->prefetch(file, m_page - 1, dpi);
}

void SourceViewer::showRenderFailure(int page, const QString &reason)
{
    m_view->setPage(QImage(), QSizeF());
    m_imageKey = {0, 0};
    m_view->setPlaceholder(tr("Page %1 could not be rendered: %2.").arg(page).arg(reason), QSizeF());
}

void SourceViewer::onRendered(const QString &file, int page, double dpi, bool ok)
{
    if (file != path() || page != m_page || qRound(dpi) != qRound(renderDpi()))
        return;
    m_slowTimer.stop();
    if (!ok) {
        showRenderFailure(page, m_images->failure(file, page, dpi));
        return;
    }
    const QImage image = m_images->request(file, page, dpi);
    m_view->setPage(image, pageSizeOf(image, dpi));
    m_imageKey = {m_entry, page};
    if (m_fitWidth)
        zoomToFit();
}

void SourceViewer::updateBoxes()
{
    QVector<QRectF> boxes;
    if (const Report *r = m_store->report(m_entry))
        for (const Table &t : r->tables)
            for (const LineItem &item : t.items)
                for (const Cell &c : item.cells)
                    if (c.source.page == m_page && c.source.box.isValid())
                        boxes << c.source.box;
    m_view->setBoxes(boxes);
}

void SourceViewer::setZoom(double zoom, bool fit)
{
    m_fitWidth = fit;
    m_fit->setChecked(fit);
    if (qFuzzyCompare(zoom, m_view->zoom()))
        return;
    m_view->setZoom(zoom);
    refresh();
}

void SourceViewer::zoomIn() { setZoom(m_view->zoom() * kZoomStep, false); }
void SourceViewer::zoomOut() { setZoom(m_view->zoom() / kZoomStep, false); }

void SourceViewer::zoomToFit()
{
    const double avail = m_scroll->viewport()->width() - 20;
    const double width = m_view->pageSize().width();
    if (avail > 50 && width > 0)
        setZoom(avail / width, true);
    else
        m_fitWidth = true;
}

void SourceViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // After the scroll area has laid out its viewport to the new size.
    if (m_fitWidth)
        m_fitTimer.start(0);
}

void SourceViewer::retranslate()
{
    m_previousPage->setText(tr("Previous page"));
    m_previousPage->setToolTip(tr("Previous page (PgUp)"));
    m_nextPage->setText(tr("Next page"));
    m_nextPage->setToolTip(tr("Next page (PgDn)"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomIn->setText(tr("Zoom in"));
    m_fit->setText(tr("Fit width"));
    m_previousPage->setIconText(QStringLiteral("\u25B2"));
    m_nextPage->setIconText(QStringLiteral("\u25BC"));
    m_zoomOut->setIconText(QStringLiteral("\u2212"));
    m_zoomIn->setIconText(QStringLiteral("+"));
    m_fit->setIconText(tr("Fit"));
    m_empty->setText(tr("Select a figure to see where it is printed."));
    if (m_entry)
        m_pageOf->setText(tr("of %1").arg(pageCount()));
}

void SourceViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ledgerlens
