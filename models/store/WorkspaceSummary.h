#pragma once

#include <QDateTime>
#include <QString>

namespace ledgerlens {

// What a workspace or recovery file holds, counted without loading it into a
// store: for the question "recover N reports, M corrections?".
struct WorkspaceSummary
{
    bool readable = false;   // JSON that could be read (validity is WorkspaceFile's)
    int reports = 0;
    int corrections = 0;
    QDateTime lastModified;
    QString error;           // why it could not be read

    static WorkspaceSummary read(const QString &path);
};

} // namespace ledgerlens
