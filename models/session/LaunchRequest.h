#pragma once

#include <QString>
#include <QStringList>

namespace ledgerlens {

// What the files on the command line (or from a file manager's "Open with")
// ask for: at most one workspace, and report PDFs to open after it. Only
// sorts them; opening is the window's job.
//
//   LaunchRequest r = LaunchRequest::fromArguments(parser.positionalArguments());
//   if (!r.workspace.isEmpty()) workspace->openPath(r.workspace);
//   window.openFiles(r.reports);
struct LaunchRequest
{
    QString workspace;               // absolute path of the first workspace given
    QStringList reports;             // absolute paths, in the order given
    QStringList extraWorkspaces;     // further workspaces: a window holds one

    // Relative paths are taken from workingDir (default: the current directory);
    // file:// URLs are accepted as their local path.
    static LaunchRequest fromArguments(const QStringList &arguments, const QString &workingDir = QString());
    // A workspace by its suffix, or by its content when the name says neither
    // (a JSON object, not "%PDF"). Anything else goes to the loader, which says
    // what is wrong with it.
    static bool isWorkspace(const QString &path);

    bool isEmpty() const { return workspace.isEmpty() && reports.isEmpty(); }
};

} // namespace ledgerlens
