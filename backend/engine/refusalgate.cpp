// SPDX-License-Identifier: MIT
#include "engine/refusalgate.h"

#include "engine/knowledgebase.h"
#include "providers/figurecomparison.h"
#include "providers/resumeglossary.h"
#include "providers/writtenfigures.h"

#include <algorithm>

namespace Protostar {

namespace {

// "1 - rival / top": how far the top hit's document leads the best hit of any other document.
double marginOf(const QList<SearchHit> &hits)
{
    for (qsizetype i = 1; i < hits.size(); ++i) {
        if (hits.at(i).ref.chunk.documentId != hits.first().ref.chunk.documentId)
            return hits.first().score > 0.0 ? 1.0 - hits.at(i).score / hits.first().score : 0.0;
    }
    return hits.isEmpty() ? 0.0 : 1.0;
}

// A signed or percentage figure the question writes ("-5%", "18%") that no passage of the evidence writes. Any
// passage may write it: the one carrying the support need not be the one quoting the figure ("100% 충전되는" two
// passages below the best). A bar ("30% 이상") or a superlative is met by other figures than the one written.
bool figureUnwritten(const RefusalGate::Asked &asked, const QList<SearchHit> &hits)
{
    if (asked.profile || asked.ranks || FigureComparison::inQuestion(asked.text))
        return false;
    const QStringList exact = WrittenFigures::exactlyAsked(asked.supportQuestion);
    auto writes = [&](const SearchHit &h) {
        const QString label = h.ref.documentName + u' ' + h.ref.chunk.headingPath.join(u' ');
        return std::all_of(exact.cbegin(), exact.cend(), [&](const QString &f) {
            return WrittenFigures::contains(h.ref.chunk.text, f) || WrittenFigures::contains(label, f);
        });
    };
    return !exact.isEmpty() && std::none_of(hits.cbegin(), hits.cend(), writes);
}

} // namespace

void RefusalGate::Measured::record(AnswerTrace &trace) const
{
    trace.support = support;
    trace.sentenceSupport = sentenceSupport;
    trace.wordSupport = wordSupport;
    trace.figureSupport = figureSupport;
    trace.phraseSupport = phraseSupport;
    trace.margin = margin;
}

RefusalGate::Measured RefusalGate::measure(const KnowledgeBase &knowledge, const AnswererOptions &options, const Asked &asked,
                                           const QList<SearchHit> &hits)
{
    Measured m;
    const qsizetype depth = std::min<qsizetype>(hits.size(), options.supportDepth);
    for (qsizetype i = 0; i < depth; ++i) {
        const KnowledgeBase::Support s = knowledge.support(asked.supportQuestion, hits.at(i).ref);
        m.phraseSupport = std::max(m.phraseSupport, s.phrases);
        m.support = std::max(m.support, s.passage);
        m.sentenceSupport = std::max(m.sentenceSupport, s.sentences);
        m.wordSupport = std::max(m.wordSupport, s.words);
        m.figureSupport = std::max(m.figureSupport, s.figures);
    }
    // "What is the weather in Seoul?": passages writing the city (a residence line, two cloud regions) and none of
    // what is asked of it support nothing (ResumeGlossary::withoutPlaces).
    if (const QString placeless = asked.profile ? QString() : ResumeGlossary::withoutPlaces(asked.supportQuestion); !placeless.isEmpty()) {
        double rest = 0.0;
        for (qsizetype i = 0; i < depth; ++i)
            rest = std::max(rest, knowledge.support(placeless, hits.at(i).ref).passage);
        if (rest <= 0.0)
            m.support = 0.0;
    }
    m.margin = marginOf(hits);
    // A passage that lacks the name the question quotes or the code it names is about something else, however many
    // of the other words it shares. A profile has no word left to judge by: its passages are the candidate's own.
    const bool unsupported = !asked.profile
        && (m.support < options.minSupport || m.sentenceSupport < options.minSentenceSupport || m.phraseSupport < options.minPhraseSupport);
    m.refuses = !asked.unknownPerson.isEmpty() || hits.isEmpty() || figureUnwritten(asked, hits) || unsupported;
    return m;
}

} // namespace Protostar
