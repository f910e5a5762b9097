#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ledgerlens {

// An OOXML container written with libzip: parts are collected in memory, in
// order ([Content_Types].xml first), and written by save().
class ZipPackage
{
public:
    void add(const QString &name, const QByteArray &data);
    bool save(const QString &path, QString *error) const;

    // Reads one part of an existing zip (tests, round trips); empty on failure.
    static QByteArray read(const QString &zipPath, const QString &name, QString *error = nullptr);
    static QStringList names(const QString &zipPath);

private:
    QVector<std::pair<QString, QByteArray>> m_parts;
};

} // namespace ledgerlens
