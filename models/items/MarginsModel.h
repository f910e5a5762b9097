#pragma once

#include "ChartGridModel.h"

namespace ledgerlens {

// Margins in percent per (report, period) of the profit or loss statement:
// rows "Gross margin" (gross_profit / revenue), "Operating margin"
// (operating_profit / revenue, only for statements with an operating line),
// "Net margin" (profit_for_period / revenue), then "Gross margin: <segment>"
// where the revenue mix prints segment revenue with cost of sales or gross
// profit. The division is exact on the decimals, rounded once to
// percentScale() digits; a missing or zero input gives no value, never zero.
class MarginsModel : public ChartGridModel
{
    Q_OBJECT
public:
    enum Metric { GrossMargin, OperatingMargin, NetMargin };

    explicit MarginsModel(ReportStore *store, QObject *parent = nullptr);

    QString title() const override;
    QString valueTitle() const override;

    static constexpr int percentScale() { return 4; }
    // numerator / denominator * 100, rounded half away from zero to `scale`
    // digits; nullopt when the denominator is zero.
    static std::optional<Decimal> percent(const Decimal &numerator, const Decimal &denominator,
                                          int scale = percentScale());
    static QString metricName(Metric m);

protected:
    ChartGrid build() const override;
};

} // namespace ledgerlens
