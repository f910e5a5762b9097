#pragma once

#include "ReportStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace ledgerlens {

// The .ledgerlens workspace: JSON, format in models/store/WORKSPACE_FORMAT.md.
//
// {
//   "format": "ledgerlens-workspace", "formatVersion": 1, "savedAt": "...Z",
//   "display": {"unit": 1000, "currentTable": "profit_or_loss"},
//   "reports": [ {"path": "...", "sha256": "<hex>",
//                 "review": {"profit_or_loss": "reviewed", ...},
//                 "corrections": [ {...}, ... ],          // applied + pending
//                 "mismatchedCorrections": [ {...}, ... ] } ]  // array order = comparison order
// }
//
// Reading never writes: a corrupt file or a newer formatVersion is refused with
// a message and left untouched.

struct WorkspaceLoadResult
{
    bool ok = false;
    QString error;                    // set when !ok: a sentence for the user
    QVector<EntryId> missingFiles;    // PDF not at its path: ask the user, then store.relocate()
    QVector<EntryId> changedFiles;    // PDF hash differs from the one saved: corrections get re-matched
                                      // on setReport; mismatches land in store.mismatchedCorrections()
};

namespace WorkspaceFile {

// 2 adds userMappings; version 1 files open unchanged (no user mappings) and
// are written back as version 2.
constexpr int kFormatVersion = 2;

// Field limits (version 2): far above any real review, low enough that a
// hostile or damaged file is refused in a moment instead of freezing the
// window. The size is checked before the file is read at all, the counts
// before their lists are parsed.
constexpr qint64 kMaxFileBytes = 64ll * 1024 * 1024;
constexpr int kMaxReports = 10000;
constexpr int kMaxCorrections = 100000;    // all reports together, mismatched included
constexpr int kMaxNoteLength = 10000;      // characters of one correction's note

// Paths are saved absolute, and relative to `baseDir` when given (the
// workspace's folder), so a folder moved together still finds its PDFs.
QJsonObject toJson(const ReportStore &store, const QString &baseDir = {});
// Replaces the store's content. Entries come back Queued (or Failed "file not
// found" for missingFiles); the caller starts extraction for Queued ones.
WorkspaceLoadResult fromJson(const QJsonObject &json, ReportStore &store, const QString &baseDir = {});
// The same checks without touching any store: "" when loadable, else the reason.
QString validate(const QJsonObject &json);

// Atomic JSON write (QSaveFile), indented.
// Removes the temporary files a killed save left beside `path` (over a minute old).
void removeStaleTempFiles(const QString &path);
bool writeJson(const QJsonObject &json, const QString &path, QString *error);
// Reads a workspace-shaped JSON file; on failure *error says why.
std::optional<QJsonObject> readJson(const QString &path, QString *error);

// Atomic write (QSaveFile). Marks the store saved unless markSaved is false.
// Refuses to replace a file that is not a workspace or is one of a newer format.
bool save(ReportStore &store, const QString &path, QString *error = nullptr, bool markSaved = true);
// Parses first, touches the store only when the file is valid.
WorkspaceLoadResult load(const QString &path, ReportStore &store);

// After the user relocated a missing PDF: compares its hash with the saved one.
// true = same file (or no hash saved); false = changed (it is still used).
bool verifyRelocated(ReportStore &store, EntryId id);

} // namespace WorkspaceFile
} // namespace ledgerlens
