// SPDX-License-Identifier: MIT
#include "providers/rankedquotes.h"

#include "providers/instructiontext.h"

#include <QHash>

#include <algorithm>

namespace Protostar {

QList<SentencePool::Sentence> RankedQuotes::choose(const SentencePool &pool, const AnswerRequest &request, const FigureRanking &ranking)
{
    QList<SentencePool::Sentence> chosen;
    QHash<CandidateId, double> valueOf;
    for (const SentencePool::Sentence &s : pool.sentences()) {
        // A heading states where and when someone worked ("모래시계랩 (2020.09 ~ 2024.04)"), never a total. A line
        // is not left out for sharing no word with "Who asks the least?" (SentencePool's exclusion), only for
        // speaking to the assistant.
        if (s.start < 0 || valueOf.contains(s.candidate) || InstructionText::addressesAssistant(s.text))
            continue;
        const bool header = FigureRanking::isHeader(request.evidence.at(s.evidenceIndex).ref.chunk.headingPath);
        if (const std::optional<double> v = ranking.valueIn(s.text, header)) {
            valueOf.insert(s.candidate, *v);
            chosen.append(s);
        }
    }
    std::stable_sort(chosen.begin(), chosen.end(), [&](const SentencePool::Sentence &a, const SentencePool::Sentence &b) {
        return ranking.before(valueOf.value(a.candidate), valueOf.value(b.candidate));
    });
    return chosen;
}

} // namespace Protostar
