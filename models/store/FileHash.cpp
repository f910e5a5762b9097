#include "FileHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace ledgerlens {

QByteArray fileSha256Hex(const QString &path)
{
    // A device (/dev/zero) never ends and a FIFO blocks on open: regular files only.
    if (!QFileInfo(path).isFile())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

} // namespace ledgerlens
