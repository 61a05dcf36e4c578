// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTranslator>

namespace Protostar {

// Installs the application's and Qt's translators for "ko" or "en" and switches them at run time
// (widgets then get QEvent::LanguageChange and retranslate). Lives on the GUI thread.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "ko" when the system locale is Korean, else "en".
    static QString systemLanguage();
    // The Settings choice ("ui/language"), else the system language.
    static QString preferredLanguage();
    // TranslationFiles::searchPaths(), shared with protostar-cli.
    static QStringList searchPaths();

    // Returns false (and keeps English) when no catalogue for `language` is found.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language = QStringLiteral("en");
};

} // namespace Protostar
