#include "ChartWindow.h"

#include "ChartExporter.h"
#include "ChartViewBase.h"

#include <QAction>
#include <QChart>
#include <QEvent>
#include <QVBoxLayout>

namespace ledgerlens {

ChartWindow::ChartWindow(ChartViewBase *view, QWidget *parent)
    : QWidget(parent, Qt::Window), m_view(view)
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_maximise = new QAction(this);
    m_maximise->setCheckable(true);
    m_maximise->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_maximise, &QAction::toggled, this, [this](bool on) {
        if (on == isMaximized())
            return;
        if (on)
            showMaximized();
        else
            showNormal();   // back to the size and place it had
    });
    m_copy = new QAction(this);
    connect(m_copy, &QAction::triggered, this, [this] { ChartExporter::copyToClipboard(*m_view); });
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    for (QAction *a : {m_maximise, m_copy, m_close}) {
        a->setShortcutContext(Qt::WindowShortcut);
        m_view->addAction(a);   // the chart's context menu
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &ChartViewBase::restyled, this, &ChartWindow::updateTitle);
    resize(1100, 700);
    retranslate();
}

void ChartWindow::retranslate()
{
    m_maximise->setText(tr("&Maximise"));
    m_copy->setText(tr("&Copy Image"));
    m_close->setText(tr("C&lose Window"));
    updateTitle();
}

void ChartWindow::updateTitle()
{
    const QString title = m_view->title();
    setWindowTitle(title.isEmpty() ? tr("Chart") : title);
}

void ChartWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::WindowStateChange)
        m_maximise->setChecked(isMaximized());   // the title bar's button too
}

} // namespace ledgerlens
