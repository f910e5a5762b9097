#pragma once

#include <QByteArray>
#include <QString>

namespace ledgerlens {

// SHA-256 of a file, lowercase hex; empty when the file cannot be read.
QByteArray fileSha256Hex(const QString &path);

} // namespace ledgerlens
