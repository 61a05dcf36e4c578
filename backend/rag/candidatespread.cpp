// SPDX-License-Identifier: MIT
#include "rag/candidatespread.h"

#include <QHash>

namespace Protostar {

QList<SearchHit> CandidateSpread::apply(const QList<SearchHit> &hits, int k)
{
    // The n-th passage of a candidate goes into round n; rounds are read in order.
    QList<QList<SearchHit>> rounds;
    QHash<CandidateId, int> seen;
    for (const SearchHit &h : hits) {
        const int round = seen[h.ref.candidateId]++;
        if (round >= rounds.size())
            rounds.resize(round + 1);
        rounds[round].append(h);
    }
    QList<SearchHit> out;
    for (const QList<SearchHit> &round : std::as_const(rounds)) {
        for (const SearchHit &h : round) {
            if (out.size() >= k)
                return out;
            out.append(h);
        }
    }
    return out;
}

} // namespace Protostar
