// Every live message of the shipped Chinese .ts files is translated and
// finished, so a Chinese user never meets an English string that slipped in
// with new code; and each translation keeps the source's placeholders,
// accelerator and markup, whose loss shows as a wrong figure, a dead
// shortcut or literal tags. Vanished/obsolete entries are history and skipped.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;  // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList translations;  // one, or every numerus form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") || name == QLatin1String("context"))
            continue;  // descend into it
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, QString(), QString(), {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    current.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    current.type = xml.attributes().value(QLatin1String("type")).toString();
                    QString plain;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                            break;
                        if (xml.isCharacters())
                            plain += xml.text();
                        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                            current.translations << xml.readElementText();
                    }
                    if (current.translations.isEmpty())
                        current.translations << plain;
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << current;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return sorted(out);
}

QStringList tags(const QString &text)
{
    // Rich-text tags only: "<as extracted>" is plain text in angle brackets.
    static const QRegularExpression re(
        QStringLiteral("</?(a|b|i|u|s|br|p|span|div|font|small|big|sub|sup|tt|code|pre|ul|ol|li|table|tr|td|th|"
                       "h[1-6]|nobr|qt|em|strong|img|hr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).toLower();
    return sorted(out);
}

// Accelerator ampersands: a single '&' before a non-space ("&&" is a literal).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shippedFilesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(LEDGERLENS_SOURCE_DIR "/translations"));
        for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("zh_HK")})
            QTest::newRow(qPrintable(lang)) << dir.filePath(QStringLiteral("ledgerlens_%1.ts").arg(lang));
    }

    void shippedFilesAreComplete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY(!messages.isEmpty());

        QStringList problems;
        int live = 0;
        for (const Message &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            ++live;
            const QString where = m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\": ");
            if (m.type == QLatin1String("unfinished")) {
                problems << where + QStringLiteral("unfinished");
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral("empty translation");
                    continue;
                }
                // A plural form may drop %n ("一项") but must not invent placeholders.
                QStringList want = placeholders(m.source), got = placeholders(t);
                if (m.translations.size() > 1) {
                    want.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (want != got)
                    problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(t);
                if (accelerators(m.source) != accelerators(t))
                    problems << where + QStringLiteral("accelerator lost in \"%1\"").arg(t);
                if (tags(m.source) != tags(t))
                    problems << where + QStringLiteral("markup differs in \"%1\"").arg(t);
            }
        }
        QVERIFY(live > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages in %3:\n")
                                                    .arg(problems.size())
                                                    .arg(live)
                                                    .arg(QFileInfo(path).fileName())
                                                + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
