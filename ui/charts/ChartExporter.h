#pragma once

#include "export/ChartData.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QVector>

namespace ledgerlens {

class ChartGridModel;
class ChartViewBase;

struct ChartImageOptions
{
    QSize size{1920, 1080};
    double dpi = 144;
};

// Exports of a chart view. Images are drawn by a fresh copy of the view at the
// target size, so the on-screen chart is not disturbed:
//  - PNG at slide size (1920x1080 by default). `dpi` sets how large text and
//    lines are drawn: 96 = screen size, 144 (default) = 1.5x, readable on a slide;
//  - SVG (QSvgGenerator) and PDF (vector);
//  - the clipboard (image);
//  - PowerPoint: one native, editable chart per slide (PptxWriter).
class ChartExporter
{
public:
    using ImageOptions = ChartImageOptions;

    static QImage render(const ChartViewBase &view, const ImageOptions &options = {});
    static bool savePng(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error);
    static bool saveSvg(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error);
    static bool savePdf(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error);
    static void copyToClipboard(const ChartViewBase &view, const ImageOptions &options = {});
    // By the file's suffix: .png, .svg, .pdf or .pptx.
    static bool save(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error);

    // The chart as data for native export (series, colours, title, sources).
    static ChartData chartData(const ChartViewBase &view);
    // The view's chart drawn from `model` (the same chart of another currency).
    static ChartData chartData(const ChartViewBase &view, const ChartGridModel &model);
    // One slide per chart, and per currency of an amount chart (never two
    // currencies on one axis) unless `perCurrency` is false (the currency drawn only).
    static bool savePptx(const QVector<const ChartViewBase *> &views, const QString &path, QString *error,
                         bool perCurrency = true);
};

} // namespace ledgerlens
