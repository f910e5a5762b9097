#pragma once

#include "ChartGridModel.h"

namespace ledgerlens {

// A chart of money amounts (revenue mix, ageing): one currency per chart, so
// one axis never adds RMB to HKD. The chart draws the reports of currency()
// only; the others wait in currencies() for their own chart (the panel's
// currency box, one slide each in a deck, `chart --currency`). Figures are in
// one display unit, chosen here once for both.
class AmountChartModel : public ChartGridModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 displayUnit READ displayUnit WRITE setDisplayUnit)
public:
    using ChartGridModel::ChartGridModel;

    qint64 displayUnit() const { return m_displayUnit; }
    void setDisplayUnit(qint64 unit);   // default 1,000,000 (millions)

    // Currencies of the reports that print this chart's table, in store order
    // ("" = not stated, its own chart too).
    QStringList currencies() const;
    // The currency drawn: the one asked for while a report has it, else the first.
    QString currency() const;
    void setCurrency(const QString &currency);
    // "RMB", or "currency not stated" for "".
    static QString currencyName(const QString &currency);
    // A new model of the same chart and unit on the same store (for a chart
    // of another currency without touching the one on screen).
    virtual AmountChartModel *sibling(QObject *parent = nullptr) const = 0;
    // The table the chart reads.
    virtual TableKind tableKind() const = 0;

signals:
    // A report of a new currency arrived or the last of one left.
    void currenciesChanged();

protected:
    QVector<EntryId> entries() const override;
    void published() override;
    // "millions", "thousands", "units of 100" for axis titles.
    QString unitCaption() const;
    // "RMB millions" for axis titles.
    QString amountCaption() const;
    // "Revenue by segment, RMB" (the plain title while no report has the table).
    QString withCurrency(const QString &title) const;

private:
    QString currencyOf(EntryId id) const;
    qint64 m_displayUnit = 1000000;
    QString m_wanted;
    QStringList m_known;
};

} // namespace ledgerlens
