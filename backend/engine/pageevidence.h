// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"
#include "rag/lexicalindex.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Protostar {

// The numbered evidence a provider gets, built from ranked chunk hits with one entry per document page.
// PageFusedIndex ranks each paragraph with its page, so the paragraphs of one good page tend to fill the top
// ranks together ("p.4, p.4, p.4, p.18, …") and crowd other pages out of the few passages a provider reads
// first; with one chunk per page the same question sees several pages. So the hits of one real page (page > 0)
// share one entry, their texts joined in reading order under the best-ranked one, and the places that frees are
// taken by the next pages of a wider ranking (`pool`). A chunk without a page (a résumé paragraph) stays its
// own entry, as does every chunk when no two share a page: the evidence is then exactly the hits.
// After generation, attribute() cites the chunk of an entry whose text the answer quotes, not the entry's first.
// A value type; used on the answering thread.
class PageEvidence
{
public:
    // `hits`: the top k, best first; `pool`: a wider ranking of the same search whose prefix they are (may be
    // empty: then only the hits are grouped). At most hits.size() entries.
    static PageEvidence build(const QList<SearchHit> &hits, const QList<SearchHit> &pool);
    // One entry per hit, in the order given, whatever page they share: for an answer that reads each chunk by its
    // own heading (a profile: a PDF page's summary, jobs and skills are each a kind of their own, ProfileQuestion).
    static PageEvidence separate(const QList<SearchHit> &hits);
    // Whether two hits share a real page, the only case in which build() differs from the hits.
    static bool sharesPage(const QList<SearchHit> &hits);

    const QList<Evidence> &evidence() const { return m_evidence; }
    // The chunks behind evidence entry n (1-based), best ranked first.
    const QList<ChunkRef> &chunksOf(int n) const { return m_chunks.at(n - 1); }

    // The answer's markers [n] renumbered into `sources` (1-based): each cited entry's chunk that holds the text
    // the marker closes (the words since the previous marker), else the entry's best-ranked chunk; `cited`
    // receives the numbers used. Markers outside `entries` are left as they are.
    QString attribute(const QString &text, const QSet<int> &entries, QList<ChunkRef> &sources, QSet<int> &cited) const;

private:
    QList<Evidence> m_evidence;
    QList<QList<ChunkRef>> m_chunks;
};

} // namespace Protostar
