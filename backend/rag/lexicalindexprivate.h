// SPDX-License-Identifier: MIT
// LexicalIndex's tables and the scoring they share, for the files that implement it (lexicalindex.cpp builds and
// searches, lexicalindexprobe.cpp probes known chunks); no one else includes this.
#pragma once

#include "rag/lexicalindex.h"
#include "rag/lexicaltokenizer.h"
#include "rag/postinglist.h"
#include "rag/termproximity.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Protostar {

namespace LexicalIndexDetail {

struct DocEntry {
    ChunkRef ref;
    quint32 length = 0;
    bool alive = true;
};

inline QString termKey(const LexicalToken &t)
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

inline int unitOf(const QString &normalizedQuery, int position)
{
    int unit = 0;
    for (int i = 0; i < position && i < normalizedQuery.size(); ++i) {
        if (normalizedQuery.at(i).isSpace())
            ++unit;
    }
    return unit;
}

} // namespace LexicalIndexDetail

struct LexicalIndex::Private {
    LexicalRankingOptions ranking;
    QHash<QString, quint32> termIds;
    std::vector<PostingList> postings;
    std::vector<LexicalIndexDetail::DocEntry> docs;
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
        QList<LexicalIndexDetail::QueryTerm> terms; // the query's own, then the expansion's
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
        QList<LexicalIndexDetail::QueryTerm> &queryTerms = q.terms;
        for (const LexicalToken &t : tokens) {
            auto found = termIds.constFind(LexicalIndexDetail::termKey(t));
            if (found == termIds.cend())
                continue;
            factor[*found] = std::min<double>(qMax(1, r.queryTfCap), factor.value(*found) + 1);
            if (!termSet.contains(*found)) {
                termSet.insert(*found);
                queryTerms.append(LexicalIndexDetail::QueryTerm{LexicalIndexDetail::termKey(t), *found, LexicalIndexDetail::unitOf(normalizedQuery, t.position), 0.0});
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
            queryTerms.append(LexicalIndexDetail::QueryTerm{key, *found, unit++, 0.0});
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
            for (LexicalIndexDetail::QueryTerm &qt : queryTerms) {
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
    double proximity(quint32 doc, const QList<LexicalIndexDetail::QueryTerm> &queryTerms) const
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
            auto it = slot.constFind(LexicalIndexDetail::termKey(t));
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
                auto &slot = tf[LexicalIndexDetail::termKey(t)];
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
        docs.push_back(LexicalIndexDetail::DocEntry{ref, length, true});
        totalLength += length;
        ++alive;
    }
};

} // namespace Protostar
