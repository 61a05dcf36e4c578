// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include "core/translationfiles.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace Protostar {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString LanguageManager::preferredLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    return chosen == QLatin1String("ko") || chosen == QLatin1String("en") ? chosen : systemLanguage();
}

QStringList LanguageManager::searchPaths()
{
    return TranslationFiles::searchPaths();
}

bool LanguageManager::setLanguage(const QString &language)
{
    const QString lang = TranslationFiles::normalise(language);
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);

    const bool loaded = TranslationFiles::load(m_app, lang);
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (standard buttons, file dialogs) come from Debian's qt6-translations-l10n.
    if (TranslationFiles::loadQt(m_qt, lang))
        QCoreApplication::installTranslator(&m_qt);

    const QString effective = loaded || lang == QLatin1String("en") ? lang : QStringLiteral("en");
    QLocale::setDefault(QLocale(effective == QLatin1String("ko") ? QLocale::Korean : QLocale::English));
    if (effective != m_language) {
        m_language = effective;
        Q_EMIT languageChanged(m_language);
    }
    return effective == lang;
}

} // namespace Protostar
