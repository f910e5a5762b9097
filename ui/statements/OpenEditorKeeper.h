#pragma once

#include "store/StoreTypes.h"

#include <QObject>
#include <QPointer>

class QTableView;

namespace ledgerlens {

class ComparisonModel;
class LineItemFilter;

// A figure being typed must survive another report finishing its load: the
// comparison model resets when its columns change, and a view closes every
// open editor on reset without committing it. This keeps the cell (by store
// address, which a reset does not move) and the text typed so far, and opens
// the editor again on the same cell afterwards, cursor where it was.
class OpenEditorKeeper : public QObject
{
    Q_OBJECT
public:
    OpenEditorKeeper(QTableView *view, ComparisonModel *model, LineItemFilter *filter, QObject *parent = nullptr);

private:
    void capture();
    void restore();

    QTableView *m_view;
    ComparisonModel *m_model;
    LineItemFilter *m_filter;
    CellAddress m_cell;      // invalid: nothing was being edited
    QString m_text;
    int m_cursor = 0;
    bool m_hadFocus = false;
    QPointer<QWidget> m_focus;   // where the keys went, when not to the editor
};

} // namespace ledgerlens
