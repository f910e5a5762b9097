#include "ChartsPanel.h"

#include "ChartExporter.h"
#include "ChartViews.h"
#include "items/AgeingModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ledgerlens {

ChartsPanel::ChartsPanel(ReportStore *store, QWidget *parent)
    : QWidget(parent),
      m_mixModel(new RevenueMixModel(store, this)),
      m_marginsModel(new MarginsModel(store, this)),
      m_ageingModel(new AgeingModel(store, TableKind::ReceivablesAgeing, this)),
      m_mixView(new RevenueMixChartView(m_mixModel)),
      m_pieView(new RevenueMixPieView(m_mixModel)),
      m_marginsView(new MarginsChartView(m_marginsModel)),
      m_ageingView(new AgeingChartView(m_ageingModel)),
      m_tabs(new QTabWidget),
      m_mixStack(new QStackedWidget),
      m_mixMode(new QComboBox),
      m_period(new QComboBox)
{
    for (ChartViewBase *v : {static_cast<ChartViewBase *>(m_mixView), static_cast<ChartViewBase *>(m_pieView),
                             static_cast<ChartViewBase *>(m_marginsView), static_cast<ChartViewBase *>(m_ageingView)})
        connect(v, &ChartViewBase::sourceActivated, this, &ChartsPanel::sourceActivated);

    m_mixStack->addWidget(m_mixView);
    m_mixStack->addWidget(m_pieView);
    m_tabs->addTab(m_mixStack, tr("Revenue mix"));
    m_tabs->addTab(m_marginsView, tr("Margins"));
    m_tabs->addTab(m_ageingView, tr("Receivables ageing"));

    m_mixMode->addItems({tr("Stacked bars"), tr("Pie of one period")});
    m_period->setEnabled(false);
    m_period->setMinimumContentsLength(24);
    connect(m_mixMode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_mixStack->setCurrentIndex(i);
        m_period->setEnabled(i == 1);
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            m_pieView->setColumn(i);
    });
    connect(m_mixModel, &QAbstractItemModel::modelReset, this, &ChartsPanel::updatePeriods);
    connect(m_mixModel, &QAbstractItemModel::columnsInserted, this, &ChartsPanel::updatePeriods);
    connect(m_mixModel, &QAbstractItemModel::columnsRemoved, this, &ChartsPanel::updatePeriods);
    connect(m_mixModel, &QAbstractItemModel::columnsMoved, this, &ChartsPanel::updatePeriods);
    connect(m_mixModel, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation o) {
        if (o == Qt::Horizontal)
            updatePeriods();
    });
    updatePeriods();

    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Image (PNG, 1920×1080)…"), this, [this] { exportCurrent(tr("PNG image (*.png)"), QStringLiteral("png")); });
    menu->addAction(tr("Vector image (SVG)…"), this, [this] { exportCurrent(tr("SVG image (*.svg)"), QStringLiteral("svg")); });
    menu->addAction(tr("PDF…"), this, [this] { exportCurrent(tr("PDF (*.pdf)"), QStringLiteral("pdf")); });
    menu->addAction(tr("Copy image"), this, [this] {
        if (ChartViewBase *v = currentView())
            ChartExporter::copyToClipboard(*v);
    });
    menu->addSeparator();
    menu->addAction(tr("PowerPoint, all charts (editable)…"), this, &ChartsPanel::exportDeck);
    exportButton->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mixMode);
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_period);
    bar->addStretch();
    bar->addWidget(exportButton);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        m_mixMode->setVisible(i == 0);
        m_period->setVisible(i == 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
}

ChartViewBase *ChartsPanel::currentView() const
{
    switch (m_tabs->currentIndex()) {
    case 0: return m_mixStack->currentIndex() == 1 ? static_cast<ChartViewBase *>(m_pieView) : m_mixView;
    case 1: return m_marginsView;
    case 2: return m_ageingView;
    }
    return nullptr;
}

QVector<const ChartViewBase *> ChartsPanel::allViews() const
{
    return {m_mixView, m_marginsView, m_ageingView};
}

void ChartsPanel::updatePeriods()
{
    const int keep = m_period->currentIndex();
    m_period->blockSignals(true);
    m_period->clear();
    for (int c = 0; c < m_mixModel->columnCount(); ++c)
        m_period->addItem(m_mixModel->headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
    m_period->setCurrentIndex(std::clamp(keep, 0, std::max(0, m_period->count() - 1)));
    m_period->blockSignals(false);
    m_pieView->setColumn(m_period->currentIndex());
}

void ChartsPanel::exportCurrent(const QString &filter, const QString &suffix)
{
    ChartViewBase *v = currentView();
    if (!v)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), v->title() + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!ChartExporter::save(*v, path, {}, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ChartsPanel::exportDeck()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export charts to PowerPoint"), tr("Charts.pptx"),
                                                tr("PowerPoint (*.pptx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pptx"), Qt::CaseInsensitive))
        path += QLatin1String(".pptx");
    QString error;
    if (!ChartExporter::savePptx(allViews(), path, &error))
        QMessageBox::warning(this, tr("Export charts"), error);
}

} // namespace ledgerlens
