// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Protostar {

struct SearchHit {
    ChunkRef ref;
    double score = 0.0;
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
    int rerankDepth = 0;         // 0 = no second stage; else rerank this many first-stage hits by proximity
    double proximityWeight = 1.0; // BM25TP-style pair proximity added in the second stage
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
    QList<SearchHit> search(const QString &query, const SearchOptions &options) const; // best first
    // The first-stage score search() gives each of these chunks (0 for one not indexed or removed): a few known
    // chunks are scored by probing postings, without walking the corpus.
    QList<double> scores(const QString &query, const QList<ChunkId> &ids) const;

    const LexicalRankingOptions &rankingOptions() const;
    // Bytes held by postings, dictionary and per-chunk tables (not the chunk texts, which are shared).
    qint64 indexBytes() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Protostar
