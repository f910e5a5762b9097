#pragma once

#include <QString>

class QWidget;

namespace ledgerlens {

class WorkspaceGuard;

// The questions asked when two windows meet on one workspace file: before
// opening one another window has open, and before a save would overwrite a
// file written since this window read it. Each returns true to go ahead.
namespace WorkspaceConflicts {
bool confirmOpen(QWidget *parent, const QString &path);
// Asks when `path` changed on disk since `guard` last saw it, or another
// window has it open; true when there is nothing to ask.
bool confirmSave(QWidget *parent, const WorkspaceGuard &guard, const QString &path);
} // namespace WorkspaceConflicts

} // namespace ledgerlens
