#include "ChartExporter.h"

#include "BarChartView.h"
#include "ChartViews.h"
#include "export/LabelFit.h"
#include "export/PptxWriter.h"
#include "items/AmountChartModel.h"
#include "items/ChartNumbers.h"
#include "items/ItemRoles.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <memory>

namespace ledgerlens {

namespace {

// A hidden copy of the view laid out at `logical` size.
std::unique_ptr<ChartViewBase> layoutCopy(const ChartViewBase &view, const QSize &logical)
{
    std::unique_ptr<ChartViewBase> copy(view.cloneForExport());
    copy->setAttribute(Qt::WA_DontShowOnScreen);
    copy->setFrameShape(QFrame::NoFrame);
    copy->resize(logical);
    copy->show();
    QCoreApplication::sendPostedEvents();
    return copy;
}

QSize logicalSize(const ChartExporter::ImageOptions &o)
{
    const double scale = std::max(0.25, o.dpi / 96.0);
    return QSize(int(o.size.width() / scale), int(o.size.height() / scale));
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

QImage ChartExporter::render(const ChartViewBase &view, const ImageOptions &options)
{
    const QSize logical = logicalSize(options);
    auto copy = layoutCopy(view, logical);
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(options.dpi / 0.0254));
    image.setDotsPerMeterY(int(options.dpi / 0.0254));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(double(options.size.width()) / logical.width(), double(options.size.height()) / logical.height());
    copy->QWidget::render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.end();
    return image;
}

bool ChartExporter::savePng(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error)
{
    const QImage image = render(view, options);
    if (!image.save(path, "PNG"))
        return fail(error, QObject::tr("Cannot write %1").arg(path));
    return true;
}

bool ChartExporter::saveSvg(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error)
{
    const QSize logical = logicalSize(options);
    auto copy = layoutCopy(view, logical);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(logical);
    svg.setViewBox(QRect(QPoint(), logical));
    svg.setResolution(96);
    svg.setTitle(view.title());
    svg.setDescription(view.model() ? view.model()->sourceFilings().join(QStringLiteral("; ")) : QString());
    QPainter p;
    if (!p.begin(&svg))
        return fail(error, QObject::tr("Cannot write %1").arg(path));
    copy->QWidget::render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.end();
    if (!QFileInfo::exists(path))
        return fail(error, QObject::tr("Cannot write %1").arg(path));
    return true;
}

bool ChartExporter::savePdf(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error)
{
    const QSize logical = logicalSize(options);
    auto copy = layoutCopy(view, logical);
    QPdfWriter pdf(path);
    // A 16:9 page the size of a widescreen slide (13.333 x 7.5 in).
    pdf.setPageSize(QPageSize(QSizeF(338.67, 338.67 * logical.height() / logical.width()), QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(view.title());
    pdf.setCreator(QStringLiteral("Ledgerlens"));
    QPainter p;
    if (!p.begin(&pdf))
        return fail(error, QObject::tr("Cannot write %1").arg(path));
    const double s = double(pdf.width()) / logical.width();
    p.scale(s, s);
    copy->QWidget::render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.end();
    return true;
}

void ChartExporter::copyToClipboard(const ChartViewBase &view, const ImageOptions &options)
{
    QApplication::clipboard()->setImage(render(view, options));
}

bool ChartExporter::save(const ChartViewBase &view, const QString &path, const ImageOptions &options, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(view, path, options, error);
    if (suffix == QLatin1String("svg"))
        return saveSvg(view, path, options, error);
    if (suffix == QLatin1String("pdf"))
        return savePdf(view, path, options, error);
    if (suffix == QLatin1String("pptx"))
        return savePptx({&view}, path, error);
    return fail(error, QObject::tr("Unknown chart format \"%1\": use .png, .svg, .pdf or .pptx").arg(suffix));
}

ChartData ChartExporter::chartData(const ChartViewBase &view)
{
    return view.model() ? chartData(view, *view.model()) : ChartData{};
}

ChartData ChartExporter::chartData(const ChartViewBase &view, const ChartGridModel &model)
{
    ChartData d;
    const ChartGridModel *m = &model;
    if (auto *pie = qobject_cast<const RevenueMixPieView *>(&view)) {
        d = ChartData::pieFromModel(*m, pie->column(), view.title());
    } else {
        auto *bars = qobject_cast<const BarChartView *>(&view);
        const auto type = bars && bars->layout() == BarChartView::Layout::Grouped ? ChartData::Type::ClusteredColumn
                                                                                  : ChartData::Type::StackedColumn;
        d = ChartData::fromModel(*m, type, m->title(), m->valueTitle());
        QStringList companies, periods;
        for (int c = 0; c < m->columnCount(); ++c) {
            companies << m->headerData(c, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString();
            periods << m->headerData(c, Qt::Horizontal, ItemRoles::HeaderPeriodRole).toString();
        }
        d.categories = LabelFit::categoryLabels(companies, periods);
    }
    if (m->valueTitle().contains(QLatin1Char('%')))
        d.numberFormat = ChartNumbers::excelFormat(true);
    d.sources = m->sourceFilings();
    return d;
}

bool ChartExporter::savePptx(const QVector<const ChartViewBase *> &views, const QString &path, QString *error,
                             bool perCurrency)
{
    PptxWriter deck;
    auto add = [&deck](const ChartData &d) {
        if (!d.series.isEmpty() && !d.categories.isEmpty())
            deck.addSlide(d);
    };
    for (const ChartViewBase *v : views) {
        auto *amount = qobject_cast<const AmountChartModel *>(v->model());
        // A pie is one column of the chart on screen: its currency only.
        if (!perCurrency || !amount || amount->currencies().size() < 2 || qobject_cast<const RevenueMixPieView *>(v)) {
            add(chartData(*v));
            continue;
        }
        for (const QString &c : amount->currencies()) {
            std::unique_ptr<AmountChartModel> other(amount->sibling());
            other->setCurrency(c);
            add(chartData(*v, *other));
        }
    }
    return deck.write(path, error);
}

} // namespace ledgerlens
