// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Protostar {

// Settings: language (한국어 / English, applied at once), answer provider (extractive, or an
// OpenAI-compatible server: base URL and model in QSettings, the API key in the system keychain via
// ProviderSettings, never in QSettings) and data folder. Lives on the GUI thread.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Stores the fields in QSettings at once and a typed API key in the keychain on a pool thread (OK and
    // Apply are disabled meanwhile); emits languageChosen at once, then providerChanged and applied()
    // when the keychain has answered (at once when there is no key to store).
    void apply();
    bool isSaving() const { return m_saving; }
    // The language the window shows now (e.g. from --lang), preselected instead of the saved choice, so
    // OK after changing something else does not switch the interface's language.
    void setLanguageInUse(const QString &language);
    QComboBox *languageBox() const { return m_language; }
    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QLineEdit *modelField() const { return m_model; }
    QLineEdit *apiKeyField() const { return m_key; }
    QLabel *keyNote() const { return m_keyNote; }

    static QString dataFolder(); // "storage/dataFolder", else empty (= the default location)

Q_SIGNALS:
    void languageChosen(const QString &language);
    // The saved provider settings changed; rebuild the ProviderConfig (ProviderSettings::load()).
    void providerChanged();
    // apply() finished; `keyStored` is false when a typed key could not be stored (the reason is in keyNote()).
    void applied(bool keyStored);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void updateProviderFields();
    void finishApply(bool keyStored);
    void setSaving(bool saving);

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_providerLabel;
    QComboBox *m_provider;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_baseUrl;
    QLabel *m_modelLabel;
    QLineEdit *m_model;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QLabel *m_providerNote;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_folderNote;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
    bool m_acceptWhenSaved = false; // OK (not Apply) started the save in progress
};

} // namespace Protostar
