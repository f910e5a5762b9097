#include "WorkspaceConflicts.h"

#include "store/DisplayNames.h"
#include "store/WorkspaceGuard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace ledgerlens {

namespace {
// lupdate files these tr() calls under the namespace's full name; the
// context must be the same or the translations are never found.
QString tr(const char *text) { return QCoreApplication::translate("ledgerlens::WorkspaceConflicts", text); }

bool ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
         const QString &informative, const QString &goAhead)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setInformativeText(informative);
    QPushButton *go = box.addButton(goAhead, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}
} // namespace

bool WorkspaceConflicts::confirmOpen(QWidget *parent, const QString &path)
{
    if (!WorkspaceGuard::openElsewhere(path))
        return true;
    return ask(parent, QStringLiteral("workspaceOpenElsewhere"), tr("Workspace Already Open"),
               tr("%1 is open in another Ledgerlens window.").arg(DisplayNames::fileName(path)),
               tr("If both windows save it, the later save replaces the other window's work; "
                  "Ledgerlens asks before it does."),
               tr("Open &Anyway"));
}

bool WorkspaceConflicts::confirmSave(QWidget *parent, const WorkspaceGuard &guard, const QString &path)
{
    const bool same = QFileInfo(path).absoluteFilePath() == guard.path();
    if (same && guard.changedOnDisk())
        return ask(parent, QStringLiteral("workspaceChangedOnDisk"), tr("Workspace Changed on Disk"),
                   tr("%1 was saved by someone else (another window?) after this window opened or saved it.")
                       .arg(DisplayNames::fileName(path)),
                   tr("Overwriting replaces that version with this window's work. Cancel, then Save As, "
                      "keeps both."),
                   tr("&Overwrite"));
    if (!same && QFileInfo::exists(path) && WorkspaceGuard::openElsewhere(path))
        return ask(parent, QStringLiteral("workspaceOpenElsewhere"), tr("Workspace Open in Another Window"),
                   tr("%1 is open in another Ledgerlens window.").arg(DisplayNames::fileName(path)),
                   tr("Overwriting replaces that window's workspace with this one."), tr("&Overwrite"));
    return true;
}

} // namespace ledgerlens
