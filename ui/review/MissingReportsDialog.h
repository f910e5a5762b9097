#pragma once

#include "store/StoreTypes.h"

#include <QDialog>
#include <QHash>
#include <QVector>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace ledgerlens {

// The PDFs a workspace names that are no longer where it says: one dialog
// for all of them (a workspace may miss thousands). Locate… asks for the
// selected one's new place, Skip leaves it not found, Skip All closes.
// Skipped reports keep their corrections and review status in the workspace.
class MissingReportsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Missing
    {
        EntryId id = 0;
        QString path;
    };
    MissingReportsDialog(const QVector<Missing> &missing, QWidget *parent = nullptr);

    // Where Locate… looks for a file ("" = cancelled). Tests replace it.
    void setPickFunction(std::function<QString(const QString &missingPath)> pick) { m_pick = std::move(pick); }
    QHash<EntryId, QString> located() const { return m_located; }
    QListWidget *list() const { return m_list; }
    QPushButton *locateButton() const { return m_locate; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *skipAllButton() const { return m_skipAll; }

private:
    void locateSelected();
    void skipSelected();
    void updateText();

    QVector<Missing> m_missing;
    QHash<EntryId, QString> m_located;
    QLabel *m_text;
    QListWidget *m_list;
    QPushButton *m_locate, *m_skip, *m_skipAll;
    std::function<QString(const QString &)> m_pick;
};

} // namespace ledgerlens
