// SPDX-License-Identifier: MIT
#include "rag/termproximity.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdlib>

namespace Protostar {

double TermProximity::score(const QList<Term> &terms, const std::vector<std::vector<int>> &positions, double k1)
{
    constexpr int window = 12;
    double score = 0.0;
    for (qsizetype a = 0; a < terms.size(); ++a) {
        if (positions[a].empty())
            continue;
        for (qsizetype b = a + 1; b < terms.size(); ++b) {
            if (positions[b].empty() || terms.at(a).unit == terms.at(b).unit)
                continue;
            double acc = 0.0;
            const std::vector<int> &pa = positions[a];
            const std::vector<int> &pb = positions[b];
            size_t j = 0;
            for (int x : pa) {
                while (j + 1 < pb.size() && pb[j + 1] <= x)
                    ++j;
                int dist = std::abs(pb[j] - x);
                if (j + 1 < pb.size())
                    dist = std::min(dist, std::abs(pb[j + 1] - x));
                if (dist <= window)
                    acc += 1.0 / double(qMax(1, dist) * qMax(1, dist));
            }
            if (acc > 0)
                score += std::min(terms.at(a).idf, terms.at(b).idf) * acc * (k1 + 1.0) / (acc + k1);
        }
    }
    return score;
}

} // namespace Protostar
