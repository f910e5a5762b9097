#pragma once

#include <QtPlugin>

namespace ledgerlens {

// A part of the window that may hold work closing would lose (as Okular's
// Part::queryClose). The window asks each registered part, in order, before
// it closes (MainWindow::addClosePart); the first "no" keeps it open.
class ClosePart
{
public:
    virtual ~ClosePart() = default;
    // Asks the user if need be (Save / Discard / Cancel); false keeps the window open.
    virtual bool queryClose() = 0;
    // Every part agreed: the window closes now.
    virtual void closeAccepted() {}
};

} // namespace ledgerlens

Q_DECLARE_INTERFACE(ledgerlens::ClosePart, "org.ledgerlens.ClosePart/1.0")
