#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>

class QLockFile;

namespace ledgerlens {

// What a window knows of the workspace file it opened or last saved, so a
// save can tell whether someone else (another window) wrote it since, and so
// a second window opening it can be told it is already open.
class WorkspaceGuard
{
public:
    WorkspaceGuard();
    ~WorkspaceGuard();

    // The workspace file as this window last read or wrote it; holds the
    // "open in a window" lock for it (released by clear() or destruction).
    void remember(const QString &path);
    void clear();
    QString path() const { return m_path; }

    // The file at path() is not the one remembered: other size, time or
    // bytes (another window saved it, or it was edited by hand).
    bool changedOnDisk() const;
    // Another running window (process) has `path` open.
    static bool openElsewhere(const QString &path);

private:
    struct Signature
    {
        qint64 size = -1;
        QDateTime modified;
        QByteArray sha256;
        bool operator==(const Signature &o) const { return size == o.size && modified == o.modified && sha256 == o.sha256; }
    };
    static Signature signatureOf(const QString &path);
    static QString lockPathFor(const QString &path);

    QString m_path;
    Signature m_signature;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ledgerlens
