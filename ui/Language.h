#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace ledgerlens {

// The UI language: English (source strings), Simplified or Traditional
// Chinese. Installs the app's translator (:/i18n/ledgerlens_<code>.qm) and
// Qt's own; widgets retranslate on QEvent::LanguageChange.
class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);

    static QStringList codes();                 // "en", "zh_CN", "zh_HK"
    static QString nativeName(const QString &code);   // "English", "简体中文", "繁體中文"
    // The saved choice, else the system locale's when we have it, else English.
    static QString initialCode();

    QString current() const { return m_code; }
    // false when the translation could not be loaded (English stays).
    bool apply(const QString &code);

private:
    QString m_code = QStringLiteral("en");
    QTranslator *m_app;
    QTranslator *m_qt;
};

} // namespace ledgerlens
