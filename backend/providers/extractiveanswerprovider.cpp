// SPDX-License-Identifier: MIT
#include "providers/extractiveanswerprovider.h"

#include "core/tr.h"
#include "providers/answerintent.h"
#include "providers/entryperiod.h"
#include "providers/profilequestion.h"
#include "providers/quoteselection.h"
#include "providers/rankedquotes.h"
#include "providers/sentencepool.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <utility>

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

// Reading order: by passage, then by position inside it. Asked for experience, the entries as the résumé
// lists them (the latest job first, as a rule), not as they were retrieved.
void sortForReading(QList<Sentence> &chosen, const QList<Evidence> &evidence, bool asksExperience)
{
    auto passageKey = [&](const Sentence &c) {
        const Chunk &chunk = evidence.at(c.evidenceIndex).ref.chunk;
        if (!asksExperience)
            return std::pair<qsizetype, qsizetype>(c.evidenceIndex, 0);
        qsizetype document = 0;
        while (evidence.at(document).ref.chunk.documentId != chunk.documentId)
            ++document;
        return std::pair<qsizetype, qsizetype>(document, chunk.ordinal);
    };
    std::sort(chosen.begin(), chosen.end(), [&](const Sentence &a, const Sentence &b) {
        const auto ka = passageKey(a);
        const auto kb = passageKey(b);
        return ka != kb ? ka < kb : a.start < b.start;
    });
}

// Asked who, the answer says whose each quote is: one line per candidate, led by the name. So does any answer
// quoting more than one candidate ("연봉은?" over everyone: 7,200만원 is Emily Stone's, 6,800만원 홍길동's), or
// the reader cannot tell whose figure is whose. Whether it can: every quote's passage names its candidate.
bool quotesByCandidate(const QList<Sentence> &chosen, const QList<Evidence> &evidence, bool asksWho)
{
    const bool severalCandidates = std::any_of(chosen.cbegin(), chosen.cend(), [&](const Sentence &c) {
        return c.candidate != chosen.first().candidate;
    });
    return (asksWho || severalCandidates) && std::all_of(chosen.cbegin(), chosen.cend(), [&](const Sentence &c) {
        return !evidence.at(c.evidenceIndex).ref.candidateName.isEmpty();
    });
}

// Where the question names a candidate ("Compare Emily Stone and 홍길동": Emily Stone first), after every
// position when it does not.
qsizetype namedAt(const QString &question, const QList<Evidence> &evidence, CandidateId candidate)
{
    const qsizetype at = firstEvidenceOf(evidence, candidate);
    const QString &name = at < evidence.size() ? evidence.at(at).ref.candidateName : QString();
    const qsizetype named = name.size() >= 2 ? question.indexOf(name, 0, Qt::CaseInsensitive) : -1;
    return named >= 0 ? named : question.size();
}

// A quoted list item without its marker ("- 카이로스과학기술원 …", "• …"): the marker lays out the document's list, it
// says nothing, and after a candidate's name it would read as a list of its own (a bullet where the answer is shown).
// The quote stays verbatim otherwise.
QString withoutListMarker(const QString &quote)
{
    static const QRegularExpression marker(QStringLiteral("^[-•·*▪◦‣]\\s+(?=\\S)"));
    return QString(quote).remove(marker);
}

// The quotes in the order given, each followed by the [n] of its passage; by candidate, a line for each,
// the candidates in the order the question names them (comparing named candidates), else of their first passage.
QString writeQuotes(QList<Sentence> chosen, const AnswerRequest &request, bool byCandidate, bool comparesNamed, bool ranked)
{
    const QList<Evidence> &evidence = request.evidence;
    if (byCandidate && !ranked) {
        auto key = [&](CandidateId c) {
            return std::pair(comparesNamed ? namedAt(request.question, evidence, c) : 0, firstEvidenceOf(evidence, c));
        };
        std::stable_sort(chosen.begin(), chosen.end(), [&](const Sentence &a, const Sentence &b) { return key(a.candidate) < key(b.candidate); });
    }
    QString text;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const Sentence &c = chosen.at(i);
        const bool newCandidate = i == 0 || chosen.at(i - 1).candidate != c.candidate;
        if (i > 0)
            text += byCandidate && newCandidate ? u'\n' : u' ';
        if (byCandidate && newCandidate)
            text += evidence.at(c.evidenceIndex).ref.candidateName + QStringLiteral(": ");
        text += withoutListMarker(c.text) + QStringLiteral(" [") + QString::number(c.n) + u']';
    }
    return text;
}

// "직전 회사는?": of the job entries chosen, the one whose period ends last (an ongoing one first), as résumés
// rarely say which is the latest; all of them when none states a period. One candidate's quotes.
QList<Sentence> latestEntryOf(const QList<Sentence> &chosen, const QList<Sentence> &pool)
{
    int latest = -1;
    for (const Sentence &c : chosen)
        latest = std::max(latest, EntryPeriod::end(c.text));
    if (latest < 0)
        return chosen;
    const Sentence entry = *std::ranges::find_if(chosen, [&](const Sentence &c) { return EntryPeriod::end(c.text) == latest; });
    QList<Sentence> out = {entry};
    // "기간: 2021.04 ~ 2023.10" names no company: its entry does on a line of the same passage ("소속: 다온은행
    // 디지털개발팀"), quoted with it.
    static const QRegularExpression barePeriod(QStringLiteral("^[^\\d:]{0,12}:?[\\s\\d./~–-]*(?:현재|재직\\s*중|present|now)?[\\s)]*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression companyLabel(QStringLiteral("^\\s*(소속|회사|회사명|근무처|company|employer)\\s*:"), QRegularExpression::CaseInsensitiveOption);
    if (!barePeriod.match(entry.text).hasMatch())
        return out;
    const auto company = std::ranges::find_if(pool, [&](const Sentence &c) {
        return c.evidenceIndex == entry.evidenceIndex && c.start >= 0 && !c.excluded && companyLabel.match(c.text).hasMatch();
    });
    if (company != pool.end())
        out.append(*company);
    return out;
}

// The latest entry of the quotes; asked of each candidate ("What is every candidate's current title?"), each one's.
void keepLatestEntry(QList<Sentence> &chosen, const QList<Sentence> &pool, bool perCandidate)
{
    if (!perCandidate) {
        chosen = latestEntryOf(chosen, pool);
        return;
    }
    QList<CandidateId> candidates;
    for (const Sentence &c : std::as_const(chosen)) {
        if (!candidates.contains(c.candidate))
            candidates.append(c.candidate);
    }
    QList<Sentence> kept;
    for (CandidateId candidate : std::as_const(candidates)) {
        QList<Sentence> theirs;
        std::ranges::copy_if(chosen, std::back_inserter(theirs), [&](const Sentence &c) { return c.candidate == candidate; });
        kept += latestEntryOf(theirs, pool);
    }
    chosen = kept;
}

// Hands the answer's text to `sink` in pieces of `pieceChars`, as a model would stream it.
Result<ProviderAnswer> streamInPieces(const ProviderAnswer &answer, int pieceChars, const TokenSink &sink,
                                      const std::atomic_bool &cancelled)
{
    const int piece = std::max(1, pieceChars);
    for (qsizetype at = 0; at < answer.text.size(); at += piece) {
        if (cancelled)
            return makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled."));
        if (sink)
            sink(answer.text.mid(at, piece));
    }
    return answer;
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
    // "김지원에 대해 알려줘": a profile of header, job entries and skills, each quoted (ProfileQuestion).
    if (request.profile) {
        ProviderAnswer profile;
        profile.text = ProfileQuestion::write(request);
        profile.found = !profile.text.isEmpty();
        if (profile.found)
            return streamInPieces(profile, m_options.pieceChars, sink, cancelled);
    }
    const AnswerIntent intent = AnswerIntent::read(request, m_options.maxEvidence);
    SentencePool pool(request, intent);
    if (cancelled)
        return makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled."));
    pool.score(m_options.figurePenalty);

    ProviderAnswer answer;
    answer.bestSentenceScore = pool.best();
    // "희망 연봉이 가장 높은 사람은?": each candidate's line stating the figure, in the order asked (RankedQuotes);
    // such a line answers "Who asks the least?" too, which shares no word with it.
    const QList<Sentence> ranked = intent.ranking ? RankedQuotes::choose(pool, request, *intent.ranking) : QList<Sentence>{};
    if (ranked.isEmpty() && (pool.best() < m_options.minCoverage || pool.sentences().isEmpty())) {
        answer.found = false;
        return answer;
    }
    QList<Sentence> chosen = ranked.isEmpty() ? QuoteSelection::choose(pool, intent, m_options) : ranked;
    // Only table debris matched: nothing states an answer.
    if (chosen.isEmpty()) {
        answer.found = false;
        return answer;
    }
    if (intent.asksLatestJob)
        keepLatestEntry(chosen, pool.sentences(), intent.perCandidate);
    if (ranked.isEmpty())
        sortForReading(chosen, request.evidence, intent.asksExperience);
    answer.text = writeQuotes(chosen, request, quotesByCandidate(chosen, request.evidence, intent.asksWho), intent.comparesNamed, !ranked.isEmpty());
    // "희망 연봉이 가장 높은 사람은?" over "$120,000" and "9,000만원": ranked within each currency, which the answer says
    // first, streamed with the rest (only the ranking made here knows it; a model answers in its own words).
    if (const QString note = ranked.isEmpty() ? QString() : RankedQuotes::currencyNote(chosen, request, *intent.ranking); !note.isEmpty())
        answer.text = note + u'\n' + answer.text;
    return streamInPieces(answer, m_options.pieceChars, sink, cancelled);
}

} // namespace Protostar
