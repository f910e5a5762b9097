#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ledgerlens::PptxParts {

// The fixed parts of a minimal deck (one blank master, layout and theme) and
// the per-slide XML. Kept apart from PptxWriter so each stays readable.
QByteArray contentTypes(int slides);
QByteArray rootRels();
QByteArray coreProps(const QString &title);
QByteArray appProps(int slides);
QByteArray presentation(int slides);
QByteArray presentationRels(int slides);
QByteArray presProps();
QByteArray viewProps();
QByteArray tableStyles();
QByteArray slideMaster();
QByteArray slideMasterRels();
QByteArray slideLayout();
QByteArray slideLayoutRels();
QByteArray theme();
QByteArray slide(const QString &title, const QStringList &footnote, int chartNumber);
QByteArray slideRels(int chartNumber);
QByteArray chartRels(int chartNumber);

} // namespace ledgerlens::PptxParts
