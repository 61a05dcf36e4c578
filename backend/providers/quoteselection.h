// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerintent.h"
#include "providers/extractiveanswerprovider.h"
#include "providers/sentencepool.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Protostar {

// Which sentences of a scored SentencePool an extractive answer quotes: the best one, then each further one
// only when it covers question terms not yet covered or nearly ties with the best, up to the options' caps
// on sentences and characters (each named candidate's own, when the question compares them); asked for a
// figure and none quoted, the adjacent sentence of the best one that states one. Asked for a phone number or an
// e-mail address, only the lines writing one (not the CONTACT block's other lines).
// Used within one generate() call, on its thread.
class QuoteSelection
{
public:
    // The sentences to quote, in the order chosen (best first); empty when none is worth quoting.
    static QList<SentencePool::Sentence> choose(const SentencePool &pool, const AnswerIntent &intent,
                                                const ExtractiveOptions &options);

private:
    using Sentence = SentencePool::Sentence;

    QuoteSelection(const SentencePool &pool, const AnswerIntent &intent, const ExtractiveOptions &options);
    QList<Sentence> ranked() const;
    void chooseRanked();
    bool addsToAnswer(const Sentence &c, double top);
    void addFigureNeighbour();
    void take(const Sentence &c);
    QList<double> &coveredFor(const Sentence &c);
    CandidateId shareOf(const Sentence &c) const;
    bool meetsBarEach() const;
    bool writesReach(const Sentence &c) const;
    bool coversOtherTerm(const Sentence &c) const;

    const SentencePool &m_pool;
    const AnswerIntent &m_intent;
    const ExtractiveOptions &m_options;
    QHash<CandidateId, QList<double>> m_coveredBy; // question terms the quotes cover, per coveredFor()
    QStringList m_quotedFigures;
    QList<Sentence> m_chosen;
    QHash<CandidateId, qsizetype> m_chars; // per shareOf()
    QHash<CandidateId, int> m_quoted;      // per shareOf()
    QStringList m_reachTerms;              // question terms asking a phone number or an e-mail address
    QSet<CandidateId> m_writesReach;       // candidates with a sentence writing the phone or address asked
};

} // namespace Protostar
