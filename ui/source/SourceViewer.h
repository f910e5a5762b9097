#pragma once

#include "store/StoreTypes.h"

#include <QPointF>
#include <QRectF>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace ledgerlens {

class PageImageService;
class PageView;
class ReportStore;

// The source page of the selected figure: renders asynchronously at screen
// resolution x devicePixelRatio, caches pages, zooms (fit width by default),
// pages with PgUp/PgDn (and the wheel past a page's end), highlights the figure's box. Clicking a figure on the
// page asks for its cell (sourceClicked).
class SourceViewer : public QWidget
{
    Q_OBJECT
public:
    explicit SourceViewer(ReportStore *store, QWidget *parent = nullptr);

    // Shows the entry's PDF at `page` with `box` (PDF points) highlighted.
    void showSource(EntryId entry, int page, const QRectF &box = QRectF());
    void showEntry(EntryId entry);                  // first page of the first table
    void clear();

    EntryId entry() const { return m_entry; }
    int page() const { return m_page; }
    int pageCount() const;
    QRectF highlight() const;
    double zoom() const;
    bool fitWidth() const { return m_fitWidth; }
    PageView *pageView() const { return m_view; }
    PageImageService *images() const { return m_images; }

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }
    QAction *nextPageAction() const { return m_nextPage; }
    QAction *previousPageAction() const { return m_previousPage; }

public slots:
    void nextPage();
    void previousPage();
    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    // A click on the page at pagePoint (PDF points): the window selects the cell there.
    void sourceClicked(ledgerlens::EntryId entry, int page, QPointF pagePoint);
    void pageChanged(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setZoom(double zoom, bool fit);
    void refresh();
    double renderDpi() const;
    void onRendered(const QString &path, int page, double dpi, bool ok);
    void showRenderFailure(int page, const QString &reason);
    void updateBoxes();
    void retranslate();
    QString path() const;

    ReportStore *m_store;
    PageImageService *m_images;
    PageView *m_view;
    QScrollArea *m_scroll;
    QToolBar *m_bar;
    QLabel *m_title;
    QSpinBox *m_pageBox;
    QLabel *m_pageOf;
    QAction *m_previousPage, *m_nextPage, *m_zoomIn, *m_zoomOut, *m_fit;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QTimer m_fitTimer;
    QTimer m_slowTimer;     // says "still rendering" when a page takes long
    EntryId m_entry = 0;
    int m_page = 0;
    QRectF m_highlight;
    QPair<EntryId, int> m_imageKey{0, 0};  // entry and page of the image shown
    double m_zoom = 1.0;
    bool m_fitWidth = true;
};

} // namespace ledgerlens
