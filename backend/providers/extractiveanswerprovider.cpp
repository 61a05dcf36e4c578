// SPDX-License-Identifier: MIT
#include "providers/extractiveanswerprovider.h"

#include "core/tr.h"
#include "providers/answertext.h"
#include "providers/resumeglossary.h"
#include "providers/figurecomparison.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Protostar {

namespace {

struct Sentence {
    int evidenceIndex = 0;
    int n = 0;
    qsizetype start = 0;
    QString text;   // collapsed, markers stripped
    QString folded; // for matching
    double score = 0.0;
};

// Headings and fragments ("경력", "2") are not answers on their own.
constexpr qsizetype kMinSentenceChars = 6;
// What a term found only in the passage's heading path counts, relative to one in the sentence.
constexpr double kLabelWeight = 0.5;

} // namespace

ExtractiveAnswerProvider::ExtractiveAnswerProvider(const ExtractiveOptions &options) : m_options(options) { }

QString ExtractiveAnswerProvider::id() const
{
    return QStringLiteral("extractive");
}

Result<ProviderAnswer> ExtractiveAnswerProvider::generate(const AnswerRequest &request, const TokenSink &sink,
                                                          const std::atomic_bool &cancelled)
{
    const int passages = std::min<int>(m_options.maxEvidence, request.evidence.size());
    // A candidate's name is in every passage of theirs (its label, "이름: 김지원"): it picks whose
    // documents to read, it does not pick the sentence that answers.
    QStringList names;
    for (int i = 0; i < passages; ++i)
        names.append(AnswerText::foldForMatching(request.evidence.at(i).ref.candidateName));
    QStringList terms;
    for (const QString &t : AnswerText::terms(request.question)) {
        if (std::none_of(names.cbegin(), names.cend(), [&](const QString &name) { return !name.isEmpty() && name.contains(t); }))
            terms.append(t);
    }
    // The heading a passage sits under ("한빛페이 · 직전 회사", "Education") says what each of its
    // sentences is about; a term found there counts at half weight for all of them.
    QStringList labels;
    for (int i = 0; i < passages; ++i) {
        const ChunkRef &ref = request.evidence.at(i).ref;
        labels.append(AnswerText::foldForMatching(ref.chunk.headingPath.join(u' ')));
    }
    QList<Sentence> candidates;
    for (int i = 0; i < passages; ++i) {
        const Evidence &e = request.evidence.at(i);
        const QString &text = e.ref.chunk.text;
        for (const AnswerText::Span &span : AnswerText::sentences(text)) {
            // Footnote-style "[3]" in a document would read as our own citation marker.
            const QString sentence = AnswerText::collapseSpaces(AnswerText::stripMarkers(text.mid(span.start, span.length)));
            if (sentence.size() < kMinSentenceChars)
                continue;
            candidates.append({i, e.n, span.start, sentence, AnswerText::foldForMatching(sentence), 0.0});
        }
    }
    if (cancelled)
        return makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled."));

    // Terms that occur in few of these sentences say more about which one answers.
    QHash<QString, double> weight;
    double total = 0.0;
    for (const QString &t : terms) {
        int df = 0;
        for (const Sentence &c : candidates)
            df += ResumeGlossary::contains(c.folded, t) || ResumeGlossary::contains(labels.at(c.evidenceIndex), t) ? 1 : 0;
        const double w = std::log(1.0 + (candidates.size() + 1.0) / (df + 1.0));
        weight.insert(t, w);
        total += w;
    }
    // "10k TPS 이상": a sentence whose TPS figures all fall short is related, not an answer.
    const std::optional<FigureComparison> comparison = FigureComparison::inQuestion(request.question);
    double best = 0.0;
    for (Sentence &c : candidates) {
        if (comparison && comparison->judge(c.text) == FigureComparison::Verdict::Fails) {
            c.score = 0.0;
            continue;
        }
        double s = 0.0;
        for (const QString &t : terms) {
            if (ResumeGlossary::contains(c.folded, t))
                s += weight.value(t);
            else if (ResumeGlossary::contains(labels.at(c.evidenceIndex), t))
                s += kLabelWeight * weight.value(t);
        }
        // A slight preference for better-retrieved passages breaks ties between equal sentences.
        c.score = total > 0.0 ? s / total * (1.0 - 0.02 * c.evidenceIndex) : 0.0;
        best = std::max(best, c.score);
    }

    ProviderAnswer answer;
    if (best < m_options.minCoverage) {
        answer.found = false;
        return answer;
    }
    QList<Sentence> chosen;
    for (const Sentence &c : candidates) {
        if (c.score >= best * m_options.minRelative)
            chosen.append(c);
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const Sentence &a, const Sentence &b) { return a.score > b.score; });
    if (chosen.size() > m_options.maxSentences)
        chosen.resize(m_options.maxSentences);
    // Reading order: by passage, then by position inside it.
    std::sort(chosen.begin(), chosen.end(), [](const Sentence &a, const Sentence &b) {
        return a.evidenceIndex != b.evidenceIndex ? a.evidenceIndex < b.evidenceIndex : a.start < b.start;
    });

    QStringList sentences;
    for (const Sentence &c : chosen)
        sentences.append(c.text + QStringLiteral(" [") + QString::number(c.n) + u']');
    answer.text = sentences.join(u' ');

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
