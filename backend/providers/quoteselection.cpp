// SPDX-License-Identifier: MIT
#include "providers/quoteselection.h"

#include "providers/resumeglossary.h"

#include <algorithm>

namespace Protostar {

QList<SentencePool::Sentence> QuoteSelection::choose(const SentencePool &pool, const AnswerIntent &intent,
                                                     const ExtractiveOptions &options)
{
    QuoteSelection selection(pool, intent, options);
    selection.chooseRanked();
    selection.addFigureNeighbour();
    return selection.m_chosen;
}

QuoteSelection::QuoteSelection(const SentencePool &pool, const AnswerIntent &intent, const ExtractiveOptions &options)
    : m_pool(pool), m_intent(intent), m_options(options)
{
    // "What is Daniel Cho's phone number?" of a CONTACT block: the section is the field asked, so its e-mail and city
    // lines cover the question as fully as the phone line. A phone or an e-mail is written by its value; the generic
    // 연락처 / contact asks any way to reach someone and keeps every line.
    for (const QString &t : m_intent.terms) {
        const QStringList others = ResumeGlossary::counterparts(t);
        const bool email = t == QStringLiteral("이메일") || others.contains(QStringLiteral("이메일"));
        const bool phone = t != QStringLiteral("연락처") && t != QStringLiteral("contact") && t != QStringLiteral("contacts")
            && others.contains(QStringLiteral("연락처"));
        if (email || phone)
            m_reachTerms << t;
    }
    if (m_reachTerms.isEmpty())
        return;
    // Only a line good enough to be quoted on its own rules the others out: never an answer left empty.
    QHash<CandidateId, double> best;
    for (const Sentence &c : m_pool.sentences())
        best[c.candidate] = std::max(best.value(c.candidate), c.rank);
    for (const Sentence &c : m_pool.sentences()) {
        if (c.rank > 0.0 && !c.excluded && c.rank >= best.value(c.candidate) * m_options.minRelative && writesReach(c))
            m_writesReach.insert(c.candidate);
    }
}

bool QuoteSelection::writesReach(const Sentence &c) const
{
    return std::ranges::any_of(m_reachTerms, [&](const QString &t) { return ResumeGlossary::writesValueOf(c.folded, t); });
}

// "Daniel Cho's phone number and employer": a line about another term asked still answers that part.
bool QuoteSelection::coversOtherTerm(const Sentence &c) const
{
    for (qsizetype t = 0; t < m_intent.terms.size(); ++t) {
        if (!m_reachTerms.contains(m_intent.terms.at(t)) && c.cover.at(t) > 0.0)
            return true;
    }
    return false;
}

QList<SentencePool::Sentence> QuoteSelection::ranked() const
{
    QList<Sentence> candidates = m_pool.sentences();
    std::stable_sort(candidates.begin(), candidates.end(), [](const Sentence &a, const Sentence &b) { return a.rank > b.rank; });
    // Asked for someone's experience, the entries' headings say where and when: quoted before what was done.
    // Then each passage's first sentence before any passage's second, so that every job or project found says
    // what was done there before the first one says all of it (the answer holds maxSentences).
    if (m_intent.asksExperience) {
        const auto body = std::stable_partition(candidates.begin(), candidates.end(), [](const Sentence &c) { return c.start < 0 && c.rank > 0.0; });
        QHash<int, int> seen;
        QHash<int, int> place; // Sentence::order -> its place among its passage's sentences, by rank
        for (auto it = body; it != candidates.end(); ++it)
            place.insert(it->order, seen[it->evidenceIndex]++);
        std::stable_sort(body, candidates.end(), [&](const Sentence &a, const Sentence &b) {
            return a.rank > 0.0 && b.rank > 0.0 ? place.value(a.order) < place.value(b.order) : a.rank > b.rank;
        });
    }
    // Asked of several people ("각자 학력은?"), each one's best sentence before anyone's second: one person's two
    // degree lines must not take the last of the answer's sentences from the next person's only one.
    else if (m_intent.perCandidate) {
        QHash<CandidateId, int> seen;
        QHash<int, int> place; // Sentence::order -> its place among its candidate's sentences, by rank
        for (const Sentence &c : std::as_const(candidates))
            place.insert(c.order, seen[c.candidate]++);
        std::stable_sort(candidates.begin(), candidates.end(), [&](const Sentence &a, const Sentence &b) {
            return a.rank > 0.0 && b.rank > 0.0 ? place.value(a.order) < place.value(b.order) : a.rank > b.rank;
        });
    }
    return candidates;
}

// The best sentence, then each further one only when it covers question terms the answer does not
// yet cover (the other part of "A는 무엇이며 B는 …"), so a neighbour repeating the same words is left out.
void QuoteSelection::chooseRanked()
{
    const QList<Sentence> candidates = ranked();
    QHash<CandidateId, double> bestOf;
    for (const Sentence &c : candidates)
        bestOf[shareOf(c)] = std::max(bestOf.value(shareOf(c)), c.rank);
    for (const Sentence &c : candidates) {
        const double top = bestOf.value(shareOf(c));
        if (m_quoted.value(shareOf(c)) >= m_options.maxSentences || c.rank <= 0.0 || c.rank < top * m_options.minRelative) {
            if (m_intent.comparesNamed || meetsBarEach())
                continue;
            break;
        }
        // Two files of one candidate (a résumé and its update) often repeat a line word for word: quote it once.
        if (std::any_of(m_chosen.cbegin(), m_chosen.cend(), [&](const Sentence &o) { return o.folded == c.folded; }))
            continue;
        if (m_writesReach.contains(c.candidate) && !writesReach(c) && !coversOtherTerm(c))
            continue;
        if (m_quoted.value(shareOf(c)) > 0 && !addsToAnswer(c, top))
            continue;
        take(c);
    }
}

// Whether a sentence after the first adds enough of what was asked, within the characters left.
bool QuoteSelection::addsToAnswer(const Sentence &c, double top)
{
    const QList<double> &covered = coveredFor(c);
    const QList<double> &weight = m_pool.weights();
    double gain = 0.0;
    for (qsizetype t = 0; t < m_intent.terms.size(); ++t)
        gain += std::max(0.0, c.cover.at(t) - covered.at(t)) * weight.at(t);
    // Asked for amounts, a sentence stating one not yet quoted adds what was asked for.
    const bool newFigure = m_intent.asksFigure
        && std::any_of(c.figures.cbegin(), c.figures.cend(), [&](const QString &f) { return !m_quotedFigures.contains(f); });
    const double needed = newFigure ? std::min(m_options.minGain, m_options.minFigureGain) : m_options.minGain;
    // A near tie with the best is as likely to hold the answer, new terms or not.
    const bool nearTie = c.rank >= top * m_options.keepRelative;
    return (gain >= needed * m_pool.totalWeight() || nearTie) && m_chars.value(shareOf(c)) + c.text.size() <= m_options.maxChars;
}

// Asked for a figure, the best match names the subject ("1930년, 한 공동주택이 세워졌다.") and the next
// sentence of the same passage often states the amount ("3층 건물로 ..."): quote the adjacent one that does.
void QuoteSelection::addFigureNeighbour()
{
    if (!m_options.figureNeighbour || !m_intent.asksFigure || !m_quotedFigures.isEmpty() || m_chosen.isEmpty())
        return;
    const QList<Sentence> &inReadingOrder = m_pool.sentences();
    const Sentence first = m_chosen.first();
    for (int step : {1, -1}) {
        const int at = first.order + step;
        if (at < 0 || at >= inReadingOrder.size())
            continue;
        const Sentence &next = inReadingOrder.at(at);
        if (next.evidenceIndex == first.evidenceIndex && !next.figures.isEmpty() && !next.excluded
            && std::none_of(m_chosen.cbegin(), m_chosen.cend(), [&](const Sentence &c) { return c.order == next.order; })) {
            take(next);
            break;
        }
    }
}

void QuoteSelection::take(const Sentence &c)
{
    QList<double> &covered = coveredFor(c);
    for (qsizetype t = 0; t < m_intent.terms.size(); ++t)
        covered[t] = std::max(covered.at(t), c.cover.at(t));
    m_quotedFigures.append(c.figures);
    m_chars[shareOf(c)] += c.text.size();
    m_quoted[shareOf(c)] += 1;
    m_chosen.append(c);
}

// For a who-question the coverage is each candidate's own.
QList<double> &QuoteSelection::coveredFor(const Sentence &c)
{
    const CandidateId key = m_intent.perCandidate ? c.candidate : CandidateId(0);
    auto it = m_coveredBy.find(key);
    if (it == m_coveredBy.end())
        it = m_coveredBy.insert(key, QList<double>(m_intent.terms.size(), 0.0));
    return *it;
}

// Comparing named candidates, each one gets the share a question about them alone would: the caps on
// sentences and characters and the bar set by the best sentence are each candidate's own, so the second
// candidate is not left with their headings only.
CandidateId QuoteSelection::shareOf(const Sentence &c) const
{
    return m_intent.comparesNamed || meetsBarEach() ? c.candidate : CandidateId(0);
}

// Asked who meets a bar ("희망 연봉이 7천만원 이하인 사람은?"), each qualifying candidate is an answer of their
// own: seven of them are not cut to the five sentences of one answer. So is each who holds a degree asked about, and
// each one's latest job ("What is every candidate's current title?": one's three dated lines must not crowd out the
// next candidate's heading before only the latest is kept).
bool QuoteSelection::meetsBarEach() const
{
    return (m_intent.comparison.has_value() || m_intent.asksDegreeHolders || m_intent.asksLatestJob) && m_intent.perCandidate;
}

} // namespace Protostar
