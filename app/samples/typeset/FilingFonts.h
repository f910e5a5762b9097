#pragma once

#include <QFont>
#include <QString>
#include <optional>

namespace ledgerlens::typeset {

// The fonts a filing is set in. Sizes are in points (the canvas works at 72 dpi,
// so one device unit is one PDF point).
//
// The faces are loaded from named font files of named Debian packages (which
// tools/deps.sh installs), never looked up by family: a machine with other
// fonts must typeset the samples and fixtures byte for byte the same, so a
// missing file is an error naming the file and its package, not a fallback.
struct FilingFonts
{
    QFont body;
    QFont bold;
    QFont table;
    QFont tableBold;
    QFont small;
    QFont title;

    static std::optional<FilingFonts> forLanguage(bool chinese, QString *error);
};

} // namespace ledgerlens::typeset
