// SPDX-License-Identifier: MIT
#pragma once

#include "engine/evaldatasets.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <functional>

namespace Protostar {

class LexicalIndex;
class PageFusedIndex;

struct RetrievalMetrics {
    int questions = 0;
    QMap<int, double> recallAt; // k -> share of questions with a gold passage among the top k passages
    double mrr10 = 0.0;         // mean reciprocal rank of the first gold passage, 0 beyond rank 10

    QJsonObject toJson() const; // {"recall@1": ..., "mrr@10": ..., "questions": n}
};

struct RetrievalReport {
    RetrievalMetrics all;
    RetrievalMetrics tuning;  // questions whose id hash is even: what rankings may be tuned on
    RetrievalMetrics heldout; // odd hash: reported, never tuned on
};

// Measures passage retrieval on an evaluation set: recall@k, MRR@10, and the same on a held-out half.
// Plain functions; evaluate() runs queries on the global thread pool and returns when all are done.
class RetrievalEvaluation
{
public:
    // Ranks passages for one question, best first, by passage index into EvalDataset::passages.
    using Ranker = std::function<QList<int>(const QString &query, int depth)>;

    // Stable across Qt versions and runs (FNV-1a over UTF-8), so the split never moves.
    static bool isHeldOut(const QString &questionId);
    // Ranks of the first gold passage (1-based, 0 = not within `depth`) for every question, in order.
    // `parallel` runs questions on the global thread pool; pass false for a ranker that is not thread-safe.
    static QList<int> goldRanks(const EvalDataset &set, const Ranker &ranker, int depth = 10, bool parallel = true);
    static RetrievalReport report(const EvalDataset &set, const QList<int> &goldRanks, const QList<int> &ks);
    static RetrievalReport evaluate(const EvalDataset &set, const Ranker &ranker, const QList<int> &ks = {1, 3, 5, 10},
                                    bool parallel = true);

    // A ranker over an index built from set.passageChunks() (or any chunks whose documentId is passage index + 1):
    // passages are ranked by their best chunk plus `restWeight` times the scores of their other top chunks.
    static Ranker indexRanker(const LexicalIndex &index, double restWeight = 0.0);
    // The product's ranking (KnowledgeBase): an index over set.paragraphChunks(), each chunk's score fused with its
    // page's; passages ranked by their best chunk. The index must outlive the ranker.
    static Ranker indexRanker(const PageFusedIndex &index);
};

} // namespace Protostar
