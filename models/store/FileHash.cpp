#include "FileHash.h"

#include <QCryptographicHash>
#include <QFile>

namespace ledgerlens {

QByteArray fileSha256Hex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

} // namespace ledgerlens
