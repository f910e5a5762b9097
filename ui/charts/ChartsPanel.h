#pragma once

#include "domain/Report.h"
#include "store/StoreTypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace ledgerlens {

class AgeingChartView;
class AgeingModel;
class ChartViewBase;
class PeriodBox;
class MarginsChartView;
class MarginsModel;
class ReportStore;
class RevenueMixChartView;
class RevenueMixModel;
class RevenueMixPieView;

// The charts of the workbench in one widget (a dock or a tab): revenue mix
// (stacked bars, or a pie of one period), margins, receivables ageing, all on
// models over the given store, plus the export menu (PNG, SVG, PDF, clipboard,
// PowerPoint of all charts). Amount charts draw one currency at a time: the
// currency box picks which when the reports print more than one.
//
//   auto *charts = new ChartsPanel(store);
//   connect(charts, &ChartsPanel::sourceActivated, sourceViewer, &...::showSource);
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(ReportStore *store, QWidget *parent = nullptr);

    RevenueMixModel *revenueMixModel() const { return m_mixModel; }
    MarginsModel *marginsModel() const { return m_marginsModel; }
    AgeingModel *ageingModel() const { return m_ageingModel; }
    RevenueMixChartView *revenueMixView() const { return m_mixView; }
    RevenueMixPieView *revenueMixPieView() const { return m_pieView; }
    MarginsChartView *marginsView() const { return m_marginsView; }
    AgeingChartView *ageingView() const { return m_ageingView; }
    // The chart on screen now.
    ChartViewBase *currentView() const;
    QVector<const ChartViewBase *> allViews() const;
    // `action` in every chart's context menu (the panel does not own it).
    void addChartAction(QAction *action);

protected:
    void changeEvent(QEvent *event) override;

signals:
    // A figure was clicked: open its source page.
    void sourceActivated(ledgerlens::EntryId entry, const ledgerlens::SourceRef &source);

private:
    void exportCurrent(const QString &filter, const QString &suffix);
    void exportDeck();
    void updatePeriods();
    void updateCurrencies();
    void retranslate();

    RevenueMixModel *m_mixModel;
    MarginsModel *m_marginsModel;
    AgeingModel *m_ageingModel;
    RevenueMixChartView *m_mixView;
    RevenueMixPieView *m_pieView;
    MarginsChartView *m_marginsView;
    AgeingChartView *m_ageingView;
    QTabWidget *m_tabs;
    QStackedWidget *m_mixStack;
    QComboBox *m_mixMode;
    PeriodBox *m_period;
    QLabel *m_periodLabel;
    QComboBox *m_currency;     // the currency the amount charts draw (one per axis)
    QLabel *m_currencyLabel;
    QToolButton *m_exportButton;
    QAction *m_png, *m_svg, *m_pdf, *m_copy, *m_pptx;
};

} // namespace ledgerlens
