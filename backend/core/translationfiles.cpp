// SPDX-License-Identifier: MIT
#include "translationfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// Set on this target by translations/CMakeLists.txt: an uninstalled binary finds the .qm files there.
#ifndef PROTOSTAR_BUILD_TRANSLATIONS_DIR
#define PROTOSTAR_BUILD_TRANSLATIONS_DIR ""
#endif

namespace Protostar {

QStringList TranslationFiles::searchPaths()
{
    QStringList paths;
    if (const QString env = qEnvironmentVariable("PROTOSTAR_TRANSLATIONS_DIR"); !env.isEmpty())
        paths << env;
    paths << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/protostar/translations"));
    if (const QString build = QStringLiteral(PROTOSTAR_BUILD_TRANSLATIONS_DIR); !build.isEmpty())
        paths << build;
    return paths;
}

QString TranslationFiles::normalise(const QString &language)
{
    return language == QLatin1String("ko") ? language : QStringLiteral("en");
}

QString TranslationFiles::languageOf(const QStringList &uiLanguages)
{
    // "C" or "POSIX" parse as a C/English locale; a language that does not ship (say de) is skipped, so
    // LANGUAGE=de:ko still gives Korean, as gettext would.
    for (const QString &name : uiLanguages) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Korean)
            return QStringLiteral("ko");
        if (language == QLocale::English || language == QLocale::C)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString TranslationFiles::systemLanguage()
{
    return languageOf(QLocale::system().uiLanguages());
}

bool TranslationFiles::load(QTranslator &translator, const QString &language)
{
    const QString file = QStringLiteral("protostar_") + normalise(language);
    for (const QString &dir : searchPaths()) {
        if (translator.load(file, dir))
            return true;
    }
    return false;
}

bool TranslationFiles::loadQt(QTranslator &translator, const QString &language)
{
    const QString lang = normalise(language);
    return lang != QLatin1String("en")
        && translator.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace Protostar
