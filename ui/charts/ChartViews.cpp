#include "ChartViews.h"

#include "items/AgeingModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"
#include "items/ChartNumbers.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QVPieModelMapper>

namespace ledgerlens {

RevenueMixChartView::RevenueMixChartView(RevenueMixModel *model, QWidget *parent)
    : BarChartView(model, Layout::Stacked, parent)
{
}

MarginsChartView::MarginsChartView(MarginsModel *model, QWidget *parent)
    : BarChartView(model, Layout::Grouped, parent)
{
}

AgeingChartView::AgeingChartView(AgeingModel *model, QWidget *parent)
    : BarChartView(model, Layout::Stacked, parent)
{
}

RevenueMixPieView::RevenueMixPieView(RevenueMixModel *model, QWidget *parent)
    : ChartViewBase(model, parent)
{
    m_series = new QPieSeries;
    m_series->setPieSize(0.75);
    chart()->addSeries(m_series);
    m_mapper = new QVPieModelMapper(this);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(model);
    m_mapper->setFirstRow(0);
    setColumn(0);
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool on) {
        slice->setExploded(on);
        showFigure(int(m_series->slices().indexOf(slice)), m_column, on);
    });
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        activateFigure(int(m_series->slices().indexOf(slice)), m_column);
    });
    followModel();
}

RevenueMixPieView::~RevenueMixPieView()
{
    delete m_mapper;   // before the series (see ~BarChartView)
}

void RevenueMixPieView::setColumn(int column)
{
    if (!m_model)
        return;
    m_column = std::clamp(column, 0, std::max(0, m_model->columnCount() - 1));
    // The model keeps labels in its header; the mapper needs a column, so it maps
    // values twice and restyle() writes the labels.
    // Each setter re-reads the model into the series: only the ones that change.
    if (m_mapper->valuesColumn() != m_column)
        m_mapper->setValuesColumn(m_column);
    if (m_mapper->labelsColumn() != m_column)
        m_mapper->setLabelsColumn(m_column);
    if (m_mapper->rowCount() != m_model->rowCount())
        m_mapper->setRowCount(m_model->rowCount());
    restyle();
}

void RevenueMixPieView::sync()
{
    setColumn(m_column);
}

ChartViewBase *RevenueMixPieView::cloneForExport() const
{
    auto *v = new RevenueMixPieView(static_cast<RevenueMixModel *>(m_model.data()));
    v->setColumn(m_column);
    return v;
}

void RevenueMixPieView::restyle()
{
    if (!m_model)
        return;
    const QString where = m_model->headerData(m_column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    chart()->setTitle(m_model->columnCount() ? tr("%1: %2").arg(m_model->title(), where) : m_model->title());
    const auto slices = m_series->slices();
    QFont f = font();
    f.setPointSizeF(10);
    for (int r = 0; r < slices.size() && r < m_model->rowCount(); ++r) {
        QPieSlice *s = slices[r];
        const QModelIndex idx = m_model->index(r, m_column);
        const QVariant share = m_model->data(idx, ItemRoles::ShareRole);
        s->setLabel(QStringLiteral("%1 %2").arg(m_model->headerData(r, Qt::Vertical).toString(),
                                                ChartNumbers::percent(share.toDouble())));
        s->setLabelVisible(share.isValid());
        s->setLabelFont(f);
        const QColor colour = m_model->headerData(r, Qt::Vertical, Qt::DecorationRole).value<QColor>();
        if (colour.isValid()) {
            s->setColor(colour);
            s->setBorderColor(Qt::white);
        }
    }
    // Legend entries of missing segments say nothing: hide them.
    const auto markers = chart()->legend()->markers(m_series);
    for (int i = 0; i < markers.size() && i < m_model->rowCount(); ++i)
        markers[i]->setVisible(m_model->data(m_model->index(i, m_column)).isValid());
    emit restyled();
}

} // namespace ledgerlens
