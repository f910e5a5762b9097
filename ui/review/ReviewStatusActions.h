#pragma once

#include "store/StoreTypes.h"

#include <QObject>
#include <QVector>

class QAction;
class QActionGroup;

namespace ledgerlens {

class MainWindow;

// Review > Mark Table Reviewed / Flagged / Unreviewed for the current table
// of the current report (the report of the selected cell, else the one
// selected in the report list). The actions are checkable and show the status
// of that table; the statement tabs carry an icon: a tick once every report's
// table is reviewed, a flag when any is flagged.
class ReviewStatusActions : public QObject
{
    Q_OBJECT
public:
    explicit ReviewStatusActions(MainWindow *window, QObject *parent = nullptr);

    QAction *reviewedAction() const { return m_reviewed; }
    QAction *flaggedAction() const { return m_flagged; }
    QAction *unreviewedAction() const { return m_unreviewed; }

    // The report the actions apply to (0 = none ready).
    EntryId currentEntry() const;
    bool setStatus(ReviewStatus status);
    void retranslate();   // on a language change (the window's controller calls it)

private:
    void update();
    void updateTabs();

    MainWindow *m_window;
    QActionGroup *m_group;
    QAction *m_reviewed, *m_flagged, *m_unreviewed;
    QVector<int> m_tabMarks;   // the status each tab's icon shows (-1: none set yet)
};

} // namespace ledgerlens
