#pragma once

#include "store/StoreTypes.h"

#include <QModelIndex>
#include <QObject>

class QAction;
class QTableView;

namespace ledgerlens {

class MainWindow;

// Reviewer edits on the statement tables: figures edited in place (F2 or a
// double-click; the ComparisonModel records each as an undoable correction),
// "Correct Figure…" / "Add Note…" with a note, "Fix Line Item…" (label and
// taxonomy mapping), "Revert to Extracted". Corrected cells explain themselves
// in a tooltip: the printed figure, who changed it, when, and why; every
// figure's tooltip says where it is printed (page, file) and how it reads there.
class FigureEditing : public QObject
{
    Q_OBJECT
public:
    explicit FigureEditing(MainWindow *window, QObject *parent = nullptr);

    QAction *correctAction() const { return m_correct; }
    QAction *noteAction() const { return m_note; }
    QAction *fixLineAction() const { return m_fixLine; }
    QAction *revertAction() const { return m_revert; }

    // The current cell of the current table (source-model index; invalid when none).
    QModelIndex currentIndex() const;
    CellAddress currentCell() const;
    // The tooltip a cell shows ("" when there is nothing to say).
    QString toolTipFor(const QModelIndex &sourceIndex) const;

    void retranslate();   // on a language change (the window's controller calls it)
    void correctFigure(bool focusNote = false);
    void fixLineItem();
    void revert();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpView(QTableView *view);
    void updateActions();
    QString cellContext(const QModelIndex &index) const;
    QString sourceText(const CellAddress &cell) const;

    MainWindow *m_window;
    QAction *m_correct, *m_note, *m_fixLine, *m_revert;
};

} // namespace ledgerlens
