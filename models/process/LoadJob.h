#pragma once

#include "extract/ExtractionError.h"

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

// Why a load failed; each has one user-facing sentence (LoadFailure.cpp). The
// worker names the file's own problems by key (ExtractionError); the rest are
// the worker process's fate.
enum class LoadFailure {
    None,
    NotFound,
    NotAFile,          // a folder, device or pipe
    BadFileName,       // not valid UTF-8
    EmptyFile,
    NotPdf,
    Truncated,
    Damaged,           // malformed beyond repair
    NoPages,
    DamagedPageTree,
    PageTooLarge,
    StreamTooLarge,    // a decompression bomb the worker found itself
    NeedsPassword,     // encrypted: ask and retry
    WrongPassword,
    NoTextLayer,       // scanned pages
    NotFinancialReport,
    Crashed,
    TimedOut,
    OutOfMemory,
    BadOutput,         // the worker printed something that is not a report
    WorkerMissing,     // ledgerlens-worker not found or not startable
    Other,
};

// What a failure's sentence needs beside its kind.
struct FailureDetail
{
    ErrorArgs args;    // from the worker's error key line
    int limit = 0;     // TimedOut: seconds; OutOfMemory: MB
    QString text;      // Other: the worker's own last line; WorkerMissing: the program; BadOutput: the parse error
};

namespace LoadFailures {
// The kind of failure a worker's error key names.
LoadFailure fromExtraction(ExtractionError error);
}

// One file being (or having been) loaded. Owned by ReportLoader.
struct LoadJob
{
    int id = 0;
    QString path;           // as given by the user
    QString canonicalPath;  // symlinks and ".." resolved, for duplicate detection
    QByteArray hash;        // SHA-256 of the content, empty until hashed
    JobState state = JobState::Queued;
    LoadFailure failure = LoadFailure::None;
    FailureDetail detail;
    QString message;        // one line explaining a failure, in the UI language
    int pagesDone = 0;
    int pageCount = 0;      // 0 until the worker reports it
    QString password;       // kept only for the retry of an encrypted file

    bool isActive() const { return state == JobState::Queued || state == JobState::Running; }
    // 0..1 for a progress bar; -1 while the page count is unknown.
    double fraction() const { return pageCount > 0 ? double(pagesDone) / pageCount : -1.0; }
};

} // namespace ledgerlens
