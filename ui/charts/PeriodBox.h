#pragma once

#include <QComboBox>

namespace ledgerlens {

// The chart's period picker ("Harbour Lantern Logistics FY2025"). Docked
// narrow, a plain combo box clips the end of the text, the year with it;
// this one shortens the company and keeps the period whole
// ("Harbour Lan… FY2025"). The item's text in full is its tooltip.
class PeriodBox : public QComboBox
{
    Q_OBJECT
public:
    explicit PeriodBox(QWidget *parent = nullptr);

    // One choice: `company` may be empty.
    void addPeriod(const QString &company, const QString &period);
    // The text shown now, as fitted to the box's width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int textRoom() const;
};

} // namespace ledgerlens
