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

    // The line the answer opens with when the pay it ranked ("$120,000" and "9,000만원") is written in more than one
    // currency: no rate is invented to compare them, so the ranking was made within each (FigureRanking::valueIn),
    // and the reader must be told. Empty for one currency or a field other than pay. In the answer's language.
    static QString currencyNote(const QList<SentencePool::Sentence> &chosen, const AnswerRequest &request, const FigureRanking &ranking);
    // That line for these currencies ("원", "£"), in `language` ("ko" or "en").
    static QString mixedCurrencySentence(const QString &language, const QStringList &currencies);
};

} // namespace Protostar
