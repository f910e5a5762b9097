#pragma once

#include <QStyledItemDelegate>

namespace ledgerlens {

// Paints a ComparisonModel figure as printed in a filing: grouped, negatives
// in parentheses, nil as a dash, right-aligned; subtotals bold under a rule.
// Marks corrected cells (blue corner), cells in a failing check (red) and
// restated figures (amber corner). The exact value comes from ExactValueRole,
// so formatting never goes through binary floating point.
class FigureDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FigureDelegate(QObject *parent = nullptr);

    void setDisplayUnit(qint64 unit) { m_displayUnit = unit; }
    qint64 displayUnit() const { return m_displayUnit; }

    // The text the cell shows ("" for a row the report does not have).
    QString displayText(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor correctedColor();
    static QColor failedCheckColor();
    static QColor restatedColor();

private:
    qint64 m_displayUnit = 1;
};

} // namespace ledgerlens
