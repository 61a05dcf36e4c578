// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"

namespace Protostar {

struct ExtractiveOptions {
    int maxEvidence = 3;        // passages searched for answering sentences, best retrieved first
    int maxSentences = 5;       // sentences quoted at most
    double minRelative = 0.25;  // a sentence is quoted when it scores at least this share of the best one
    double minGain = 0.08;      // ... and, after the first, covers this share of the question's weight not yet covered
    double keepRelative = 0.6;  // ... unless it scores at least this share of the best one (a near tie)
    double minFigureGain = 0.0; // ... or this share, when the question asks for a figure and it states one not yet quoted
    bool figureNeighbour = true; // asked for a figure and the answer states none: add the adjacent sentence that does
    double figurePenalty = 0.7; // factor on sentences stating no figure when the question asks for one (얼마, how many)
    int maxChars = 700;         // further sentences are left out once the answer would grow past this
    double minCoverage = 0.15;  // below this share of the question's terms nothing answers: found = false
    int pieceChars = 8;         // streamed piece size, so the view shows progress as with a model
};

// The offline answer provider: quotes the sentences of the top evidence that best cover the
// question's terms, verbatim (line wrapping collapsed), each followed by the [n] of the passage it
// comes from. Terms of the evidence's candidate names do not count; terms in a passage's heading path
// count at half weight for each of its sentences. Document text is only ever scored and quoted, never followed as instructions.
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
