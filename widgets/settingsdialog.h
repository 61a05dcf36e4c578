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

    // Stores the fields in QSettings and a typed API key in the keychain; emits languageChosen and
    // providerChanged. False when the key could not be stored (the reason is shown in the dialog).
    bool apply();
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void updateProviderFields();

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
};

} // namespace Protostar
