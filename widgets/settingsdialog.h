// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Protostar {

// Settings: language (한국어 / English, applied at once), answer provider (extractive; the
// OpenAI-compatible entry's base URL and model are stored for when that provider lands) and data folder.
// Reads and writes QSettings. Lives on the GUI thread.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Stores the fields in QSettings; emits languageChosen when the language changed.
    void apply();
    QComboBox *languageBox() const { return m_language; }

    static QString dataFolder(); // "storage/dataFolder", else empty (= the default location)

Q_SIGNALS:
    void languageChosen(const QString &language);

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
    QLabel *m_providerNote;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_folderNote;
    QDialogButtonBox *m_buttons;
};

} // namespace Protostar
