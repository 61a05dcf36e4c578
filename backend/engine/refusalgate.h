// SPDX-License-Identifier: MIT
#pragma once

#include "engine/questionanswerer.h"

namespace Protostar {

// Whether the retrieved passages can answer a question at all, decided before any provider runs: how much of the
// question the best of them supports (KnowledgeBase::Support, up to AnswererOptions::supportDepth), how clearly
// the top document leads, and the refusals that need no provider: a person nobody is, no passage, a signed or
// percentage figure no passage writes ("-5%"), or support below the options' thresholds. Stateless.
class RefusalGate
{
public:
    // The question as the answerer reads it.
    struct Asked {
        QString text;            // as asked (NFC, trimmed)
        QString supportQuestion; // what support is judged by: the words other than the names, or a ranking's field words
        QString unknownPerson;   // a person it names whom no candidate is and no document mentions; empty: none refused for
        bool profile = false;    // asks who one named candidate is (ProfileQuestion): no word is left to judge support by
        bool ranks = false;      // asks a superlative over a field (FigureRanking), met by other figures than one written
    };

    struct Measured {
        double support = 0.0;
        double sentenceSupport = 0.0;
        double wordSupport = 0.0;
        double figureSupport = 0.0;
        double phraseSupport = 0.0;
        double margin = 0.0; // 1 - (best score of another document's hit) / (top score); 1 = no rival
        bool refuses = false;

        // Into the trace's fields of the same names.
        void record(AnswerTrace &trace) const;
    };

    static Measured measure(const KnowledgeBase &knowledge, const AnswererOptions &options, const Asked &asked,
                            const QList<SearchHit> &hits);
};

} // namespace Protostar
