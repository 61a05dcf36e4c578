// SPDX-License-Identifier: MIT
#pragma once

#include "providers/figureranking.h"
#include "providers/sentencepool.h"

namespace Protostar {

// The quotes of an answer to a superlative over candidates ("희망 연봉이 가장 높은 사람은?", FigureRanking): for
// each candidate among the evidence, the first sentence stating their figure of the field asked, the candidates in
// the order asked (ties as retrieved). Every sentence is quoted whole, as written. Stateless.
class RankedQuotes
{
public:
    // Empty when no sentence of the pool states the field's figure (the answer is then chosen as usual).
    static QList<SentencePool::Sentence> choose(const SentencePool &pool, const AnswerRequest &request, const FigureRanking &ranking);
};

} // namespace Protostar
