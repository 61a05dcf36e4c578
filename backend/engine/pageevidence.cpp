// SPDX-License-Identifier: MIT
#include "engine/pageevidence.h"

#include "providers/answertext.h"

#include <QHash>
#include <QPair>
#include <QRegularExpression>

#include <algorithm>

namespace Protostar {

namespace {

using PageKey = QPair<DocumentId, int>;

PageKey pageOf(const ChunkRef &ref)
{
    return {ref.chunk.documentId, ref.chunk.page};
}

QString matchable(const QString &text)
{
    return AnswerText::foldForMatching(AnswerText::stripMarkers(text));
}

} // namespace

bool PageEvidence::sharesPage(const QList<SearchHit> &hits)
{
    QSet<PageKey> seen;
    for (const SearchHit &h : hits) {
        if (h.ref.chunk.page <= 0)
            continue;
        if (seen.contains(pageOf(h.ref)))
            return true;
        seen.insert(pageOf(h.ref));
    }
    return false;
}

PageEvidence PageEvidence::separate(const QList<SearchHit> &hits)
{
    PageEvidence out;
    for (const SearchHit &h : hits) {
        out.m_chunks.append({h.ref});
        out.m_evidence.append(Evidence{int(out.m_chunks.size()), h.ref, h.score});
    }
    return out;
}

PageEvidence PageEvidence::build(const QList<SearchHit> &hits, const QList<SearchHit> &pool)
{
    PageEvidence out;
    QList<double> scores;
    QHash<PageKey, qsizetype> entryOfPage;
    QSet<ChunkId> taken;
    auto open = [&](const SearchHit &h) {
        if (h.ref.chunk.page > 0)
            entryOfPage.insert(pageOf(h.ref), out.m_chunks.size());
        out.m_chunks.append({h.ref});
        scores.append(h.score);
    };
    // The hits themselves: a further hit of a page already in joins that page's entry.
    for (const SearchHit &h : hits) {
        taken.insert(h.ref.chunk.id);
        const auto entry = h.ref.chunk.page > 0 ? entryOfPage.constFind(pageOf(h.ref)) : entryOfPage.cend();
        if (entry != entryOfPage.cend())
            out.m_chunks[*entry].append(h.ref);
        else
            open(h);
    }
    // The places freed go to the next pages of the wider ranking, each with its best chunk there.
    for (const SearchHit &h : pool) {
        if (out.m_chunks.size() >= hits.size())
            break;
        if (taken.contains(h.ref.chunk.id) || (h.ref.chunk.page > 0 && entryOfPage.contains(pageOf(h.ref))))
            continue;
        taken.insert(h.ref.chunk.id);
        open(h);
    }
    for (qsizetype i = 0; i < out.m_chunks.size(); ++i) {
        const QList<ChunkRef> &chunks = out.m_chunks.at(i);
        ChunkRef ref = chunks.first();
        if (chunks.size() > 1) {
            // As printed on the page: in reading order, whatever their ranks.
            QList<ChunkRef> reading = chunks;
            std::stable_sort(reading.begin(), reading.end(),
                             [](const ChunkRef &a, const ChunkRef &b) { return a.chunk.ordinal < b.chunk.ordinal; });
            // Adjacent paragraphs continue each other (a sentence the chunker cut at a line break reads whole again);
            // a gap between them is a blank line, so no sentence runs across it.
            ref.chunk.text = reading.first().chunk.text;
            for (qsizetype c = 1; c < reading.size(); ++c) {
                const bool adjacent = reading.at(c).chunk.ordinal == reading.at(c - 1).chunk.ordinal + 1;
                ref.chunk.text += (adjacent ? QStringLiteral("\n") : QStringLiteral("\n\n")) + reading.at(c).chunk.text;
            }
        }
        out.m_evidence.append(Evidence{int(i + 1), ref, scores.at(i)});
    }
    return out;
}

QString PageEvidence::attribute(const QString &text, const QSet<int> &entries, QList<ChunkRef> &sources, QSet<int> &cited) const
{
    static const QRegularExpression marker(QStringLiteral("\\[(\\d+)\\]"));
    QHash<QPair<int, qsizetype>, int> numberOf; // (entry, chunk index) -> number in sources
    QString out;
    qsizetype last = 0;
    qsizetype segmentStart = 0;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        const QString segment = text.mid(segmentStart, m.capturedStart(0) - segmentStart);
        segmentStart = m.capturedEnd(0);
        if (!entries.contains(n) || n < 1 || n > m_chunks.size())
            continue;
        const QList<ChunkRef> &chunks = m_chunks.at(n - 1);
        qsizetype chosen = 0;
        if (chunks.size() > 1) {
            // The chunk that writes what the marker closes; failing that (a paraphrase), the one sharing most of
            // its terms; ties go to the better-ranked chunk.
            const QString quoted = matchable(segment);
            const QStringList terms = AnswerText::terms(segment);
            qsizetype bestShared = -1;
            for (qsizetype c = 0; c < chunks.size(); ++c) {
                const QString folded = matchable(chunks.at(c).chunk.text);
                if (!quoted.isEmpty() && folded.contains(quoted)) {
                    chosen = c;
                    break;
                }
                const qsizetype shared = std::count_if(terms.cbegin(), terms.cend(), [&](const QString &t) { return folded.contains(t); });
                if (shared > bestShared) {
                    bestShared = shared;
                    chosen = c;
                }
            }
        }
        auto number = numberOf.constFind({n, chosen});
        if (number == numberOf.cend()) {
            sources.append(chunks.at(chosen));
            number = numberOf.insert({n, chosen}, int(sources.size()));
        }
        cited.insert(*number);
        out += text.mid(last, m.capturedStart(0) - last) + u'[' + QString::number(*number) + u']';
        last = m.capturedEnd(0);
    }
    out += text.mid(last);
    return out;
}

} // namespace Protostar
