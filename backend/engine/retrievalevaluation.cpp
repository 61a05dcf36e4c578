// SPDX-License-Identifier: MIT
#include "engine/retrievalevaluation.h"

#include "rag/lexicalindex.h"
#include "rag/pagefusedindex.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace Protostar {

namespace {

RetrievalMetrics metrics(const QList<int> &ranks, const QList<int> &ks)
{
    RetrievalMetrics m;
    m.questions = int(ranks.size());
    for (int k : ks)
        m.recallAt[k] = 0.0;
    if (ranks.isEmpty())
        return m;
    double rr = 0.0;
    for (int rank : ranks) {
        if (rank > 0 && rank <= 10)
            rr += 1.0 / rank;
        for (int k : ks) {
            if (rank > 0 && rank <= k)
                m.recallAt[k] += 1.0;
        }
    }
    for (int k : ks)
        m.recallAt[k] /= ranks.size();
    m.mrr10 = rr / ranks.size();
    return m;
}

struct PageScore {
    int page = 0;
    double score = 0.0;
};

// Pages by their best chunk (plus `restWeight` times their other matching chunks), best first, at most `depth`.
template<typename Index>
QList<PageScore> rankPages(const Index &index, const QString &query, int depth, double restWeight)
{
    // Several chunks of one page may match: ask for more chunks than pages needed.
    SearchOptions options;
    options.k = depth * 8;
    const QList<SearchHit> hits = index.search(query, options);
    QHash<int, int> slot;
    QList<PageScore> pages;
    for (const SearchHit &h : hits) {
        const int page = int(h.ref.chunk.documentId - 1);
        auto it = slot.find(page);
        if (it == slot.end()) {
            slot.insert(page, int(pages.size()));
            pages.append(PageScore{page, h.score});
        } else {
            pages[*it].score += restWeight * h.score;
        }
    }
    // Stable: equal scores keep the order in which the index returned their pages.
    std::stable_sort(pages.begin(), pages.end(), [](const PageScore &a, const PageScore &b) { return a.score > b.score; });
    if (pages.size() > depth)
        pages.resize(depth);
    return pages;
}

} // namespace

QJsonObject RetrievalMetrics::toJson() const
{
    QJsonObject o;
    for (auto it = recallAt.cbegin(); it != recallAt.cend(); ++it)
        o.insert(QStringLiteral("recall@%1").arg(it.key()), it.value());
    o.insert(QStringLiteral("mrr@10"), mrr10);
    o.insert(QStringLiteral("questions"), questions);
    return o;
}

bool RetrievalEvaluation::isHeldOut(const QString &questionId)
{
    quint32 h = 2166136261u;
    for (char c : questionId.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return (h & 1u) != 0;
}

QList<int> RetrievalEvaluation::goldRanks(const EvalDataset &set, const Ranker &ranker, int depth, bool parallel)
{
    QList<int> indices(set.questions.size());
    std::iota(indices.begin(), indices.end(), 0);
    QHash<QString, int> indexOf;
    for (qsizetype i = 0; i < set.passages.size(); ++i)
        indexOf.insert(set.passages.at(i).id, int(i));
    std::function<int(int)> rankOne = [&](int qi) {
        const EvalQuestion &q = set.questions.at(qi);
        QSet<int> gold;
        for (const QString &id : q.goldIds)
            gold.insert(indexOf.value(id, -1));
        const QList<int> ranked = ranker(q.query, depth);
        for (qsizetype r = 0; r < ranked.size() && r < depth; ++r) {
            if (gold.contains(ranked.at(r)))
                return int(r + 1);
        }
        return 0;
    };
    if (parallel)
        return QtConcurrent::blockingMapped<QList<int>>(indices, rankOne);
    QList<int> ranks;
    ranks.reserve(indices.size());
    for (int qi : indices)
        ranks.append(rankOne(qi));
    return ranks;
}

RetrievalReport RetrievalEvaluation::report(const EvalDataset &set, const QList<int> &ranks, const QList<int> &ks)
{
    QList<int> tuning, heldout;
    for (qsizetype i = 0; i < ranks.size() && i < set.questions.size(); ++i)
        (isHeldOut(set.questions.at(i).id) ? heldout : tuning).append(ranks.at(i));
    return RetrievalReport{metrics(ranks, ks), metrics(tuning, ks), metrics(heldout, ks)};
}

RetrievalReport RetrievalEvaluation::evaluate(const EvalDataset &set, const Ranker &ranker, const QList<int> &ks,
                                              bool parallel)
{
    const int depth = qMax(10, ks.isEmpty() ? 10 : *std::max_element(ks.cbegin(), ks.cend()));
    return report(set, goldRanks(set, ranker, depth, parallel), ks);
}

RetrievalEvaluation::Ranker RetrievalEvaluation::indexRanker(const LexicalIndex &index, double restWeight)
{
    return [&index, restWeight](const QString &query, int depth) {
        QList<int> pages;
        for (const PageScore &p : rankPages(index, query, depth, restWeight))
            pages.append(p.page);
        return pages;
    };
}

RetrievalEvaluation::Ranker RetrievalEvaluation::indexRanker(const PageFusedIndex &index)
{
    return [&index](const QString &query, int depth) {
        QList<int> pages;
        for (const PageScore &p : rankPages(index, query, depth, 0.0))
            pages.append(p.page);
        return pages;
    };
}

} // namespace Protostar
