// SPDX-License-Identifier: MIT
#include "providers/rankedquotes.h"

#include "providers/instructiontext.h"

namespace Protostar {

QList<SentencePool::Sentence> RankedQuotes::choose(const SentencePool &pool, const AnswerRequest &request, const FigureRanking &ranking)
{
    using Sentence = SentencePool::Sentence;
    return ranking.firstOfEach(
        pool.sentences(), [](const Sentence &s) { return s.candidate; },
        [&](const Sentence &s) -> std::optional<double> {
            // A heading states where and when someone worked ("모래시계랩 (2020.09 ~ 2024.04)"), never a total. A line
            // is not left out for sharing no word with "Who asks the least?" (SentencePool's exclusion), only for
            // speaking to the assistant.
            if (s.start < 0 || InstructionText::addressesAssistant(s.text))
                return std::nullopt;
            const Chunk &chunk = request.evidence.at(s.evidenceIndex).ref.chunk;
            return ranking.valueIn(s.text, FigureRanking::isHeader(chunk.headingPath), FigureRanking::labelOf(chunk.text, s.start, chunk.headingPath));
        },
        pool.sentences().size());
}

} // namespace Protostar
