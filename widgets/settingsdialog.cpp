// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "languagemanager.h"
#include "providersettings.h"

#include "providers/apikeystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Protostar {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_providerLabel(new QLabel(this)),
      m_provider(new QComboBox(this)),
      m_baseUrlLabel(new QLabel(this)),
      m_baseUrl(new QLineEdit(this)),
      m_modelLabel(new QLabel(this)),
      m_model(new QLineEdit(this)),
      m_keyLabel(new QLabel(this)),
      m_key(new QLineEdit(this)),
      m_keyNote(new QLabel(this)),
      m_providerNote(new QLabel(this)),
      m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_folderNote(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    // Language names are shown in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_provider->addItem(QString(), QStringLiteral("extractive"));
    m_provider->addItem(QString(), QStringLiteral("openai"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);
    m_keyNote->hide();
    m_providerNote->setWordWrap(true);
    m_folderNote->setWordWrap(true);
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_languageLabel, m_language},
                                {m_providerLabel, m_provider}, {m_baseUrlLabel, m_baseUrl},
                                {m_modelLabel, m_model}, {m_keyLabel, m_key}, {m_folderLabel, m_folder}})
        label->setBuddy(field);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_providerLabel, m_provider);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    form->addRow(m_modelLabel, m_model);
    form->addRow(m_keyLabel, m_key);
    form->addRow(QString(), m_keyNote);
    form->addRow(QString(), m_providerNote);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(QString(), m_folderNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProviderFields);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_acceptWhenSaved = true;
        apply();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    load();
    retranslate();
}

QString SettingsDialog::dataFolder()
{
    return QSettings().value(QStringLiteral("storage/dataFolder")).toString();
}

void SettingsDialog::load()
{
    QSettings s;
    m_language->setCurrentIndex(m_language->findData(LanguageManager::preferredLanguage()));
    const int provider = m_provider->findData(s.value(QStringLiteral("provider/id"), QStringLiteral("extractive")));
    m_provider->setCurrentIndex(qMax(0, provider));
    m_baseUrl->setText(s.value(QStringLiteral("provider/openai/baseUrl")).toString());
    m_model->setText(s.value(QStringLiteral("provider/openai/model")).toString());
    m_folder->setText(dataFolder());
    updateProviderFields();
}

void SettingsDialog::setLanguageInUse(const QString &language)
{
    if (const int i = m_language->findData(language); i >= 0)
        m_language->setCurrentIndex(i);
}

void SettingsDialog::apply()
{
    if (m_saving)
        return; // the buttons are disabled meanwhile; this guards direct calls
    QSettings s;
    const QString language = m_language->currentData().toString();
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("provider/id"), m_provider->currentData());
    s.setValue(QStringLiteral("provider/openai/baseUrl"), m_baseUrl->text().trimmed());
    s.setValue(QStringLiteral("provider/openai/model"), m_model->text().trimmed());
    s.setValue(QStringLiteral("storage/dataFolder"), m_folder->text().trimmed());
    Q_EMIT languageChosen(language); // the LanguageManager ignores a choice that changes nothing

    const QString key = m_key->text().trimmed();
    if (key.isEmpty() || m_provider->currentData().toString() != QLatin1String("openai")) {
        finishApply(true);
        return;
    }
    // Never kept in the dialog after this: on failure the user is told to use the environment instead.
    m_key->clear();
    setSaving(true);
    m_keyNote->setText(tr("Saving the API key in the system keychain…"));
    m_keyNote->show();
    ProviderSettings::storeKey(QUrl::fromUserInput(m_baseUrl->text().trimmed()), key)
        .then(this, [this](const ProviderSettings::KeyOutcome &outcome) {
            setSaving(false);
            m_keyNote->setText(outcome.problem.isEmpty()
                                   ? tr("The API key was saved in the system keychain.")
                                   : tr("The API key was not saved: %1").arg(outcome.problem));
            finishApply(outcome.problem.isEmpty());
        });
}

void SettingsDialog::finishApply(bool keyStored)
{
    Q_EMIT providerChanged();
    Q_EMIT applied(keyStored);
    // A key that could not be stored keeps the dialog open so the reason is read.
    const bool acceptNow = m_acceptWhenSaved && keyStored;
    m_acceptWhenSaved = false;
    if (acceptNow)
        accept();
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!saving);
}

void SettingsDialog::updateProviderFields()
{
    const bool remote = m_provider->currentData().toString() == QLatin1String("openai");
    m_baseUrl->setEnabled(remote);
    m_model->setEnabled(remote);
    m_key->setEnabled(remote);
    m_providerNote->setVisible(remote);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_providerLabel->setText(tr("Answer &provider:"));
    m_provider->setItemText(0, tr("Extractive (offline, quotes the documents)"));
    m_provider->setItemText(1, tr("OpenAI-compatible server"));
    m_baseUrlLabel->setText(tr("&Base URL:"));
    m_modelLabel->setText(tr("&Model:"));
    m_keyLabel->setText(tr("API &key:"));
    m_key->setPlaceholderText(tr("Leave empty to keep the saved key"));
    m_providerNote->setText(
        qEnvironmentVariableIsEmpty(ApiKeyStore::kEnvironmentVariable)
            ? tr("The API key is kept in the system keychain, never in a settings file. When the server is "
                 "unreachable, answers fall back to the offline extractive provider.")
            : tr("The API key from the PROTOSTAR_API_KEY environment variable is used. When the server is "
                 "unreachable, answers fall back to the offline extractive provider."));
    m_folderLabel->setText(tr("&Data folder:"));
    m_folder->setPlaceholderText(tr("Default location"));
    m_browse->setText(tr("&Browse…"));
    m_folderNote->setText(tr("A new data folder is used the next time Protostar starts."));
}

} // namespace Protostar
