// SPDX-License-Identifier: MIT
#include "engine/sessionmemory.h"

#include "core/hangul.h"
#include "core/logging.h"
#include "core/sentencesplitter.h"
#include "core/tr.h"
#include "providers/answerprovider.h"
#include "providers/answertext.h"
#include "store/sqlitestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <mutex>

namespace Protostar {

namespace {

QJsonValue pick(const QJsonObject &o, const char *camel, const char *snake)
{
    const QJsonValue v = o.value(QLatin1String(camel));
    return v.isUndefined() ? o.value(QLatin1String(snake)) : v;
}

CompressionOutcome failed(SessionId session, TurnId turn, Error error)
{
    qCWarning(lcEngine) << "turn summary not stored for turn" << turn << ':' << error.toString();
    CompressionOutcome out;
    out.sessionId = session;
    out.turnId = turn;
    out.error = std::move(error);
    return out;
}

CompressionOutcome runCompression(const QString &databasePath, SessionId session, TurnId turn,
                                  const TurnCompressorFactory &factory)
{
    auto store = SqliteStore::open(databasePath);
    if (!store)
        return failed(session, turn, store.error());
    std::unique_ptr<TurnCompressor> compressor = factory ? factory() : nullptr;
    if (!compressor)
        compressor = std::make_unique<ExtractiveTurnCompressor>();
    if (session == 0) {
        auto sessions = (*store)->sessions();
        if (!sessions)
            return failed(session, turn, sessions.error());
        QList<Session> list = *sessions;
        std::sort(list.begin(), list.end(), [](const Session &a, const Session &b) { return a.updatedAt > b.updatedAt; });
        for (const Session &s : std::as_const(list)) {
            auto turns = (*store)->turns(s.id);
            if (turns && std::any_of(turns->cbegin(), turns->cend(), [turn](const Turn &t) { return t.id == turn; })) {
                session = s.id;
                break;
            }
        }
        if (session == 0)
            return failed(session, turn, makeError(ErrorCode::NotFound, Tr::tr("The conversation turn to summarise no longer exists."),
                                                   QStringLiteral("turn %1").arg(turn)));
    }
    auto outcome = SessionMemory::compressTurn(**store, session, turn, *compressor);
    if (!outcome)
        return failed(session, turn, outcome.error());
    return *outcome;
}

} // namespace

QList<Citation> SessionMemory::citationsFromJson(const QByteArray &json)
{
    QList<Citation> out;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Citation c;
        c.n = pick(o, "n", "n").toInt();
        c.chunkId = qint64(pick(o, "chunkId", "chunk_id").toDouble());
        c.documentId = qint64(pick(o, "documentId", "document_id").toDouble());
        c.candidate = pick(o, "candidate", "candidate_name").toString();
        c.document = pick(o, "document", "document_name").toString();
        c.page = pick(o, "page", "page").toInt();
        QJsonValue heading = pick(o, "headingPath", "heading_path");
        if (heading.isUndefined())
            heading = o.value(QLatin1String("heading")); // AnswerJson's display form, "경력 > A사"
        if (heading.isArray()) {
            for (const QJsonValue &h : heading.toArray())
                c.headingPath.append(h.toString());
        } else if (heading.isString()) {
            c.headingPath = heading.toString().split(QStringLiteral(" > "), Qt::SkipEmptyParts);
        }
        c.quote = pick(o, "quote", "text").toString();
        out.append(c);
    }
    return out;
}

TurnRecord SessionMemory::toRecord(const Turn &turn)
{
    TurnRecord r;
    r.turnId = turn.id;
    r.question = turn.question;
    r.answer = turn.answer;
    r.found = turn.found;
    r.citations = citationsFromJson(turn.citationsJson);
    return r;
}

Result<QList<TurnRecord>> SessionMemory::turnRecords(Store &store, SessionId session)
{
    auto turns = store.turns(session);
    if (!turns)
        return turns.error();
    QList<TurnRecord> out;
    out.reserve(turns->size());
    for (const Turn &t : std::as_const(*turns))
        out << toRecord(t);
    return out;
}

Result<MemoryContext> SessionMemory::load(Store &store, SessionId session)
{
    if (session == 0)
        return MemoryContext{};
    auto turns = turnRecords(store, session);
    if (!turns)
        return turns.error();
    auto summaries = store.summaries(session);
    if (!summaries)
        return summaries.error();
    return ConversationMemory::build(*turns, *summaries);
}

Result<SessionRecall> SessionMemory::recall(Store &store, SessionId session, const QString &question)
{
    SessionRecall recall;
    recall.query.query = question;
    if (session == 0)
        return recall;
    auto turns = turnRecords(store, session);
    if (!turns)
        return turns.error();
    auto summaries = store.summaries(session);
    if (!summaries)
        return summaries.error();
    recall.memory = ConversationMemory::build(*turns, *summaries);
    if (turns->isEmpty())
        return recall;

    // The resolver reads every turn's summary, the last one included: it is the freshest focus, and
    // when its job has not finished yet the extractive summary stands in for it.
    QStringList memory = recall.memory.summaries;
    const TurnRecord &last = turns->last();
    QString lastSummary;
    for (const Summary &s : std::as_const(*summaries))
        if (s.turnId == last.turnId)
            lastSummary = s.text;
    if (lastSummary.isEmpty() || !TurnFocus::parseLead(lastSummary)) {
        if (auto made = ExtractiveTurnCompressor().compress(last))
            lastSummary = *made;
    }
    memory << lastSummary;

    auto candidates = store.candidates();
    if (!candidates)
        return candidates.error();
    FollowUpContext context;
    context.asksWho = AnswerText::asksWho(question);
    for (const TurnRecord &t : std::as_const(*turns))
        context.earlierQuestions << t.question;
    recall.query = FollowUpResolver(*candidates).resolve(question, memory, context);
    return recall;
}

Result<CompressionOutcome> SessionMemory::compressTurn(Store &store, SessionId session, TurnId turn,
                                                       TurnCompressor &compressor)
{
    auto turns = store.turns(session);
    if (!turns)
        return turns.error();
    const auto it = std::find_if(turns->cbegin(), turns->cend(), [turn](const Turn &t) { return t.id == turn; });
    if (it == turns->cend())
        return makeError(ErrorCode::NotFound, Tr::tr("The conversation turn to summarise no longer exists."),
                         QStringLiteral("session %1, turn %2").arg(session).arg(turn));
    auto text = compressor.compress(toRecord(*it));
    if (!text)
        return text.error();
    Summary summary;
    summary.sessionId = session;
    summary.turnId = turn;
    summary.text = *text;
    auto id = store.addSummary(summary);
    if (!id)
        return id.error();
    CompressionOutcome out;
    out.sessionId = session;
    out.turnId = turn;
    out.summaryId = *id;
    out.summary = *text;
    out.compressor = compressor.id();
    return out;
}

QThreadPool *SessionMemory::pool()
{
    static QThreadPool instance;
    static std::once_flag configured;
    std::call_once(configured, [] {
        instance.setMaxThreadCount(1);
        instance.setThreadPriority(QThread::LowestPriority);
        instance.setObjectName(QStringLiteral("protostar-summaries"));
    });
    return &instance;
}

QFuture<CompressionOutcome> SessionMemory::compressTurnAsync(const QString &databasePath, SessionId session, TurnId turn,
                                                              TurnCompressorFactory factory)
{
    return QtConcurrent::run(pool(), [databasePath, session, turn, factory = std::move(factory)] {
        return runCompression(databasePath, session, turn, factory);
    });
}

QFuture<CompressionOutcome> SessionMemory::compressTurnAsync(const QString &databasePath, TurnId turn,
                                                              TurnCompressorFactory factory)
{
    return compressTurnAsync(databasePath, SessionId(0), turn, std::move(factory));
}

// ---- ProviderTurnCompressor

ProviderTurnCompressor::ProviderTurnCompressor(std::unique_ptr<AnswerProvider> provider) : m_provider(std::move(provider)) { }

ProviderTurnCompressor::~ProviderTurnCompressor() = default;

QString ProviderTurnCompressor::id() const
{
    return QStringLiteral("llm:") + (m_provider ? m_provider->id() : QStringLiteral("none"));
}

QString ProviderTurnCompressor::instruction(const QString &language)
{
    if (language == u"ko")
        return QStringLiteral("근거 [1]의 질문과 답변을 한두 문장으로 요약하세요. 사람 이름, 회사, 프로젝트와 모든 수치를 "
                              "쓰인 그대로 남기고, 요약문만 출력하세요.");
    return QStringLiteral("Summarise the question and answer in evidence [1] in one or two sentences. Keep every person, "
                          "company, project and figure exactly as written, and output only the summary.");
}

Result<QString> ProviderTurnCompressor::compress(const TurnRecord &turn)
{
    m_lastUsedModel = false;
    ExtractiveTurnCompressor extractive;
    if (!m_provider)
        return extractive.compress(turn);
    const bool korean = containsHangul(turn.question);
    AnswerRequest request;
    request.language = korean ? QStringLiteral("ko") : QStringLiteral("en");
    request.question = instruction(request.language);
    Evidence turnText;
    turnText.n = 1;
    turnText.ref.chunk.text = ConversationMemory::verbatim(turn);
    const TurnFocus focus = TurnFocus::of(turn);
    turnText.ref.candidateName = focus.who.join(QStringLiteral(", "));
    request.evidence << turnText;

    const std::atomic_bool notCancelled{false};
    auto answer = m_provider->generate(request, [](const QString &) {}, notCancelled);
    if (!answer || !answer->found) {
        if (!answer)
            qCInfo(lcEngine) << "LLM summary failed, using the extractive one:" << answer.error().toString();
        return extractive.compress(turn);
    }
    const QString text = ExtractiveTurnCompressor::stripCitationMarkers(answer->text).simplified();
    const int sentences = int(SentenceSplitter::split(text).size());
    bool figuresKept = true;
    for (const QString &f : ExtractiveTurnCompressor::figures(ExtractiveTurnCompressor::stripCitationMarkers(turn.answer)))
        figuresKept = figuresKept && text.contains(f);
    if (text.isEmpty() || sentences > 2 || !figuresKept)
        return extractive.compress(turn); // a model that drops or rewrites a figure is not trusted with memory
    m_lastUsedModel = true;
    const QString lead = focus.lead();
    return lead.isEmpty() ? text : lead + u' ' + text;
}

} // namespace Protostar
