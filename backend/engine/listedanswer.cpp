// SPDX-License-Identifier: MIT
#include "engine/listedanswer.h"

#include "engine/questionanswerer.h"

#include <algorithm>

namespace Protostar {

Result<ProviderAnswer> ListedAnswer::generate(AnswerProvider &provider, const AnswerRequest &request, int groupSize,
                                              const TokenSink &sink, const std::atomic_bool &cancelled)
{
    const qsizetype count = request.evidence.size();
    const qsizetype groups = std::max<qsizetype>(1, (count + std::max(1, groupSize) - 1) / std::max(1, groupSize));
    // A model that follows the prompt's rule refuses with the sentence itself.
    const QString refusal = QuestionAnswerer::notFoundSentence(request.language).chopped(1);
    ProviderAnswer joined;
    joined.found = false;
    qsizetype at = 0;
    for (qsizetype g = 0; g < groups; ++g) {
        AnswerRequest part = request;
        const qsizetype size = (count - at) / (groups - g);
        part.evidence = request.evidence.mid(at, size);
        at += size;
        // Held back until the group is known to answer: a refusal in the middle of the list is no line of it.
        auto generated = provider.generate(part, {}, cancelled);
        if (!generated)
            return generated.error();
        auto add = [](int &sum, int tokens) {
            if (tokens >= 0)
                sum = std::max(sum, 0) + tokens;
        };
        add(joined.promptTokens, generated->promptTokens);
        add(joined.completionTokens, generated->completionTokens);
        joined.bestSentenceScore = std::max(joined.bestSentenceScore, generated->bestSentenceScore);
        const QString said = generated->text.trimmed();
        if (!generated->found || said.isEmpty() || said.startsWith(refusal))
            continue;
        const QString line = joined.found ? u'\n' + said : said;
        joined.text += line;
        joined.found = true;
        if (sink)
            sink(line);
    }
    return joined;
}

} // namespace Protostar
