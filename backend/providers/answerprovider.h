// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <atomic>
#include <functional>

namespace Protostar {

// One numbered evidence passage given to a provider; `n` is what the answer cites as [n].
struct Evidence {
    int n = 0;
    ChunkRef ref;
    double score = 0.0;
};

struct AnswerRequest {
    QString question;
    QStringList memory;      // compressed summaries of earlier turns, oldest first
    QString lastTurn;        // the previous question and answer, verbatim (may be empty)
    QList<Evidence> evidence; // numbered 1..N in order
    QString language;        // "ko" or "en": the language to answer (and refuse) in
    // The question asks who its one named candidate is ("김지원에 대해 알려줘", ProfileQuestion, decided by the
    // QuestionAnswerer): the evidence is that candidate's profile passages, to be quoted as a profile.
    bool profile = false;
    // The question is asked of several people at once, though it need not say "who": "그 사람들 희망 연봉은?" after a
    // list (the QuestionAnswerer's spread). Each candidate the evidence holds may answer, one line each.
    bool ofSeveral = false;
};

struct ProviderAnswer {
    QString text;             // raw provider output with [n] markers, before the figure guard
    bool found = true;        // false when the provider itself says the evidence does not answer
    int promptTokens = -1;    // from the API's `usage` when it reports one
    int completionTokens = -1;
    // The provider's own score of the best sentence it could quote (ExtractiveAnswerProvider: the rarity-weighted
    // share of the question's terms it covers, SentencePool::best); -1 when the provider scores none (a model).
    double bestSentenceScore = -1.0;
};

// Receives text as it is generated. Called on the thread that runs generate().
using TokenSink = std::function<void(const QString &delta)>;

// Produces an answer from numbered evidence. generate() blocks the calling (worker) thread; it
// must return promptly with ErrorCode::Cancelled once `cancelled` becomes true.
// Implementations: ExtractiveAnswerProvider (offline), OpenAiCompatibleProvider (network).
class AnswerProvider
{
public:
    virtual ~AnswerProvider() = default;
    virtual QString id() const = 0;
    virtual Result<ProviderAnswer> generate(const AnswerRequest &request, const TokenSink &sink,
                                            const std::atomic_bool &cancelled) = 0;
};

} // namespace Protostar
