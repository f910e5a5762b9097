#include "PeriodHeader.h"

#include "items/ColumnHeaderText.h"
#include "items/ComparisonModel.h"

#include <QDate>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace ledgerlens {

namespace {
constexpr int kMaxWidth = 220;
constexpr int kPad = 6;
}

PeriodHeader::PeriodHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setSectionsClickable(true);
    setHighlightSections(true);
}

void PeriodHeader::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    forgetSizes();
    // Connected before the base class: the count is fresh when the header re-measures.
    if (model) {
        auto forget = [this] { forgetSizes(); };
        connect(model, &QAbstractItemModel::headerDataChanged, this, forget);
        connect(model, &QAbstractItemModel::columnsInserted, this, forget);
        connect(model, &QAbstractItemModel::columnsRemoved, this, forget);
        connect(model, &QAbstractItemModel::columnsMoved, this, forget);
        connect(model, &QAbstractItemModel::layoutChanged, this, forget);
        connect(model, &QAbstractItemModel::modelReset, this, forget);
    }
    QHeaderView::setModel(model);
}

void PeriodHeader::forgetSizes()
{
    m_lineCount = -1;
    m_sizes.clear();
}

void PeriodHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        forgetSizes();
    QHeaderView::changeEvent(event);
}

int PeriodHeader::lineCount() const
{
    if (m_lineCount < 0) {
        m_lineCount = 2;
        for (int i = 0; i < model()->columnCount(); ++i)
            m_lineCount = qMax(m_lineCount, int(linesFor(i).size()));
    }
    return m_lineCount;
}

bool PeriodHeader::startsReport(int logicalIndex) const
{
    if (!model() || logicalIndex <= 0)
        return false;
    return model()->headerData(logicalIndex, Qt::Horizontal, ItemRoles::EntryIdRole)
           != model()->headerData(logicalIndex - 1, Qt::Horizontal, ItemRoles::EntryIdRole);
}

QStringList PeriodHeader::periodLines(const QAbstractItemModel &model, int column)
{
    const auto get = [&](int role) { return model.headerData(column, Qt::Horizontal, role); };
    const QDate end = get(ItemRoles::HeaderPeriodEndRole).toDate();
    // The date as the heading on screen writes it, in the UI language.
    QStringList lines{end.isValid() ? ColumnHeaderText::date(end) : get(ItemRoles::HeaderPeriodRole).toString()};
    const QString segment = get(ItemRoles::HeaderSegmentRole).toString();
    if (!segment.isEmpty())
        lines << segment;
    return lines;
}

QString PeriodHeader::fullTitle(const QAbstractItemModel &model, int column)
{
    const QString company = model.headerData(column, Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString();
    return (QStringList{company} + periodLines(model, column)).join(QLatin1Char(' ')).trimmed();
}

QStringList PeriodHeader::linesFor(int logicalIndex) const
{
    const QStringList lines = model()->headerData(logicalIndex, Qt::Horizontal, ItemRoles::HeaderLinesRole).toStringList();
    return lines.isEmpty() ? model()->headerData(logicalIndex, Qt::Horizontal).toString().split(QLatin1Char('\n')) : lines;
}

void PeriodHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!model())
        return;
    painter->save();
    const bool current = selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    painter->fillRect(rect, current ? palette().color(QPalette::AlternateBase).darker(108) : palette().color(QPalette::Base));
    painter->setPen(palette().color(QPalette::Mid));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    if (startsReport(logicalIndex)) {
        painter->setPen(QPen(palette().color(QPalette::Dark), 1));
        painter->drawLine(rect.topLeft(), rect.bottomLeft());
    }
    const QStringList lines = linesFor(logicalIndex);
    const QFontMetrics plain(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int y = rect.top() + (rect.height() - lines.size() * plain.height()) / 2;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetrics &fm = i == 1 ? boldMetrics : plain;  // the period is what the eye looks for
        painter->setFont(i == 1 ? bold : font());
        // The company and the unit in grey: the period and segment are what differ column to column.
        const bool quiet = i == 0 || (i == lines.size() - 1 && lines.size() > 2);
        painter->setPen(palette().color(quiet ? QPalette::PlaceholderText : QPalette::Text));
        const QRect line(rect.left() + kPad, y, rect.width() - 2 * kPad, fm.height());
        const QString text = i == 1 ? fittedPeriod(logicalIndex, lines[i], fm, line.width()) : lines[i];
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, line.width()));
        y += plain.height();
    }
    painter->restore();
}

QString PeriodHeader::fittedPeriod(int logicalIndex, const QString &period, const QFontMetrics &fm, int room) const
{
    // Shorter forms of the period before an ellipsis: "6M Jun 2024" says more than "6 months to 3…".
    QStringList forms = model()->headerData(logicalIndex, Qt::Horizontal, ItemRoles::HeaderPeriodFormsRole).toStringList();
    if (forms.isEmpty())
        forms = {period};
    return ColumnHeaderText::fit(forms, room, [&fm](const QString &t) { return fm.horizontalAdvance(t); });
}

QSize PeriodHeader::sectionSizeFromContents(int logicalIndex) const
{
    if (!model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    if (logicalIndex >= 0 && logicalIndex < m_sizes.size() && m_sizes[logicalIndex].isValid())
        return m_sizes[logicalIndex];
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int width = 0;
    const int lines = lineCount();   // same height for every section
    // Every line, the company too: a name is elided only when wider than kMaxWidth.
    for (const QString &l : linesFor(logicalIndex))
        width = qMax(width, fm.horizontalAdvance(l));
    const QSize size(qMin(width + 2 * kPad + 4, kMaxWidth), lines * fm.height() + 8);
    if (logicalIndex >= 0 && logicalIndex < model()->columnCount()) {
        if (m_sizes.size() <= logicalIndex)
            m_sizes.resize(model()->columnCount());
        m_sizes[logicalIndex] = size;
    }
    return size;
}

bool PeriodHeader::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = logicalIndexAt(help->pos());
        if (section >= 0) {
            const QString full = model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString();
            QToolTip::showText(help->globalPos(), full, this);
            return true;
        }
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace ledgerlens
