// SPDX-License-Identifier: MIT
#include "engine/whoretrieval.h"

#include "engine/knowledgebase.h"
#include "engine/refusalgate.h"
#include "providers/answertext.h"
#include "providers/entryperiod.h"
#include "providers/figurevalues.h"
#include "providers/retrievalquery.h"
#include "rag/candidatespread.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Protostar {

WhoRetrieval::WhoRetrieval(const KnowledgeBase &knowledge, const AnswererOptions &options, Asked asked)
    : m_knowledge(knowledge), m_options(options), m_asked(std::move(asked))
{
}

QList<SearchHit> WhoRetrieval::retrieve(const QString &query)
{
    const SearchOptions &search = m_asked.search;
    SearchOptions wide = search;
    wide.k = search.k * kSpreadPool;
    if (m_asked.ranking) {
        SearchOptions wider = search;
        wider.k = std::max(wide.k, kMaxMeeting * kSpreadPool);
        if (QList<SearchHit> ranked = m_asked.ranking->rank(m_knowledge.search(query, wider), kMaxMeeting); !ranked.isEmpty())
            return ranked;
    }
    QList<SearchHit> pool = m_knowledge.search(query, wide);
    if (m_asked.bar)
        return meetingBar(query, std::move(pool));
    if (!m_asked.exactAmounts.isEmpty()) {
        // "희망 연봉 95,000,000원은 누구?": whoever writes that amount, in any spelling (9,500만원), is the
        // answer, however many more of the question's words another candidate's passage repeats.
        std::stable_partition(pool.begin(), pool.end(), [&](const SearchHit &h) {
            const QString folded = AnswerText::foldForMatching(h.ref.chunk.text);
            return std::any_of(m_asked.exactAmounts.cbegin(), m_asked.exactAmounts.cend(),
                               [&](const QString &a) { return FigureValues::writesAmount(folded, a); });
        });
        return CandidateSpread::apply(pool, search.k);
    }
    const QList<SearchHit> spread = CandidateSpread::apply(pool, search.k);
    if (m_asked.ranking)
        return spread;
    QList<SearchHit> list = listed(query, spread);
    if (list.size() > search.k) {
        QList<ChunkId> ids;
        for (const SearchHit &h : std::as_const(list))
            ids.append(h.ref.chunk.id);
        m_longLists.append(ids);
    }
    return list;
}

bool WhoRetrieval::isLongList(const QList<SearchHit> &hits) const
{
    QList<ChunkId> ids;
    for (const SearchHit &h : hits)
        ids.append(h.ref.chunk.id);
    return m_longLists.contains(ids);
}

QList<SearchHit> WhoRetrieval::meetingBar(const QString &query, QList<SearchHit> pool) const
{
    // Asked who meets a bar ("경력 7년 이상"), a candidate's passage stating a figure that meets it is their best
    // evidence, whatever its rank among their passages.
    const SearchOptions &search = m_asked.search;
    auto meets = [&](const SearchHit &h) { return m_asked.bar->judge(h.ref.chunk.text) == FigureComparison::Verdict::Meets; };
    std::stable_partition(pool.begin(), pool.end(), meets);
    // "희망 연봉이 7천만원 이하인 사람은?" over fourteen candidates: all six who qualify are the answer, not
    // the first k of them. Only when more than k meet does the search widen and the answer grow, so
    // every other question keeps its k passages.
    SearchOptions wider = search;
    wider.k = std::max(search.k * kSpreadPool, kMaxMeeting * kSpreadPool);
    QList<SearchHit> all = m_knowledge.search(query, wider);
    const auto meetingEnd = std::stable_partition(all.begin(), all.end(), meets);
    QSet<CandidateId> meeting;
    for (auto it = all.begin(); it != meetingEnd; ++it)
        meeting.insert(it->ref.candidateId);
    if (meeting.size() > search.k)
        return CandidateSpread::apply(all.mid(0, meetingEnd - all.begin()), std::min<int>(meeting.size(), kMaxMeeting));
    return CandidateSpread::apply(pool, search.k);
}

QList<SearchHit> WhoRetrieval::listed(const QString &query, const QList<SearchHit> &spread) const
{
    // Whom the question is about: the filter (memory's list), else everyone indexed.
    QList<CandidateId> people(m_asked.search.candidates.cbegin(), m_asked.search.candidates.cend());
    if (people.isEmpty()) {
        for (const Candidate &c : m_knowledge.candidates())
            people.append(c.id);
    }
    // One search deep enough for every candidate's first few passages, as a rule; a candidate none of whose
    // passages it holds (another's many outrank theirs) is searched alone. At most one search per candidate.
    SearchOptions wider = m_asked.search;
    wider.k = kSpreadPool * std::max<int>(kMaxMeeting, int(people.size()));
    QHash<CandidateId, QList<SearchHit>> theirs;
    QList<CandidateId> order; // by their best passage's rank
    auto collect = [&](const QList<SearchHit> &found) {
        QHash<CandidateId, int> taken;
        for (const SearchHit &h : found) {
            QList<SearchHit> &own = theirs[h.ref.candidateId];
            if (own.isEmpty())
                order.append(h.ref.candidateId);
            const bool known = std::ranges::any_of(own, [&](const SearchHit &o) { return o.ref.chunk.id == h.ref.chunk.id; });
            if (!known && taken[h.ref.candidateId]++ < kSpreadPool)
                own.append(h);
        }
    };
    collect(m_knowledge.search(query, wider));
    // A follow-up's query carries memory's entities ("그 사람들 희망 연봉은?" after a skills list also searches the
    // skills): a candidate's salary line can rank below four of their skill lines. The judged words alone find it.
    if (const QString judged = RetrievalQuery::of(m_asked.supportQuestion); !judged.isEmpty() && judged != query)
        collect(m_knowledge.search(judged, wider));
    // Asked for the job of now, an entry whose period runs to now is found by that word too ("(Mar 2021 – Present)",
    // "2019.01 ~ 현재"): the question's words name only the company, which an entry's heading rarely writes.
    if (AnswerText::asksLatestJob(m_asked.text))
        collect(m_knowledge.search(query + QStringLiteral(" 현재 present current 재직"), wider));
    for (CandidateId c : std::as_const(people)) {
        if (theirs.contains(c))
            continue;
        SearchOptions alone;
        alone.k = kSpreadPool;
        alone.candidates = {c};
        if (QList<SearchHit> own = m_knowledge.search(query, alone); !own.isEmpty()) {
            theirs.insert(c, own);
            order.append(c);
        }
    }
    QList<Judged> qualified;
    for (CandidateId c : std::as_const(order)) {
        if (std::optional<Judged> best = judge(theirs.value(c)))
            qualified.append(*best);
    }

    // Nobody's passage answers: the spread stays, and the gate refuses it as before.
    if (qualified.isEmpty())
        return spread;
    // The spread must hold a passage of each one that answers, not only another of theirs: "리더 경험 있는 사람?" spreads
    // 최민호's project and skills, while his "랭킹 파트 리드(2명)" is what answers.
    QSet<ChunkId> inSpread;
    for (const SearchHit &h : spread)
        inSpread.insert(h.ref.chunk.id);
    const bool spreadHoldsAll = qualified.size() <= m_asked.search.k
        && std::ranges::all_of(qualified, [&](const Judged &j) { return j.answering.intersects(inSpread); });
    if (spreadHoldsAll)
        return spread;
    std::stable_sort(qualified.begin(), qualified.end(), [](const Judged &a, const Judged &b) {
        return a.support != b.support ? a.support > b.support : a.sentences > b.sentences;
    });
    QList<SearchHit> out;
    for (const Judged &j : std::as_const(qualified)) {
        if (out.size() >= kMaxMeeting)
            break;
        out.append(j.hit);
    }
    return out;
}

namespace {

bool statesWhen(const SearchHit &h)
{
    static const QRegularExpression when(QStringLiteral("(?<!\\d)(?:19|20)\\d\\d(?!\\d)|현재|재직|\\bpresent\\b|\\bsince\\b"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return when.match(h.ref.chunk.headingPath.join(u'\n')).hasMatch() || when.match(h.ref.chunk.text).hasMatch();
}

} // namespace

std::optional<WhoRetrieval::Judged> WhoRetrieval::judge(const QList<SearchHit> &theirs) const
{
    // As the question asked of this candidate alone would be judged: their passage as the top one.
    RefusalGate::Asked gated;
    gated.text = m_asked.text;
    gated.supportQuestion = m_asked.supportQuestion;
    // Asked for the job of now ("What is every candidate's current title?"), each one's latest entry answers, however
    // well an older one's heading matches: the one whose period ends last (EntryPeriod), of those that would answer.
    const bool latestJob = AnswerText::asksLatestJob(m_asked.text);
    auto ends = [](const SearchHit &h) { return EntryPeriod::end(h.ref.chunk.headingPath.value(h.ref.chunk.headingPath.size() - 1)); };
    std::optional<Judged> best;
    QSet<ChunkId> answering;
    for (const SearchHit &h : theirs) {
        // A job held is dated, or said to be held now: a passage stating neither names no title, however well it
        // matches the question's 회사 ("희망 연봉: 회사 내규에 따름" of a 신입's wanted conditions).
        if (latestJob && !statesWhen(h))
            continue;
        const RefusalGate::Measured m = RefusalGate::measure(m_knowledge, m_options, gated, {h});
        if (m.refuses)
            continue;
        answering.insert(h.ref.chunk.id);
        const bool later = best && latestJob && ends(h) != ends(best->hit);
        if (!best || (later ? ends(h) > ends(best->hit)
                            : m.support > best->support || (m.support == best->support && m.sentenceSupport > best->sentences)))
            best = Judged{h, m.support, m.sentenceSupport, {}};
    }
    if (best)
        best->answering = answering;
    return best;
}

} // namespace Protostar
