// SPDX-License-Identifier: MIT
#include "rag/lexicalindex.h"

#include "rag/lexicaltokenizer.h"
#include "rag/maxscore.h"
#include "rag/postinglist.h"
#include "rag/termproximity.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Protostar {

namespace {

struct DocEntry {
    ChunkRef ref;
    quint32 length = 0;
    bool alive = true;
};

QString termKey(const LexicalToken &t)
{
    // One-syllable words and single-syllable unigrams are different signals; keep them apart.
    if (t.kind == LexicalToken::Unigram)
        return QChar(u'\x01') + t.term;
    if (t.kind == LexicalToken::Joint)
        return QChar(u'\x03') + t.term;
    return t.kind == LexicalToken::Stem ? QChar(u'\x02') + t.term : t.term;
}

struct QueryTerm {
    QString key;
    quint32 id = 0;
    int unit = 0;    // which space-separated word of the query it came from
    double idf = 0;  // weighted by its kind
};

int unitOf(const QString &normalizedQuery, int position)
{
    int unit = 0;
    for (int i = 0; i < position && i < normalizedQuery.size(); ++i) {
        if (normalizedQuery.at(i).isSpace())
            ++unit;
    }
    return unit;
}

} // namespace

struct LexicalIndex::Private {
    LexicalRankingOptions ranking;
    QHash<QString, quint32> termIds;
    std::vector<PostingList> postings;
    std::vector<DocEntry> docs;
    QHash<ChunkId, quint32> docNumbers; // for scores(): the latest entry of each chunk id
    quint64 totalLength = 0;
    int alive = 0;

    int kinds() const
    {
        int k = LexicalTokenizer::Words;
        if (ranking.unigramWeight > 0)
            k |= LexicalTokenizer::Unigrams;
        if (ranking.bigramWeight > 0)
            k |= LexicalTokenizer::Bigrams;
        if (ranking.trigramWeight > 0)
            k |= LexicalTokenizer::Trigrams;
        if (ranking.stemWeight > 0)
            k |= LexicalTokenizer::Stems;
        if (ranking.jointWeight > 0)
            k |= LexicalTokenizer::Joints;
        return k;
    }

    double kindWeight(quint8 kind) const
    {
        switch (kind) {
        case LexicalToken::Unigram: return ranking.unigramWeight;
        case LexicalToken::Bigram: return ranking.bigramWeight;
        case LexicalToken::Trigram: return ranking.trigramWeight;
        case LexicalToken::Stem: return ranking.stemWeight;
        case LexicalToken::Joint: return ranking.jointWeight;
        default: return ranking.wordWeight;
        }
    }

    double idfOf(const PostingList &p) const
    {
        const double df = double(p.docs.size());
        return std::log(1.0 + (double(alive) - df + 0.5) / (df + 0.5));
    }

    // The query's terms and their postings cursors, weighted as search() scores them.
    struct Query {
        QList<QueryTerm> terms; // the query's own, then the expansion's
        qsizetype ownTerms = 0;
        std::vector<PostingCursor> cursors; // unsorted
        std::vector<quint8> cursorKinds;    // each cursor's term kind
        double avgdl = 1.0;
    };
    // Expansion terms weigh what the expansion says instead of the query's repeats; one the query has is skipped.
    Query prepare(const QString &query, const QueryExpansion &expansion = {}) const
    {
        Query q;
        const LexicalRankingOptions &r = ranking;
        const QString normalizedQuery = LexicalTokenizer::normalize(query);
        const QList<LexicalToken> tokens = LexicalTokenizer::tokenizeNormalized(normalizedQuery, kinds());
        QSet<quint32> termSet;
        QHash<quint32, double> factor; // the query's repeats, capped; or the expansion's weight
        QList<QueryTerm> &queryTerms = q.terms;
        for (const LexicalToken &t : tokens) {
            auto found = termIds.constFind(termKey(t));
            if (found == termIds.cend())
                continue;
            factor[*found] = std::min<double>(qMax(1, r.queryTfCap), factor.value(*found) + 1);
            if (!termSet.contains(*found)) {
                termSet.insert(*found);
                queryTerms.append(QueryTerm{termKey(t), *found, unitOf(normalizedQuery, t.position), 0.0});
            }
        }
        q.ownTerms = queryTerms.size();
        int unit = int(normalizedQuery.size()) + 1; // each expansion term its own unit: no proximity pairs
        for (const auto &[key, weight] : expansion) {
            auto found = termIds.constFind(key);
            if (found == termIds.cend() || termSet.contains(*found) || weight <= 0)
                continue;
            termSet.insert(*found);
            factor.insert(*found, weight);
            queryTerms.append(QueryTerm{key, *found, unit++, 0.0});
        }
        if (termSet.isEmpty())
            return q;

        const double n = double(alive);
        q.avgdl = qMax(1.0, double(totalLength) / n);
        const double avgdl = q.avgdl;
        std::vector<PostingCursor> &cursors = q.cursors;
        cursors.reserve(termSet.size());
        for (quint32 term : termSet) {
            const PostingList &p = postings[term];
            // A term the question repeats matters more, up to a cap: long questions repeat their topic.
            const double idf = factor.value(term) * kindWeight(p.kind) * idfOf(p);
            for (QueryTerm &qt : queryTerms) {
                if (qt.id == term)
                    qt.idf = idf;
            }
            if (idf <= 0 || p.docs.empty())
                continue;
            const double minNorm = r.k1 * (1.0 - r.b + r.b * p.minLength / avgdl);
            PostingCursor c{p.docs.data(), p.tfs.data(), 0, p.docs.size(), idf * (r.k1 + 1.0), idf * r.delta, 0.0};
            c.ub = c.score(p.maxTf, minNorm);
            cursors.push_back(c);
            q.cursorKinds.push_back(p.kind);
        }
        return q;
    }

    // The second stage's score of one chunk: where each query term occurs in it, weighed by TermProximity.
    double proximity(quint32 doc, const QList<QueryTerm> &queryTerms) const
    {
        const QList<LexicalToken> tokens = LexicalTokenizer::tokenize(docs[doc].ref.chunk.text, kinds());
        QHash<QString, int> slot;
        QList<TermProximity::Term> terms;
        for (qsizetype i = 0; i < queryTerms.size(); ++i) {
            slot.insert(queryTerms.at(i).key, int(i));
            terms.append(TermProximity::Term{queryTerms.at(i).unit, queryTerms.at(i).idf});
        }
        std::vector<std::vector<int>> positions(queryTerms.size());
        for (const LexicalToken &t : tokens) {
            auto it = slot.constFind(termKey(t));
            if (it != slot.cend())
                positions[*it].push_back(t.position);
        }
        return TermProximity::score(terms, positions, ranking.k1);
    }

    void addDoc(const ChunkRef &ref, const QString &text)
    {
        const quint32 docNo = quint32(docs.size());
        QHash<QString, std::pair<quint32, quint8>> tf; // term -> (count, kind)
        quint32 length = 0;
        auto count = [&](const QString &text, int repeat, bool lengthens) {
            if (repeat <= 0 || text.isEmpty())
                return;
            const QList<LexicalToken> tokens = LexicalTokenizer::tokenize(text, kinds());
            for (const LexicalToken &t : tokens) {
                auto &slot = tf[termKey(t)];
                slot.first += quint32(repeat);
                slot.second = t.kind;
            }
            if (lengthens)
                length += quint32(tokens.size() * repeat);
        };
        count(text, 1, true);
        QString title = ref.documentName;
        for (const QString &h : ref.chunk.headingPath)
            title += u'\n' + h;
        count(title, ranking.titleRepeat, ranking.titleInLength);

        for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
            auto found = termIds.constFind(it.key());
            quint32 id;
            if (found == termIds.cend()) {
                id = quint32(postings.size());
                termIds.insert(it.key(), id);
                postings.emplace_back();
                postings.back().kind = it.value().second;
            } else {
                id = *found;
            }
            PostingList &p = postings[id];
            const quint8 tfCapped = quint8(qMin<quint32>(it.value().first, 255));
            p.docs.push_back(docNo);
            p.tfs.push_back(tfCapped);
            p.maxTf = std::max(p.maxTf, tfCapped);
            p.minLength = std::min(p.minLength, qMax<quint32>(length, 1));
        }
        docNumbers.insert(ref.chunk.id, docNo);
        docs.push_back(DocEntry{ref, length, true});
        totalLength += length;
        ++alive;
    }
};

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
