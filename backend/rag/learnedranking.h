// SPDX-License-Identifier: MIT
#pragma once

#include <array>

namespace Protostar {

// A linear re-ranking of the chunks PageFusedIndex pools for a question, over features the two probes already
// give: the hand-set fusion (chunk part + 3 x page part) is one point of this space, and the weights in
// learnedranking.cpp were fitted to move from it (BENCHMARKS.md, twelfth session, "learned combination").
struct RankingFeatures {
    enum Feature {
        ChunkPart,     // chunk score over the pool's best chunk score
        PagePart,      // its page's score over the best pooled page's
        ChunkCoverage, // share of the question's idf weight the chunk holds
        PageCoverage,  // the same for its page
        ChunkWordPart, // the chunk score's part from Latin words and numbers, over the best chunk score
        ChunkRank,     // 1 / rank of the chunk's own score in the pool
        PageRank,      // 1 / rank of its page among the pooled pages
        LogLength,     // log of the chunk's length over the average chunk's
        Count
    };
    using Weights = std::array<double, Count>;
    std::array<double, Count> values{};

    double score(const Weights &weights) const;
    // The fitted weights (learnedranking.cpp says how).
    static const Weights &fitted();
    // The hand-set fusion in this space, for comparison and as the fit's starting point.
    static Weights handSet(double pageWeight);
    static const char *name(Feature f);
};

} // namespace Protostar
