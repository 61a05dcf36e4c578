// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QTranslator;

namespace Protostar {

// Where the compiled catalogues (protostar_<lang>.qm, Qt's qtbase_<lang>.qm) are and which UI language to
// use, shared by the desktop's LanguageManager and protostar-cli so both find the same files. Stateless;
// callable from any thread (installing the loaded translator is the caller's business).
class TranslationFiles final
{
public:
    // Folders searched for protostar_<lang>.qm, in order: $PROTOSTAR_TRANSLATIONS_DIR, the installed
    // share/protostar/translations next to bin/, the build tree.
    static QStringList searchPaths();
    // "ko" or "en" (the languages that ship); anything else is "en".
    static QString normalise(const QString &language);
    // "ko" when the first Korean or English entry of `uiLanguages` (QLocale::uiLanguages() order) is Korean, else "en".
    static QString languageOf(const QStringList &uiLanguages);
    // languageOf(QLocale::system().uiLanguages()): follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Unix.
    static QString systemLanguage();

    // Loads protostar_<language>.qm from the first search path holding it; false (translator untouched
    // and empty) when there is none, so the caller stays in English.
    static bool load(QTranslator &translator, const QString &language);
    // Loads Qt's own qtbase_<language>.qm (Debian's qt6-translations-l10n); false for "en" or when absent.
    static bool loadQt(QTranslator &translator, const QString &language);
};

} // namespace Protostar
