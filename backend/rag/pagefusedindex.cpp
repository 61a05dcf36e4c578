// SPDX-License-Identifier: MIT
#include "rag/pagefusedindex.h"

#include <QHash>

#include <algorithm>

namespace Protostar {

namespace {

using PageKey = QPair<DocumentId, int>;

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
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_pages.add(labels.at(i), texts.at(i));
}

void PageFusedIndex::removeDocument(DocumentId id)
{
    m_chunks.removeDocument(id);
    m_pages.removeDocument(id);
}

void PageFusedIndex::clear()
{
    m_chunks.clear();
    m_pages.clear();
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
    QList<SearchHit> hits = m_chunks.search(query, wide);
    if (hits.isEmpty())
        return hits;
    wide.k = m_fusion.pool;
    const QList<SearchHit> pages = m_pages.search(query, wide);

    QHash<PageKey, double> pagePart;
    const QList<double> pageParts = parts(pages, m_fusion);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        double &best = pagePart[pageOf(pages.at(i).ref)];
        best = std::max(best, pageParts.at(i));
    }
    const QList<double> chunkParts = parts(hits, m_fusion);
    for (qsizetype i = 0; i < hits.size(); ++i)
        hits[i].score = chunkParts.at(i) + m_fusion.pageWeight * pagePart.value(pageOf(hits.at(i).ref));
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
