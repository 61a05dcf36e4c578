// SPDX-License-Identifier: MIT
#include "providers/extractiveanswerprovider.h"

#include "core/tr.h"
#include "providers/answerintent.h"
#include "providers/sentencepool.h"
#include "providers/answertext.h"
#include "providers/resumeglossary.h"
#include "providers/figurecomparison.h"
#include "providers/figurevalues.h"
#include "providers/instructiontext.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Protostar {

namespace {

using Sentence = SentencePool::Sentence;

// Where a candidate's first passage is among the evidence (their rank in the answer).
qsizetype firstEvidenceOf(const QList<Evidence> &evidence, CandidateId candidate)
{
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (evidence.at(i).ref.candidateId == candidate)
            return i;
    }
    return evidence.size();
}

} // namespace

ExtractiveAnswerProvider::ExtractiveAnswerProvider(const ExtractiveOptions &options) : m_options(options) { }

QString ExtractiveAnswerProvider::id() const
{
    return QStringLiteral("extractive");
}

Result<ProviderAnswer> ExtractiveAnswerProvider::generate(const AnswerRequest &request, const TokenSink &sink,
                                                          const std::atomic_bool &cancelled)
{
    const AnswerIntent intent = AnswerIntent::read(request, m_options.maxEvidence);
    SentencePool pool(request, intent);
    if (cancelled)
        return makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled."));
    pool.score(m_options.figurePenalty);

    ProviderAnswer answer;
    if (pool.best() < m_options.minCoverage || pool.sentences().isEmpty()) {
        answer.found = false;
        return answer;
    }
    const QStringList &terms = intent.terms;
    const QList<double> &weight = pool.weights();
    const double total = pool.totalWeight();
    const bool figureAsked = intent.asksFigure;
    const QList<Sentence> &inReadingOrder = pool.sentences();
    QList<Sentence> candidates = inReadingOrder;
    std::stable_sort(candidates.begin(), candidates.end(), [](const Sentence &a, const Sentence &b) { return a.rank > b.rank; });
    // Asked for someone's experience, the entries' headings say where and when: quoted before what was done.
    if (intent.asksExperience)
        std::stable_partition(candidates.begin(), candidates.end(), [](const Sentence &c) { return c.start < 0 && c.rank > 0.0; });
    // The best sentence, then each further one only when it covers question terms the answer does not
    // yet cover (the other part of "A는 무엇이며 B는 …"), so a neighbour repeating the same words is left out.
    // For a who-question the coverage is each candidate's own.
    QHash<CandidateId, QList<double>> coveredBy;
    auto coveredFor = [&](const Sentence &c) -> QList<double> & {
        auto it = coveredBy.find(intent.perCandidate ? c.candidate : CandidateId(0));
        if (it == coveredBy.end())
            it = coveredBy.insert(intent.perCandidate ? c.candidate : CandidateId(0), QList<double>(terms.size(), 0.0));
        return *it;
    };
    // Comparing named candidates, each one gets the share a question about them alone would: the caps on
    // sentences and characters and the bar set by the best sentence are each candidate's own, so the second
    // candidate is not left with their headings only.
    auto shareOf = [&](const Sentence &c) { return intent.comparesNamed ? c.candidate : CandidateId(0); };
    QHash<CandidateId, double> bestOf;
    for (const Sentence &c : std::as_const(candidates))
        bestOf[shareOf(c)] = std::max(bestOf.value(shareOf(c)), c.rank);
    QStringList quotedFigures;
    QList<Sentence> chosen;
    QHash<CandidateId, qsizetype> chars;
    QHash<CandidateId, int> quoted;
    auto take = [&](const Sentence &c) {
        QList<double> &covered = coveredFor(c);
        for (qsizetype t = 0; t < terms.size(); ++t)
            covered[t] = std::max(covered.at(t), c.cover.at(t));
        quotedFigures.append(c.figures);
        chars[shareOf(c)] += c.text.size();
        quoted[shareOf(c)] += 1;
        chosen.append(c);
    };
    for (const Sentence &c : std::as_const(candidates)) {
        const double top = bestOf.value(shareOf(c));
        if (quoted.value(shareOf(c)) >= m_options.maxSentences || c.rank <= 0.0 || c.rank < top * m_options.minRelative) {
            if (intent.comparesNamed)
                continue;
            break;
        }
        // Two files of one candidate (a résumé and its update) often repeat a line word for word: quote it once.
        if (std::any_of(chosen.cbegin(), chosen.cend(), [&](const Sentence &o) { return o.folded == c.folded; }))
            continue;
        if (quoted.value(shareOf(c)) > 0) {
            const QList<double> &covered = coveredFor(c);
            double gain = 0.0;
            for (qsizetype t = 0; t < terms.size(); ++t)
                gain += std::max(0.0, c.cover.at(t) - covered.at(t)) * weight.at(t);
            // Asked for amounts, a sentence stating one not yet quoted adds what was asked for.
            const bool newFigure = figureAsked
                && std::any_of(c.figures.cbegin(), c.figures.cend(), [&](const QString &f) { return !quotedFigures.contains(f); });
            const double needed = newFigure ? std::min(m_options.minGain, m_options.minFigureGain) : m_options.minGain;
            // A near tie with the best is as likely to hold the answer, new terms or not.
            const bool nearTie = c.rank >= top * m_options.keepRelative;
            if ((gain < needed * total && !nearTie) || chars.value(shareOf(c)) + c.text.size() > m_options.maxChars)
                continue;
        }
        take(c);
    }
    // Asked for a figure, the best match names the subject ("1930년, 한 공동주택이 세워졌다.") and the next
    // sentence of the same passage often states the amount ("3층 건물로 ..."): quote the adjacent one that does.
    if (m_options.figureNeighbour && figureAsked && quotedFigures.isEmpty() && !chosen.isEmpty()) {
        const Sentence &first = chosen.first();
        for (int step : {1, -1}) {
            const int at = first.order + step;
            if (at < 0 || at >= inReadingOrder.size())
                continue;
            const Sentence &next = inReadingOrder.at(at);
            if (next.evidenceIndex == first.evidenceIndex && !next.figures.isEmpty() && !next.excluded
                && std::none_of(chosen.cbegin(), chosen.cend(), [&](const Sentence &c) { return c.order == next.order; })) {
                take(next);
                break;
            }
        }
    }
    // Only table debris matched: nothing states an answer.
    if (chosen.isEmpty()) {
        answer.found = false;
        return answer;
    }
    // Reading order: by passage, then by position inside it. Asked for experience, the entries as the résumé
    // lists them (the latest job first, as a rule), not as they were retrieved.
    auto passageKey = [&](const Sentence &c) {
        const Chunk &chunk = request.evidence.at(c.evidenceIndex).ref.chunk;
        if (!intent.asksExperience)
            return std::pair<qsizetype, qsizetype>(c.evidenceIndex, 0);
        qsizetype document = 0;
        while (request.evidence.at(document).ref.chunk.documentId != chunk.documentId)
            ++document;
        return std::pair<qsizetype, qsizetype>(document, chunk.ordinal);
    };
    std::sort(chosen.begin(), chosen.end(), [&](const Sentence &a, const Sentence &b) {
        const auto ka = passageKey(a);
        const auto kb = passageKey(b);
        return ka != kb ? ka < kb : a.start < b.start;
    });

    // Asked who, the answer says whose each quote is: one line per candidate, led by the name.
    const bool byCandidate = intent.asksWho && std::all_of(chosen.cbegin(), chosen.cend(), [&](const Sentence &c) {
        return !request.evidence.at(c.evidenceIndex).ref.candidateName.isEmpty();
    });
    if (byCandidate) {
        std::stable_sort(chosen.begin(), chosen.end(), [&](const Sentence &a, const Sentence &b) {
            return firstEvidenceOf(request.evidence, a.candidate) < firstEvidenceOf(request.evidence, b.candidate);
        });
    }
    QString text;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const Sentence &c = chosen.at(i);
        const bool newCandidate = i == 0 || chosen.at(i - 1).candidate != c.candidate;
        if (i > 0)
            text += byCandidate && newCandidate ? u'\n' : u' ';
        if (byCandidate && newCandidate)
            text += request.evidence.at(c.evidenceIndex).ref.candidateName + QStringLiteral(": ");
        text += c.text + QStringLiteral(" [") + QString::number(c.n) + u']';
    }
    answer.text = text;

    const int piece = std::max(1, m_options.pieceChars);
    for (qsizetype at = 0; at < answer.text.size(); at += piece) {
        if (cancelled)
            return makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled."));
        if (sink)
            sink(answer.text.mid(at, piece));
    }
    return answer;
}

} // namespace Protostar
