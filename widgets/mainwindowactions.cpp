// SPDX-License-Identifier: MIT
// MainWindow's menus, shortcuts, dialogs and retranslation (kept apart from the data flow in mainwindow.cpp).
#include "mainwindow.h"

#include "candidatepanel.h"
#include "chatpanel.h"
#include "comparedialog.h"
#include "languagemanager.h"
#include "linkedfoldersdialog.h"
#include "providersettings.h"
#include "settingsdialog.h"
#include "models/candidatelistmodel.h"
#include "models/catalogloader.h"

#include "engine/chatservice.h"
#include "engine/folderwatcher.h"
#include "ingest/documentreader.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace Protostar {

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importFiles = m_fileMenu->addAction(QString(), this, [this] {
        QStringList patterns;
        for (const QString &suffix : DocumentReader::supportedSuffixes())
            patterns << QStringLiteral("*.") + suffix;
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import documents"), {},
            tr("Documents (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;") + tr("All files (*)"));
        importPaths(files);
    });
    m_importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolder = m_fileMenu->addAction(QString(), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder"));
        if (!dir.isEmpty())
            importPaths({dir});
    });
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_linkFolder = m_fileMenu->addAction(QString(), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Link a folder"));
        if (dir.isEmpty())
            return;
        if (auto linked = m_watcher->linkFolder(dir); !linked)
            showError(linked.error());
        else
            showStatusMessage([dir] { return tr("Watching %1: new and changed files are imported in the background.").arg(dir); },
                              10000);
    });
    m_linkedFolders = m_fileMenu->addAction(QString(), this, &MainWindow::openLinkedFolders);
    m_fileMenu->addSeparator();
    m_settings = m_fileMenu->addAction(QString(), this, &MainWindow::openSettings);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_candidatesMenu = menuBar()->addMenu(QString());
    m_find = m_candidatesMenu->addAction(QString(), m_candidatePanel, &CandidatePanel::focusSearch);
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_compare = m_candidatesMenu->addAction(QString(), this, &MainWindow::openCompare);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_candidatesMenu->addSeparator();
    m_deleteCandidate = m_candidatesMenu->addAction(QString(), this, [this] {
        const QList<CandidateId> ids = m_candidatePanel->selectedCandidates();
        if (ids.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Delete candidates"),
                                  tr("Delete %n candidate(s) with all their documents? This cannot be undone.",
                                     nullptr, int(ids.size())))
            != QMessageBox::Yes)
            return;
        for (CandidateId id : ids)
            m_catalog->deleteCandidate(id);
    });
    // Del, as in the sessions list, but only where the candidates have the focus: elsewhere it deletes a
    // character or a conversation.
    m_deleteCandidate->setShortcut(QKeySequence::Delete);
    m_deleteCandidate->setShortcutContext(Qt::WidgetShortcut);
    m_candidatePanel->candidateView()->addAction(m_deleteCandidate);

    m_chatMenu = menuBar()->addMenu(QString());
    m_focusChat = m_chatMenu->addAction(QString(), m_chatPanel, &ChatPanel::focusInput);
    m_focusChat->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_newSession = m_chatMenu->addAction(QString(), this, &MainWindow::newSession);
    m_newSession->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_stop = m_chatMenu->addAction(QString(), this, &MainWindow::stopAnswer);
    // Only enabled while an answer streams, so Esc keeps its meaning everywhere else.
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setEnabled(false);
    m_chatMenu->addSeparator();
    m_chatMenu->addAction(m_importDock->toggleViewAction());
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (m_language)
        dialog.setLanguageInUse(m_language->language());
    connect(&dialog, &SettingsDialog::languageChosen, this, [this](const QString &language) {
        if (m_language)
            m_language->setLanguage(language);
    });
    connect(&dialog, &SettingsDialog::providerChanged, this, &MainWindow::applyProviderSettings);
    dialog.exec();
}

void MainWindow::applyProviderSettings()
{
    const ProviderConfig config = ProviderSettings::saved();
    const quint64 generation = ++m_providerGeneration;
    if (!ProviderSettings::needsKeychain(config)) {
        useProviderConfig(config, QString());
        return;
    }
    m_readingKey = true;
    showStatusMessage([] { return tr("Reading the API key…"); });
    ProviderSettings::readKey(config.openai.baseUrl)
        .then(this, [this, config, generation](const ProviderSettings::KeyOutcome &outcome) {
            if (generation != m_providerGeneration)
                return; // Settings were applied again meanwhile; that read wins
            ProviderConfig withKey = config;
            withKey.openai.apiKey = outcome.key;
            useProviderConfig(withKey, outcome.problem);
        });
}

void MainWindow::useProviderConfig(const ProviderConfig &config, const QString &keyProblem)
{
    const bool wasReading = m_readingKey;
    m_readingKey = false;
    m_providerConfig = config;
    m_chat->setProviderConfig(m_providerConfig);
    for (CompareDialog *compare : findChildren<CompareDialog *>())
        compare->setProviderConfig(m_providerConfig);
    if (!keyProblem.isEmpty())
        showStatusMessage([keyProblem] { return keyProblem; }, 15000);
    else if (wasReading && statusBar()->currentMessage() == tr("Reading the API key…"))
        statusBar()->clearMessage(); // only our own note: a newer message stays
    Q_EMIT providerConfigApplied();
}

void MainWindow::openLinkedFolders()
{
    LinkedFoldersDialog dialog(m_watcher, this);
    dialog.exec();
}

void MainWindow::openCompare()
{
    auto *dialog = new CompareDialog(m_config, m_candidates->candidates(), m_candidatePanel->selectedCandidates(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProviderConfig(m_providerConfig);
    connect(dialog, &CompareDialog::citationActivated, this, &MainWindow::showCitation);
    dialog->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Protostar — candidates' documents, answered with sources"));
    if (m_chatStatus)
        m_chatPanel->setStatus(m_chatStatus());
    m_fileMenu->setTitle(tr("&File"));
    m_importFiles->setText(tr("&Import Files…"));
    m_importFolder->setText(tr("Import &Folder…"));
    m_linkFolder->setText(tr("&Link Folder (watch for changes)…"));
    m_linkedFolders->setText(tr("Linked F&olders…"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_candidatesMenu->setTitle(tr("&Candidates"));
    m_find->setText(tr("&Find Candidate"));
    m_compare->setText(tr("&Compare Candidates…"));
    m_deleteCandidate->setText(tr("&Delete Selected Candidates…"));
    m_chatMenu->setTitle(tr("C&hat"));
    m_focusChat->setText(tr("&Ask a Question"));
    m_newSession->setText(tr("&New Conversation"));
    m_stop->setText(tr("&Stop Generating"));
    m_importDock->setWindowTitle(tr("Import progress"));
    m_importDock->toggleViewAction()->setText(tr("Show &Import Progress"));
    if (m_readOnlyStatus) {
        m_readOnlyStatus->setText(tr("Read-only database"));
        m_readOnlyStatus->setToolTip(tr("This file may not be written: questions are answered, but conversations are "
                                        "not saved and nothing can be imported or deleted."));
    }
    if (m_indexChunks >= 0)
        m_indexStatus->setText(tr("Index: %n passage(s)", nullptr, m_indexChunks));
    else if (!m_loadError.isEmpty())
        m_indexStatus->setText(tr("No index: the database could not be read"));
    else
        m_indexStatus->setText(tr("Preparing the index…"));
    // Still showing (not expired, not replaced by someone else's message): shown again, translated, for
    // the time it had left.
    if (m_statusMessage && !m_statusShown.isEmpty() && statusBar()->currentMessage() == m_statusShown) {
        const int left = m_statusTimeoutMs > 0 ? int(qMax<qint64>(1, m_statusTimeoutMs - m_statusClock.elapsed())) : 0;
        m_statusShown = m_statusMessage();
        statusBar()->showMessage(m_statusShown, left);
    }
}

void MainWindow::showStatusMessage(std::function<QString()> text, int timeoutMs)
{
    m_statusMessage = std::move(text);
    m_statusShown = m_statusMessage();
    m_statusTimeoutMs = timeoutMs;
    m_statusClock.start();
    statusBar()->showMessage(m_statusShown, timeoutMs);
}

} // namespace Protostar
