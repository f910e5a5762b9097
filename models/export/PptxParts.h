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
// The slide footnote for the filings a chart draws on: at most two lines (one
// paragraph), so the chart keeps most of the slide; with many filings the file
// names and repeated filing kinds are dropped, then "and 3 more".
QStringList footnoteLines(const QStringList &sources);
QByteArray slide(const QString &title, const QStringList &footnote, int chartNumber);
QByteArray slideRels(int chartNumber);
QByteArray chartRels(int chartNumber);

} // namespace ledgerlens::PptxParts
