#include "ZipPackage.h"

#include <QFile>
#include <QStringList>
#include <zip.h>

namespace ledgerlens {

void ZipPackage::add(const QString &name, const QByteArray &data)
{
    m_parts.append({name, data});
}

bool ZipPackage::save(const QString &path, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!za) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        const QString why = QStringLiteral("Cannot write %1: %2").arg(path, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return fail(why);
    }
    for (const auto &[name, data] : m_parts) {
        // The buffers outlive zip_close (they are members), so libzip need not copy them.
        zip_source_t *src = zip_source_buffer(za, data.constData(), zip_uint64_t(data.size()), 0);
        if (!src || zip_file_add(za, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            if (src)
                zip_source_free(src);
            const QString why = QStringLiteral("Cannot add %1 to %2: %3").arg(name, path, QString::fromUtf8(zip_strerror(za)));
            zip_discard(za);
            return fail(why);
        }
    }
    if (zip_close(za) < 0) {
        const QString why = QStringLiteral("Cannot write %1: %2").arg(path, QString::fromUtf8(zip_strerror(za)));
        zip_discard(za);
        return fail(why);
    }
    return true;
}

QByteArray ZipPackage::read(const QString &zipPath, const QString &name, QString *error)
{
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code);
    if (!za) {
        if (error)
            *error = QStringLiteral("Cannot open %1 as a zip").arg(zipPath);
        return {};
    }
    QByteArray out;
    zip_stat_t st;
    if (zip_stat(za, name.toUtf8().constData(), 0, &st) == 0) {
        if (zip_file_t *f = zip_fopen(za, name.toUtf8().constData(), 0)) {
            out.resize(qsizetype(st.size));
            const zip_int64_t n = zip_fread(f, out.data(), st.size);
            if (n < 0 || zip_uint64_t(n) != st.size)
                out.clear();
            zip_fclose(f);
        }
    } else if (error) {
        *error = QStringLiteral("%1 has no part %2").arg(zipPath, name);
    }
    zip_close(za);
    return out;
}

QStringList ZipPackage::names(const QString &zipPath)
{
    QStringList out;
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code);
    if (!za)
        return out;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        out << QString::fromUtf8(zip_get_name(za, zip_uint64_t(i), 0));
    zip_close(za);
    return out;
}

} // namespace ledgerlens
