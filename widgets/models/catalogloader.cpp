// SPDX-License-Identifier: MIT
#include "models/catalogloader.h"

#include "core/tr.h"
#include "store/scratchstore.h"
#include "store/sqlitestore.h"

#include <QFuture>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <variant>

namespace Protostar {

namespace {

// One connection per pool thread and database file, opened on first use, closed when the thread ends.
Result<Store *> storeFor(const QString &path, SqliteDatabase::Access access)
{
    thread_local QHash<QString, std::shared_ptr<SqliteStore>> stores;
    const QString key = path + (access == SqliteDatabase::Access::ReadOnly ? QStringLiteral("\n(read-only)") : QString());
    if (auto it = stores.constFind(key); it != stores.constEnd())
        return static_cast<Store *>(it->get());
    auto opened = SqliteStore::open(path, access);
    if (!opened)
        return opened.error();
    std::shared_ptr<SqliteStore> store(std::move(opened).value().release());
    stores.insert(key, store);
    return static_cast<Store *>(store.get());
}

} // namespace

CatalogLoader::CatalogLoader(const QString &databasePath, QObject *parent)
    : CatalogLoader(databasePath, SqliteStore::accessFor(databasePath), parent)
{
}

CatalogLoader::CatalogLoader(const QString &databasePath, SqliteDatabase::Access access, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_access(access)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("CatalogLoader"));
}

CatalogLoader::~CatalogLoader()
{
    m_pool.waitForDone();
}

template<typename T>
void CatalogLoader::run(std::function<Result<T>(Store &)> work, std::function<void(const T &)> done,
                        const int *generation, std::function<void(const Error &)> onError)
{
    const int stamp = generation ? *generation : 0;
    QtConcurrent::run(&m_pool, [work = std::move(work), path = m_databasePath, access = m_access, scratch = m_scratch]() -> Result<T> {
        auto store = storeFor(path, access);
        if (!store)
            return store.error();
        if (scratch) {
            ScratchStore inMemory(**store, scratch);
            return work(inMemory);
        }
        return work(**store);
    }).then(this, [this, done = std::move(done), onError = std::move(onError), stamp, generation](const Result<T> &result) {
        if (generation && *generation != stamp)
            return; // the user has moved on to another selection
        if (!result) {
            Q_EMIT failed(result.error());
            if (onError)
                onError(result.error());
        } else
            done(result.value());
    });
}

struct CandidatesAndSkills {
    QList<Candidate> candidates;
    QHash<CandidateId, QStringList> skills;
};

void CatalogLoader::loadCandidates()
{
    run<CandidatesAndSkills>(
        [](Store &s) -> Result<CandidatesAndSkills> {
            auto candidates = s.candidates();
            if (!candidates)
                return candidates.error();
            auto skills = s.candidateSkills();
            if (!skills)
                return skills.error();
            return CandidatesAndSkills{*candidates, *skills};
        },
        [this](const CandidatesAndSkills &loaded) {
            // Skills first, so rows the list inserts show theirs at once.
            Q_EMIT skillsLoaded(loaded.skills);
            Q_EMIT candidatesLoaded(loaded.candidates);
        },
        nullptr, [this](const Error &e) { Q_EMIT candidatesFailed(e); });
}

void CatalogLoader::loadDocuments(const QList<CandidateId> &candidates)
{
    ++m_documentsGeneration;
    run<QList<DocumentInfo>>(
        [candidates](Store &s) -> Result<QList<DocumentInfo>> {
            if (candidates.isEmpty())
                return s.documents(std::nullopt);
            QList<DocumentInfo> all;
            for (CandidateId id : candidates) {
                auto docs = s.documents(id);
                if (!docs)
                    return docs.error();
                all.append(*docs);
            }
            return all;
        },
        [this](const QList<DocumentInfo> &d) { Q_EMIT documentsLoaded(d); }, &m_documentsGeneration);
}

struct LoadedDocument {
    Document document;
    QList<Chunk> chunks;
};

void CatalogLoader::loadDocument(DocumentId id, ChunkId focus)
{
    ++m_documentGeneration;
    run<LoadedDocument>(
        [id](Store &s) -> Result<LoadedDocument> {
            auto doc = s.document(id);
            if (!doc)
                return doc.error();
            auto chunks = s.chunks(id);
            if (!chunks)
                return chunks.error();
            return LoadedDocument{*doc, *chunks};
        },
        [this, focus](const LoadedDocument &l) { Q_EMIT documentLoaded(l.document, l.chunks, focus); },
        &m_documentGeneration);
}

void CatalogLoader::loadSessions()
{
    run<QList<Session>>([](Store &s) { return s.sessions(); },
                        [this](const QList<Session> &list) { Q_EMIT sessionsLoaded(list); });
}

void CatalogLoader::loadTurns(SessionId id)
{
    run<QList<Turn>>([id](Store &s) { return s.turns(id); },
                     [this, id](const QList<Turn> &turns) { Q_EMIT turnsLoaded(id, turns); });
}

void CatalogLoader::createSession(const QString &title)
{
    run<SessionId>([title](Store &s) { return s.createSession(title); },
                   [this](const SessionId &id) { Q_EMIT sessionCreated(id); });
    loadSessions();
}

void CatalogLoader::renameSession(SessionId id, const QString &title)
{
    run<bool>(
        [id, title](Store &s) -> Result<bool> {
            if (auto r = s.renameSession(id, title); !r)
                return r.error();
            return true;
        },
        [](const bool &) {});
    loadSessions();
}

void CatalogLoader::deleteSession(SessionId id)
{
    run<bool>(
        [id](Store &s) -> Result<bool> {
            if (auto r = s.deleteSession(id); !r)
                return r.error();
            return true;
        },
        [](const bool &) {});
    loadSessions();
}

void CatalogLoader::deleteCandidate(CandidateId id)
{
    run<bool>(
        [id](Store &s) -> Result<bool> {
            if (auto r = s.deleteCandidate(id); !r)
                return r.error();
            return true;
        },
        [this, id](const bool &) { Q_EMIT candidateDeleted(id); });
    loadCandidates();
}

void CatalogLoader::loadValue(const QString &key)
{
    run<QString>([key](Store &s) { return s.value(key, QString()); },
                 [this, key](const QString &value) { Q_EMIT valueLoaded(key, value); });
}

void CatalogLoader::setValue(const QString &key, const QString &value)
{
    run<bool>(
        [key, value](Store &s) -> Result<bool> {
            if (auto r = s.setValue(key, value); !r)
                return r.error();
            return true;
        },
        [](const bool &) {});
}

} // namespace Protostar
