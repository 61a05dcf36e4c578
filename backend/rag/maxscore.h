// SPDX-License-Identifier: MIT
#pragma once

#include "rag/postinglist.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace Protostar {

// Document-at-a-time MaxScore (Turtle & Flood): terms sorted by their score upper bound; once the k-th best score
// beats the bounds of the weakest terms together, those terms are only probed for chunks the strong terms found.
// Common bigrams (니다, 있는) then cost a few binary searches instead of a walk over half the corpus.
// `norm(doc)` is a chunk's BM25 length normalisation, `wanted(doc)` whether it may be returned. Returns up to
// `depth` (score, chunk number) pairs, unordered; ties go to the lower chunk number. Consumes the cursors.
template<typename Norm, typename Wanted>
std::vector<std::pair<double, quint32>> maxScoreTop(std::vector<PostingCursor> &cursors, size_t depth, Norm &&norm,
                                                    Wanted &&wanted)
{
    std::sort(cursors.begin(), cursors.end(),
              [](const PostingCursor &a, const PostingCursor &b) { return a.ub < b.ub; });
    std::vector<double> prefix(cursors.size());
    double sum = 0;
    for (size_t i = 0; i < cursors.size(); ++i)
        prefix[i] = (sum += cursors[i].ub);
    auto better = [](const std::pair<double, quint32> &a, const std::pair<double, quint32> &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    std::vector<std::pair<double, quint32>> heap; // a min-heap under `better`: the worst kept hit on top
    heap.reserve(depth + 1);
    double theta = 0;
    size_t firstEssential = 0;
    const quint32 end = std::numeric_limits<quint32>::max();
    while (true) {
        quint32 doc = end;
        for (size_t i = firstEssential; i < cursors.size(); ++i)
            doc = std::min(doc, cursors[i].current());
        if (doc == end)
            break;
        const double n = norm(doc);
        double score = 0;
        for (size_t i = firstEssential; i < cursors.size(); ++i) {
            PostingCursor &c = cursors[i];
            if (c.current() == doc)
                score += c.score(c.tfs[c.pos++], n);
        }
        if (!wanted(doc))
            continue;
        for (size_t i = firstEssential; i-- > 0;) {
            if (score + prefix[i] <= theta)
                break;
            PostingCursor &c = cursors[i];
            c.advanceTo(doc);
            if (c.current() == doc)
                score += c.score(c.tfs[c.pos], n);
        }
        if (heap.size() < depth || better({score, doc}, heap.front())) {
            heap.emplace_back(score, doc);
            std::push_heap(heap.begin(), heap.end(), better);
            if (heap.size() > depth) {
                std::pop_heap(heap.begin(), heap.end(), better);
                heap.pop_back();
            }
            if (heap.size() == depth) {
                theta = heap.front().first;
                while (firstEssential < cursors.size() && prefix[firstEssential] <= theta)
                    ++firstEssential;
            }
        }
    }
    return heap;
}

} // namespace Protostar
