// SPDX-License-Identifier: MIT
#include "engine/chatservice.h"

#include "core/logging.h"
#include "core/tr.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/sessionmemory.h"
#include "providers/extractiveanswerprovider.h"
#include "rag/conversationmemory.h"
#include "store/scratchstore.h"
#include "store/sqlitestore.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>

namespace Protostar {

namespace {

// Tokens are batched so a fast provider does not flood the GUI thread with one event per piece.
constexpr qint64 kBatchMs = 30;

} // namespace

// Owned by the service's worker thread: its store connection, provider and the answering pipeline.
class ChatWorker : public QObject
{
    Q_OBJECT
public:
    ChatWorker(const EngineConfig &config, std::shared_ptr<KnowledgeBase> knowledge, std::shared_ptr<ScratchSessions> scratch)
        : m_config(config), m_knowledge(std::move(knowledge)), m_scratch(std::move(scratch))
    {
        m_providerConfig.kind = config.provider;
    }

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    void setProviderConfig(const ProviderConfig &config)
    {
        m_providerConfig = config;
        m_provider.reset();
    }

    void reload()
    {
        if (!ensureStore())
            return;
        auto count = m_knowledge->load(*m_store);
        if (!count) {
            qCWarning(lcEngine) << "index not loaded:" << count.error().toString();
            return;
        }
        Q_EMIT indexReady(*count);
    }

    void refresh(DocumentId id)
    {
        if (!ensureStore())
            return;
        if (auto r = m_knowledge->refreshDocument(*m_store, id); !r)
            qCWarning(lcEngine) << "document" << id << "not refreshed:" << r.error().toString();
        else
            Q_EMIT indexReady(m_knowledge->size());
    }

    void run(int requestId, const Question &question, std::shared_ptr<std::atomic_bool> cancelled)
    {
        if (*cancelled) {
            Q_EMIT failed(requestId, makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled.")));
            return;
        }
        if (!ensureStore()) {
            Q_EMIT failed(requestId, m_storeError);
            return;
        }
        if (!m_provider) {
            auto provider = ProviderFactory::create(m_providerConfig, {});
            if (!provider) {
                Q_EMIT failed(requestId, provider.error());
                return;
            }
            m_provider = std::move(provider).value();
        }
        QString pending;
        QElapsedTimer sinceFlush;
        sinceFlush.start();
        auto flush = [&] {
            if (!pending.isEmpty() && !*cancelled)
                Q_EMIT tokens(requestId, pending);
            pending.clear();
            sinceFlush.restart();
        };
        auto sink = [&](const QString &delta) {
            pending += delta;
            if (sinceFlush.elapsed() >= kBatchMs)
                flush();
        };
        // A database that may not be written keeps its conversations in memory (ScratchStore): they remember, and
        // are not saved.
        const bool scratch = m_readOnly || m_store->isReadOnly();
        if (scratch && !m_scratchStore)
            m_scratchStore = std::make_unique<ScratchStore>(*m_store, m_scratch);
        Store *store = scratch ? static_cast<Store *>(m_scratchStore.get()) : m_store.get();
        QuestionAnswerer answerer(*m_knowledge, *m_provider, store, AnswererOptions{});
        AnswerTrace trace;
        auto answer = answerer.answer(question, sink, cancelled.get(), &trace);
        flush();
        if (*cancelled) {
            Q_EMIT failed(requestId, makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled.")));
            return;
        }
        if (!answer) {
            Q_EMIT failed(requestId, answer.error());
            return;
        }
        if (trace.turnId != 0 && !scratch)
            SessionMemory::compressTurnAsync(m_config.databasePath, question.session, trace.turnId);
        Q_EMIT finished(requestId, *answer);
        if (trace.turnId != 0 && scratch)
            compressScratchTurn(*store, question.session, trace.turnId);
    }

Q_SIGNALS:
    void tokens(int requestId, const QString &delta);
    void finished(int requestId, const Protostar::Answer &answer);
    void failed(int requestId, const Protostar::Error &error);
    void indexReady(int chunkCount);

private:
    // The pool that summarises stored turns opens the file; a turn kept in memory is summarised here, after its
    // answer went out (the extractive summary costs next to nothing, and the next question waits for it anyway).
    static void compressScratchTurn(Store &store, SessionId session, TurnId turn)
    {
        ExtractiveTurnCompressor compressor;
        if (auto r = SessionMemory::compressTurn(store, session, turn, compressor); !r)
            qCWarning(lcEngine) << "turn" << turn << "not summarised:" << r.error().toString();
    }

    bool ensureStore()
    {
        if (m_store)
            return true;
        auto store = SqliteStore::open(m_config.databasePath, m_config.access());
        if (!store) {
            m_storeError = store.error();
            qCWarning(lcEngine) << "chat store not opened:" << m_storeError.toString();
            return false;
        }
        m_store = std::move(store).value();
        return true;
    }

    EngineConfig m_config;
    ProviderConfig m_providerConfig;
    std::shared_ptr<KnowledgeBase> m_knowledge;
    std::unique_ptr<SqliteStore> m_store;
    std::shared_ptr<ScratchSessions> m_scratch;
    std::unique_ptr<ScratchStore> m_scratchStore; // over m_store, once the database turns out read-only
    std::unique_ptr<AnswerProvider> m_provider;
    Error m_storeError;
    bool m_readOnly = false;
};

class ChatService::Private
{
public:
    QThread thread;
    ChatWorker *worker = nullptr;
    std::shared_ptr<KnowledgeBase> knowledge = std::make_shared<KnowledgeBase>();
    std::shared_ptr<ScratchSessions> scratch = std::make_shared<ScratchSessions>();
    int nextRequest = 0;
    QMutex mutex;
    std::shared_ptr<std::atomic_bool> running; // cancel flag of the newest question
};

ChatService::ChatService(const EngineConfig &config, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<Protostar::Answer>();
    qRegisterMetaType<Protostar::Error>();
    d->worker = new ChatWorker(config, d->knowledge, d->scratch);
    d->worker->moveToThread(&d->thread);
    connect(d->worker, &ChatWorker::tokens, this, &ChatService::tokensReceived, Qt::QueuedConnection);
    connect(d->worker, &ChatWorker::finished, this, &ChatService::answerFinished, Qt::QueuedConnection);
    connect(d->worker, &ChatWorker::failed, this, &ChatService::answerFailed, Qt::QueuedConnection);
    connect(d->worker, &ChatWorker::indexReady, this, &ChatService::indexReady, Qt::QueuedConnection);
    d->thread.setObjectName(QStringLiteral("ChatService"));
    d->thread.start();
    reloadIndex();
}

ChatService::~ChatService()
{
    cancel();
    d->thread.quit();
    d->thread.wait();
    delete d->worker;
}

int ChatService::ask(const Question &question)
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    int id = 0;
    {
        QMutexLocker lock(&d->mutex);
        if (d->running)
            *d->running = true;
        d->running = flag;
        id = ++d->nextRequest;
    }
    ChatWorker *worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker, id, question, flag] { worker->run(id, question, flag); }, Qt::QueuedConnection);
    return id;
}

void ChatService::setProviderConfig(const ProviderConfig &config)
{
    ChatWorker *worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker, config] { worker->setProviderConfig(config); }, Qt::QueuedConnection);
}

std::shared_ptr<ScratchSessions> ChatService::scratchSessions() const
{
    return d->scratch;
}

void ChatService::setReadOnly(bool readOnly)
{
    ChatWorker *worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker, readOnly] { worker->setReadOnly(readOnly); }, Qt::QueuedConnection);
}

void ChatService::cancel()
{
    QMutexLocker lock(&d->mutex);
    if (d->running)
        *d->running = true;
}

void ChatService::refreshDocument(DocumentId documentId)
{
    ChatWorker *worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker, documentId] { worker->refresh(documentId); }, Qt::QueuedConnection);
}

void ChatService::reloadIndex()
{
    ChatWorker *worker = d->worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->reload(); }, Qt::QueuedConnection);
}

} // namespace Protostar

#include "chatservice.moc"
