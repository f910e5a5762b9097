#include "WorkspaceFile.h"

#include "CorrectionJson.h"
#include "FileHash.h"
#include "TableDecision.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace ledgerlens::WorkspaceFile {

namespace {
const QString kFormat = QStringLiteral("ledgerlens-workspace");

// A workspace parsed completely before the store is touched.
struct ParsedReport
{
    QString path;
    QString relativePath;
    QByteArray sha256;
    QMap<TableKind, ReviewStatus> review;
    QVector<Correction> corrections;   // applied/pending and previously mismatched alike
    QVector<TableDecision> decisions;
};

struct Parsed
{
    QVector<ParsedReport> reports;
    DisplaySettings display;
    UserMappings mappings;
};

// A report's tableDecisions: at most one per table kind, notes within the limit.
QString parseDecisions(const QJsonValue &field, int report, QVector<TableDecision> *out)
{
    if (field.isUndefined())
        return {};
    if (!field.isArray())
        return QStringLiteral("The workspace file is damaged: \"tableDecisions\" of report %1 is not a list.")
            .arg(report + 1);
    const QJsonArray list = field.toArray();
    if (list.size() > allTableKinds().size())
        return QStringLiteral("Report %1 of the workspace holds %2 table decisions; a report may hold at most %3 "
                              "(one per table).").arg(report + 1).arg(list.size()).arg(allTableKinds().size());
    QSet<TableKind> seen;
    for (int k = 0; k < list.size(); ++k) {
        const qsizetype note = list[k].toObject().value(QLatin1String("note")).toString().size();
        if (note > kMaxNoteLength)
            return QStringLiteral("The note of table decision %1 of report %2 is %3 characters long; a note may be "
                                  "at most %4.").arg(k + 1).arg(report + 1).arg(note).arg(kMaxNoteLength);
        QString error;
        const auto t = TableDecisionJson::fromJson(list[k].toObject(), &error);
        if (!t || seen.contains(t->kind))
            return QStringLiteral("The workspace file is damaged: table decision %1 of report %2: %3.")
                .arg(k + 1).arg(report + 1).arg(t ? QStringLiteral("a second decision on the same table") : error);
        seen.insert(t->kind);
        out->append(*t);
    }
    return {};
}

QString parse(const QJsonObject &json, Parsed *out)
{
    if (json.value(QLatin1String("format")).toString() != kFormat)
        return QStringLiteral("This is not a Ledgerlens workspace file.");
    const int version = json.value(QLatin1String("formatVersion")).toInt(0);
    if (version < 1)
        return QStringLiteral("The workspace file has no valid format version; it looks damaged.");
    if (version > kFormatVersion)
        return QStringLiteral("This workspace was saved by a newer Ledgerlens (format version %1; this version "
                              "reads up to %2). It was not opened and has not been changed.")
            .arg(version).arg(kFormatVersion);
    const QJsonObject display = json.value(QLatin1String("display")).toObject();
    out->display.displayUnit = display.value(QLatin1String("unit")).toInteger(1000);
    if (out->display.displayUnit <= 0)
        out->display.displayUnit = 1000;
    TableKind current;
    if (tableKindFromKey(display.value(QLatin1String("currentTable")).toString(), &current))
        out->display.currentTable = current;
    if (!json.value(QLatin1String("reports")).isArray())
        return QStringLiteral("The workspace file is damaged: it has no list of reports.");
    const QJsonArray reports = json.value(QLatin1String("reports")).toArray();
    if (reports.size() > kMaxReports)
        return QStringLiteral("The workspace lists %1 reports; a workspace may compare at most %2.")
            .arg(reports.size()).arg(kMaxReports);
    int corrections = 0;
    for (int i = 0; i < reports.size(); ++i) {
        const QJsonObject r = reports[i].toObject();
        ParsedReport p;
        p.path = r.value(QLatin1String("path")).toString();
        if (p.path.isEmpty())
            return QStringLiteral("The workspace file is damaged: report %1 has no path.").arg(i + 1);
        p.relativePath = r.value(QLatin1String("relativePath")).toString();
        p.sha256 = r.value(QLatin1String("sha256")).toString().toLatin1();
        const QJsonObject review = r.value(QLatin1String("review")).toObject();
        for (auto it = review.begin(); it != review.end(); ++it) {
            TableKind kind;
            ReviewStatus status;
            if (!tableKindFromKey(it.key(), &kind) || !reviewStatusFromKey(it.value().toString(), &status))
                return QStringLiteral("The workspace file is damaged: report %1 has an unknown review status "
                                      "\"%2\": \"%3\".").arg(i + 1).arg(it.key(), it.value().toString());
            p.review.insert(kind, status);
        }
        if (!r.value(QLatin1String("review")).isUndefined() && !r.value(QLatin1String("review")).isObject())
            return QStringLiteral("The workspace file is damaged: the review status of report %1 is not a list of "
                                  "tables.").arg(i + 1);
        for (const char *key : {"corrections", "mismatchedCorrections"}) {
            // A list of the wrong type is refused, never read as "no corrections".
            const QJsonValue field = r.value(QLatin1String(key));
            if (!field.isUndefined() && !field.isArray())
                return QStringLiteral("The workspace file is damaged: \"%1\" of report %2 is not a list.")
                    .arg(QLatin1String(key)).arg(i + 1);
            const QJsonArray list = field.toArray();
            corrections += list.size();
            if (corrections > kMaxCorrections)
                return QStringLiteral("The workspace holds more than %1 corrections, the most a workspace may "
                                      "hold.").arg(kMaxCorrections);
            for (int k = 0; k < list.size(); ++k) {
                const qsizetype note = list[k].toObject().value(QLatin1String("note")).toString().size();
                if (note > kMaxNoteLength)
                    return QStringLiteral("The note of correction %1 of report %2 is %3 characters long; a note "
                                          "may be at most %4.").arg(k + 1).arg(i + 1).arg(note).arg(kMaxNoteLength);
                QString error;
                const auto c = CorrectionJson::fromJson(list[k].toObject(), &error);
                if (!c)
                    return QStringLiteral("The workspace file is damaged: correction %1 of report %2: %3.")
                        .arg(k + 1).arg(i + 1).arg(error);
                p.corrections.append(*c);
            }
        }
        const QString damaged = parseDecisions(r.value(QLatin1String("tableDecisions")), i, &p.decisions);
        if (!damaged.isEmpty())
            return damaged;
        out->reports.append(p);
    }
    const QJsonValue mappings = json.value(QLatin1String("userMappings"));
    if (!mappings.isUndefined()) {
        int skipped = 0;
        out->mappings = UserMappings::fromJson(mappings.toArray(), &skipped);
        if (!mappings.isArray() || skipped > 0)
            return QStringLiteral("The workspace file is damaged: %1 of its user mappings cannot be read.")
                .arg(mappings.isArray() ? skipped : 1);
    }
    return {};
}

QJsonArray correctionsJson(const QVector<Correction> &list)
{
    QJsonArray out;
    for (const Correction &c : list)
        out.append(CorrectionJson::toJson(c));
    return out;
}
} // namespace

QJsonObject toJson(const ReportStore &store, const QString &baseDir)
{
    QJsonArray reports;
    for (EntryId id : store.ids()) {
        const ReportEntry *e = store.entry(id);
        QJsonObject review;
        for (auto it = e->review.begin(); it != e->review.end(); ++it)
            review.insert(tableKey(it.key()), reviewStatusKey(it.value()));
        QJsonObject r{
            {QStringLiteral("path"), QFileInfo(e->path).absoluteFilePath()},
            {QStringLiteral("sha256"), QString::fromLatin1(e->sha256)},
            {QStringLiteral("review"), review},
            {QStringLiteral("corrections"),
             correctionsJson(store.corrections(id) + store.pendingCorrections(id))},
            {QStringLiteral("mismatchedCorrections"), correctionsJson(store.mismatchedCorrections(id))},
        };
        QJsonArray decisions;
        for (const TableDecision &t : store.tableDecisions(id))
            decisions.append(TableDecisionJson::toJson(t));
        if (!decisions.isEmpty())
            r.insert(QStringLiteral("tableDecisions"), decisions);
        if (!baseDir.isEmpty())
            r.insert(QStringLiteral("relativePath"), QDir(baseDir).relativeFilePath(QFileInfo(e->path).absoluteFilePath()));
        reports.append(r);
    }
    const DisplaySettings display = store.displaySettings();
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("display"), QJsonObject{{QStringLiteral("unit"), display.displayUnit},
                                               {QStringLiteral("currentTable"), tableKey(display.currentTable)}}},
        {QStringLiteral("reports"), reports},
        {QStringLiteral("userMappings"), store.workspaceMappings().toJson()},
    };
}

QString validate(const QJsonObject &json)
{
    Parsed parsed;
    return parse(json, &parsed);
}

WorkspaceLoadResult fromJson(const QJsonObject &json, ReportStore &store, const QString &baseDir)
{
    WorkspaceLoadResult result;
    Parsed parsed;
    result.error = parse(json, &parsed);
    if (!result.error.isEmpty())
        return result;
    store.clear();
    store.setDisplaySettings(parsed.display);
    parsed.mappings.setInWorkspace(true);
    store.mergeUserMappings(parsed.mappings);
    for (const ParsedReport &p : parsed.reports) {
        QString path = p.path;
        if (!QFileInfo::exists(path) && !baseDir.isEmpty() && !p.relativePath.isEmpty()) {
            const QString relative = QDir(baseDir).absoluteFilePath(p.relativePath);
            if (QFileInfo::exists(relative))
                path = QDir::cleanPath(relative);
        }
        const EntryId id = store.addEntry(path);
        for (auto it = p.review.begin(); it != p.review.end(); ++it)
            store.restoreReviewStatus(id, it.key(), it.value());
        store.restoreCorrections(id, p.corrections);
        store.restoreTableDecisions(id, p.decisions);
        store.setFileHash(id, p.sha256);
        if (!QFileInfo::exists(path)) {
            result.missingFiles.append(id);
            store.setFailed(id, QStringLiteral("File not found: %1").arg(path));
            continue;
        }
        const QByteArray now = fileSha256Hex(path);
        if (!p.sha256.isEmpty() && !now.isEmpty() && now != p.sha256) {
            result.changedFiles.append(id);
            store.setFileHash(id, now);
        }
    }
    result.ok = true;
    return result;
}

void removeStaleTempFiles(const QString &path)
{
    // QSaveFile writes "<name>.XXXXXX" beside the file and renames it on
    // commit; a kill mid-save leaves it behind. One a minute old is no
    // running save's (another window saving now keeps its own).
    const QFileInfo target(path);
    static const QRegularExpression suffix(QStringLiteral("^\\.[A-Za-z0-9]{6}$"));
    const QDir dir = target.absoluteDir();
    for (const QFileInfo &f : dir.entryInfoList({target.fileName() + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden)) {
        if (suffix.match(f.fileName().mid(target.fileName().size())).hasMatch()
            && f.lastModified().secsTo(QDateTime::currentDateTime()) > 60)
            QFile::remove(f.absoluteFilePath());
    }
}

bool writeJson(const QJsonObject &json, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    removeStaleTempFiles(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QJsonObject> readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // Before reading a byte: parsing a huge file would freeze the window for minutes.
    if (file.size() > kMaxFileBytes) {
        *error = QStringLiteral("%1 is %2 MB; a workspace may be at most %3 MB, so it was not read. It has not "
                                "been changed.").arg(QFileInfo(path).fileName())
                     .arg(file.size() / (1024 * 1024)).arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
            : QStringLiteral("not a JSON object");
        *error = QStringLiteral("%1 is damaged and cannot be opened (%2). It has not been changed.")
                     .arg(QFileInfo(path).fileName(), why);
        return std::nullopt;
    }
    return doc.object();
}

bool save(ReportStore &store, const QString &path, QString *error, bool markSaved)
{
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        // Never clobber something that is not ours, or a newer format's work.
        QString readError;
        const auto existing = readJson(path, &readError);
        const QString problem = existing ? validate(*existing) : readError;
        if (!problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("Not saved: %1 already exists and is not a workspace this version may "
                                        "replace (%2)").arg(path, problem);
            return false;
        }
    }
    if (!writeJson(toJson(store, QFileInfo(path).absolutePath()), path, error))
        return false;
    if (markSaved)
        store.markSaved();
    return true;
}

WorkspaceLoadResult load(const QString &path, ReportStore &store)
{
    WorkspaceLoadResult result;
    const auto json = readJson(path, &result.error);
    if (!json)
        return result;
    result = fromJson(*json, store, QFileInfo(path).absolutePath());
    if (result.ok)
        store.markSaved();
    else
        result.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), result.error);
    return result;
}

bool verifyRelocated(ReportStore &store, EntryId id)
{
    const ReportEntry *e = store.entry(id);
    if (!e)
        return false;
    const QByteArray now = fileSha256Hex(e->path);
    const bool same = e->sha256.isEmpty() || now == e->sha256;
    if (!now.isEmpty())
        store.setFileHash(id, now);
    return same;
}

} // namespace ledgerlens::WorkspaceFile
