#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace ledgerlens {

// File > Recent files, kept in Settings, newest first.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMax = 10;
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void clear();
    // Rebuilds `menu`: one numbered action per file (missing ones disabled), then `extra`.
    void fill(QMenu *menu, QAction *extra);

signals:
    void openRequested(const QString &path);
    void changed();

private:
    void save() const;
    QStringList m_files;
};

} // namespace ledgerlens
