// SPDX-License-Identifier: MIT
// For the tests that ask whole questions of imported documents: the offline pipeline as the app runs it
// (extractive provider, top 5), and what to print when an answer is not the expected one.
#pragma once

#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "providers/extractiveanswerprovider.h"

namespace Protostar::Test {

inline Result<Answer> askOffline(const KnowledgeBase &knowledge, const QString &question, AnswerTrace *trace)
{
    ExtractiveAnswerProvider provider;
    QuestionAnswerer answerer(knowledge, provider);
    return answerer.answer(Question{question, {}, 0, 5}, {}, nullptr, trace);
}

// The answer, its supports and retrieval query, what it cites and what was retrieved.
inline QString describe(const Answer &a, const AnswerTrace &trace)
{
    QString s = QStringLiteral("found=%1 support=%2/%3 query=%4 text=%5\n")
                    .arg(a.found)
                    .arg(trace.support)
                    .arg(trace.sentenceSupport)
                    .arg(trace.retrievalQuery, a.text);
    for (const Citation &c : a.citations)
        s += QStringLiteral("  cites [%1] %2 %3\n").arg(c.n).arg(c.document, c.quote.left(60).simplified());
    for (const SearchHit &h : trace.hits)
        s += QStringLiteral("  hit %1 %2 %3\n").arg(h.score).arg(h.ref.documentName, h.ref.chunk.text.left(60).simplified());
    return s;
}

} // namespace Protostar::Test
