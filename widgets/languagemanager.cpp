// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

#ifndef PROTOSTAR_BUILD_TRANSLATIONS_DIR
#define PROTOSTAR_BUILD_TRANSLATIONS_DIR ""
#endif

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
    QStringList paths;
    if (const QString env = qEnvironmentVariable("PROTOSTAR_TRANSLATIONS_DIR"); !env.isEmpty())
        paths << env;
    paths << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/protostar/translations"));
    if (const QString build = QStringLiteral(PROTOSTAR_BUILD_TRANSLATIONS_DIR); !build.isEmpty())
        paths << build;
    return paths;
}

bool LanguageManager::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("ko") ? language : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);

    bool loaded = false;
    for (const QString &dir : searchPaths()) {
        if (m_app.load(QStringLiteral("protostar_") + lang, dir)) {
            loaded = true;
            break;
        }
    }
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (standard buttons, file dialogs) come from Debian's qt6-translations-l10n.
    if (lang != QLatin1String("en")
        && m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
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
