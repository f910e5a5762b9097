#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include "session/Settings.h"
#include <QTranslator>

namespace ledgerlens {

Language::Language(QObject *parent)
    : QObject(parent), m_app(new QTranslator(this)), m_qt(new QTranslator(this))
{
}

QStringList Language::codes() { return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_HK")}; }

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_HK"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString Language::initialCode()
{
    const QString saved = Settings::language();
    if (codes().contains(saved))
        return saved;
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return system.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh_HK") : QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool Language::apply(const QString &code)
{
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    m_code = QStringLiteral("en");
    bool ok = true;
    if (code != QLatin1String("en") && codes().contains(code)) {
        ok = m_app->load(QStringLiteral(":/i18n/ledgerlens_") + code);
        if (ok) {
            QCoreApplication::installTranslator(m_app);
            m_code = code;
            // Qt's own strings (dialog buttons); Traditional Chinese ships as zh_TW.
            const QString qtCode = code == QLatin1String("zh_HK") ? QStringLiteral("zh_TW") : code;
            if (m_qt->load(QStringLiteral("qtbase_") + qtCode, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(m_qt);
        }
    }
    Settings::setLanguage(m_code);
    return ok;
}

} // namespace ledgerlens
