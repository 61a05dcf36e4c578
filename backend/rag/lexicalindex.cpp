// SPDX-License-Identifier: MIT
// LexicalIndex: building the postings and searching them (probing known chunks is in lexicalindexprobe.cpp).
#include "rag/lexicalindex.h"

#include "rag/lexicalindexprivate.h"
#include "rag/maxscore.h"

namespace Protostar {

using namespace LexicalIndexDetail;

LexicalIndex::LexicalIndex() : LexicalIndex(LexicalRankingOptions{}) { }

LexicalIndex::LexicalIndex(const LexicalRankingOptions &ranking) : d(std::make_unique<Private>())
{
    d->ranking = ranking;
}

LexicalIndex::~LexicalIndex() = default;

void LexicalIndex::add(const ChunkRef &chunk)
{
    d->addDoc(chunk, chunk.chunk.text);
}

void LexicalIndex::add(const ChunkRef &label, const QString &indexedText)
{
    d->addDoc(label, indexedText);
}

void LexicalIndex::addAll(const QList<ChunkRef> &chunks)
{
    d->docs.reserve(d->docs.size() + chunks.size());
    for (const ChunkRef &c : chunks)
        d->addDoc(c, c.chunk.text);
}

void LexicalIndex::removeDocument(DocumentId id)
{
    // Tombstones: postings keep the chunk number, search skips it. Re-adding a changed document is the common case
    // and is cheaper than rewriting every posting list.
    for (DocEntry &e : d->docs) {
        if (e.alive && e.ref.chunk.documentId == id) {
            e.alive = false;
            d->totalLength -= e.length;
            --d->alive;
        }
    }
}

void LexicalIndex::clear()
{
    const LexicalRankingOptions ranking = d->ranking;
    d = std::make_unique<Private>();
    d->ranking = ranking;
}

int LexicalIndex::size() const
{
    return d->alive;
}

const LexicalRankingOptions &LexicalIndex::rankingOptions() const
{
    return d->ranking;
}

qint64 LexicalIndex::indexBytes() const
{
    qint64 bytes = 0;
    for (const PostingList &p : d->postings)
        bytes += qint64(p.docs.capacity() * sizeof(quint32) + p.tfs.capacity() * sizeof(quint8) + sizeof(PostingList));
    bytes += qint64(d->docs.capacity() * sizeof(DocEntry));
    bytes += qint64(d->termIds.size()) * qint64(sizeof(QString) + sizeof(quint32) + 2 * 3 + 16);
    bytes += qint64(d->docNumbers.size()) * qint64(sizeof(ChunkId) + sizeof(quint32) + 8);
    return bytes;
}

QueryExpansion LexicalIndex::feedback(const QString &query, const SearchOptions &options) const
{
    const LexicalRankingOptions &r = d->ranking;
    if (r.feedbackDocs <= 0 || r.feedbackTerms <= 0 || r.feedbackWeight <= 0)
        return {};
    SearchOptions first = options;
    first.k = r.feedbackDocs;
    QList<RelevanceFeedback::Document> documents;
    for (const SearchHit &h : search(query, first, QueryExpansion{})) {
        RelevanceFeedback::Document doc;
        const QList<LexicalToken> tokens = LexicalTokenizer::tokenize(h.ref.chunk.text, d->kinds());
        for (const LexicalToken &t : tokens)
            ++doc.tf[termKey(t)];
        doc.length = int(tokens.size());
        doc.score = h.score;
        documents.append(doc);
    }
    QSet<QString> own;
    for (const QueryTerm &t : d->prepare(query).terms)
        own.insert(t.key);
    const auto idf = [this](const QString &key) {
        const auto found = d->termIds.constFind(key);
        if (found == d->termIds.cend())
            return 0.0;
        const PostingList &p = d->postings[*found];
        return d->kindWeight(p.kind) * d->idfOf(p);
    };
    return RelevanceFeedback::expansion(documents, idf, own,
                                        {r.feedbackTerms, r.feedbackMinDocs, r.feedbackWeight});
}

QList<SearchHit> LexicalIndex::search(const QString &query, const SearchOptions &options) const
{
    return search(query, options, feedback(query, options));
}

QList<SearchHit> LexicalIndex::search(const QString &query, const SearchOptions &options,
                                      const QueryExpansion &expansion) const
{
    QList<SearchHit> hits;
    if (d->alive == 0 || options.k <= 0)
        return hits;
    const LexicalRankingOptions &r = d->ranking;
    Private::Query prepared = d->prepare(query, expansion);
    if (prepared.cursors.empty())
        return hits;
    std::vector<PostingCursor> &cursors = prepared.cursors;
    const QList<QueryTerm> queryTerms = prepared.terms.first(prepared.ownTerms); // proximity pairs the query's own
    const double avgdl = prepared.avgdl;
    const bool rerank = r.rerankDepth > 0 && r.proximityWeight > 0 && queryTerms.size() > 1;
    const size_t depth = size_t(rerank ? qMax(r.rerankDepth, options.k) : options.k);
    const double k1 = r.k1, b = r.b;
    const auto heap = maxScoreTop(
        cursors, depth, [&](quint32 doc) { return k1 * (1.0 - b + b * d->docs[doc].length / avgdl); },
        [&](quint32 doc) {
            const DocEntry &e = d->docs[doc];
            return e.alive && (options.candidates.isEmpty() || options.candidates.contains(e.ref.candidateId));
        });
    std::vector<std::pair<float, quint32>> ranked;
    ranked.reserve(heap.size());
    for (const auto &h : heap)
        ranked.emplace_back(float(h.first), h.second);
    auto betterF = [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; };
    std::sort(ranked.begin(), ranked.end(), betterF);
    size_t k = std::min(ranked.size(), size_t(options.k));
    if (rerank) {
        // Second stage: the first cannot see word order, so re-score its best few by how close the query's words
        // sit to each other in the chunk. Off by default: it did not help on the evaluation sets (BENCHMARKS.md).
        for (auto &h : ranked)
            h.first += float(r.proximityWeight * d->proximity(h.second, queryTerms));
        std::sort(ranked.begin(), ranked.end(), betterF);
    }
    hits.reserve(qsizetype(k));
    for (size_t i = 0; i < k; ++i)
        hits.append(SearchHit{d->docs[ranked[i].second].ref, double(ranked[i].first)});
    return hits;
}

} // namespace Protostar
