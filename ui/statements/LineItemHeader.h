#pragma once

#include <QHeaderView>

namespace ledgerlens {

// The line-item labels down the left of a statement, styled as printed:
// headings in small caps weight, subtotals bold, items indented under a heading.
// Reads RowKindRole from the model's vertical header.
class LineItemHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit LineItemHeader(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QFont fontFor(int kind) const;
};

} // namespace ledgerlens
