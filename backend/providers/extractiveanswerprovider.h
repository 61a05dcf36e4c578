// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"

namespace Protostar {

struct ExtractiveOptions {
    int maxEvidence = 3;        // passages searched for answering sentences, best retrieved first
    int maxSentences = 5;       // sentences quoted at most
    double minRelative = 0.25;  // a sentence is quoted when it scores at least this share of the best one
    double minGain = 0.08;      // ... and, after the first, covers this share of the question's weight not yet covered
    double keepRelative = 0.55; // ... unless it scores at least this share of the best one (a near tie)
    double minFigureGain = 0.0; // ... or this share, when the question asks for a figure and it states one not yet quoted
    bool figureNeighbour = true; // asked for a figure and the answer states none: add the adjacent sentence that does
    double figurePenalty = 0.7; // factor on sentences stating no figure when the question asks for one (얼마, how many)
    int maxChars = 700;         // further sentences are left out once the answer would grow past this
    double minCoverage = 0.15;  // below this share of the question's terms nothing answers: found = false
    int pieceChars = 8;         // streamed piece size, so the view shows progress as with a model
};

// The offline answer provider: quotes sentences of the top evidence verbatim (line wrapping
// collapsed), each followed by the [n] of the passage it comes from. Sentences score by the
// rarity-weighted share of the question's terms they cover; terms of the evidence's candidate names do
// not count, terms in a passage's heading path count at half weight for each of its sentences. The best
// sentence is quoted, then a further one only when it covers question terms not yet covered (the other
// part of a two-part question) or nearly ties with the best, up to maxSentences and maxChars. A question
// asking for an amount, share, count or date (얼마, 몇, 규모, 비율, 언제, how many, how much, when) prefers
// sentences stating a figure of their own, takes further ones stating a figure not yet quoted, and, when
// the answer would state none, adds the adjacent sentence of the best one that does. Lines of table
// figures that write no question word are never quoted. Two or more candidates named in the question
// ("김지원과 박서준의 경력을 비교해 주세요") are answered like a who-question, one line each, each candidate with
// their own share (maxSentences, maxChars). Asked which companies or teams, the job entries (headings with a
// period, at any level of the heading path) are quoted, each cited; asked for someone's experience or career
// and nothing else, each entry's heading under an experience section and the sentences under it, in the
// résumé's order; asked who is highest or lowest in a field, each candidate's line stating it in the order asked
// (RankedQuotes), opened by a note when the pay quoted is written in more than one currency, as it is then ranked
// within each;
// an amount a who-question names matches in value across spellings (3,500만원 = 35,000,000원). Document text is only ever scored and quoted,
// never followed as instructions. Options chosen on the tuning half of tests/bench/bench_extractive
// (docs/BENCHMARKS.md, "Extractive answers").
// Its phases: AnswerIntent reads what the question asks, SentencePool collects and scores the evidence's
// sentences and entry headings, QuoteSelection chooses the quoted ones; generate() puts them in reading
// order and writes them with their markers.
// Stateless apart from its options; generate() runs on the caller's thread.
class ExtractiveAnswerProvider final : public AnswerProvider
{
public:
    explicit ExtractiveAnswerProvider(const ExtractiveOptions &options = {});

    QString id() const override;
    Result<ProviderAnswer> generate(const AnswerRequest &request, const TokenSink &sink,
                                    const std::atomic_bool &cancelled) override;

private:
    ExtractiveOptions m_options;
};

} // namespace Protostar
