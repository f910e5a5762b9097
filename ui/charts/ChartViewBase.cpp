#include "ChartViewBase.h"

#include "items/CategoryNames.h"
#include "items/ChartGridModel.h"
#include "items/ChartNumbers.h"

#include <QChart>
#include <QEvent>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QToolTip>

namespace ledgerlens {

ChartViewBase::ChartViewBase(ChartGridModel *model, QWidget *parent)
    : QChartView(new QChart, parent), m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    styleChart();
}

void ChartViewBase::followModel()
{
    if (!m_model)
        return;
    QAbstractItemModel *m = m_model;
    auto later = [this] { scheduleSync(); };
    connect(m, &QAbstractItemModel::modelReset, this, later);
    connect(m, &QAbstractItemModel::rowsInserted, this, later);
    connect(m, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m, &QAbstractItemModel::rowsMoved, this, later);
    connect(m, &QAbstractItemModel::columnsInserted, this, later);
    connect(m, &QAbstractItemModel::columnsRemoved, this, later);
    connect(m, &QAbstractItemModel::columnsMoved, this, later);
    connect(m, &QAbstractItemModel::layoutChanged, this, later);
    connect(m, &QAbstractItemModel::dataChanged, this, later);
    connect(m, &QAbstractItemModel::headerDataChanged, this, later);
}

void ChartViewBase::scheduleSync()
{
    if (m_syncPending)
        return;
    m_syncPending = true;
    // Queued: runs after the signals of this turn (a whole publish) are out.
    QMetaObject::invokeMethod(this, [this] {
        m_syncPending = false;
        sync();
    }, Qt::QueuedConnection);
}

void ChartViewBase::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        restyle();
}

QString ChartViewBase::title() const
{
    return chart()->title();
}

void ChartViewBase::styleChart()
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);   // exports render at once
    QFont t = font();
    t.setPointSizeF(16);
    t.setBold(true);
    c->setTitleFont(t);
    QFont l = font();
    l.setPointSizeF(10);
    c->legend()->setFont(l);
    c->legend()->setAlignment(Qt::AlignRight);
    c->legend()->setShowToolTips(true);
    c->setMargins(QMargins(8, 8, 8, 8));
    c->setBackgroundRoundness(0);
}

QStringList ChartViewBase::categories(const QFont &font, double room) const
{
    // Qt Charts elides a whole category label that is too wide, period line
    // and all; fitting both lines to the room each category has keeps "which
    // year" readable. The full name stays in the hover text.
    QStringList out;
    if (!m_model)
        return out;
    QStringList companies, periods;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        companies << m_model->headerData(c, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString();
        periods << m_model->headerData(c, Qt::Horizontal, ItemRoles::HeaderPeriodRole).toString();
    }
    const QFontMetricsF fm(font);
    const auto labels = CategoryNames::fitLabels(companies, periods, room,
                                                 [&fm](const QString &t) { return fm.horizontalAdvance(t); });
    for (const CategoryNames::Label &l : labels)
        out << (l.company.isEmpty() ? l.period.toHtmlEscaped()
                                    : l.company.toHtmlEscaped() + QStringLiteral("<br>") + l.period.toHtmlEscaped());
    return out;
}

QString ChartViewBase::describe(int row, int column) const
{
    if (!m_model || row < 0 || column < 0 || row >= m_model->rowCount() || column >= m_model->columnCount())
        return {};
    const QModelIndex idx = m_model->index(row, column);
    const QString series = m_model->headerData(row, Qt::Vertical).toString();
    const QString where = m_model->headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QVariant v = m_model->data(idx);
    QString text = QStringLiteral("%1 · %2: ").arg(series, where);
    if (!v.isValid())
        return text + tr("no figure");
    const QString exact = m_model->data(idx, ItemRoles::ExactValueRole).toString();
    const int dot = exact.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : std::min<int>(2, int(exact.size() - dot - 1));
    const bool percent = m_model->valueTitle().contains(QLatin1Char('%'));
    text += percent ? ChartNumbers::percent(v.toDouble()) : ChartNumbers::amount(v.toDouble(), decimals);
    const QVariant share = m_model->data(idx, ItemRoles::ShareRole);
    if (share.isValid())
        text += tr(" (%1 of the column)").arg(ChartNumbers::percent(share.toDouble()));
    const QString detail = m_model->data(idx, ItemRoles::DetailRole).toString();
    if (!detail.isEmpty())   // a ratio's inputs, or the label a figure was printed under
        text += percent ? QStringLiteral("\n= %1 × 100").arg(detail) : QStringLiteral("\n(%1)").arg(detail);
    const CellSource src = m_model->data(idx, ItemRoles::SourceRole).value<CellSource>();
    if (src.isValid())
        text += tr("\nSource: %1, page %2 (click to open)").arg(QFileInfo(src.path).fileName()).arg(src.ref.page);
    return text;
}

void ChartViewBase::showFigure(int row, int column, bool on)
{
    if (!on) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describe(row, column), this);
}

void ChartViewBase::activateFigure(int row, int column)
{
    if (!m_model || row < 0 || column < 0 || row >= m_model->rowCount() || column >= m_model->columnCount())
        return;
    const QModelIndex idx = m_model->index(row, column);
    const CellSource src = m_model->data(idx, ItemRoles::SourceRole).value<CellSource>();
    if (src.isValid())
        emit sourceActivated(src.entry, src.ref);
}

} // namespace ledgerlens
