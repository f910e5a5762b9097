#include "BarChartView.h"

#include "items/ChartGridModel.h"
#include "items/ChartNumbers.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>
#include <utility>
#include <numeric>

namespace ledgerlens {

namespace {
constexpr int kNarrow = 640;   // px: a chart docked beside the statements
}

BarChartView::BarChartView(ChartGridModel *model, Layout layout, QWidget *parent)
    : ChartViewBase(model, parent), m_layout(layout)
{
    if (layout == Layout::Stacked)
        m_series = new QStackedBarSeries;
    else
        m_series = new QBarSeries;
    m_series->setBarWidth(layout == Layout::Stacked ? 0.6 : 0.8);
    chart()->addSeries(m_series);
    m_categoryAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);

    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        showFigure(int(m_series->barSets().indexOf(set)), index, on);
    });
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
        activateFigure(int(m_series->barSets().indexOf(set)), index);
    });
    // Queued: the plot area changes inside the chart's layout pass.
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        if (std::exchange(m_refitPending, true))
            return;
        QMetaObject::invokeMethod(this, [this] {
            m_refitPending = false;
            refitCategories();
        }, Qt::QueuedConnection);
    });
    followModel();
    sync();   // drawn at once: exports render a fresh view straight away
}

void BarChartView::setValueLabelsVisible(bool on)
{
    m_labels = on;
    restyle();
}

ChartViewBase *BarChartView::cloneForExport() const
{
    auto *v = new BarChartView(m_model, m_layout);
    v->setValueLabelsVisible(m_labels);
    v->chart()->setTitle(chart()->title());
    return v;
}

void BarChartView::sync()
{
    if (!m_model)
        return;
    m_refits = 0;
    readSeries();
    restyle();
}

void BarChartView::readSeries()
{
    const int rows = m_model->rowCount(), cols = m_model->columnCount();
    auto label = [this](int r) { return m_model->headerData(r, Qt::Vertical).toString(); };
    auto value = [this](int r, int c) { return m_model->data(m_model->index(r, c)).toDouble(); };
    const QList<QBarSet *> sets = m_series->barSets();
    const bool sameShape = sets.size() == rows
        && std::all_of(sets.begin(), sets.end(), [cols](const QBarSet *s) { return s->count() == cols; });
    if (sameShape) {
        for (int r = 0; r < rows; ++r) {
            if (sets[r]->label() != label(r))
                sets[r]->setLabel(label(r));
            for (int c = 0; c < cols; ++c)
                if (sets[r]->at(c) != value(r, c))
                    sets[r]->replace(c, value(r, c));
        }
        return;
    }
    // One clear and one append: the chart lays its bars out twice, not per set.
    m_series->clear();
    QList<QBarSet *> fresh;
    for (int r = 0; r < rows; ++r) {
        auto *set = new QBarSet(label(r));
        QList<qreal> values;
        values.reserve(cols);
        for (int c = 0; c < cols; ++c)
            values << value(r, c);
        set->append(values);
        fresh << set;
    }
    if (!fresh.isEmpty())
        m_series->append(fresh);
}

void BarChartView::restyle()
{
    if (!m_model)
        return;
    chart()->setTitle(m_model->title());
    const auto sets = m_series->barSets();
    const bool percent = m_model->valueTitle().contains(QLatin1Char('%'));
    double lo = 0, hi = 0;
    QVector<double> stackUp(m_model->columnCount(), 0), stackDown(m_model->columnCount(), 0);
    for (int r = 0; r < sets.size() && r < m_model->rowCount(); ++r) {
        QBarSet *set = sets[r];
        const QColor colour = m_model->headerData(r, Qt::Vertical, Qt::DecorationRole).value<QColor>();
        if (colour.isValid()) {
            set->setColor(colour);
            set->setBorderColor(colour.darker(115));
            // Dark text on light fills, white on dark ones.
            // Inside a bar: dark text on light fills, white on dark ones; above a bar: dark.
            const bool inside = m_layout == Layout::Stacked;
            set->setLabelColor(!inside || colour.lightnessF() > 0.6 ? QColor(0x1f, 0x29, 0x37) : Qt::white);
        }
        QFont f = font();
        f.setPointSizeF(9);
        set->setLabelFont(f);
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const double v = m_model->data(m_model->index(r, c)).toDouble();
            if (m_layout == Layout::Stacked) {
                (v >= 0 ? stackUp[c] : stackDown[c]) += v;
                hi = std::max(hi, stackUp[c]);
                lo = std::min(lo, stackDown[c]);
            } else {
                hi = std::max(hi, v);
                lo = std::min(lo, v);
            }
        }
    }
    QFont axisFont = font();
    axisFont.setPointSizeF(9.5);
    m_categoryAxis->setLabelsFont(axisFont);
    const QStringList names = categories(axisFont, categoryRoom());
    if (names != m_categoryAxis->categories())
        m_categoryAxis->setCategories(names);
    m_valueAxis->setLabelsFont(axisFont);
    m_valueAxis->setTitleText(m_model->valueTitle());
    QFont axisTitle = axisFont;
    axisTitle.setBold(true);
    m_valueAxis->setTitleFont(axisTitle);
    if (hi == lo)
        hi = lo + 1;
    m_valueAxis->setRange(lo, hi + (hi - lo) * 0.05);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setLabelFormat(ChartNumbers::axisFormat(percent));
    m_series->setLabelsVisible(false);
    chart()->legend()->setVisible(m_model->rowCount() > 0);
    placeLabels();
    emit restyled();
}

void BarChartView::resizeEvent(QResizeEvent *event)
{
    ChartViewBase::resizeEvent(event);
    // Docked narrow, the legend beside the plot would leave the categories
    // too little room for their periods: it goes below.
    const Qt::Alignment legendAt = width() < kNarrow ? Qt::AlignBottom : Qt::AlignRight;
    if (chart()->legend()->alignment() != legendAt)
        chart()->legend()->setAlignment(legendAt);
    // The room per category changes with the plot area: plotAreaChanged refits.
    m_refits = 0;
    placeLabels();
}

void BarChartView::refitCategories()
{
    if (!m_model || m_refits >= 2)
        return;
    const QStringList names = categories(m_categoryAxis->labelsFont(), categoryRoom());
    if (names == m_categoryAxis->categories())
        return;
    ++m_refits;
    m_categoryAxis->setCategories(names);
    placeLabels();
}

double BarChartView::categoryRoom() const
{
    const int n = m_model ? m_model->columnCount() : 0;
    if (n == 0)
        return 0;
    // Before the first layout the plot area is empty: most of the view's width.
    double plot = chart()->plotArea().width();
    if (plot < 1)
        plot = width() * 0.8;
    // Qt Charts gives each category label the axis width over n + 2 (its tick
    // list has one more at each end), less 4 px padding either side, and
    // measures it as a text item with its document margins (4 px a side).
    return std::max(0.0, plot / (n + 2) - 2 * 4 - 2 * 4 - 2);
}

QVector<QRectF> BarChartView::drawnLabelRects() const
{
    QVector<QRectF> out;
    for (const QGraphicsSimpleTextItem *t : m_labelItems)
        if (t->isVisible())
            out << t->mapRectToParent(t->boundingRect());
    return out;
}

QStringList BarChartView::drawnLabels() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *t : m_labelItems)
        out << t->text();
    return out;
}

void BarChartView::placeLabels()
{
    qDeleteAll(m_labelItems);
    m_labelItems.clear();
    if (!m_model || !m_labels)
        return;
    if (chart()->layout())
        chart()->layout()->activate();   // the plot area of the current size
    const bool percent = m_model->valueTitle().contains(QLatin1Char('%'));
    const auto sets = m_series->barSets();
    const int n = std::min<int>(int(sets.size()), m_model->rowCount());
    const double width = m_series->barWidth();
    const int cols = m_model->columnCount();
    QVector<double> up(cols, 0), down(cols, 0);

    // Every bar's rectangle first: a label may be wider than its own bar but
    // never lies on another bar.
    struct Bar { int row, column; double value; QRectF rect; };
    QVector<Bar> bars;
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < cols; ++c) {
            const QVariant v = m_model->data(m_model->index(r, c));
            if (!v.isValid())
                continue;
            const double value = v.toDouble();
            double x0, x1, y0, y1;
            if (m_layout == Layout::Stacked) {
                x0 = c - width / 2;
                x1 = c + width / 2;
                double &base = value >= 0 ? up[c] : down[c];
                y0 = base;
                y1 = base + value;
                base = y1;
            } else {
                const double bw = width / std::max(1, n);
                x0 = c - width / 2 + r * bw;
                x1 = x0 + bw;
                y0 = 0;
                y1 = value;
            }
            bars.append(Bar{r, c, value, QRectF(chart()->mapToPosition(QPointF(x0, y0), m_series),
                                                chart()->mapToPosition(QPointF(x1, y1), m_series)).normalized()});
        }
    }
    // The largest figures are labelled first (as on the PPTX slide, LabelFit):
    // a small bar beside a large one gives way, not the large one.
    QVector<int> order(bars.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return std::abs(bars[a].value) > std::abs(bars[b].value); });
    const double groupWidth = cols > 0 ? chart()->plotArea().width() / cols * width : 0;
    QVector<QRectF> placed;
    const QRectF plot = chart()->plotArea();
    for (int i : order) {
        const Bar &b = bars[i];
        const QFont f = sets[b.row]->labelFont();
        const QFontMetricsF fm(f);
        const QString text = percent ? ChartNumbers::percent(b.value)
                                     : ChartNumbers::amount(b.value, std::abs(b.value) >= 100 ? 0 : 1);
        const QSizeF size = fm.boundingRect(text).size() + QSizeF(2, 0);
        QRectF label(QPointF(), size);
        if (m_layout == Layout::Stacked) {
            label.moveCenter(b.rect.center());
            if (size.width() > b.rect.width() || size.height() > b.rect.height())
                continue;   // does not fit in its segment: the tooltip has it
        } else {
            label.moveCenter(QPointF(b.rect.center().x(), 0));
            if (b.value >= 0)
                label.moveBottom(b.rect.top() - 1);
            else
                label.moveTop(b.rect.bottom() + 1);
            if (size.width() > groupWidth)
                continue;   // wider than its category's bars
            if (std::any_of(bars.begin(), bars.end(),
                            [&](const Bar &o) { return &o != &b && o.rect.intersects(label); }))
                continue;
        }
        if (!plot.contains(label))
            continue;
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &o) { return o.intersects(label); }))
            continue;
        placed << label;
        auto *item = new QGraphicsSimpleTextItem(text, chart());
        item->setFont(f);
        item->setBrush(sets[b.row]->labelColor());
        item->setZValue(10);
        item->setPos(label.topLeft() + QPointF(1, 0));
        item->setAcceptHoverEvents(false);
        item->setAcceptedMouseButtons(Qt::NoButton);   // hover and click reach the bar
        m_labelItems << item;
    }
}

} // namespace ledgerlens
