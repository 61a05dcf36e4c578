// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "rag/relevancefeedback.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Protostar {

struct SearchHit {
    ChunkRef ref;
    double score = 0.0;
};

// What probing one unit's postings tells about a query, beyond its score: features for a learned ranking.
struct ProbedUnit {
    double score = 0.0;    // as search() scores it
    double coverage = 0.0; // share of the query's idf weight among the terms it holds (0..1)
    double wordScore = 0.0; // the part of `score` from Latin words and numbers
    double lengthRatio = 0.0; // its length over the average (0 for one not indexed)
};

struct SearchOptions {
    int k = 5;
    QSet<CandidateId> candidates; // empty = all
};

// Tunable ranking knobs; the defaults are what measured best on the evaluation sets (docs/BENCHMARKS.md).
struct LexicalRankingOptions {
    double k1 = 1.2;
    double b = 0.75;
    double unigramWeight = 0.0;  // single Hangul syllables
    double bigramWeight = 1.0;   // Hangul syllable bigrams
    double trigramWeight = 0.0;  // Hangul syllable trigrams
    double wordWeight = 1.0;     // Latin words and numbers (figures in canonical form)
    double stemWeight = 0.0;     // whole Hangul words of three or more syllables, particles cut off
    double jointWeight = 0.0;    // a word's last syllable with the next word's first, across the space between;
                                 // off: it costs the answer bench and a fusion variant (BENCHMARKS.md, ninth session)
    int queryTfCap = 2;          // a query term counts as often as the query repeats it, up to this
    int titleRepeat = 2;         // heading path and document name count this many times as body text
    bool titleInLength = true;   // false: they do not lengthen the chunk (a field of its own, as in BM25F)
    int rerankDepth = 0;         // 0 = no second stage; else rerank this many first-stage hits by proximity
    double proximityWeight = 1.0; // BM25TP-style pair proximity added in the second stage
    // Pseudo-relevance feedback (RelevanceFeedback): the first search's best `feedbackDocs` chunks lend up to
    // `feedbackTerms` terms to the query, the best at `feedbackWeight`; 0 chunks = off (BENCHMARKS.md, eleventh
    // session: it did not win).
    int feedbackDocs = 0;
    int feedbackTerms = 20;
    double feedbackWeight = 0.3;
    int feedbackMinDocs = 1;
    // BM25+ (Lv & Zhai 2011): a matched term earns at least delta x its idf, so that a long chunk's occurrence is
    // never worth almost nothing. 0 = plain BM25. Off: 0.2 wins KorQuAD with the fused ko-rag-eval ranking unchanged,
    // but it costs ko-rag-eval's chunks-alone and pages-alone rankings (BENCHMARKS.md, eleventh session).
    double delta = 0.0;
};

// In-memory Korean-aware lexical index. Writes are not thread-safe; const search() may run on many threads at once.
class LexicalIndex
{
public:
    LexicalIndex();
    explicit LexicalIndex(const LexicalRankingOptions &ranking);
    ~LexicalIndex();
    LexicalIndex(const LexicalIndex &) = delete;
    LexicalIndex &operator=(const LexicalIndex &) = delete;

    void add(const ChunkRef &chunk);
    // Indexes `indexedText` under `label`, which search returns as is: a unit whose text is kept elsewhere
    // (a whole page made of chunks already held) need not be stored twice.
    void add(const ChunkRef &label, const QString &indexedText);
    void addAll(const QList<ChunkRef> &chunks);
    void removeDocument(DocumentId id);
    void clear();
    int size() const;
    // Best first; with the feedback the ranking options ask for.
    QList<SearchHit> search(const QString &query, const SearchOptions &options) const;
    QList<SearchHit> search(const QString &query, const SearchOptions &options, const QueryExpansion &expansion) const;
    // What pseudo-relevance feedback adds to `query` (empty when the ranking options turn it off): terms of the
    // chunks a first search ranks best among those `options` allow. Another index of the same options may use it.
    QueryExpansion feedback(const QString &query, const SearchOptions &options) const;
    // The first-stage score search() gives each of these chunks (0 for one not indexed or removed): a few known
    // chunks are scored by probing postings, without walking the corpus.
    QList<double> scores(const QString &query, const QList<ChunkId> &ids, const QueryExpansion &expansion = {}) const;
    // The same probe, with what else it learns about each chunk (ProbedUnit).
    QList<ProbedUnit> probe(const QString &query, const QList<ChunkId> &ids, const QueryExpansion &expansion = {}) const;

    const LexicalRankingOptions &rankingOptions() const;
    // Bytes held by postings, dictionary and per-chunk tables (not the chunk texts, which are shared).
    qint64 indexBytes() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Protostar
