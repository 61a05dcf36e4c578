// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "rag/conversationmemory.h"
#include "rag/followupresolver.h"

#include <QFuture>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace Protostar {

class AnswerProvider;
class Store;

// What memory gives the pipeline before it answers one question of a session.
struct SessionRecall {
    MemoryContext memory;  // -> AnswerRequest::memory = memory.summaries, AnswerRequest::lastTurn = memory.lastTurn
    ResolvedQuery query;   // -> retrieve with query.query, SearchOptions::candidates = query.candidates
};

// How one background compression ended. `error` is set when nothing was stored.
struct CompressionOutcome {
    SessionId sessionId = 0;
    TurnId turnId = 0;
    qint64 summaryId = 0;
    QString summary;
    QString compressor;           // "extractive" or "llm:<provider id>"
    std::optional<Error> error;
};

// Made on the pool thread, so a network provider lives on the thread that uses it.
using TurnCompressorFactory = std::function<std::unique_ptr<TurnCompressor>()>;

// Glue between a session in a Store and conversation memory. Static functions; the Store& ones run
// on the caller's thread with the caller's connection, compressTurnAsync on a low-priority pool.
//
// How the answering pipeline uses it, per question of session S:
//   1. before retrieval:  auto recall = SessionMemory::recall(store, S, question.text);
//                         retrieve recall->query.query, restricted to recall->query.candidates when
//                         not empty and the user chose no candidates; put recall->memory into the
//                         AnswerRequest (summaries + last turn, never the whole history).
//                         The completed query is for RETRIEVAL ONLY (bench_memory measured the appended
//                         names lowering support until follow-ups were refused); recall->query.judged (the
//                         people meant, named, and the question without its pointing words) is what names
//                         candidates and is judged. The provider and the recorded turn keep the question as asked.
//   2. after appendTurn:  SessionMemory::compressTurnAsync(config.databasePath, S, turnId);
//                         (fire and forget; optionally .then(context, …) on the returned future).
class SessionMemory
{
public:
    // The session's turns, oldest first, with citations parsed from Turn::citationsJson.
    static Result<QList<TurnRecord>> turnRecords(Store &store, SessionId session);
    // Summaries of every earlier turn + the last turn verbatim (empty for a new session).
    static Result<MemoryContext> load(Store &store, SessionId session);
    // load() plus the follow-up resolution of `question` against the session's summaries (a turn whose
    // summary is not stored yet is summarised on the spot) and the store's candidate names.
    static Result<SessionRecall> recall(Store &store, SessionId session, const QString &question);

    // Compresses one stored turn with `compressor` and stores the summary. Synchronous.
    static Result<CompressionOutcome> compressTurn(Store &store, SessionId session, TurnId turn,
                                                   TurnCompressor &compressor);
    // The same on pool() with its own SqliteStore on `databasePath`. No factory = ExtractiveTurnCompressor.
    // Never fails silently: the outcome carries the error, which is also logged.
    static QFuture<CompressionOutcome> compressTurnAsync(const QString &databasePath, SessionId session, TurnId turn,
                                                         TurnCompressorFactory factory = {});
    // When only the turn id is at hand: finds its session first (newest sessions searched first).
    static QFuture<CompressionOutcome> compressTurnAsync(const QString &databasePath, TurnId turn,
                                                         TurnCompressorFactory factory = {});

    // One thread at QThread::LowestPriority: summaries never compete with answering, and a
    // session's summaries are written in the order its turns were.
    static QThreadPool *pool();

    static QList<Citation> citationsFromJson(const QByteArray &json);
    static TurnRecord toRecord(const Turn &turn);
};

// The LLM path of compression: asks an AnswerProvider (e.g. the OpenAI-compatible one) to summarise
// the turn, and keeps its text only when every figure of the answer survives verbatim in at most two
// sentences; otherwise, or on any provider error, the extractive summary is used. The who/where lead
// is always taken from the citations, so follow-up resolution does not depend on the model.
// Owned by one thread (the pool thread that made it).
class ProviderTurnCompressor final : public TurnCompressor
{
public:
    explicit ProviderTurnCompressor(std::unique_ptr<AnswerProvider> provider);
    ~ProviderTurnCompressor() override;
    QString id() const override;
    Result<QString> compress(const TurnRecord &turn) override;
    // Whether the last compress() used the model's text (false = extractive fallback).
    bool lastUsedModel() const { return m_lastUsedModel; }

    static QString instruction(const QString &language);

private:
    std::unique_ptr<AnswerProvider> m_provider;
    bool m_lastUsedModel = false;
};

} // namespace Protostar
