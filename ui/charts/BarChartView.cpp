#include "BarChartView.h"

#include "items/ChartGridModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHBarModelMapper>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace ledgerlens {

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

    m_mapper = new QHBarModelMapper(this);
    m_mapper->setSeries(m_series);
    m_mapper->setFirstBarSetRow(0);   // before the model: nothing to read yet
    m_mapper->setFirstColumn(0);
    m_mapper->setModel(model);
    remap();

    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        showFigure(int(m_series->barSets().indexOf(set)), index, on);
    });
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
        activateFigure(int(m_series->barSets().indexOf(set)), index);
    });
    // The mapper reacts to the model first (it connected first); then restyle.
    // A series or category more or less: the mapper's range follows.
    connect(model, &QAbstractItemModel::modelReset, this, &BarChartView::remap);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BarChartView::remap);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BarChartView::remap);
    connect(model, &QAbstractItemModel::columnsInserted, this, &BarChartView::remap);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &BarChartView::remap);
    connect(model, &QAbstractItemModel::columnsMoved, this, &BarChartView::remap);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BarChartView::remap);
    connect(model, &QAbstractItemModel::dataChanged, this, &BarChartView::restyle);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &BarChartView::restyle);
}

BarChartView::~BarChartView()
{
    // The mapper must go before the series: the series' clean-up would make it
    // write back into a model that may already be gone.
    delete m_mapper;
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

void BarChartView::remap()
{
    if (!m_model)
        return;
    // Each setter re-reads the whole model into the series: only the ones that change.
    const int last = std::max(0, m_model->rowCount() - 1);
    bool read = false;
    if (m_mapper->lastBarSetRow() != last) {
        m_mapper->setLastBarSetRow(last);
        read = true;
    }
    if (m_mapper->columnCount() != m_model->columnCount()) {
        m_mapper->setColumnCount(m_model->columnCount());
        read = true;
    }
    if (!read)
        m_mapper->setFirstBarSetRow(0);   // same size, rows or columns moved: read once
    if (m_model->rowCount() == 0)
        m_series->clear();
    restyle();
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
    m_categoryAxis->setCategories(categories());
    QFont axisFont = font();
    axisFont.setPointSizeF(9.5);
    m_categoryAxis->setLabelsFont(axisFont);
    m_valueAxis->setLabelsFont(axisFont);
    m_valueAxis->setTitleText(m_model->valueTitle());
    QFont axisTitle = axisFont;
    axisTitle.setBold(true);
    m_valueAxis->setTitleFont(axisTitle);
    if (hi == lo)
        hi = lo + 1;
    m_valueAxis->setRange(lo, hi + (hi - lo) * 0.05);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setLabelFormat(percent ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
    m_series->setLabelsVisible(m_labels);
    m_series->setLabelsFormat(percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
    m_series->setLabelsPrecision(percent ? 3 : 5);
    m_series->setLabelsPosition(m_layout == Layout::Stacked ? QAbstractBarSeries::LabelsCenter
                                                            : QAbstractBarSeries::LabelsOutsideEnd);
    chart()->legend()->setVisible(m_model->rowCount() > 0);
    emit restyled();
}

} // namespace ledgerlens
