// SPDX-License-Identifier: MIT
#include "rag/pagefusedindex.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Protostar {

namespace {

using PageKey = PageFusedIndex::PageKey;

PageKey pageOf(const ChunkRef &ref)
{
    return {ref.chunk.documentId, ref.chunk.page};
}

// Each hit's part of a ranking: its score over the best score, or its reciprocal rank.
QList<double> parts(const QList<SearchHit> &hits, const PageFusionOptions &fusion)
{
    QList<double> out;
    out.reserve(hits.size());
    const double top = hits.isEmpty() ? 0.0 : hits.constFirst().score;
    for (qsizetype r = 0; r < hits.size(); ++r) {
        out.append(fusion.method == PageFusionOptions::Method::ReciprocalRank
                       ? 1.0 / (fusion.rrfK + double(r + 1))
                       : (top > 0.0 ? hits.at(r).score / top : 0.0));
    }
    return out;
}

} // namespace

PageFusedIndex::PageFusedIndex(const LexicalRankingOptions &ranking, const PageFusionOptions &fusion)
    : m_chunks(ranking), m_pages(ranking), m_fusion(fusion)
{
}

void PageFusedIndex::addAll(const QList<ChunkRef> &chunks)
{
    m_chunks.addAll(chunks);
    if (m_fusion.pageWeight <= 0.0)
        return;
    // Pages in the order their first chunk came, texts in chunk order.
    QHash<PageKey, qsizetype> slot;
    QList<ChunkRef> labels;
    QList<QString> texts;
    QList<QStringList> headings; // the last chunk's heading path, per page
    for (const ChunkRef &c : chunks) {
        const PageKey key = pageOf(c);
        auto it = slot.constFind(key);
        if (it == slot.cend()) {
            ChunkRef label = c;
            label.chunk.id = m_nextPageId++;
            label.chunk.text.clear();
            // The page is titled by its document alone; its headings are part of its text, as on paper.
            label.chunk.headingPath.clear();
            it = slot.insert(key, labels.size());
            labels.append(label);
            texts.append(QString());
            headings.append(QStringList());
        }
        QString &text = texts[*it];
        QStringList &previous = headings[*it];
        // A heading is written once, where its section starts, not before every paragraph under it.
        qsizetype shared = 0;
        while (shared < previous.size() && shared < c.chunk.headingPath.size()
               && previous.at(shared) == c.chunk.headingPath.at(shared))
            ++shared;
        for (qsizetype h = shared; h < c.chunk.headingPath.size(); ++h)
            text += c.chunk.headingPath.at(h) + u'\n';
        text += c.chunk.text + u'\n';
        previous = c.chunk.headingPath;
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        m_pages.add(labels.at(i), texts.at(i));
        m_pageUnits[pageOf(labels.at(i))].append(labels.at(i).chunk.id);
    }
}

void PageFusedIndex::removeDocument(DocumentId id)
{
    m_chunks.removeDocument(id);
    m_pages.removeDocument(id);
    m_pageUnits.removeIf([id](const auto &entry) { return entry.key().first == id; });
}

void PageFusedIndex::clear()
{
    m_chunks.clear();
    m_pages.clear();
    m_pageUnits.clear();
}

int PageFusedIndex::size() const
{
    return m_chunks.size();
}

struct PageFusedIndex::Gathered {
    QueryExpansion expansion;
    QList<SearchHit> hits;    // the chunk pool, best first by the chunk's own score
    QList<PageKey> pages;     // their pages, in the order their best chunk comes
    QHash<PageKey, qsizetype> slot;
    QList<double> pageScores; // each page's score (the best of its units)
    QList<double> pageCoverage; // the coverage of that best unit
    QList<double> pagePart;   // each page's part: over the best page's, or its reciprocal rank
    QList<int> pageRank;      // 1-based
};

PageFusedIndex::Gathered PageFusedIndex::gather(const QString &query, const SearchOptions &options) const
{
    Gathered g;
    SearchOptions wide = options;
    wide.k = std::max(options.k, m_fusion.pool);
    // Feedback from the best chunks expands the query for their pages too (nothing when the options turn it off).
    g.expansion = m_chunks.feedback(query, wide);
    g.hits = m_chunks.search(query, wide, g.expansion);
    if (g.hits.isEmpty())
        return g;

    // Only the pages of these chunks can lift one of them: score those few units directly instead of ranking
    // every page (at a million chunks that halves the query time).
    QList<ChunkId> units;
    QList<qsizetype> unitPage;
    for (const SearchHit &h : std::as_const(g.hits)) {
        const PageKey key = pageOf(h.ref);
        if (g.slot.contains(key))
            continue;
        g.slot.insert(key, g.pages.size());
        for (ChunkId unit : m_pageUnits.value(key)) {
            units.append(unit);
            unitPage.append(g.pages.size());
        }
        g.pages.append(key);
    }
    const QList<ProbedUnit> probes = m_pages.probe(query, units, g.expansion);
    g.pageScores.fill(0.0, g.pages.size());
    g.pageCoverage.fill(0.0, g.pages.size());
    for (qsizetype i = 0; i < units.size(); ++i) {
        const qsizetype p = unitPage.at(i);
        if (probes.at(i).score > g.pageScores.at(p)) {
            g.pageScores[p] = probes.at(i).score;
            g.pageCoverage[p] = probes.at(i).coverage;
        }
    }
    QList<qsizetype> order(g.pages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return g.pageScores.at(a) > g.pageScores.at(b); });
    QList<SearchHit> ranked;
    for (qsizetype i : std::as_const(order))
        ranked.append(SearchHit{{}, g.pageScores.at(i)});
    const QList<double> rankedParts = parts(ranked, m_fusion);
    g.pagePart.fill(0.0, g.pages.size());
    g.pageRank.fill(0, g.pages.size());
    for (qsizetype r = 0; r < order.size(); ++r) {
        g.pagePart[order.at(r)] = ranked.at(r).score > 0.0 ? rankedParts.at(r) : 0.0;
        g.pageRank[order.at(r)] = int(r + 1);
    }
    return g;
}

void PageFusedIndex::finish(QList<SearchHit> &hits, int k)
{
    // Stable: equal scores keep the chunk ranking's order.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (hits.size() > k)
        hits.resize(k);
}

QList<SearchHit> PageFusedIndex::search(const QString &query, const SearchOptions &options) const
{
    if (m_fusion.pageWeight <= 0.0)
        return m_chunks.search(query, options);
    if (m_fusion.learned && m_fusion.method == PageFusionOptions::Method::NormalisedScore) {
        const RankingFeatures::Weights &weights = m_fusion.weights ? *m_fusion.weights : RankingFeatures::fitted();
        QList<SearchHit> hits;
        for (const PooledChunk &c : pool(query, options))
            hits.append(SearchHit{c.hit.ref, c.features.score(weights)});
        finish(hits, options.k);
        return hits;
    }
    Gathered g = gather(query, options);
    QList<SearchHit> &hits = g.hits;

    // Sister documents compete for a question: one whose other pages also match it is likelier the one asked about.
    QHash<DocumentId, double> documentPart;
    double bestDocument = 0.0;
    if (m_fusion.documentWeight > 0.0) {
        for (qsizetype p = 0; p < g.pages.size(); ++p)
            bestDocument = std::max(bestDocument, documentPart[g.pages.at(p).first] += g.pagePart.at(p));
    }
    const QList<double> chunkParts = parts(hits, m_fusion);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        hits[i].score = chunkParts.at(i) + m_fusion.pageWeight * g.pagePart.at(g.slot.value(pageOf(hits.at(i).ref)));
        if (bestDocument > 0.0)
            hits[i].score += m_fusion.documentWeight * documentPart.value(hits.at(i).ref.chunk.documentId) / bestDocument;
    }
    finish(hits, options.k);
    return hits;
}

QList<PooledChunk> PageFusedIndex::pool(const QString &query, const SearchOptions &options) const
{
    QList<PooledChunk> out;
    if (m_fusion.pageWeight <= 0.0)
        return out;
    const Gathered g = gather(query, options);
    if (g.hits.isEmpty())
        return out;
    QList<ChunkId> chunkIds;
    for (const SearchHit &h : g.hits)
        chunkIds.append(h.ref.chunk.id);
    const QList<ProbedUnit> chunkProbes = m_chunks.probe(query, chunkIds, g.expansion);
    const double best = g.hits.constFirst().score;
    for (qsizetype i = 0; i < g.hits.size(); ++i) {
        const qsizetype page = g.slot.value(pageOf(g.hits.at(i).ref));
        const ProbedUnit &probe = chunkProbes.at(i);
        PooledChunk c{g.hits.at(i), {}};
        auto &v = c.features.values;
        v[RankingFeatures::ChunkPart] = best > 0.0 ? g.hits.at(i).score / best : 0.0;
        v[RankingFeatures::PagePart] = g.pagePart.at(page);
        v[RankingFeatures::ChunkCoverage] = probe.coverage;
        v[RankingFeatures::PageCoverage] = g.pageCoverage.at(page);
        v[RankingFeatures::ChunkWordPart] = best > 0.0 ? probe.wordScore / best : 0.0;
        v[RankingFeatures::ChunkRank] = 1.0 / double(i + 1);
        v[RankingFeatures::PageRank] = 1.0 / double(g.pageRank.at(page));
        v[RankingFeatures::LogLength] = probe.lengthRatio > 0.0 ? std::log(probe.lengthRatio) : 0.0;
        out.append(c);
    }
    return out;
}

qint64 PageFusedIndex::indexBytes() const
{
    return m_chunks.indexBytes() + m_pages.indexBytes();
}

} // namespace Protostar
