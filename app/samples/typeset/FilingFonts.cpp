#include "FilingFonts.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QHash>

namespace ledgerlens::typeset {

namespace {

struct FontFile
{
    const char *path;
    const char *package;
    const char *style;  // the face's style name in its family
};

// Regular and bold of one family; Chinese filings are set entirely in one CJK
// face (it carries Latin digits), and WenQuanYi has no bold, so Qt emboldens it.
// DejaVu's condensed faces are styles of the family "DejaVu Serif", beside the
// wider Book face of fonts-dejavu-core: they are chosen by style name.
constexpr FontFile LatinRegular{"/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf", "fonts-dejavu-extra",
                                "Condensed"};
constexpr FontFile LatinBold{"/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf", "fonts-dejavu-extra",
                             "Condensed Bold"};
constexpr FontFile Cjk{"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei", "Regular"};

// The family the file registers, or empty (with the reason) when it cannot be
// loaded. Registered once per process: Qt keeps application fonts for good.
QString registerFile(const FontFile &file, QString *error)
{
    static QHash<QString, QString> families;
    const QString path = QString::fromLatin1(file.path);
    auto it = families.constFind(path);
    if (it == families.constEnd()) {
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList names = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        it = families.insert(path, names.value(0));
    }
    if (it->isEmpty())
        *error = QStringLiteral("font file %1 is missing or unreadable (Debian package %2; tools/deps.sh installs it)")
                     .arg(path, QString::fromLatin1(file.package));
    return *it;
}

QFont makeFont(const QString &family, const FontFile &face, double points, bool bold)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setStyleName(QString::fromLatin1(face.style));
    f.setBold(bold);
    // Design metrics keep advances identical on screen and in the PDF, so the
    // boxes we record match what poppler reports.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    // No shaping: no ligatures, so "profit" extracts as f-i, not U+FB01.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// The font database may answer a family and style with another face of the
// same name (a system copy, a fallback); check the face drawn is the file's.
bool resolvesTo(const QFont &font, const QString &family, const FontFile &face, QString *error)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (raw.familyName() == family && raw.styleName() == QLatin1String(face.style))
        return true;
    *error = QStringLiteral("font %1 (\"%2 %3\", Debian package %4) resolved to \"%5 %6\"")
                 .arg(QString::fromLatin1(face.path), family, QString::fromLatin1(face.style),
                      QString::fromLatin1(face.package), raw.familyName(), raw.styleName());
    return false;
}

} // namespace

std::optional<FilingFonts> FilingFonts::forLanguage(bool chinese, QString *error)
{
    // WenQuanYi has no bold face: Qt emboldens the regular one.
    const FontFile &regular = chinese ? Cjk : LatinRegular;
    const FontFile &bold = chinese ? Cjk : LatinBold;
    const QString family = registerFile(regular, error);
    if (family.isEmpty() || registerFile(bold, error).isEmpty())
        return std::nullopt;
    FilingFonts f;
    f.body = makeFont(family, regular, 9.5, false);
    f.bold = makeFont(family, bold, 9.5, true);
    f.table = makeFont(family, regular, 8.5, false);
    f.tableBold = makeFont(family, bold, 8.5, true);
    f.small = makeFont(family, regular, 7.5, false);
    f.title = makeFont(family, bold, 11, true);
    if (!resolvesTo(f.body, family, regular, error) || !resolvesTo(f.bold, family, bold, error))
        return std::nullopt;
    return f;
}

} // namespace ledgerlens::typeset
