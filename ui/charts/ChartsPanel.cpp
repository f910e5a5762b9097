#include "ChartsPanel.h"

#include "ChartExporter.h"
#include "ChartViews.h"
#include "PeriodBox.h"
#include "QuietSetters.h"
#include "items/AgeingModel.h"
#include "items/ItemRoles.h"
#include "items/AmountChartModel.h"
#include "items/MarginsModel.h"
#include "items/RevenueMixModel.h"

#include <QComboBox>
#include <QEvent>
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
      m_period(new PeriodBox),
      m_currency(new QComboBox),
      m_currencyLabel(new QLabel)
{
    for (ChartViewBase *v : {static_cast<ChartViewBase *>(m_mixView), static_cast<ChartViewBase *>(m_pieView),
                             static_cast<ChartViewBase *>(m_marginsView), static_cast<ChartViewBase *>(m_ageingView)})
        connect(v, &ChartViewBase::sourceActivated, this, &ChartsPanel::sourceActivated);

    m_mixStack->addWidget(m_mixView);
    m_mixStack->addWidget(m_pieView);
    m_tabs->addTab(m_mixStack, QString());
    m_tabs->addTab(m_marginsView, QString());
    m_tabs->addTab(m_ageingView, QString());

    m_mixMode->addItems({QString(), QString()});
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
    for (AmountChartModel *m : {static_cast<AmountChartModel *>(m_mixModel), static_cast<AmountChartModel *>(m_ageingModel)})
        connect(m, &AmountChartModel::currenciesChanged, this, &ChartsPanel::updateCurrencies);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i < 0)
            return;
        const QString c = m_currency->itemData(i).toString();
        m_mixModel->setCurrency(c);
        m_ageingModel->setCurrency(c);
    });
    m_currencyLabel->setBuddy(m_currency);
    updateCurrencies();

    m_exportButton = new QToolButton;
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    // The file type filters are read when the dialog opens: in the language of then.
    m_png = menu->addAction(QString(), this, [this] { exportCurrent(tr("PNG image (*.png)"), QStringLiteral("png")); });
    m_svg = menu->addAction(QString(), this, [this] { exportCurrent(tr("SVG image (*.svg)"), QStringLiteral("svg")); });
    m_pdf = menu->addAction(QString(), this, [this] { exportCurrent(tr("PDF (*.pdf)"), QStringLiteral("pdf")); });
    m_copy = menu->addAction(QString(), this, [this] {
        if (ChartViewBase *v = currentView())
            ChartExporter::copyToClipboard(*v);
    });
    menu->addSeparator();
    m_pptx = menu->addAction(QString(), this, &ChartsPanel::exportDeck);
    m_exportButton->setMenu(menu);
    m_periodLabel = new QLabel;

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_mixMode);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_currencyLabel);
    bar->addWidget(m_currency);
    bar->addStretch();
    bar->addWidget(m_exportButton);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        m_mixMode->setVisible(i == 0);
        m_period->setVisible(i == 0);
        m_periodLabel->setVisible(i == 0);
        updateCurrencies();   // margins are ratios: no currency to pick
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void ChartsPanel::retranslate()
{
    // Series and period names are the models' words: rebuilt in the new language.
    m_mixModel->refresh();
    m_marginsModel->refresh();
    m_ageingModel->refresh();
    Quiet::setTabText(m_tabs, 0, tr("Revenue mix"));
    Quiet::setTabText(m_tabs, 1, tr("Margins"));
    Quiet::setTabText(m_tabs, 2, tr("Receivables ageing"));
    m_mixMode->setItemText(0, tr("Stacked bars"));
    m_mixMode->setItemText(1, tr("Pie of one period"));
    m_periodLabel->setText(tr("Period:"));
    m_currencyLabel->setText(tr("&Currency:"));
    m_currency->setToolTip(tr("Reports in different currencies are never drawn on one axis: pick the currency to chart"));
    m_exportButton->setText(tr("Export"));
    m_png->setText(tr("Image (PNG, 1920×1080)…"));
    m_svg->setText(tr("Vector image (SVG)…"));
    m_pdf->setText(tr("PDF…"));
    m_copy->setText(tr("Copy image"));
    m_pptx->setText(tr("PowerPoint, all charts (editable)…"));
    updatePeriods();  // the period names are words too
    updateCurrencies();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
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

void ChartsPanel::addChartAction(QAction *action)
{
    for (ChartViewBase *v : {static_cast<ChartViewBase *>(m_mixView), static_cast<ChartViewBase *>(m_pieView),
                             static_cast<ChartViewBase *>(m_marginsView), static_cast<ChartViewBase *>(m_ageingView)}) {
        v->setContextMenuPolicy(Qt::ActionsContextMenu);
        v->addAction(action);
    }
}

void ChartsPanel::updatePeriods()
{
    const int keep = m_period->currentIndex();
    m_period->blockSignals(true);
    m_period->clear();
    for (int c = 0; c < m_mixModel->columnCount(); ++c)
        m_period->addPeriod(m_mixModel->headerData(c, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString(),
                            m_mixModel->headerData(c, Qt::Horizontal, ItemRoles::HeaderPeriodRole).toString());
    m_period->setCurrentIndex(std::clamp(keep, 0, std::max(0, m_period->count() - 1)));
    m_period->blockSignals(false);
    m_pieView->setColumn(m_period->currentIndex());
}

void ChartsPanel::updateCurrencies()
{
    QStringList all = m_mixModel->currencies();
    for (const QString &c : m_ageingModel->currencies())
        if (!all.contains(c))
            all << c;
    // The same currencies named alike: the box stays as it is (refilling it re-lays out the window).
    bool same = m_currency->count() == all.size() && (all.isEmpty() || m_currency->currentIndex() >= 0);
    for (int i = 0; same && i < all.size(); ++i)
        same = m_currency->itemData(i).toString() == all[i]
               && m_currency->itemText(i) == AmountChartModel::currencyName(all[i]);
    if (!same) {
        const QString keep = m_currency->currentIndex() >= 0 ? m_currency->currentData().toString() : m_mixModel->currency();
        m_currency->blockSignals(true);
        m_currency->clear();
        for (const QString &c : all)
            m_currency->addItem(AmountChartModel::currencyName(c), c);
        m_currency->setCurrentIndex(std::max(0, int(all.indexOf(keep))));
        m_currency->blockSignals(false);
    }
    const bool shown = all.size() > 1 && m_tabs->currentIndex() != 1;
    m_currency->setVisible(shown);
    m_currencyLabel->setVisible(shown);
    if (!all.isEmpty()) {
        m_mixModel->setCurrency(m_currency->currentData().toString());
        m_ageingModel->setCurrency(m_currency->currentData().toString());
    }
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
