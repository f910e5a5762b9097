#include "RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include "session/Settings.h"

namespace ledgerlens {

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
    m_files = Settings::recentFiles();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > kMax)
        m_files.removeLast();
    save();
    emit changed();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
    emit changed();
}

void RecentFiles::save() const { Settings::setRecentFiles(m_files); }

void RecentFiles::fill(QMenu *menu, QAction *extra)
{
    menu->clear();
    int n = 0;
    for (const QString &file : m_files) {
        ++n;
        const QString label = (n < 10 ? QStringLiteral("&%1  ").arg(n) : QStringLiteral("%1  ").arg(n))
                              + QFileInfo(file).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a = menu->addAction(label);
        a->setToolTip(QDir::toNativeSeparators(file));
        a->setStatusTip(QDir::toNativeSeparators(file));
        a->setEnabled(QFileInfo::exists(file));
        connect(a, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (m_files.isEmpty()) {
        QAction *none = menu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    menu->addSeparator();
    menu->addAction(extra);
    extra->setEnabled(!m_files.isEmpty());
}

} // namespace ledgerlens
