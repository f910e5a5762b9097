#pragma once

#include <QByteArray>
#include <QString>

namespace ledgerlens {

enum class JobState {
    Queued,     // waiting for a free worker
    Running,    // a worker process is extracting it
    Ready,      // extracted; the report is in the store
    Failed,     // see LoadFailure and the message
    Cancelled,  // the user stopped it
};

// Why a load failed; each has one user-facing sentence (LoadFailure.cpp).
enum class LoadFailure {
    None,
    NotFound,
    EmptyFile,
    NotPdf,
    Damaged,           // truncated or malformed
    NeedsPassword,     // encrypted: ask and retry
    WrongPassword,
    NoTextLayer,       // scanned pages
    NotFinancialReport,
    Crashed,
    TimedOut,
    OutOfMemory,
    BadOutput,         // the worker printed something that is not a report
    WorkerMissing,     // ledgerlens-cli not found or not startable
    Other,
};

// One file being (or having been) loaded. Owned by ReportLoader.
struct LoadJob
{
    int id = 0;
    QString path;           // as given by the user
    QString canonicalPath;  // symlinks and ".." resolved, for duplicate detection
    QByteArray hash;        // SHA-256 of the content, empty until hashed
    JobState state = JobState::Queued;
    LoadFailure failure = LoadFailure::None;
    QString message;        // one line explaining a failure
    int pagesDone = 0;
    int pageCount = 0;      // 0 until the worker reports it
    QString password;       // kept only for the retry of an encrypted file

    bool isActive() const { return state == JobState::Queued || state == JobState::Running; }
    // 0..1 for a progress bar; -1 while the page count is unknown.
    double fraction() const { return pageCount > 0 ? double(pagesDone) / pageCount : -1.0; }
};

} // namespace ledgerlens
