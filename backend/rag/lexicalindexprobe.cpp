// SPDX-License-Identifier: MIT
// LexicalIndex::scores() and probe(): a few known chunks scored by probing postings, and the features a learned
// ranking reads from the same probe (RankingFeatures).
#include "rag/lexicalindexprivate.h"

namespace Protostar {

QList<double> LexicalIndex::scores(const QString &query, const QList<ChunkId> &ids, const QueryExpansion &expansion) const
{
    QList<double> out;
    out.reserve(ids.size());
    for (const ProbedUnit &u : probe(query, ids, expansion))
        out.append(u.score);
    return out;
}

QList<ProbedUnit> LexicalIndex::probe(const QString &query, const QList<ChunkId> &ids, const QueryExpansion &expansion) const
{
    QList<ProbedUnit> out(ids.size());
    if (d->alive == 0 || ids.isEmpty())
        return out;
    const Private::Query prepared = d->prepare(query, expansion);
    double queryIdf = 0.0;
    for (const PostingCursor &c : prepared.cursors)
        queryIdf += c.weight;
    const double k1 = d->ranking.k1, b = d->ranking.b;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto it = d->docNumbers.constFind(ids.at(i));
        if (it == d->docNumbers.cend() || !d->docs[*it].alive)
            continue;
        const quint32 doc = *it;
        const double norm = k1 * (1.0 - b + b * d->docs[doc].length / prepared.avgdl);
        ProbedUnit &u = out[i];
        for (size_t t = 0; t < prepared.cursors.size(); ++t) {
            const PostingCursor &c = prepared.cursors[t];
            const quint32 *at = std::lower_bound(c.docs, c.docs + c.size, doc);
            if (at == c.docs + c.size || *at != doc)
                continue;
            const double s = c.score(c.tfs[at - c.docs], norm);
            u.score += s;
            u.coverage += c.weight;
            if (prepared.cursorKinds[t] == LexicalToken::Word)
                u.wordScore += s;
        }
        u.coverage = queryIdf > 0.0 ? u.coverage / queryIdf : 0.0;
        u.lengthRatio = d->docs[doc].length / prepared.avgdl;
    }
    return out;
}

} // namespace Protostar
