// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "candidatepanel.h"
#include "chatinput.h"
#include "chatpanel.h"
#include "documentviewer.h"
#include "importprogresswidget.h"
#include "languagemanager.h"
#include "sessionpanel.h"
#include "sourcespanel.h"
#include "transcriptview.h"
#include "models/candidatelistmodel.h"
#include "models/catalogloader.h"
#include "models/citationmodel.h"
#include "models/documentlistmodel.h"
#include "models/importprogressmodel.h"
#include "models/sessionlistmodel.h"
#include "models/transcriptmodel.h"

#include "engine/chatservice.h"
#include "engine/democorpus.h"
#include "engine/folderwatcher.h"
#include "engine/importservice.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace Protostar {

namespace {

// A window told to be read-only opens every connection read-only, so the file cannot change under it at all.
EngineConfig withAccess(EngineConfig config, const MainWindow::Options &options)
{
    config.readOnly = config.readOnly || options.readOnly;
    return config;
}

} // namespace

MainWindow::MainWindow(const EngineConfig &config, LanguageManager *language, const Options &options, QWidget *parent)
    : QMainWindow(parent),
      m_config(withAccess(config, options)),
      m_options(options),
      m_language(language),
      m_catalog(new CatalogLoader(m_config.databasePath, m_config.access(), this)),
      m_import(new ImportService(m_config, this)),
      m_chat(new ChatService(m_config, this)),
      m_watcher(new FolderWatcher(m_config, m_import, this)),
      m_candidates(new CandidateListModel(this)),
      m_documents(new DocumentListModel(this)),
      m_transcript(new TranscriptModel(this)),
      m_citations(new CitationModel(this)),
      m_sessions(new SessionListModel(this)),
      m_importProgress(new ImportProgressModel(this)),
      m_candidatePanel(new CandidatePanel(m_candidates, m_documents, this)),
      m_sessionPanel(new SessionPanel(m_sessions, this)),
      m_chatPanel(new ChatPanel(m_transcript, this)),
      m_viewer(new DocumentViewer(this)),
      m_sources(new SourcesPanel(m_citations, this)),
      m_importView(new ImportProgressWidget(m_importProgress, this)),
      m_importDock(new QDockWidget(this)),
      m_indexStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_candidatePanel);
    left->addWidget(m_sessionPanel);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(m_viewer);
    middle->addWidget(m_sources);
    middle->setStretchFactor(0, 4);
    middle->setStretchFactor(1, 1);
    auto *central = new QSplitter(Qt::Horizontal, this);
    central->addWidget(left);
    central->addWidget(middle);
    central->addWidget(m_chatPanel);
    central->setSizes({380, 440, 480});
    central->setChildrenCollapsible(false);
    setCentralWidget(central);

    m_importDock->setObjectName(QStringLiteral("importDock"));
    m_importDock->setWidget(m_importView);
    m_importDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    m_importDock->hide();
    statusBar()->addPermanentWidget(m_indexStatus);
    if (m_options.readOnly) {
        m_readOnlyStatus = new QLabel(this);
        m_readOnlyStatus->setObjectName(QStringLiteral("readOnlyStatus"));
        statusBar()->addPermanentWidget(m_readOnlyStatus);
    }

    setTabChain();
    buildMenus();
    if (m_options.readOnly) {
        for (QAction *writes : {m_importFiles, m_importFolder, m_linkFolder, m_linkedFolders, m_deleteCandidate})
            writes->setEnabled(false);
        setAcceptDrops(false);
        m_sessionPanel->setReadOnly(true);
        // Conversations go on with their memory, kept in memory for this run: a reopened one adds its new turns
        // there, and a new one lives there entirely, listed as not saved.
        m_chat->setReadOnly(true);
        m_catalog->setScratchSessions(m_chat->scratchSessions());
    }
    connectServices();
    retranslate();
    resize(initialSize(screen() ? screen()->availableSize() : QSize()));

    reloadCandidates();
    m_catalog->loadDocuments({}); // with nobody selected the list shows every document
    m_catalog->loadSessions();
    if (!m_options.readOnly) {
        m_watcher->start();
        resumeInterruptedImport();
    }
    // Only an OpenAI-compatible choice touches the keychain; the default costs nothing at start-up.
    applyProviderSettings();
}

QSize MainWindow::initialSize(const QSize &available)
{
    const QSize preferred(1400, 860);
    if (!available.isValid())
        return preferred;
    return preferred.boundedTo(QSize(available.width() * 95 / 100, available.height() * 90 / 100));
}

void MainWindow::setTabChain()
{
    // Tab follows the screen, left to right and top to bottom in each column; creation order had it jump
    // from the sessions to the chat and back to the document viewer, and reach the transcript before the scope.
    const QList<QWidget *> chain{
        m_candidatePanel->searchField(),
        m_candidatePanel->candidateView(),
        m_candidatePanel->documentView(),
        m_sessionPanel->view(),
        m_sessionPanel->findChild<QWidget *>(QStringLiteral("newSession")),
        m_sessionPanel->findChild<QWidget *>(QStringLiteral("renameSession")),
        m_sessionPanel->findChild<QWidget *>(QStringLiteral("deleteSession")),
        m_viewer->findChild<QWidget *>(QStringLiteral("documentText")),
        m_sources->view(),
        m_chatPanel->findChild<QWidget *>(QStringLiteral("scope")),
        m_chatPanel->transcriptView(),
        m_chatPanel->input(),
        m_chatPanel->findChild<QWidget *>(QStringLiteral("send")),
        m_chatPanel->findChild<QWidget *>(QStringLiteral("stop")),
        // The import dock below: its buttons sit above its table.
        m_importView->findChild<QWidget *>(QStringLiteral("cancelImport")),
        m_importView->findChild<QWidget *>(QStringLiteral("hideImport")),
        m_importView->findChild<QWidget *>(QStringLiteral("importTable")),
    };
    Q_ASSERT(!chain.contains(nullptr));
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

MainWindow::~MainWindow()
{
    // Services join their threads in their destructors; stop generation first so that is quick.
    m_chat->cancel();
    m_import->cancel();
}

void MainWindow::connectServices()
{
    connectImport();
    connect(m_catalog, &CatalogLoader::candidatesLoaded, this, &MainWindow::onCandidatesLoaded);
    connect(m_catalog, &CatalogLoader::candidatesFailed, this, &MainWindow::onCandidatesFailed);

    connect(m_catalog, &CatalogLoader::skillsLoaded, m_candidates, &CandidateListModel::setSkills);
    connect(m_catalog, &CatalogLoader::documentsLoaded, m_documents, &DocumentListModel::setSnapshot);
    connect(m_catalog, &CatalogLoader::documentLoaded, this,
            [this](const Document &d, const QList<Chunk> &chunks, ChunkId focus) {
                m_viewer->showDocument(d, chunks, focus, focus != 0 && focus == m_quotedChunk ? m_quoted : QStringList{});
                if (focus)
                    Q_EMIT citationShown(focus);
            });
    connect(m_catalog, &CatalogLoader::sessionsLoaded, m_sessions, &SessionListModel::setSnapshot);
    connect(m_catalog, &CatalogLoader::turnsLoaded, this, [this](SessionId id, const QList<Turn> &turns) {
        if (id != m_session)
            return;
        m_transcript->setTurns(turns);
        // As when it was answered: the last answer's sources, or a refusal's related passages.
        if (turns.isEmpty())
            showSources({}, false);
        else if (turns.last().found)
            showSources(TranscriptModel::citationsFromJson(turns.last().citationsJson), false);
        else
            showSources(TranscriptModel::citationsFromJson(turns.last().relatedJson), true);
    });
    connect(m_catalog, &CatalogLoader::sessionCreated, this, [this](SessionId id) {
        m_session = id;
        m_sessionPanel->setCurrentSession(id);
        if (!m_pendingQuestion.isEmpty())
            startAsk(std::exchange(m_pendingQuestion, QString()), m_pendingSelectedOnly);
    });
    connect(m_catalog, &CatalogLoader::candidateDeleted, this, [this](CandidateId id) {
        m_chat->reloadIndex();
        // Only the deleted candidate's document goes; someone else's being read stays open.
        if (m_viewer->candidateId() == id)
            m_viewer->clear();
        m_catalog->loadDocuments(m_candidatePanel->selectedCandidates());
    });
    connect(m_catalog, &CatalogLoader::failed, this, &MainWindow::showError);
    connect(m_catalog, &CatalogLoader::valueLoaded, this, &MainWindow::onDemoFlagLoaded);

    connect(m_sessions, &SessionListModel::renameRequested, m_catalog, &CatalogLoader::renameSession);
    connect(m_candidatePanel, &CandidatePanel::selectionChanged, this, [this](const QList<CandidateId> &ids) {
        m_chatPanel->setSelectedCount(int(ids.size()));
        m_catalog->loadDocuments(ids);
    });
    connect(m_candidatePanel, &CandidatePanel::documentActivated, this,
            [this](DocumentId id) { m_catalog->loadDocument(id); });
    connect(m_sessionPanel, &SessionPanel::sessionOpened, this, [this](SessionId id) {
        if (m_chatPanel->isBusy())
            stopAnswer();
        m_session = id;
        m_catalog->loadTurns(id);
    });
    connect(m_sessionPanel, &SessionPanel::newSessionRequested, this, &MainWindow::newSession);
    connect(m_sessionPanel, &SessionPanel::writeRefused, this, [this] {
        showStatusMessage([] { return tr("This database is read-only, so conversations cannot be renamed or deleted. "
                                         "Open a copy you may write with --db."); },
                          10000);
    });
    connect(m_sessionPanel, &SessionPanel::deleteRequested, this, [this](SessionId id) {
        if (QMessageBox::question(this, tr("Delete conversation"), tr("Delete this conversation and its history?"))
            != QMessageBox::Yes)
            return;
        if (id == m_session)
            newSession();
        m_catalog->deleteSession(id);
    });
    connect(m_chatPanel, &ChatPanel::askRequested, this, &MainWindow::ask);
    connect(m_chatPanel, &ChatPanel::stopRequested, this, &MainWindow::stopAnswer);
    connect(m_chatPanel, &ChatPanel::citationActivated, this, &MainWindow::showCitation);
    connect(m_sources, &SourcesPanel::citationActivated, this, &MainWindow::showCitation);

    connect(m_chat, &ChatService::tokensReceived, this, &MainWindow::onTokens);
    connect(m_chat, &ChatService::answerFinished, this, &MainWindow::onAnswerFinished);
    connect(m_chat, &ChatService::answerFailed, this, &MainWindow::onAnswerFailed);
    connect(m_chat, &ChatService::indexReady, this, [this](int chunks) {
        m_indexChunks = chunks;
        m_indexStatus->setText(tr("Index: %n passage(s)", nullptr, chunks));
        checkReady();
    });

}

void MainWindow::onCandidatesLoaded(const QList<Candidate> &candidates)
{
    ++m_candidateLoadsAnswered;
    m_loadError.clear();
    m_candidatePanel->setLoadError({});
    m_chatPanel->setUnreadableDatabase({});
    m_candidates->setSnapshot(candidates);
    m_chatPanel->transcriptView()->setHasDocuments(!candidates.isEmpty());
    m_candidatesLoadedOnce = true;
    if (!m_demoChecked) {
        m_demoChecked = true;
        if (m_options.importDemoOnFirstStart && !m_options.readOnly && candidates.isEmpty()) {
            m_awaitingDemoDecision = true;
            m_catalog->loadValue(DemoCorpus::importedKey());
            return; // checkReady() after the answer
        }
    }
    settleImports();
    checkReady();
}

void MainWindow::settleImports()
{
    if (m_pendingBatches.isEmpty() && m_settlePending) {
        m_settlePending = false;
        Q_EMIT importsSettled();
    }
}

void MainWindow::onCandidatesFailed(const Error &error)
{
    ++m_candidateLoadsAnswered;
    m_candidatesLoadedOnce = true;
    m_loadError = error.message;
    m_candidatePanel->setLoadError(error.message, QDir::toNativeSeparators(m_config.databasePath));
    m_indexStatus->setText(tr("No index: the database could not be read"));
    m_chatPanel->setUnreadableDatabase(m_config.databasePath);
    // The chat's index is read from the same store and will not arrive either: ready() must not wait for it.
    m_demoChecked = true;
    // Imports that finished before this reload are settled too: the list they asked for is this error.
    settleImports();
    checkReady();
}

void MainWindow::checkReady()
{
    // An index refresh can land after the last import but before the candidate list has been reloaded:
    // ready() then would show an empty or stale list, so it also waits for the last reload's answer.
    // A store that cannot be read is ready as it is: the error is the state to show.
    const bool indexAwaited = m_indexChunks < 0 && m_loadError.isEmpty();
    if (m_readyEmitted || !m_candidatesLoadedOnce || indexAwaited || !m_pendingBatches.isEmpty()
        || m_awaitingDemoDecision || m_candidateLoadsAnswered < m_candidateLoadsAsked)
        return;
    m_readyEmitted = true;
    Q_EMIT ready();
}

void MainWindow::reloadCandidates()
{
    ++m_candidateLoadsAsked;
    m_catalog->loadCandidates();
}

void MainWindow::showError(const Error &error)
{
    showStatusMessage([message = error.message] { return message; }, 15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_chat->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace Protostar
