// Field limits of the workspace format (WORKSPACE_FORMAT.md, version 2): a
// hostile or damaged workspace (a huge note, too many reports or
// corrections, a file far too big) is refused with its reason, the store is
// left as it was and the file is not changed by a byte.
#include "store/ReportStore.h"
#include "store/WorkspaceFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ledgerlens;

class TestWorkspaceLimits : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QJsonObject correction(const QString &note)
    {
        return QJsonObject{{QStringLiteral("table"), QStringLiteral("profit_or_loss")},
                           {QStringLiteral("field"), QStringLiteral("value")},
                           {QStringLiteral("row"), 0},
                           {QStringLiteral("rowLabel"), QStringLiteral("Revenue")},
                           {QStringLiteral("column"), 0},
                           {QStringLiteral("columnLabel"), QStringLiteral("2024")},
                           {QStringLiteral("page"), 1},
                           {QStringLiteral("extracted"), QStringLiteral("1000")},
                           {QStringLiteral("corrected"), QStringLiteral("1050")},
                           {QStringLiteral("note"), note},
                           {QStringLiteral("user"), QStringLiteral("analyst")},
                           {QStringLiteral("timestamp"), QStringLiteral("2026-11-23T03:05:12.345Z")}};
    }
    static QJsonObject workspace(const QJsonArray &reports)
    {
        return QJsonObject{{QStringLiteral("format"), QStringLiteral("ledgerlens-workspace")},
                           {QStringLiteral("formatVersion"), 2},
                           {QStringLiteral("reports"), reports}};
    }
    static QJsonObject report(int i, const QJsonArray &corrections = {})
    {
        return QJsonObject{{QStringLiteral("path"), QStringLiteral("/nowhere/report-%1.pdf").arg(i)},
                           {QStringLiteral("corrections"), corrections}};
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Loads into a store holding one entry already: refused means that entry is still there, alone.
    QString refusal(const QString &path)
    {
        const QByteArray before = read(path);
        ReportStore store;
        const EntryId kept = store.addEntry(QStringLiteral("/kept.pdf"));
        const WorkspaceLoadResult result = WorkspaceFile::load(path, store);
        if (result.ok)
            return {};
        if (store.count() != 1 || !store.contains(kept))
            qFatal("a refused workspace touched the store");
        if (read(path) != before)
            qFatal("a refused workspace was changed on disk");
        return result.error.isEmpty() ? QStringLiteral("(no reason)") : result.error;
    }

private slots:
    void anOversizedNoteIsRefusedWithItsReason()
    {
        const QString note(WorkspaceFile::kMaxNoteLength + 1, QLatin1Char('x'));
        const QString path = write(QStringLiteral("note.ledgerlens"),
                                   QJsonDocument(workspace({report(0, {correction(note)})})).toJson());
        const QString why = refusal(path);
        QVERIFY2(why.contains(QStringLiteral("note")), qPrintable(why));
        QVERIFY2(why.contains(QString::number(WorkspaceFile::kMaxNoteLength)), qPrintable(why));
    }

    void aNoteAtTheLimitOpens()
    {
        const QString note(WorkspaceFile::kMaxNoteLength, QLatin1Char('x'));
        const QString path = write(QStringLiteral("fine.ledgerlens"),
                                   QJsonDocument(workspace({report(0, {correction(note)})})).toJson());
        QVERIFY(refusal(path).isEmpty());
    }

    void tooManyReportsAreRefused()
    {
        QJsonArray reports;
        for (int i = 0; i <= WorkspaceFile::kMaxReports; ++i)
            reports.append(report(i));
        const QString path = write(QStringLiteral("reports.ledgerlens"), QJsonDocument(workspace(reports)).toJson());
        const QString why = refusal(path);
        QVERIFY2(why.contains(QString::number(WorkspaceFile::kMaxReports)), qPrintable(why));
    }

    void tooManyCorrectionsAreRefused()
    {
        QJsonArray corrections;
        for (int i = 0; i <= WorkspaceFile::kMaxCorrections / 4; ++i)
            corrections.append(correction(QString()));
        QJsonArray reports;
        for (int i = 0; i < 4; ++i)
            reports.append(report(i, corrections));
        const QString path = write(QStringLiteral("corrections.ledgerlens"),
                                   QJsonDocument(workspace(reports)).toJson(QJsonDocument::Compact));
        const QString why = refusal(path);
        QVERIFY2(why.contains(QStringLiteral("corrections")), qPrintable(why));
        QVERIFY2(why.contains(QString::number(WorkspaceFile::kMaxCorrections)), qPrintable(why));
    }

    void aFileFarTooBigIsRefusedBeforeItIsRead()
    {
        // A valid start and a note that runs past the size limit.
        QByteArray bytes = "{\"format\":\"ledgerlens-workspace\",\"formatVersion\":2,\"reports\":[{\"path\":"
                           "\"/x.pdf\",\"corrections\":[{\"note\":\"";
        bytes += QByteArray(WorkspaceFile::kMaxFileBytes + 1, 'x');
        bytes += "\"}]}]}";
        const QString path = write(QStringLiteral("huge.ledgerlens"), bytes);
        bytes.clear();
        const QString why = refusal(path);
        QVERIFY2(why.contains(QStringLiteral("MB")), qPrintable(why));
        QFile::remove(path);
    }
};

QTEST_MAIN(TestWorkspaceLimits)
#include "tst_workspacelimits.moc"
