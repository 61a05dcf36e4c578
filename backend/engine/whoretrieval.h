// SPDX-License-Identifier: MIT
#pragma once

#include "engine/questionanswerer.h"
#include "providers/figurecomparison.h"
#include "providers/figureranking.h"
#include "rag/lexicalindex.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Protostar {

class KnowledgeBase;

// The passages of a question answered candidate by candidate: "Who …?" over everyone, several candidates named, or
// the people a follow-up points back at. Each candidate's best passage comes before anyone's second
// (CandidateSpread), or one of them takes all k. Asked who meets a bar, whose figure it is or who ranks highest,
// those who do are read first; asked anything else of everyone, every candidate whose own best passage would answer
// the question alone (RefusalGate, as asked of them) is listed, best supported first, when more of them qualify than
// k spread passages hold or one who does is not among them. QuestionAnswerer's retrieval for such questions.
// Used on the answering thread; a value for one question.
class WhoRetrieval
{
public:
    // Asked who meets a bar, who ranks highest or anything else of everyone, every candidate who does is named,
    // up to this many (each one passage).
    static constexpr int kMaxMeeting = 20;
    // A spread reads the best kSpreadPool × k passages.
    static constexpr int kSpreadPool = 4;

    struct Asked {
        QString text;            // the question as judged (a follow-up: the question it stands for)
        QString supportQuestion; // what support is judged by
        SearchOptions search;    // the candidate filter (memory's, or empty: everyone) and k
        std::optional<FigureComparison> bar;
        std::optional<FigureRanking> ranking;
        QStringList exactAmounts; // amounts the question writes (FigureValues::amounts)
    };

    WhoRetrieval(const KnowledgeBase &knowledge, const AnswererOptions &options, Asked asked);

    QList<SearchHit> retrieve(const QString &query);
    // Whether `hits` are a list of more than k candidates made by retrieve(): answered k candidates at a time
    // (ListedAnswer), as one answer quotes only so many lines.
    bool isLongList(const QList<SearchHit> &hits) const;

private:
    QList<SearchHit> meetingBar(const QString &query, QList<SearchHit> pool) const;
    // Every candidate of the filter whose own best passage supports the question, best supported first; `spread`
    // when it already names them all and they are no more than k.
    QList<SearchHit> listed(const QString &query, const QList<SearchHit> &spread) const;
    // A candidate's passage that best supports the question, and how well, or nullopt when none would answer it.
    struct Judged {
        SearchHit hit;
        double support = 0.0;
        double sentences = 0.0;
        QSet<ChunkId> answering; // every passage of theirs that would answer
    };
    std::optional<Judged> judge(const QList<SearchHit> &theirs) const;

    const KnowledgeBase &m_knowledge;
    const AnswererOptions &m_options;
    Asked m_asked;
    QList<QList<ChunkId>> m_longLists; // the lists of more than k made, by chunk
};

} // namespace Protostar
