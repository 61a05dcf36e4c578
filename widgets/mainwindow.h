// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "engine/engineconfig.h"
#include "providers/providerfactory.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QSet>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace Protostar {

class CandidateListModel;
class CandidatePanel;
class CatalogLoader;
class ChatPanel;
class ChatService;
class CitationModel;
class DocumentListModel;
class DocumentViewer;
class FolderWatcher;
class ImportProgressModel;
class ImportProgressWidget;
class ImportService;
class LanguageManager;
class SessionListModel;
class SessionPanel;
class SourcesPanel;
class TranscriptModel;
struct Answer;
struct Error;
struct ImportOutcome;
struct ImportSummary;

// The recruiter's window: candidates and their documents, the document viewer, the streaming cited
// chat with sessions, import with progress, compare and settings. Owns the ImportService and
// ChatService (their work runs on their own threads) and reads the catalog through a CatalogLoader.
// Lives on the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    struct Options {
        bool importDemoOnFirstStart = true;
        // The database may not be written (SqliteStore::accessFor, or --read-only): questions are answered but
        // the conversation is not saved, and import, linked folders and deleting candidates are off, so the
        // window never tries a write that the file refuses.
        bool readOnly = false;
    };
    MainWindow(const EngineConfig &config, LanguageManager *language, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's size on start: 1400x860, shrunk to fit a smaller screen's available area (the title bar
    // and panels need their share), so a 1366x768 laptop does not get a window taller than its screen.
    static QSize initialSize(const QSize &available);

    // True once the index is ready, no import runs, and the candidate list shows the store; or once
    // reading the candidates failed, with the error shown (loadError()) instead of a list.
    bool isReady() const { return m_readyEmitted; }
    // Why the candidates could not be read (e.g. a damaged or newer database); empty when they were.
    QString loadError() const { return m_loadError; }

    void importPaths(const QStringList &paths);
    void ask(const QString &question, bool selectedOnly = false);
    void stopAnswer();
    void showCitation(const Citation &citation);
    void newSession();
    void openSettings();
    void openCompare();
    void openLinkedFolders();
    // Rebuilds the answer provider from the saved settings (ProviderSettings) and hands it to every
    // ChatService this window owns; called on start-up and when Settings are applied. A key from the
    // keychain is read on a pool thread: until it arrives the previous provider stays in use and the
    // status bar says so; providerConfigApplied() tells when the new config is in use.
    void applyProviderSettings();
    // The chat status line after an answer: sources or "not found" (with related passages), sentences the
    // figure guard removed, and how long the recruiter waited.
    static QString answerStatus(const Answer &answer, qint64 waitedMs);
    bool isReadingApiKey() const { return m_readingKey; }
    const ProviderConfig &providerConfig() const { return m_providerConfig; }
    FolderWatcher *folderWatcher() const { return m_watcher; }

    CandidateListModel *candidateModel() const { return m_candidates; }
    DocumentListModel *documentModel() const { return m_documents; }
    TranscriptModel *transcriptModel() const { return m_transcript; }
    CitationModel *citationModel() const { return m_citations; }
    SessionListModel *sessionModel() const { return m_sessions; }
    ImportProgressModel *importModel() const { return m_importProgress; }
    CandidatePanel *candidatePanel() const { return m_candidatePanel; }
    SessionPanel *sessionPanel() const { return m_sessionPanel; }
    ChatPanel *chatPanel() const { return m_chatPanel; }
    DocumentViewer *viewer() const { return m_viewer; }
    ImportProgressWidget *importView() const { return m_importView; }
    CatalogLoader *catalog() const { return m_catalog; }
    QDockWidget *importDock() const { return m_importDock; }

Q_SIGNALS:
    void ready();
    // Every import batch queued so far has finished and the candidate list was reloaded.
    void importsSettled();

    void answerCompleted(int requestId);
    // applyProviderSettings() finished: providerConfig() is the saved choice (with its key, if any).
    void providerConfigApplied();
    void citationShown(Protostar::ChunkId chunkId);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setTabChain();
    void retranslate();
    // The last answer's sources, or the passages a refusal offers as related (labelled so, not as sources).
    void showSources(const QList<Citation> &citations, bool related);
    void connectServices();
    void onCandidatesLoaded(const QList<Candidate> &candidates);
    void onCandidatesFailed(const Error &error);
    void onBatchFinished(int batchId, const ImportSummary &summary);
    void onAnswerFinished(int requestId, const Answer &answer);
    void onAnswerFailed(int requestId, const Error &error);
    void onTokens(int requestId, const QString &delta);
    void startAsk(const QString &question, bool selectedOnly);
    void showError(const Error &error);
    // The chat status line, recomputed on a language switch.
    void setChatStatus(std::function<QString()> text);
    // A temporary status-bar message (0: until replaced), kept as a function so a language switch
    // rewrites it for the rest of its time instead of leaving it in the language it was shown in.
    void showStatusMessage(std::function<QString()> text, int timeoutMs = 0);
    void checkReady();
    void settleImports(); // importsSettled() once no batch is pending and a reload has answered
    // Every candidate reload goes through here, so ready() can wait for the answer to the last one.
    void reloadCandidates();
    void useProviderConfig(const ProviderConfig &config, const QString &keyProblem);
    void resumeInterruptedImport();
    void connectImport();
    // Shows the import progress at a quarter of the window's height, unless it is already shown.
    void showImportDock();
    void onDemoFlagLoaded(const QString &key, const QString &value);

    EngineConfig m_config;
    Options m_options;
    LanguageManager *m_language;
    CatalogLoader *m_catalog;
    ImportService *m_import;
    ChatService *m_chat;
    FolderWatcher *m_watcher;
    ProviderConfig m_providerConfig;
    quint64 m_providerGeneration = 0; // a newer applyProviderSettings() supersedes a pending key read
    bool m_readingKey = false;
    // The citation being opened: its sentences are marked once its document arrives (CatalogLoader).
    ChunkId m_quotedChunk = 0;
    QStringList m_quoted;

    CandidateListModel *m_candidates;
    DocumentListModel *m_documents;
    TranscriptModel *m_transcript;
    CitationModel *m_citations;
    SessionListModel *m_sessions;
    ImportProgressModel *m_importProgress;

    CandidatePanel *m_candidatePanel;
    SessionPanel *m_sessionPanel;
    ChatPanel *m_chatPanel;
    DocumentViewer *m_viewer;
    SourcesPanel *m_sources;
    ImportProgressWidget *m_importView;
    QDockWidget *m_importDock;
    QLabel *m_indexStatus;
    QLabel *m_readOnlyStatus = nullptr; // only on a read-only database

    QMenu *m_fileMenu = nullptr;
    QMenu *m_candidatesMenu = nullptr;
    QMenu *m_chatMenu = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_linkFolder = nullptr;
    QAction *m_linkedFolders = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_deleteCandidate = nullptr;
    QAction *m_focusChat = nullptr;
    QAction *m_newSession = nullptr;
    QAction *m_stop = nullptr;

    SessionId m_session = 0;
    QString m_pendingQuestion;
    bool m_pendingSelectedOnly = false;
    int m_requestId = 0;
    bool m_firstToken = false;
    QSet<int> m_pendingBatches; // queued or running import batches
    bool m_settlePending = false;
    bool m_awaitingDemoDecision = false;
    int m_demoBatch = -1;
    int m_indexChunks = -1;
    bool m_candidatesLoadedOnce = false;
    // Reloads asked for and answered (the catalogue answers in order, on one thread).
    int m_candidateLoadsAsked = 0;
    int m_candidateLoadsAnswered = 0;
    bool m_demoChecked = false;
    bool m_readyEmitted = false;
    bool m_reloadQueued = false;
    QString m_loadError;
    std::function<QString()> m_chatStatus;
    std::function<QString()> m_statusMessage;
    QString m_statusShown; // what showStatusMessage() last put there: a message set elsewhere is not rewritten
    int m_statusTimeoutMs = 0;
    QElapsedTimer m_statusClock;
};

} // namespace Protostar
