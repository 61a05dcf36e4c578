// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "store/sqlitedatabase.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Protostar {

class ScratchSessions;
class Store;

// Reads and small writes of the catalog (candidates, documents, sessions, turns) off the GUI thread:
// each call runs on a private one-thread pool (so calls keep their order) with that thread's own
// SqliteStore, and answers by a signal on the thread that created the loader (the GUI thread).
// Stale document loads are dropped by generation. The destructor waits for running work.
class CatalogLoader final : public QObject
{
    Q_OBJECT
public:
    // Opened as the user's rights allow (SqliteStore::accessFor).
    explicit CatalogLoader(const QString &databasePath, QObject *parent = nullptr);
    // `access`: how each of its connections opens the file (EngineConfig::access).
    CatalogLoader(const QString &databasePath, SqliteDatabase::Access access, QObject *parent = nullptr);
    ~CatalogLoader() override;

    QString databasePath() const { return m_databasePath; }
    // A read-only database: every later call reads and writes conversations through a ScratchStore over these
    // in-memory ones (ChatService::scratchSessions()), and nothing is written to the file.
    void setScratchSessions(std::shared_ptr<ScratchSessions> scratch) { m_scratch = std::move(scratch); }

    void loadCandidates();
    // Documents of these candidates; empty = every document.
    void loadDocuments(const QList<CandidateId> &candidates);
    // The document's text and chunks; `focus` is carried back so the viewer can highlight it.
    void loadDocument(DocumentId id, ChunkId focus = 0);
    void loadSessions();
    void loadTurns(SessionId id);
    void createSession(const QString &title);
    void renameSession(SessionId id, const QString &title);
    void deleteSession(SessionId id);
    void deleteCandidate(CandidateId id);
    // The store's key/value settings (e.g. DemoCorpus::importedKey()).
    void loadValue(const QString &key);
    void setValue(const QString &key, const QString &value);

Q_SIGNALS:
    // loadCandidates() answers with skillsLoaded() (Store::candidateSkills) just before candidatesLoaded().
    void skillsLoaded(const QHash<Protostar::CandidateId, QStringList> &skills);
    void candidatesLoaded(const QList<Protostar::Candidate> &candidates);
    void documentsLoaded(const QList<Protostar::DocumentInfo> &documents);
    void documentLoaded(const Protostar::Document &document, const QList<Protostar::Chunk> &chunks,
                        Protostar::ChunkId focus);
    void sessionsLoaded(const QList<Protostar::Session> &sessions);
    void turnsLoaded(Protostar::SessionId id, const QList<Protostar::Turn> &turns);
    void sessionCreated(Protostar::SessionId id);
    void candidateDeleted(Protostar::CandidateId id);
    void valueLoaded(const QString &key, const QString &value);
    void failed(const Protostar::Error &error);
    // loadCandidates() could not read the store (after failed()): the window must not wait for a list.
    void candidatesFailed(const Protostar::Error &error);

private:
    // Runs `work` on the pool with that thread's store; `done` runs on this object's thread unless
    // `*generation` moved on meanwhile. An Error from `work` becomes failed(), then `onError` if given.
    template<typename T>
    void run(std::function<Result<T>(Store &)> work, std::function<void(const T &)> done,
             const int *generation = nullptr, std::function<void(const Error &)> onError = {});

    QString m_databasePath;
    SqliteDatabase::Access m_access;
    std::shared_ptr<ScratchSessions> m_scratch;
    QThreadPool m_pool;
    int m_documentsGeneration = 0;
    int m_documentGeneration = 0;
};

} // namespace Protostar
