// SPDX-License-Identifier: MIT
#pragma once

#include "rag/learnedranking.h"
#include "rag/lexicalindex.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace Protostar {

// How a chunk's own ranking and the ranking of the page around it are combined.
struct PageFusionOptions {
    enum class Method { NormalisedScore, ReciprocalRank };
    Method method = Method::NormalisedScore;
    // The page's part against the chunk's own (weight 1); 0 ranks chunks alone. 3 is what the tuning half of
    // ko-rag-eval chose (docs/BENCHMARKS.md, "Multi-granularity fusion").
    double pageWeight = 3.0;
    double rrfK = 60.0; // ReciprocalRank: each ranking adds weight / (rrfK + rank)
    int pool = 20;      // chunks ranked before fusing; their pages are the ones scored
    // Document evidence: a chunk's document earns the page parts of all its pooled pages summed (over the best
    // document's), times this; 0 = off (BENCHMARKS.md, eleventh session).
    double documentWeight = 0.0;
    // NormalisedScore only: rank the pool by a linear combination of RankingFeatures instead; off by default
    // until it wins (BENCHMARKS.md, twelfth session). `weights` overrides the fitted ones (the fitting program).
    bool learned = false;
    std::optional<RankingFeatures::Weights> weights;
};

// One chunk of a search's pool, with what the learned ranking reads about it.
struct PooledChunk {
    SearchHit hit; // score: the chunk's own
    RankingFeatures features;
};

// A LexicalIndex over chunks beside one over whole pages (the chunks of one document page joined; a document
// without pages is one unit), fused at search time: a paragraph chunk pinpoints the passage that states the
// answer, while its page also credits question terms spread over neighbouring paragraphs, and either alone
// loses questions the other wins. Returned hits are chunks, best first, scored by the fusion.
// Writes are not thread-safe; const search() may run on many threads at once.
class PageFusedIndex
{
public:
    explicit PageFusedIndex(const LexicalRankingOptions &ranking = {}, const PageFusionOptions &fusion = {});
    PageFusedIndex(const PageFusedIndex &) = delete;
    PageFusedIndex &operator=(const PageFusedIndex &) = delete;

    // A page is built from the chunks of one call: documents are added whole (the importer and the store do), and
    // a page whose chunks arrive in two calls becomes two units, of which a chunk gets the better.
    void addAll(const QList<ChunkRef> &chunks);
    void removeDocument(DocumentId id);
    void clear();
    int size() const; // chunks
    QList<SearchHit> search(const QString &query, const SearchOptions &options) const;
    // The chunks search() ranks (at least `pool`, in the chunk ranking's order) with their features; empty when
    // the page weight is 0.
    QList<PooledChunk> pool(const QString &query, const SearchOptions &options) const;

    const PageFusionOptions &fusionOptions() const { return m_fusion; }
    qint64 indexBytes() const; // both indexes

    using PageKey = QPair<DocumentId, int>; // document, page

private:
    struct Gathered; // a search's chunk pool and the scores of their pages
    Gathered gather(const QString &query, const SearchOptions &options) const;
    static void finish(QList<SearchHit> &hits, int k);

    LexicalIndex m_chunks;
    LexicalIndex m_pages; // labels carry document, page and names; their text is not stored twice
    PageFusionOptions m_fusion;
    QHash<PageKey, QList<ChunkId>> m_pageUnits; // a page's units in m_pages (two when its chunks came in two calls)
    ChunkId m_nextPageId = 1;
};

} // namespace Protostar
