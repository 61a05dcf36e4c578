// SPDX-License-Identifier: MIT
#include "providers/extractiveanswerprovider.h"

#include "core/tr.h"
#include "providers/answerintent.h"
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

struct Sentence {
    int evidenceIndex = 0;
    CandidateId candidate = 0;
    int n = 0;
    qsizetype start = 0;
    QString text;   // collapsed, markers stripped
    QString folded; // for matching
    double score = 0.0; // share of the question's weight it covers (the "found" test)
    double rank = 0.0;  // score adjusted for what the question asks: what selection orders by
    QList<double> cover; // per question term: 1 in the sentence, kLabelWeight in its heading only, else 0
    QStringList figures; // figures it states that the question does not write
    int order = 0;       // position among all sentences, in reading order
    bool excluded = false; // fails the question's figure comparison, is table debris or speaks to us: never quoted
};

// Headings and fragments ("경력", "2") are not answers on their own.
constexpr qsizetype kMinSentenceChars = 6;
// What a term found only in the passage's heading path counts, relative to one in the sentence.
constexpr double kLabelWeight = 0.5;

// Where a candidate's first passage is among the evidence (their rank in the answer).
qsizetype firstEvidenceOf(const QList<Evidence> &evidence, CandidateId candidate)
{
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        if (evidence.at(i).ref.candidateId == candidate)
            return i;
    }
    return evidence.size();
}

// The figures `sentence` states of its own: those the question does not already write.
QStringList ownFigures(const QString &sentence, const QStringList &questionFigures)
{
    QStringList out;
    for (const QString &f : AnswerText::figures(sentence)) {
        if (!questionFigures.contains(f))
            out.append(f);
    }
    return out;
}

// Table debris from PDF pages ("2019 2020 2021 12.3 45.6 ..."): mostly digits and separators.
bool mostlyNumbers(const QString &sentence)
{
    int letters = 0;
    int others = 0;
    for (QChar c : sentence) {
        if (c.isSpace())
            continue;
        (c.isLetter() ? letters : others) += 1;
    }
    return letters * 2 < others;
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
    const QStringList &terms = intent.terms;
    const QStringList &questionFigures = intent.figures;
    const int passages = intent.passages;
    const double labelWeight = intent.asksExperience ? 1.0 : kLabelWeight;
    // The heading a passage sits under ("한빛페이 · 직전 회사", "Education") says what each of its
    // sentences is about; a term found there counts at half weight for all of them.
    QStringList labels;
    // Asked for experience, a passage under an experience section ("[경력사항]", "Work History") answers in
    // full; "경력" in the document's title ("경력기술서 - 김지원") would make its skills and reasons for
    // leaving answer as much, so a title counts only when no passage is under such a section.
    QList<bool> underExperience;
    for (int i = 0; i < passages; ++i) {
        const ChunkRef &ref = request.evidence.at(i).ref;
        labels.append(AnswerText::foldForMatching(ref.chunk.headingPath.join(u' ')));
        underExperience.append(std::ranges::any_of(ref.chunk.headingPath, [](const QString &h) { return ResumeGlossary::isExperienceSection(h); }));
    }
    const bool experienceSections = intent.asksExperience && underExperience.contains(true);
    auto labelCover = [&](int i, const QString &t) {
        if (experienceSections)
            return underExperience.at(i) ? 1.0 : 0.0;
        return ResumeGlossary::containsInLabel(labels.at(i), t) ? labelWeight : 0.0;
    };
    QList<Sentence> candidates;
    for (int i = 0; i < passages; ++i) {
        const Evidence &e = request.evidence.at(i);
        const QString &text = e.ref.chunk.text;
        for (const AnswerText::Span &span : AnswerText::sentences(text)) {
            // Footnote-style "[3]" in a document would read as our own citation marker.
            const QString sentence = AnswerText::collapseSpaces(AnswerText::stripMarkers(text.mid(span.start, span.length)));
            if (sentence.size() < kMinSentenceChars)
                continue;
            Sentence c;
            c.evidenceIndex = i;
            c.candidate = e.ref.candidateId;
            c.n = e.n;
            c.start = span.start;
            c.text = sentence;
            c.folded = AnswerText::foldForMatching(sentence);
            c.cover.reserve(terms.size());
            for (const QString &t : terms)
                c.cover.append(ResumeGlossary::contains(c.folded, t) ? 1.0 : labelCover(i, t));
            c.order = int(candidates.size());
            candidates.append(c);
        }
    }
    // A heading answers when it writes every question term and states something of its own (a period, unlike
    // a bare section title "학력").
    // Every level of the path: a résumé of "항목: 값" lines reads "회사: 초록은행 (2020.09 ~ 2024.08)" as a
    // heading with "직책: …" below it.
    QSet<QString> headingsSeen;
    for (int i = 0; i < passages && intent.headingsAnswer && !terms.isEmpty(); ++i) {
        const ChunkRef &ref = request.evidence.at(i).ref;
        for (qsizetype level = ref.chunk.headingPath.size() - 1; level >= 0; --level) {
            const QString &heading = ref.chunk.headingPath.at(level);
            if (headingsSeen.contains(heading))
                continue;
            headingsSeen.insert(heading);
            Sentence h;
            h.evidenceIndex = i;
            h.candidate = ref.candidateId;
            h.n = request.evidence.at(i).n;
            h.start = level - ref.chunk.headingPath.size() - 1; // before the passage's sentences, the outer one first
            h.text = AnswerText::collapseSpaces(AnswerText::stripMarkers(heading));
            h.folded = AnswerText::foldForMatching(h.text);
            // The company field is also met by the experience section above the entry (containsInLabel).
            if (ownFigures(h.text, questionFigures).isEmpty() || !std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) {
                    return ResumeGlossary::contains(h.folded, t)
                        || (ResumeGlossary::asksCompany(t) && ResumeGlossary::containsInLabel(labels.at(i), t))
                        || (intent.asksExperience && labelCover(i, t) > 0.0);
                }))
                continue;
            h.cover = QList<double>(terms.size(), 1.0);
            h.order = int(candidates.size());
            candidates.append(h);
        }
    }
    if (cancelled)
        return makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled."));

    // Terms that occur in few of these sentences say more about which one answers.
    QList<double> weight;
    double total = 0.0;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        int df = 0;
        for (const Sentence &c : candidates)
            df += c.cover.at(t) > 0.0 ? 1 : 0;
        const double w = std::log(1.0 + (candidates.size() + 1.0) / (df + 1.0));
        weight.append(w);
        total += w;
    }
    const std::optional<FigureComparison> &comparison = intent.comparison;
    const bool figureAsked = intent.asksFigure;
    // Asked who meets a bar ("경력 7년 이상인 후보자는?"), the answer is each qualifying candidate's
    // sentence that states it: not "희망 직무: …" beside a salary that misses, nor a skills line of
    // someone who states no such figure at all.
    const bool onlyMeeting = comparison && intent.perCandidate;
    // Likewise a figure the question names ("가용성 99.95%를 달성한 후보자는?"): a candidate whose
    // passages do not write it (99.9%) did not do what was asked.
    // The amount may be spelled otherwise (3,500만원 asked, 35,000,000원 written): its value counts too, so
    // whoever states another value (5,200만원) is left out.
    QSet<CandidateId> writesFigure;
    if (intent.perCandidate && !comparison && !questionFigures.isEmpty()) {
        // Short counts and years ("3", "2024") are left to their spelling; an amount keeps its unit (원, not 건).
        const QStringList &values = intent.amounts;
        for (const Sentence &c : std::as_const(candidates)) {
            if (std::any_of(questionFigures.cbegin(), questionFigures.cend(),
                            [&](const QString &f) { return AnswerText::containsFigure(c.text, f); })
                || std::any_of(values.cbegin(), values.cend(), [&](const QString &v) { return FigureValues::writesAmount(c.folded, v); }))
                writesFigure.insert(c.candidate);
        }
    }
    double best = 0.0;
    for (Sentence &c : candidates) {
        c.figures = ownFigures(c.text, questionFigures);
        const FigureComparison::Verdict verdict = comparison ? comparison->judge(c.text) : FigureComparison::Verdict::NoFigure;
        if (verdict == FigureComparison::Verdict::Fails || (onlyMeeting && verdict != FigureComparison::Verdict::Meets)
            || (!writesFigure.isEmpty() && !writesFigure.contains(c.candidate)) || InstructionText::addressesAssistant(c.text)) {
            c.excluded = true;
            continue;
        }
        double s = 0.0;
        bool ownTerm = false;
        for (qsizetype t = 0; t < terms.size(); ++t) {
            s += c.cover.at(t) * weight.at(t);
            ownTerm = ownTerm || c.cover.at(t) >= 1.0;
        }
        // A slight preference for better-retrieved passages breaks ties between equal sentences.
        c.score = total > 0.0 ? s / total * (1.0 - 0.02 * c.evidenceIndex) : 0.0;
        best = std::max(best, c.score);
        c.rank = c.score;
        // A line of table figures that writes none of the question's words is layout, not a statement; and
        // naming who, a sentence that matches only through its heading ("경력기술서") says nothing of them.
        // Comparing named candidates, a sentence under the heading asked about ("[경력사항]") does speak of them.
        if (!ownTerm && (mostlyNumbers(c.text) || (intent.perCandidate && !intent.comparesNamed))) {
            c.excluded = true;
            c.rank = 0.0;
        }
        // "얼마/몇/규모/how many": a sentence that states no figure of its own does not give the amount.
        else if (figureAsked && c.figures.isEmpty())
            c.rank *= m_options.figurePenalty;
    }

    ProviderAnswer answer;
    if (best < m_options.minCoverage || candidates.isEmpty()) {
        answer.found = false;
        return answer;
    }
    const QList<Sentence> inReadingOrder = candidates;
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
