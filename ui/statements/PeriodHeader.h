#pragma once

#include <QHeaderView>

namespace ledgerlens {

// The column headings of a comparison: the company (short form) over the
// period end (and segment), right-aligned over the figures, with a rule
// between reports. The full printed heading is the tooltip.
class PeriodHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit PeriodHeader(QWidget *parent = nullptr);

    // "Cloud Factory Technology Holdings Limited" -> "Cloud Factory Technology".
    static QString shortCompany(const QString &company);
    // The heading in full on one line, for a copied or exported table:
    // "Cloud Factory Technology Holdings Limited 30 Jun 2024" (segment appended).
    static QString fullTitle(const QAbstractItemModel &model, int column);
    // Whether section starts a new report (draws the rule on its left).
    bool startsReport(int logicalIndex) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    QStringList linesFor(int logicalIndex) const;
    // The period end as shown (else the printed label), then the segment if any.
    static QStringList periodLines(const QAbstractItemModel &model, int column);
};

} // namespace ledgerlens
