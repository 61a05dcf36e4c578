// SPDX-License-Identifier: MIT
#include "rag/pagefusedindex.h"

#include <QHash>

#include <algorithm>
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

QList<SearchHit> PageFusedIndex::search(const QString &query, const SearchOptions &options) const
{
    if (m_fusion.pageWeight <= 0.0)
        return m_chunks.search(query, options);
    SearchOptions wide = options;
    wide.k = std::max(options.k, m_fusion.pool);
    // Feedback from the best chunks expands the query for their pages too (nothing when the options turn it off).
    const QueryExpansion expansion = m_chunks.feedback(query, wide);
    QList<SearchHit> hits = m_chunks.search(query, wide, expansion);
    if (hits.isEmpty())
        return hits;

    // Only the pages of these chunks can lift one of them: score those few units directly instead of ranking
    // every page (at a million chunks that halves the query time).
    QList<PageKey> pages;
    QList<ChunkId> units;
    QList<qsizetype> unitPage;
    QHash<PageKey, qsizetype> slot;
    for (const SearchHit &h : std::as_const(hits)) {
        const PageKey key = pageOf(h.ref);
        if (slot.contains(key))
            continue;
        slot.insert(key, pages.size());
        for (ChunkId unit : m_pageUnits.value(key)) {
            units.append(unit);
            unitPage.append(pages.size());
        }
        pages.append(key);
    }
    const QList<double> unitScores = m_pages.scores(query, units, expansion);
    QList<SearchHit> pageHits(pages.size());
    for (qsizetype i = 0; i < units.size(); ++i)
        pageHits[unitPage.at(i)].score = std::max(pageHits.at(unitPage.at(i)).score, unitScores.at(i));
    QList<qsizetype> order(pages.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return pageHits.at(a).score > pageHits.at(b).score; });
    QList<SearchHit> ranked;
    for (qsizetype i : std::as_const(order))
        ranked.append(pageHits.at(i));
    const QList<double> rankedParts = parts(ranked, m_fusion);
    QList<double> pagePart(pages.size(), 0.0);
    for (qsizetype r = 0; r < order.size(); ++r)
        pagePart[order.at(r)] = ranked.at(r).score > 0.0 ? rankedParts.at(r) : 0.0;

    // Sister documents compete for a question: one whose other pages also match it is likelier the one asked about.
    QHash<DocumentId, double> documentPart;
    double bestDocument = 0.0;
    if (m_fusion.documentWeight > 0.0) {
        for (qsizetype p = 0; p < pages.size(); ++p)
            bestDocument = std::max(bestDocument, documentPart[pages.at(p).first] += pagePart.at(p));
    }
    const QList<double> chunkParts = parts(hits, m_fusion);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        hits[i].score = chunkParts.at(i) + m_fusion.pageWeight * pagePart.at(slot.value(pageOf(hits.at(i).ref)));
        if (bestDocument > 0.0)
            hits[i].score += m_fusion.documentWeight * documentPart.value(hits.at(i).ref.chunk.documentId) / bestDocument;
    }
    // Stable: equal scores keep the chunk ranking's order.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (hits.size() > options.k)
        hits.resize(options.k);
    return hits;
}

qint64 PageFusedIndex::indexBytes() const
{
    return m_chunks.indexBytes() + m_pages.indexBytes();
}

} // namespace Protostar
