#pragma once

#include <QHeaderView>

class QFontMetrics;

namespace ledgerlens {

// The column headings of a comparison, as the model composes them
// (HeaderLinesRole): the company (short form) over the period, the segment if
// any and the unit, right-aligned over the figures, with a rule between
// reports. A narrow column shortens the period by words, keeping the year
// ("6M Jun 2024"), rather than cutting it; the report in full is the tooltip.
class PeriodHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit PeriodHeader(QWidget *parent = nullptr);

    // The heading in full on one line, for a copied or exported table:
    // "Cloud Factory Technology Holdings Limited 30 Jun 2024" (segment appended).
    static QString fullTitle(const QAbstractItemModel &model, int column);
    // Whether section starts a new report (draws the rule on its left).
    bool startsReport(int logicalIndex) const;
    void setModel(QAbstractItemModel *model) override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QStringList linesFor(int logicalIndex) const;
    // The period line as it fits `room` pixels: the longest whole form that does.
    QString fittedPeriod(int logicalIndex, const QString &period, const QFontMetrics &fm, int room) const;
    // The most heading lines of any section (every section takes that height):
    // kept, since the header asks each section's size in turn (O(n²) otherwise).
    int lineCount() const;
    mutable int m_lineCount = -1;   // -1: ask the model again
    // Each section's measured size (invalid: not measured), kept like the
    // count: the header measures every section for its size hint and again
    // to resize them, each time a report's columns arrive.
    mutable QVector<QSize> m_sizes;
    void forgetSizes();
    // The period end as shown (else the printed label), then the segment if any.
    static QStringList periodLines(const QAbstractItemModel &model, int column);
};

} // namespace ledgerlens
