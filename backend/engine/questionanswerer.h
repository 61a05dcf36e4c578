// SPDX-License-Identifier: MIT
#pragma once

#include "engine/answer.h"
#include "providers/answerprovider.h"
#include "rag/conversationmemory.h"
#include "rag/lexicalindex.h"

#include <atomic>

namespace Protostar {

class KnowledgeBase;
class Store;

struct AnswererOptions {
    // Below this support (share of the question's rarity-weighted terms found in the best of the top
    // passages) the documents are taken not to hold the answer, and likewise when the best window of
    // three consecutive sentences covers less than minSentenceSupport. Both were calibrated by
    // bench_answers on the tuning half of ko-rag-eval and its unanswerable set; see docs/BENCHMARKS.md.
    double minSupport = 0.4206;
    double minSentenceSupport = 0.2967;
    // Share of the names the question quotes and the codes it names (RequiredPhrases: '복수의결권', K64) that
    // the supporting passage must write. Chosen on the tuning half too (docs/BENCHMARKS.md, "Answers").
    double minPhraseSupport = 1.0;
    // Refuse a question about a person by name ("김철수의 희망 연봉은?") whom no candidate is and no
    // document mentions (PersonMentions); any passage would be about somebody else.
    bool refuseUnknownPerson = true;
    // Record the turn of a session question. Off on a database that may not be written (a shared file, the desktop's
    // --read-only): the session's memory is still read, so a follow-up in a reopened conversation is answered with
    // its earlier turns; only the new turn is not kept.
    bool recordTurns = true;
    int supportDepth = 1;   // how many top passages may carry the support
    int relatedCount = 3;   // closest passages offered when refusing

    // No refusal gate: how the evaluations record both runs of a question, so any cut is scored afterwards.
    static AnswererOptions ungated()
    {
        AnswererOptions o;
        o.minSupport = 0.0;
        o.minSentenceSupport = 0.0;
        o.minPhraseSupport = 0.0;
        return o;
    }
};

// How an answer came about, for evaluation and logs.
struct AnswerTrace {
    double support = 0.0;          // best passage support among the top supportDepth hits
    double sentenceSupport = 0.0;  // best sentence-window support among them
    double wordSupport = 0.0;      // best whole-word support among them (KnowledgeBase::Support::words)
    double figureSupport = 0.0;    // best share of the question's figures written in one of them
    double phraseSupport = 0.0;    // share of the question's quoted names and codes written in one of them
    double margin = 0.0;           // 1 - (best score of another document's hit) / (top score); 1 = no rival
    QString unknownPerson;         // a person the question names whom no candidate is and no document mentions
    bool providerFound = false;
    double providerScore = -1.0;   // ProviderAnswer::bestSentenceScore; -1 when the provider did not run or scores none
    QList<SearchHit> hits;
    QString retrievalQuery; // what retrieval searched (a follow-up completed from memory, names dropped)
    MemoryContext memory;   // what the provider got as conversation memory
    QString providerText; // before the figure guard
    TurnId turnId = 0;    // the recorded session turn, if any
};

// The synchronous answering pipeline: session memory (summaries + last turn, follow-up completion) ->
// retrieve top-k (candidate filter: chosen, named in the question, or in memory's focus) -> RefusalGate (too little
// support is refused before any provider runs) -> number the evidence (paragraphs of one page as one entry:
// PageEvidence; a profile's passages one each) -> provider -> FigureGuard -> citations of the
// retrieved chunks quoted -> refusal; records the
// turn when the question names a session (its summary is compressed afterwards by the caller:
// SessionMemory::compressTurnAsync or compressTurn). Used on one thread at a time (the Store connection is that thread's).
class QuestionAnswerer
{
public:
    // `store` may be null when no session turn is to be recorded.
    QuestionAnswerer(const KnowledgeBase &knowledge, AnswerProvider &provider, Store *store = nullptr,
                     const AnswererOptions &options = {});

    // `sink` receives the provider's text as it is generated (or the refusal sentence); the returned
    // Answer is authoritative: the figure guard may have removed streamed sentences.
    Result<Answer> answer(const Question &question, const TokenSink &sink = {}, const std::atomic_bool *cancelled = nullptr,
                          AnswerTrace *trace = nullptr);

    // "문서에서 찾을 수 없습니다." or "Not found in the documents."
    static QString notFoundSentence(const QString &language);

private:
    const KnowledgeBase &m_knowledge;
    AnswerProvider &m_provider;
    Store *m_store = nullptr;
    AnswererOptions m_options;
};

} // namespace Protostar
