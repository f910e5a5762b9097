#pragma once

#include <QTabWidget>

namespace ledgerlens {

// Setters that leave a widget alone when nothing would change. Qt's
// QTabWidget::setTabText and setTabIcon re-lay out the tab bar and call
// updateGeometry() even for the text or icon it already shows; that climbs
// every layout up to the main window, which then re-measures all its docks
// and pages (milliseconds each) for each report's rows and columns arriving.
namespace Quiet {

inline void setTabText(QTabWidget *tabs, int index, const QString &text)
{
    if (index >= 0 && tabs->tabText(index) != text)
        tabs->setTabText(index, text);
}

} // namespace Quiet
} // namespace ledgerlens
