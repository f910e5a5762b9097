#pragma once

#include "store/StoreTypes.h"

#include <QWidget>

class QAction;
class QTableView;

namespace ledgerlens {

class LoadController;
class ReportListModel;
class ReportStore;

// The report list dock: the loaded reports in comparison order (that order is
// the column order of every statement), their load status with progress, and
// the actions on them: remove, move up/down (or drag), cancel, retry.
class ReportListPanel : public QWidget
{
    Q_OBJECT
public:
    ReportListPanel(ReportStore *store, LoadController *loads, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ReportListModel *model() const { return m_model; }
    EntryId currentEntry() const;
    void setCurrentEntry(EntryId entry);

    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }

signals:
    void entryActivated(ledgerlens::EntryId entry);
    // Retry was asked for an encrypted file: the window asks for the password.
    void passwordRequested(ledgerlens::EntryId entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void removeCurrent();
    void move(int delta);
    void updateActions();
    void retranslate();

    ReportStore *m_store;
    LoadController *m_loads;
    ReportListModel *m_model;
    QTableView *m_view;
    QAction *m_remove, *m_moveUp, *m_moveDown, *m_cancel, *m_retry;
};

} // namespace ledgerlens
