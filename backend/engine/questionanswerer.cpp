// SPDX-License-Identifier: MIT
#include "engine/questionanswerer.h"

#include "core/logging.h"
#include "core/tr.h"
#include "engine/answercitations.h"
#include "engine/answerjson.h"
#include "engine/fieldfirst.h"
#include "engine/knowledgebase.h"
#include "engine/listedanswer.h"
#include "engine/pageevidence.h"
#include "engine/refusalgate.h"
#include "engine/sessionmemory.h"
#include "engine/whoretrieval.h"
#include "providers/answertext.h"
#include "providers/figureguard.h"
#include "providers/figurevalues.h"
#include "providers/profilequestion.h"
#include "providers/retrievalquery.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Protostar {

namespace {

// Evidence freed by paragraphs of one page is filled from the best kPagePool × k chunks.
constexpr int kPagePool = FieldFirst::kPagePool;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

QuestionAnswerer::QuestionAnswerer(const KnowledgeBase &knowledge, AnswerProvider &provider, Store *store,
                                   const AnswererOptions &options)
    : m_knowledge(knowledge), m_provider(provider), m_store(store), m_options(options)
{
}

QString QuestionAnswerer::notFoundSentence(const QString &language)
{
    return language == QLatin1String("ko") ? QString::fromUtf8("문서에서 찾을 수 없습니다.")
                                            : QStringLiteral("Not found in the documents.");
}

Result<Answer> QuestionAnswerer::answer(const Question &question, const TokenSink &sink, const std::atomic_bool *cancelled,
                                        AnswerTrace *trace)
{
    static const std::atomic_bool never = false;
    const std::atomic_bool &stop = cancelled ? *cancelled : never;
    QElapsedTimer total;
    total.start();

    // Composed like the documents (TextDecoder, DocumentBuilder): a question typed or pasted on macOS
    // arrives decomposed, and would otherwise neither name a candidate nor share a term with them.
    const QString text = question.text.normalized(QString::NormalizationForm_C).trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Type a question first."));
    const QString language = AnswerText::language(text);

    Answer answer;
    answer.provider = m_provider.id();

    // A session question reads its memory first: summaries and the last turn go to the provider, and a
    // follow-up ("그 회사에서 팀 규모는?") is completed with what the conversation is about, for retrieval only.
    SessionRecall recall;
    if (question.session != 0 && m_store) {
        auto recalled = SessionMemory::recall(*m_store, question.session, text);
        if (!recalled)
            return recalled.error();
        recall = std::move(recalled).value();
    }
    // A follow-up is judged as the question it stands for (FollowUpResolver's `judged`: "그녀의 기술 스택은?" as "Lena
    // Fischer 기술 스택은?", "그 사람들 희망 연봉은?" as "희망 연봉은?" within memory's filter, "그럼 박서준은?" as "박서준 희망
    // 연봉은?"): whom it names, what it asks and how much of that a passage supports. Its pointing words are in no
    // document. The recorded turn (what the user sees) keeps the question as asked.
    const QString judged = recall.query.judged.isEmpty() ? text : recall.query.judged;
    QString retrievalSource = question.retrievalQuery.trimmed();
    if (retrievalSource.isEmpty())
        retrievalSource = recall.query.followUp ? recall.query.query : text;

    SearchOptions search;
    search.k = std::max(1, question.k);
    for (CandidateId c : question.candidates)
        search.candidates.insert(c);
    // A name in the question ("김지원의 …", "Daniel Cho's …") chooses whose documents answer; it is no
    // evidence, as every passage of theirs carries it, so support is judged on the rest of the question.
    KnowledgeBase::NamedCandidates named = m_knowledge.namedCandidates(judged);
    // "Compare Emily Stone and 홍길동", "김지원과 박서준을 비교해줘": candidates named and nothing asked of them
    // compares what they have done, as "…의 경력을 비교해 주세요" does; searched and judged as that question
    // (the provider still reads the question as asked, AnswerIntent).
    const bool comparesProfiles = question.candidates.isEmpty() && named.ids.size() > 1 && AnswerText::terms(named.rest).isEmpty();
    if (comparesProfiles)
        named.rest += language == QLatin1String("ko") ? QStringLiteral(" 경력") : QStringLiteral(" career");
    if (search.candidates.isEmpty()) {
        for (CandidateId c : named.ids)
            search.candidates.insert(c);
    }
    // Memory narrows to the one candidate in focus only when neither the user nor the question chose.
    if (search.candidates.isEmpty()) {
        for (CandidateId c : recall.query.candidates)
            search.candidates.insert(c);
    }
    // "희망 연봉이 가장 높은 사람은?", "Who asks the least?": no passage writes the superlative; the field's words
    // are what is searched and judged (FigureRanking::fieldWords).
    const std::optional<FigureRanking> asksRanking = FigureRanking::inQuestion(judged);
    const QString supportQuestion = asksRanking ? asksRanking->fieldWords(judged) : named.ids.isEmpty() ? judged : named.rest;
    const QString namedNobody = m_knowledge.unknownPerson(judged);
    const QString unknownPerson = m_options.refuseUnknownPerson ? namedNobody : QString();
    // When the filter already holds the named candidates, their name would only rank the passage that
    // repeats it ("이름: 박서준") above the one that answers; search with the rest unless nothing is left.
    auto queryFor = [&](const QString &source) {
        QString query = source;
        const KnowledgeBase::NamedCandidates inQuery = m_knowledge.namedCandidates(source);
        const bool allFiltered = std::all_of(inQuery.ids.cbegin(), inQuery.ids.cend(),
                                             [&](CandidateId c) { return search.candidates.contains(c); });
        if (!inQuery.ids.isEmpty() && allFiltered && !AnswerText::terms(inQuery.rest).isEmpty())
            query = inQuery.rest;
        else if (comparesProfiles && source == judged)
            query = named.rest;
        query = RetrievalQuery::of(asksRanking && source == judged ? supportQuestion : query);
        if (const QStringList section = RetrievalQuery::sectionWords(supportQuestion); !section.isEmpty())
            query += u' ' + section.join(u' ');
        return query;
    };
    auto topSupport = [&](const QList<SearchHit> &found) {
        return found.isEmpty() ? -1.0 : m_knowledge.support(supportQuestion, found.first().ref).passage;
    };
    // "Who …?" over everyone, or a question naming several candidates ("김지원과 박서준의 경력을 비교해"):
    // each candidate's best passage before anyone's second (CandidateSpread), or one of them takes all k.
    // So do the several people a follow-up points back at ("그 사람들 …", "그중에 …", "their …": memory's filter).
    const bool listedInMemory = question.candidates.isEmpty() && named.ids.isEmpty() && recall.query.candidates.size() > 1;
    const bool spread = (search.candidates.isEmpty() && AnswerText::asksWho(judged))
        || (question.candidates.isEmpty() && named.ids.size() > 1) || listedInMemory;
    // Asked who meets a bar ("경력 7년 이상"), who ranks highest, whose amount it is or anything else of several
    // people: each one's passages are read as WhoRetrieval says.
    WhoRetrieval::Asked who;
    who.text = judged;
    who.supportQuestion = supportQuestion;
    who.search = search;
    who.bar = spread ? FigureComparison::inQuestion(judged) : std::nullopt;
    // "희망 연봉이 가장 높은 사람은?": every candidate stating the figure, ranked (FigureRanking), not the top k.
    who.ranking = spread && !who.bar ? asksRanking : std::nullopt;
    who.exactAmounts = spread && !who.bar ? FigureValues::amounts(AnswerText::foldForMatching(judged)) : QStringList{};
    WhoRetrieval whoRetrieval(m_knowledge, m_options, std::move(who));
    auto retrieve = [&](const QString &query) { return spread ? whoRetrieval.retrieve(query) : m_knowledge.search(query, search); };
    QElapsedTimer phase;
    phase.start();
    // "김지원에 대해 알려줘", "Summarize Daniel Cho": one candidate named and nothing asked of them but who they are.
    // Their header, job entries and skills answer (ProfileQuestion), from a search of everything of theirs; no
    // word of the question is left to judge support by, and every passage quoted is theirs. Decided here once:
    // the provider reads it from the request, and no other search is made for it.
    const bool profile = named.ids.size() == 1 && (question.candidates.isEmpty() || search.candidates == QSet<CandidateId>{named.ids.first()})
        && ProfileQuestion::asks(named.rest);
    // A profile searches its own words, and the trace says so: the question's words would name nothing it quotes.
    QString retrievalQuery = profile ? judged + QStringLiteral(" experience 경력사항 skills 기술 summary 요약") : queryFor(retrievalSource);
    QList<SearchHit> hits;
    if (profile) {
        SearchOptions all = search;
        all.k = search.k * kPagePool * 2;
        hits = ProfileQuestion::passages(m_knowledge.search(retrievalQuery, all));
    } else {
        hits = retrieve(retrievalQuery);
        if (retrievalSource != judged) {
            // Memory's entities say where to look, the question's own words what to find: when they drown
            // those words ("희망 연봉은? 한빛페이 결제플랫폼팀 …" ranks a job above the salary line), the
            // question as asked, within memory's candidate filter, is the better search.
            const QString asAsked = queryFor(judged);
            QList<SearchHit> plain = retrieve(asAsked);
            if (topSupport(plain) > topSupport(hits)) {
                hits = std::move(plain);
                retrievalQuery = asAsked;
            }
        }
        if (hits.isEmpty() && retrievalQuery != retrievalSource)
            hits = retrieve(retrievalSource); // still offer the named candidate's closest passages
        FieldFirst::Asked asked;
        asked.text = judged;
        asked.supportQuestion = supportQuestion;
        asked.retrievalQuery = retrievalQuery;
        asked.search = search;
        asked.spread = spread;
        asked.namesCandidate = !named.ids.isEmpty();
        hits = FieldFirst::apply(m_knowledge, asked, std::move(hits));
    }
    answer.timingsMs.insert(QStringLiteral("retrieval"), msSince(phase));

    RefusalGate::Asked gated;
    gated.text = judged;
    gated.supportQuestion = supportQuestion;
    gated.unknownPerson = unknownPerson;
    gated.profile = profile;
    gated.ranks = asksRanking.has_value();
    const RefusalGate::Measured measured = RefusalGate::measure(m_knowledge, m_options, gated, hits);
    if (trace) {
        measured.record(*trace);
        trace->unknownPerson = namedNobody;
        trace->hits = hits;
        trace->retrievalQuery = retrievalQuery;
        trace->memory = recall.memory;
    }

    bool firstToken = true;
    auto forward = [&](const QString &delta) {
        if (firstToken) {
            firstToken = false;
            answer.timingsMs.insert(QStringLiteral("first_token"), msSince(total));
        }
        if (sink)
            sink(delta);
    };
    auto refuse = [&]() {
        answer.found = false;
        answer.text = notFoundSentence(language);
        answer.citations.clear();
        answer.related.clear();
        if (!unknownPerson.isEmpty())
            return; // another candidate's passages are not even related
        for (qsizetype i = 0; i < hits.size() && i < m_options.relatedCount; ++i)
            answer.related.append(AnswerCitations::of(int(i + 1), hits.at(i).ref));
    };

    bool refused = measured.refuses;
    if (!refused) {
        AnswerRequest request;
        // The question a follow-up stands for: the extractive provider picks, orders and ranks its quotes by the
        // question's words and names ("그럼 박서준은?" has none to quote by), and a model reads it with memory beside.
        request.question = judged;
        request.language = language;
        request.memory = recall.memory.summaries;
        request.lastTurn = recall.memory.lastTurn;
        request.profile = profile;
        request.ofSeveral = listedInMemory;
        // Paragraphs of one page share an entry, and the places they free go to the next pages (PageEvidence). A
        // profile reads each passage by its own heading (a PDF page's summary, job and skills are each quoted as
        // what they are), and its passages are already the ones it quotes: one entry each.
        QList<SearchHit> pool;
        if (!spread && !profile && PageEvidence::sharesPage(hits)) {
            SearchOptions wide = search;
            wide.k = search.k * kPagePool;
            pool = m_knowledge.search(retrievalQuery, wide);
        }
        const PageEvidence pages = profile ? PageEvidence::separate(hits) : PageEvidence::build(hits, pool);
        request.evidence = pages.evidence();
        phase.restart();
        // A who-list longer than one answer holds is answered k candidates at a time (ListedAnswer).
        auto generated = spread && whoRetrieval.isLongList(hits) ? ListedAnswer::generate(m_provider, request, search.k, forward, stop)
                                                                 : m_provider.generate(request, forward, stop);
        answer.timingsMs.insert(QStringLiteral("generation"), msSince(phase));
        if (!generated)
            return generated.error();
        answer.promptTokens = generated->promptTokens; // billed even when the answer is then refused
        answer.completionTokens = generated->completionTokens;
        if (trace) {
            trace->providerFound = generated->found;
            trace->providerScore = generated->bestSentenceScore;
            trace->providerText = generated->text;
        }
        // A model that follows the prompt's rule answers with the refusal sentence itself.
        const QString said = generated->text.trimmed();
        const bool providerRefused = !generated->found || said.isEmpty()
            || said.startsWith(notFoundSentence(language).chopped(1));

        phase.restart();
        const GuardedAnswer guarded = FigureGuard::apply(generated->text, request.evidence);
        answer.timingsMs.insert(QStringLiteral("guard"), msSince(phase));
        answer.unverified = guarded.unverified;
        if (providerRefused || guarded.text.isEmpty()) {
            refused = true;
        } else {
            answer.found = true;
            // Each marker names the chunk it quotes, not the page's entry (PageEvidence::attribute).
            QList<ChunkRef> sources;
            QSet<int> cited;
            const QString attributed = pages.attribute(guarded.text, QSet<int>(guarded.cited.cbegin(), guarded.cited.cend()), sources, cited);
            answer.citations = AnswerCitations::number(attributed, cited, sources, answer.text);
            // What the guard kept cites nothing (the cited sentence was the unverified one): an answer
            // without a source is no grounded answer.
            if (answer.citations.isEmpty()) {
                answer.found = false;
                refused = true;
            }
        }
        if (!guarded.inventedCitations.isEmpty())
            qCInfo(lcEngine) << "dropped invented citations" << guarded.inventedCitations;
    }
    if (refused) {
        refuse();
        if (firstToken)
            forward(answer.text);
    }
    if (stop)
        return makeError(ErrorCode::Cancelled, Tr::tr("The answer was cancelled."));

    if (question.session != 0 && m_store && m_options.recordTurns) {
        Turn turn;
        turn.sessionId = question.session;
        turn.question = text;
        turn.answer = answer.text;
        turn.found = answer.found;
        turn.citationsJson = AnswerJson::citationsToBytes(answer.found ? answer.citations : QList<Citation>{});
        // A reopened session shows a refusal's related passages and the sentences the guard removed, as answered.
        turn.relatedJson = AnswerJson::citationsToBytes(answer.related);
        turn.unverified = answer.unverified;
        auto stored = m_store->appendTurn(turn);
        if (!stored)
            return stored.error();
        if (trace)
            trace->turnId = *stored;
    }
    answer.timingsMs.insert(QStringLiteral("total"), msSince(total));
    return answer;
}

} // namespace Protostar
