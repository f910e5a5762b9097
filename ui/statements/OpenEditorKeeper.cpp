#include "OpenEditorKeeper.h"

#include "LineItemFilter.h"
#include "items/ComparisonModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>

namespace ledgerlens {

OpenEditorKeeper::OpenEditorKeeper(QTableView *view, ComparisonModel *model, LineItemFilter *filter, QObject *parent)
    : QObject(parent), m_view(view), m_model(model), m_filter(filter)
{
    // The source model's signals: aboutToBeReset comes while the editor is
    // still open, modelReset after the filter and the view have reset.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &OpenEditorKeeper::capture);
    connect(model, &QAbstractItemModel::modelReset, this, &OpenEditorKeeper::restore);
}

void OpenEditorKeeper::capture()
{
    m_cell = {};
    const QModelIndex current = m_view->currentIndex();
    auto *line = qobject_cast<QLineEdit *>(m_view->indexWidget(current));
    if (!line)
        return;  // not editing (the statement views have no persistent editors)
    m_cell = m_model->cellAt(m_filter->mapToSource(current));
    m_text = line->text();
    m_cursor = line->cursorPosition();
    m_hadFocus = line->hasFocus();
    m_focus = QApplication::focusWidget();
}

void OpenEditorKeeper::restore()
{
    if (!m_cell.isValid())
        return;
    const CellAddress cell = m_cell;
    m_cell = {};
    const QModelIndex index = m_filter->mapFromSource(m_model->indexForCell(cell));
    if (!index.isValid())
        return;  // the report went away with its cell
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
    if (auto *line = qobject_cast<QLineEdit *>(m_view->indexWidget(index))) {
        line->setText(m_text);
        line->setCursorPosition(m_cursor);
        if (!m_hadFocus && m_focus)
            m_focus->setFocus();  // edit() focuses the editor; the keys go back where they went
    }
}

} // namespace ledgerlens
