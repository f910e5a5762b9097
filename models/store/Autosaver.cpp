#include "Autosaver.h"

#include "ProcessLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <QTimer>

namespace ledgerlens {

namespace {
// The lock a window holds beside its recovery file.
std::unique_ptr<QLockFile> lockOf(const QString &recoveryPath)
{
    return processLock(recoveryPath + QStringLiteral(".lock"));
}

const QString kRecoveryKey = QStringLiteral("recovery");
}

Autosaver::Autosaver(ReportStore *store, const QString &recoveryPath, QObject *parent)
    : QObject(parent), m_store(store), m_path(recoveryPath),
      m_debounce(new QTimer(this)), m_maxWait(new QTimer(this)), m_interval(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    // Restarting the debounce on every edit would postpone the save for as
    // long as the analyst keeps typing: the first unsaved edit starts a
    // deadline no later edit moves.
    m_maxWait->setSingleShot(true);
    m_maxWait->setInterval(4000);
    m_interval->setInterval(60000);
    connect(m_debounce, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_maxWait, &QTimer::timeout, this, [this] { saveNow(); });
    // Safety net: a stream of edits keeps restarting the debounce.
    connect(m_interval, &QTimer::timeout, this, [this] {
        if (m_pending)
            saveNow();
    });
    connect(store, &ReportStore::contentChanged, this, &Autosaver::scheduleSave);
    connect(store, &ReportStore::modifiedChanged, this, [this](bool modified) {
        if (!modified && m_ownsFile)
            discard(); // saved cleanly: nothing left to recover
    });
    m_interval->start();
    WorkspaceFile::removeStaleTempFiles(m_path); // left by a session killed mid-save
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_lock = lockOf(m_path);
    if (!m_lock->tryLock(0))
        m_lock.reset(); // another window of this process uses the path (tests): no lock
}

Autosaver::~Autosaver() = default;

QStringList Autosaver::orphanedRecoveries(const QString &ownPath)
{
    const QFileInfo own(ownPath);
    QStringList out;
    const QFileInfoList files = own.absoluteDir().entryInfoList({QStringLiteral("*.ledgerlens")}, QDir::Files,
                                                                QDir::Time);
    for (const QFileInfo &f : files) {
        if (f.absoluteFilePath() == own.absoluteFilePath())
            continue;
        // Free lock (or none: an older version's file): its window is gone.
        if (lockOf(f.absoluteFilePath())->tryLock(0))
            out.append(f.absoluteFilePath());
    }
    return out;
}

void Autosaver::discardOrphan(const QString &orphanPath)
{
    if (!lockOf(orphanPath)->tryLock(0))
        return; // its window is alive after all: not ours to delete
    QFile::remove(orphanPath);
}

QString Autosaver::defaultRecoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery/session-%1.ledgerlens").arg(QCoreApplication::applicationPid());
}

bool Autosaver::recoveryExists(const QString &path) { return QFileInfo::exists(path); }

void Autosaver::setDebounceMs(int ms) { m_debounce->setInterval(ms); }
void Autosaver::setMaxWaitMs(int ms) { m_maxWait->setInterval(ms); }
void Autosaver::setIntervalMs(int ms) { m_interval->setInterval(ms); }

void Autosaver::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    if (m_store->isModified())
        scheduleSave();
}

void Autosaver::scheduleSave()
{
    if (!m_store->isModified())
        return;
    if (!m_pending)
        m_maxWait->start();
    m_pending = true;
    m_debounce->start();
}

bool Autosaver::saveNow(QString *error)
{
    m_debounce->stop();
    m_maxWait->stop();
    m_pending = false;
    if (!m_store->isModified()) {
        if (m_ownsFile)
            discard();
        return true;
    }
    if (!m_ownsFile && QFile::exists(m_path)) {
        // An earlier session's recovery the user neither restored nor
        // discarded: keep it beside ours rather than overwrite it.
        const QString aside = m_path + QDateTime::currentDateTimeUtc().toString(QStringLiteral(".yyyyMMdd-HHmmss")) + QStringLiteral(".bak");
        QFile::rename(m_path, aside);
    }
    QJsonObject json = WorkspaceFile::toJson(*m_store);
    json.insert(kRecoveryKey, QJsonObject{{QStringLiteral("workspacePath"), m_workspacePath}});
    QString why;
    if (!WorkspaceFile::writeJson(json, m_path, &why)) {
        if (error)
            *error = why;
        emit autosaveFailed(why);
        return false;
    }
    m_ownsFile = true;
    emit autosaved(m_path);
    return true;
}

WorkspaceLoadResult Autosaver::restore()
{
    const WorkspaceLoadResult result = load(m_path);
    if (result.ok)
        m_ownsFile = true;
    return result;
}

// A recovery file into the store, marked modified: it is unsaved work.
WorkspaceLoadResult Autosaver::load(const QString &path)
{
    WorkspaceLoadResult result;
    const auto json = WorkspaceFile::readJson(path, &result.error);
    if (!json)
        return result;
    result = WorkspaceFile::fromJson(*json, *m_store);
    if (!result.ok)
        return result;
    m_workspacePath = json->value(kRecoveryKey).toObject().value(QLatin1String("workspacePath")).toString();
    m_store->markModified(); // recovered work is not saved anywhere yet
    return result;
}

WorkspaceLoadResult Autosaver::adopt(const QString &orphanPath)
{
    WorkspaceLoadResult result;
    const auto lock = lockOf(orphanPath);
    if (!lock->tryLock(0)) {
        result.error = tr("Another Ledgerlens window is using that recovery file.");
        return result;
    }
    result = load(orphanPath);
    if (!result.ok)
        return result;
    // Ours before theirs goes: a crash between the two loses nothing.
    m_ownsFile = true;
    if (saveNow(&result.error)) {
        lock->unlock();
        QFile::remove(orphanPath);
    }
    result.ok = true;
    return result;
}

void Autosaver::discard()
{
    m_debounce->stop();
    m_maxWait->stop();
    m_pending = false;
    QFile::remove(m_path);
}

} // namespace ledgerlens
