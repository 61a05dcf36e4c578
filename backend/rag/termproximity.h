// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <vector>

namespace Protostar {

// BM25TP-style term proximity (Rasolofo & Savoy), the score of LexicalIndex's optional second stage: pairs of query
// terms from different query words that occur close together in a chunk earn idf-weighted 1/distance^2, saturated
// like a term frequency. Stateless; thread-safe.
class TermProximity
{
public:
    struct Term {
        int unit = 0;   // which space-separated word of the query it came from: pairs within one word earn nothing
        double idf = 0; // weighted by its kind
    };
    // positions[i]: where terms[i] occurs in the chunk, in increasing order (empty when it does not).
    static double score(const QList<Term> &terms, const std::vector<std::vector<int>> &positions, double k1);
};

} // namespace Protostar
