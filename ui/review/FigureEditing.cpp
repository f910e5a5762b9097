#include "FigureEditing.h"

#include "CorrectionDialog.h"
#include "MappingDialog.h"
#include "taxonomy/KeySuggestions.h"
#include "taxonomy/Taxonomy.h"

#include "MainWindow.h"
#include "statements/StatementsPanel.h"

#include "items/ColumnHeaderText.h"
#include "items/ComparisonModel.h"
#include "store/DisplayNames.h"
#include "store/FigureText.h"
#include "store/ReportStore.h"

#include <QAbstractItemDelegate>
#include <QAbstractProxyModel>
#include <QAction>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>
#include <QToolTip>
#include <QUndoStack>

namespace ledgerlens {

namespace {
QString grouped(const QString &exact)
{
    if (exact.isEmpty())
        return QStringLiteral("\u2014");
    return FigureText::format(Decimal::fromString(exact));
}
} // namespace

FigureEditing::FigureEditing(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window)
{
    m_correct = new QAction(this);
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_correct, &QAction::triggered, this, [this] { correctFigure(false); });
    m_note = new QAction(this);
    m_note->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(m_note, &QAction::triggered, this, [this] { correctFigure(true); });
    m_fixLine = new QAction(this);
    m_fixLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_fixLine, &QAction::triggered, this, &FigureEditing::fixLineItem);
    m_revert = new QAction(this);
    connect(m_revert, &QAction::triggered, this, &FigureEditing::revert);

    StatementsPanel *statements = window->statements();
    for (TableKind kind : allTableKinds())
        setUpView(statements->view(kind));
    connect(statements, &StatementsPanel::currentCellChanged, this, &FigureEditing::updateActions);
    connect(window->store(), &ReportStore::correctionsChanged, this, &FigureEditing::updateActions);
    retranslate();
    updateActions();
}

void FigureEditing::setUpView(QTableView *view)
{
    if (!view)
        return;
    // The workbench builds the views read-only; reviewing edits in place.
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->viewport()->installEventFilter(this);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions({m_correct, m_note, m_fixLine, m_revert});
    // A figure the model refuses ("12a") is said, not swallowed.
    connect(view->itemDelegate(), &QAbstractItemDelegate::commitData, this, [this, view] {
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
        auto *model = qobject_cast<ComparisonModel *>(proxy ? proxy->sourceModel() : view->model());
        if (model && !model->lastError().isEmpty() && view->hasFocus())
            m_window->statusBar()->showMessage(tr("Figure not changed: %1").arg(model->lastError()), 10000);
    });
}

void FigureEditing::retranslate()
{
    m_correct->setText(tr("&Correct Figure\u2026"));
    m_note->setText(tr("Add &Note\u2026"));
    m_fixLine->setText(tr("Fix &Line Item\u2026"));
    m_revert->setText(tr("Re&vert to Extracted"));
    m_correct->setStatusTip(tr("Type the right figure for the selected cell, with a note on why"));
    m_fixLine->setStatusTip(tr("Fix the label of the selected line, or the line item it maps to"));
}

QModelIndex FigureEditing::currentIndex() const { return m_window->statements()->currentSourceIndex(); }

CellAddress FigureEditing::currentCell() const
{
    const QModelIndex index = currentIndex();
    auto *model = qobject_cast<const ComparisonModel *>(index.model());
    return model ? model->cellAt(index) : CellAddress{};
}

void FigureEditing::updateActions()
{
    const QModelIndex index = currentIndex();
    const CellAddress cell = currentCell();
    const bool editable = index.isValid() && (index.flags() & Qt::ItemIsEditable);
    m_correct->setEnabled(editable);
    m_note->setEnabled(editable);
    m_fixLine->setEnabled(index.isValid() && index.data(ItemRoles::TableRowRole).toInt() >= 0);
    const ReportStore *store = m_window->store();
    const bool corrected = cell.isValid()
        && (store->correctionAt(cell)
            || store->rowCorrection(cell.entry, cell.table, Correction::Field::Label, cell.row)
            || store->rowCorrection(cell.entry, cell.table, Correction::Field::Canonical, cell.row));
    m_revert->setEnabled(corrected);
}

QString FigureEditing::cellContext(const QModelIndex &index) const
{
    const QAbstractItemModel *model = index.model();
    const QString company = model->headerData(index.column(), Qt::Horizontal, ItemRoles::HeaderCompanyRole).toString();
    const QString period = model->headerData(index.column(), Qt::Horizontal, ItemRoles::HeaderPeriodRole).toString();
    return tr("<b>%1</b><br>%2 \u2014 %3").arg(company.toHtmlEscaped(),
                                             index.data(ItemRoles::LabelRole).toString().toHtmlEscaped(),
                                             period.toHtmlEscaped());
}

void FigureEditing::correctFigure(bool focusNote)
{
    const QModelIndex index = currentIndex();
    const CellAddress cell = currentCell();
    if (!cell.isValid() || !(index.flags() & Qt::ItemIsEditable))
        return;
    ReportStore *store = m_window->store();
    const auto existing = store->correctionAt(cell);
    const QString original = existing ? index.data(ItemRoles::OriginalValueRole).toString()
                                      : index.data(ItemRoles::ExactValueRole).toString();
    CorrectionDialog dialog(m_window);
    dialog.setWindowTitle(focusNote ? tr("Add Note") : tr("Correct Figure"));
    dialog.setContext(cellContext(index), grouped(original));
    const QString current = index.data(ItemRoles::ExactValueRole).toString();
    dialog.setValueText(current.isEmpty() ? QStringLiteral("-") : grouped(current));
    dialog.setNote(existing ? existing->note : QString());
    if (focusNote)
        dialog.focusNote();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FigureText::Parsed parsed = FigureText::parse(dialog.valueText());
    const Table *table = store->table(cell.entry, cell.table);
    if (!parsed.ok || !table)
        return;
    auto *model = qobject_cast<const ComparisonModel *>(index.model());
    if (!store->setValue(cell, model->toTableUnit(cell, parsed.value), dialog.note()))
        m_window->statusBar()->showMessage(tr("Nothing changed."), 4000);
}

void FigureEditing::fixLineItem()
{
    const QModelIndex index = currentIndex();
    const EntryId entry = index.data(ItemRoles::EntryIdRole).toInt();
    const int row = index.data(ItemRoles::TableRowRole).toInt();
    auto *model = qobject_cast<const ComparisonModel *>(index.model());
    ReportStore *store = m_window->store();
    const ReportEntry *e = store->entry(entry);
    const Table *extracted = e ? e->extracted.table(model ? model->tableKind() : TableKind::ProfitOrLoss) : nullptr;
    const Table *effective = e ? store->table(entry, extracted ? extracted->kind : TableKind::ProfitOrLoss) : nullptr;
    if (!model || !extracted || !effective || row < 0 || row >= extracted->items.size())
        return;
    const TableKind kind = model->tableKind();
    const LineItem &was = extracted->items[row];
    const LineItem &now = effective->items[row];
    const auto labelFix = store->rowCorrection(entry, kind, Correction::Field::Label, row);
    const auto keyFix = store->rowCorrection(entry, kind, Correction::Field::Canonical, row);
    MappingDialog dialog(kind, m_window);
    const QString company = DisplayNames::isolated(DisplayNames::report(*e));
    dialog.setContext(tr("<b>%1</b><br>%2, row %3").arg(company.toHtmlEscaped(), tableTitle(kind)).arg(row + 1));
    dialog.setExtracted(was.label, was.canonical);
    dialog.setLabel(now.label);
    dialog.setCanonical(now.canonical);
    dialog.setNote(labelFix ? labelFix->note : keyFix ? keyFix->note : QString());
    if (was.canonical.isEmpty())
        dialog.setSuggestions(KeySuggestions::forLabels(Taxonomy::builtin(), kind, {was.label, was.labelZh}));
    // Remembered by stock code (or name): only a report that names its company.
    if (!UserMappings::companyOf(e->extracted).isEmpty())
        dialog.setRememberFor(company, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString note = dialog.note();
    const bool labelEdit = dialog.label() != now.label || (labelFix && !note.isEmpty() && note != labelFix->note);
    const auto mapping = store->userMappingFor(entry, kind, row);
    const bool keyEdit = dialog.canonical() != now.canonical || (keyFix && !note.isEmpty() && note != keyFix->note)
        || (dialog.remember() && dialog.canonical() != was.canonical && (!mapping || mapping->key != dialog.canonical()));
    if (!labelEdit && !keyEdit) {
        m_window->statusBar()->showMessage(tr("Nothing changed."), 4000);
        return;
    }
    QUndoStack *undo = store->undoStack();
    if (labelEdit && keyEdit)   // one undo step for the pair
        undo->beginMacro(tr("Fix line item \u201c%1\u201d").arg(dialog.label()));
    if (labelEdit)
        store->setLabel(entry, kind, row, dialog.label(), note);
    if (keyEdit)
        store->setCanonical(entry, kind, row, dialog.canonical(), note, dialog.remember());
    if (labelEdit && keyEdit)
        undo->endMacro();
}

void FigureEditing::revert()
{
    const CellAddress cell = currentCell();
    if (!cell.isValid())
        return;
    ReportStore *store = m_window->store();
    if (store->correctionAt(cell)) {
        store->revert(cell.entry, cell.table, Correction::Field::Value, cell.row, cell.column);
        return;
    }
    const bool label = store->rowCorrection(cell.entry, cell.table, Correction::Field::Label, cell.row).has_value();
    const bool key = store->rowCorrection(cell.entry, cell.table, Correction::Field::Canonical, cell.row).has_value();
    QUndoStack *undo = store->undoStack();
    if (label && key)
        undo->beginMacro(tr("Revert line item"));
    if (label)
        store->revert(cell.entry, cell.table, Correction::Field::Label, cell.row);
    if (key)
        store->revert(cell.entry, cell.table, Correction::Field::Canonical, cell.row);
    if (label && key)
        undo->endMacro();
}

QString FigureEditing::toolTipFor(const QModelIndex &index) const
{
    auto *model = qobject_cast<const ComparisonModel *>(index.model());
    if (!model)
        return {};
    const CellAddress cell = model->cellAt(index);
    if (!cell.isValid())
        return {};
    QStringList parts;
    // A standardised "Other ..." figure: the printed lines it adds up.
    const QString folded = index.data(Qt::ToolTipRole).toString();
    if (!folded.isEmpty())
        parts << folded.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    const ReportStore *store = m_window->store();
    if (const auto c = store->correctionAt(cell)) {
        const bool same = c->extractedValue == c->correctedValue;
        parts << (same ? tr("<b>Note</b> by %1, %2") : tr("<b>Corrected</b> by %1, %2"))
                     .arg(c->user.toHtmlEscaped(),
                          QLocale().toString(c->timestamp.toLocalTime(), QLocale::ShortFormat));
        if (!same)
            parts << tr("Printed in the PDF: <b>%1</b>").arg(grouped(index.data(ItemRoles::OriginalValueRole).toString()));
        if (!c->note.isEmpty())
            parts << tr("Note: %1").arg(c->note.toHtmlEscaped());
    }
    if (const Report *r = store->report(cell.entry)) {
        for (const Check &ch : r->checks)
            if (!ch.ok && ch.table == cell.table && ch.column == cell.column && ch.rows.contains(cell.row))
                parts << tr("<span style=\"color:#c62828\">Fails check</span> %1: printed %2, parts add up to %3")
                             .arg(ch.rule.toHtmlEscaped(), FigureText::format(ch.expected), FigureText::format(ch.computed));
    }
    if (index.data(ItemRoles::RestatedRole).toBool())
        parts << tr("Another report prints a different figure for this period (restated).");
    const QString source = sourceText(cell);
    if (!source.isEmpty())
        parts << source;
    return parts.join(QStringLiteral("<br>"));
}

QString FigureEditing::sourceText(const CellAddress &cell) const
{
    // Where the figure is printed and how it reads there: the extracted figure in its table's own unit.
    const ReportStore *store = m_window->store();
    const ReportEntry *e = store->entry(cell.entry);
    const Table *t = e ? e->extracted.table(cell.table) : nullptr;
    if (!t || cell.row >= t->items.size() || cell.column >= t->items[cell.row].cells.size())
        return {};
    const LineItem &item = t->items[cell.row];
    const Cell &c = item.cells[cell.column];
    if (!c.source.isValid())
        return {};
    const QString printed = FigureText::format(c.value);
    const QString unit = item.isPerShare() ? item.valueUnit : ColumnHeaderText::unit(t->currency, t->unit);
    return tr("Printed on page %1 of %2: <b>%3</b>%4")
        .arg(QString::number(c.source.page), DisplayNames::fileName(e->path).toHtmlEscaped(), printed,
             unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit.toHtmlEscaped()));
}

bool FigureEditing::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *view = qobject_cast<QTableView *>(watched->parent());
        auto *help = static_cast<QHelpEvent *>(event);
        if (view) {
            QModelIndex index = view->indexAt(help->pos());
            if (auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model()))
                index = proxy->mapToSource(index);
            const QString tip = toolTipFor(index);
            if (!tip.isEmpty()) {
                QToolTip::showText(help->globalPos(), tip, view->viewport(), view->visualRect(view->indexAt(help->pos())));
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ledgerlens
