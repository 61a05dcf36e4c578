// SPDX-License-Identifier: MIT
// bench_memory: scripted conversations of 2 to 10 turns whose follow-ups need memory, each run four
// ways through the real pipeline (KnowledgeBase + QuestionAnswerer + ExtractiveAnswerProvider):
//   full_history     - the question is retrieved as asked and the prompt re-sends every earlier chat
//                      message (each user message with its evidence, each answer): the naive chat;
//   history_in_query - as full_history, but the retrieval query is the whole history + the question;
//   summaries        - SessionMemory::recall over the stored summaries gives the candidate filter, the
//                      question is asked as written; the prompt carries summaries + the last turn;
//   summaries_query  - as summaries, and the completed query (question + entities) is used for
//                      retrieval only (Question::retrievalQuery): what QuestionAnswerer itself does for a
//                      question of a session, so this is the shipped pipeline and the BENCH delta's mode.
// Tokens are TokenCounter estimates (no real provider was called, so no API `usage` numbers).
// Usage: bench_memory [--data DIR] [--k N] [--articles N] [--trace]   (last line: BENCH {json})
#include "benchsets.h"
#include "scriptedconversations.h"
#include "engine/answerjson.h"
#include "engine/democorpus.h"
#include "engine/documentimporter.h"
#include "engine/evaldatasets.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/sessionmemory.h"
#include "providers/extractiveanswerprovider.h"
#include "rag/promptbuilder.h"
#include "rag/tokencounter.h"
#include "store/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Protostar;
using namespace Protostar::Bench;

namespace {

bool g_trace = false; // --trace: every turn of every mode on stderr

enum Mode { AsAsked, HistoryInQuery, Summaries, SummariesQuery, ModeCount };
const char *const kModeNames[ModeCount] = {"full_history", "history_in_query", "summaries", "summaries_query"};
bool withMemory(Mode m) { return m == Summaries || m == SummariesQuery; }

struct TurnResult {
    bool goldCited = false;
    bool goldRetrieved = false;
    int inputTokens = 0;      // the prompt this mode would send
    int transcriptTokens = 0; // full mode only: history as a Q/A transcript instead of chat messages
    int historyTokens = 0;    // inputTokens minus the same prompt without any history or memory
    int llmCompressionTokens = 0; // summaries mode: what an LLM compressor would spend on this turn
    int memoryBlockTokens = 0;    // memory modes: the <conversation_memory> block alone (prompt with it minus bare)
    int lastTurnBlockTokens = 0;  // memory modes: the <last_turn> block alone
    int earlierFigures = 0;       // memory modes: figures of earlier answers (as ExtractiveTurnCompressor::figures reads them)
    int earlierFiguresInPrompt = 0; // ... of which the prompt's user message shows (memory, last turn or evidence)
};

struct Corpus {
    std::unique_ptr<SqliteStore> store;
    KnowledgeBase knowledge;
    bool goldByChunkId = false;
};

QList<PromptEvidence> evidenceOf(const QList<SearchHit> &hits)
{
    QList<PromptEvidence> out;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const ChunkRef &r = hits.at(i).ref;
        out << PromptEvidence{int(i + 1), r.candidateName, r.documentName, AnswerJson::heading(r.chunk.headingPath), r.chunk.text};
    }
    return out;
}

int chatTokens(const QJsonArray &messages)
{
    QStringList contents;
    for (const QJsonValue &m : messages)
        contents << m.toObject().value(QStringLiteral("content")).toString();
    return TokenCounter::countChat(contents);
}

bool isGold(Corpus &corpus, const ScriptedTurn &turn, ChunkId id)
{
    if (corpus.goldByChunkId)
        return turn.gold.contains(QString::number(id));
    auto ref = corpus.store->chunk(id);
    if (!ref || !ref->has_value())
        return false;
    for (const QString &g : turn.gold)
        if ((*ref)->chunk.text.contains(g))
            return true;
    return false;
}

QList<TurnResult> run(Corpus &corpus, QuestionAnswerer &answerer, const Conversation &conv, Mode mode, int k)
{
    QList<TurnResult> results;
    const SessionId session = *corpus.store->createSession(conv.name);
    QList<TurnRecord> history;
    QJsonArray chat; // full mode: every earlier user/assistant message as it was sent
    for (const ScriptedTurn &turn : conv.turns) {
        Question q;
        q.k = k;
        q.text = turn.question;
        SessionRecall recall;
        if (withMemory(mode)) {
            auto r = SessionMemory::recall(*corpus.store, session, turn.question);
            if (r) {
                recall = *r;
                if (mode == SummariesQuery && recall.query.followUp)
                    q.retrievalQuery = recall.query.query;
                q.candidates = recall.query.candidates;
            }
        } else if (mode == HistoryInQuery && !history.isEmpty()) {
            q.text = ConversationMemory::fullHistory(history).join(u'\n') + u'\n' + turn.question;
        }
        AnswerTrace trace;
        auto answer = answerer.answer(q, {}, nullptr, &trace);
        TurnResult res;
        if (answer) {
            for (const Citation &c : answer->citations)
                res.goldCited = res.goldCited || (answer->found && isGold(corpus, turn, c.chunkId));
        }
        for (const SearchHit &h : trace.hits)
            res.goldRetrieved = res.goldRetrieved || isGold(corpus, turn, h.ref.chunk.id);

        PromptInput input{turn.question, {}, {}, evidenceOf(trace.hits), conv.language};
        const int bare = chatTokens(PromptBuilder::build(input));
        if (withMemory(mode)) {
            input.memory = recall.memory.summaries;
            res.memoryBlockTokens = chatTokens(PromptBuilder::build(input)) - bare;
            input.memory.clear();
            input.lastTurn = recall.memory.lastTurn;
            res.lastTurnBlockTokens = chatTokens(PromptBuilder::build(input)) - bare;
            input.memory = recall.memory.summaries;
            res.inputTokens = chatTokens(PromptBuilder::build(input));
            res.historyTokens = res.inputTokens - bare;
            // Leaner memory must not lose facts: every figure an earlier answer gave is still in the prompt.
            const QString user = PromptBuilder::userMessage(input);
            for (const TurnRecord &earlier : std::as_const(history)) {
                for (const QString &f : ExtractiveTurnCompressor::figures(ExtractiveTurnCompressor::stripCitationMarkers(earlier.answer))) {
                    ++res.earlierFigures;
                    res.earlierFiguresInPrompt += user.contains(f) ? 1 : 0;
                }
            }
        } else {
            const QJsonArray now = PromptBuilder::build(input);
            QJsonArray messages{now.at(0)};
            for (const QJsonValue &m : std::as_const(chat))
                messages.append(m);
            messages.append(now.at(1));
            res.inputTokens = chatTokens(messages);
            res.historyTokens = res.inputTokens - bare;
            PromptInput transcript = input;
            transcript.lastTurn = ConversationMemory::fullHistory(history).join(u'\n');
            transcript.memoryAsGiven = true; // the baseline as first recorded: the history as written
            res.transcriptTokens = chatTokens(PromptBuilder::build(transcript));
            chat.append(now.at(1));
        }
        const QString answerText = answer ? answer->text : QString();
        chat.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), answerText}});

        Turn stored;
        stored.sessionId = session;
        stored.question = turn.question;
        stored.answer = answerText;
        stored.found = answer && answer->found;
        stored.citationsJson = AnswerJson::citationsToBytes(stored.found ? answer->citations : QList<Citation>{});
        const TurnId id = *corpus.store->appendTurn(stored);
        history << SessionMemory::toRecord(Turn{id, session, 0, stored.question, stored.answer, stored.found, stored.citationsJson, {}});
        if (withMemory(mode)) {
            ExtractiveTurnCompressor compressor; // what compressTurnAsync runs, here synchronously for determinism
            auto summary = SessionMemory::compressTurn(*corpus.store, session, id, compressor);
            // An LLM compressor would read the turn and write the summary: its cost, for the payoff estimate.
            PromptInput job{ProviderTurnCompressor::instruction(conv.language), {}, {},
                            {PromptEvidence{1, {}, {}, {}, ConversationMemory::verbatim(history.last())}}, conv.language};
            res.llmCompressionTokens = chatTokens(PromptBuilder::build(job)) + (summary ? TokenCounter::count(summary->summary) : 0);
        }
        if (g_trace)
            QTextStream(stderr) << conv.name << " mode " << mode << " q=" << q.text << " retrieval=" << trace.retrievalQuery << " found=" << (answer && answer->found)
                                << " support=" << trace.support << "/" << trace.sentenceSupport << " cited=" << res.goldCited
                                << " retrieved=" << res.goldRetrieved << " input=" << res.inputTokens << " history=" << res.historyTokens
                                << "\n  A: " << answerText.left(160) << "\n  M: " << recall.memory.summaries.join(QStringLiteral("\n     ")) << "\n";
        results << res;
    }
    return results;
}

struct Totals {
    qint64 input = 0, history = 0, transcript = 0, llm = 0, memoryBlock = 0, lastTurnBlock = 0, figures = 0, figuresInPrompt = 0;
    int followUps = 0, cited = 0, retrieved = 0;
};

Totals total(const QList<QList<TurnResult>> &runs, int turns)
{
    Totals t;
    for (const auto &r : runs) {
        for (qsizetype i = 0; i < r.size() && i < turns; ++i) {
            t.input += r.at(i).inputTokens;
            t.history += r.at(i).historyTokens;
            t.transcript += r.at(i).transcriptTokens;
            t.llm += r.at(i).llmCompressionTokens;
            t.memoryBlock += r.at(i).memoryBlockTokens;
            t.lastTurnBlock += r.at(i).lastTurnBlockTokens;
            t.figures += r.at(i).earlierFigures;
            t.figuresInPrompt += r.at(i).earlierFiguresInPrompt;
            if (i > 0) {
                ++t.followUps;
                t.cited += r.at(i).goldCited;
                t.retrieved += r.at(i).goldRetrieved;
            }
        }
    }
    return t;
}

double rate(int part, int whole) { return whole ? 100.0 * part / whole : 0.0; }
double cut(qint64 reduced, qint64 baseline) { return baseline ? 100.0 * (1.0 - double(reduced) / double(baseline)) : 0.0; }

// The (interpolated) turn at which cumulative tokens with memory fall below the full history's;
// -1 when they never do within the conversation.
double payoff(const QList<QList<TurnResult>> &full, const QList<QList<TurnResult>> &mem, int turns, bool withLlmCost)
{
    double previous = 0.0;
    for (int t = 1; t <= turns; ++t) {
        const Totals f = total(full, t), m = total(mem, t);
        const double d = double(m.input + (withLlmCost ? m.llm : 0)) - double(f.input); // > 0: memory costs more
        if (d < 0)
            return previous > 0 ? (t - 1) + previous / (previous - d) : t;
        previous = d;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const Bench::BenchOptions shared(parser);
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("KorQuAD conversations (10 turns each)."),
                                            QStringLiteral("N"), QStringLiteral("33"));
    const QCommandLineOption traceOption(QStringLiteral("trace"), QStringLiteral("Print every turn (query, support, memory) to stderr."));
    parser.addOptions({articlesOption, traceOption});
    parser.process(app);
    g_trace = parser.isSet(traceOption);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int k = shared.k();
    constexpr int kTurns = 10;

    QTemporaryDir dir;
    // KorQuAD: each article is one "candidate" with one document whose chunks are its paragraphs.
    const auto korquad = Bench::loadSet(QStringLiteral("korquad"), shared, "bench_memory");
    if (!korquad)
        return 1;
    Corpus kq;
    kq.goldByChunkId = true;
    kq.store = SqliteStore::open(dir.filePath(QStringLiteral("korquad.db"))).value();
    QHash<QString, CandidateId> candidateOf;
    QList<ChunkRef> chunks;
    for (qsizetype i = 0; i < korquad->passages.size(); ++i) {
        const EvalPassage &p = korquad->passages.at(i);
        if (!candidateOf.contains(p.source))
            candidateOf.insert(p.source, *kq.store->ensureCandidate(p.source));
        ChunkRef r;
        r.chunk.id = i + 1;
        r.chunk.documentId = candidateOf.value(p.source);
        r.chunk.text = p.text;
        r.candidateId = candidateOf.value(p.source);
        r.candidateName = p.source;
        r.documentName = p.title;
        chunks << r;
    }
    kq.knowledge.add(chunks);
    const QList<Conversation> kqConversations = korquadConversations(*korquad, parser.value(articlesOption).toInt(), kTurns);

    // The demo corpus, imported by the real importer.
    Corpus demo;
    demo.store = SqliteStore::open(dir.filePath(QStringLiteral("demo.db"))).value();
    auto files = DemoCorpus::files();
    if (!files || files->isEmpty()) {
        err << "bench_memory: the demo corpus was not found (resources/demo)\n";
        return 1;
    }
    DocumentImporter(*demo.store).importPaths(*files);
    if (auto loaded = demo.knowledge.load(*demo.store); !loaded) {
        err << "bench_memory: " << loaded.error().toString() << "\n";
        return 1;
    }
    const QList<Conversation> demoConvs = demoConversations();

    ExtractiveAnswerProvider provider;
    QuestionAnswerer kqAnswerer(kq.knowledge, provider);
    QuestionAnswerer demoAnswerer(demo.knowledge, provider);
    QList<QList<TurnResult>> runs[ModeCount], demoRuns[ModeCount];
    for (int mode = 0; mode < ModeCount; ++mode) {
        for (const Conversation &c : kqConversations)
            runs[mode] << run(kq, kqAnswerer, c, Mode(mode), k);
        for (const Conversation &c : demoConvs)
            demoRuns[mode] << run(demo, demoAnswerer, c, Mode(mode), k);
    }

    out << "bench_memory: " << kqConversations.size() << " KorQuAD conversations of " << kTurns << " turns ("
        << chunks.size() << " paragraphs), " << demoConvs.size() << " demo conversations of 5-6 turns; k=" << k
        << "; tokens estimated by TokenCounter (no provider usage: no real LLM was called)\n\n";
    out << "KorQuAD, cumulative input tokens over the first N turns (mean per conversation):\n";
    out << "turns  full_history  transcript  summaries  reduction_vs_full  reduction_vs_transcript  history_part_reduction\n";
    const int n = std::max<int>(1, int(kqConversations.size()));
    for (int t = 2; t <= kTurns; ++t) {
        const Totals f = total(runs[AsAsked], t), m = total(runs[Summaries], t);
        out << QString::number(t).rightJustified(5) << QString::number(f.input / n).rightJustified(14)
            << QString::number(f.transcript / n).rightJustified(12) << QString::number(m.input / n).rightJustified(11)
            << QString::number(cut(m.input, f.input), 'f', 1).rightJustified(18) << '%'
            << QString::number(cut(m.input, f.transcript), 'f', 1).rightJustified(24) << '%'
            << QString::number(cut(m.history, f.history), 'f', 1).rightJustified(23) << "%\n";
    }
    const Totals f10 = total(runs[AsAsked], kTurns), m10 = total(runs[Summaries], kTurns);
    const double reduction = cut(m10.input, f10.input);
    auto round1 = [](double v) { return std::round(v * 10) / 10.0; };
    // Where the memory modes' tokens go over 10 turns: what is left to cut is mostly evidence.
    out << "\nsummaries mode, 10 turns, mean per conversation: input " << m10.input / n << ", of which history/memory "
        << m10.history / n << " (summaries block " << m10.memoryBlock / n << ", last-turn block " << m10.lastTurnBlock / n
        << "), evidence and rules " << (m10.input - m10.history) / n << "\n";
    const Totals q10 = total(runs[SummariesQuery], kTurns);
    const double reductionShipped = cut(q10.input, f10.input);
    const Totals dq10 = total(demoRuns[SummariesQuery], kTurns);
    const double figureRecall = rate(int(q10.figuresInPrompt + dq10.figuresInPrompt), int(q10.figures + dq10.figures));
    out << "summaries_query (shipped) mode: figures of earlier answers shown in the prompt (summaries, last turn or evidence): "
        << (q10.figuresInPrompt + dq10.figuresInPrompt) << "/" << (q10.figures + dq10.figures) << " ("
        << QString::number(figureRecall, 'f', 1) << "%)\n";
    out << "summaries_query (shipped) mode, 10 turns: input " << q10.input / n << " (" << QString::number(reductionShipped, 'f', 1)
        << "% fewer than full history), of which history/memory " << q10.history / n << "\n";
    const double payoffTurn = payoff(runs[AsAsked], runs[Summaries], kTurns, false);
    const double payoffLlm = payoff(runs[AsAsked], runs[Summaries], kTurns, true);
    out << "\npayoff turn (extractive compressor, no token cost): " << payoffTurn << "\n";
    out << "payoff turn if an LLM wrote the summaries (its prompt + summary counted): " << QString::number(payoffLlm, 'f', 2) << "\n";
    const Totals df = total(demoRuns[AsAsked], kTurns), dm = total(demoRuns[Summaries], kTurns);
    out << "demo conversations, input tokens: full history " << df.input << ", summaries " << dm.input << " ("
        << QString::number(cut(dm.input, df.input), 'f', 1) << "% fewer)\n\n";

    out << "follow-up turns (2nd and later) with the gold paragraph cited (and retrieved in the top " << k << "):\n";
    double quality[ModeCount] = {};
    for (int mode = 0; mode < ModeCount; ++mode) {
        const Totals a = total(runs[mode], kTurns), d = total(demoRuns[mode], kTurns);
        quality[mode] = rate(a.cited + d.cited, a.followUps + d.followUps);
        out << "  " << QString::fromLatin1(kModeNames[mode]).leftJustified(17) << " korquad " << QString::number(rate(a.cited, a.followUps), 'f', 1)
            << "% (" << a.cited << "/" << a.followUps << ", retrieved " << QString::number(rate(a.retrieved, a.followUps), 'f', 1)
            << "%)  demo " << QString::number(rate(d.cited, d.followUps), 'f', 1) << "% (" << d.cited << "/" << d.followUps
            << ", retrieved " << QString::number(rate(d.retrieved, d.followUps), 'f', 1) << "%)  all "
            << QString::number(quality[mode], 'f', 1) << "%\n";
    }
    const double delta = quality[SummariesQuery] - quality[AsAsked];

    QJsonObject bench{{QStringLiteral("reduction"), std::round(reduction * 10) / 1000.0},
                      {QStringLiteral("reduction_summaries_query"), std::round(reductionShipped * 10) / 1000.0},
                      {QStringLiteral("payoff_turn"), payoffTurn},
                      {QStringLiteral("memory_figure_recall"), round1(figureRecall)},
                      {QStringLiteral("payoff_turn_llm_compressor"), std::round(payoffLlm * 100) / 100.0},
                      {QStringLiteral("followup_quality_delta"), round1(delta)},
                      {QStringLiteral("conversations"), int(kqConversations.size() + demoConvs.size())},
                      {QStringLiteral("tokens"), QStringLiteral("TokenCounter estimate")}};
    for (int mode = 0; mode < ModeCount; ++mode)
        bench.insert(QStringLiteral("followup_quality_") + QString::fromLatin1(kModeNames[mode]), round1(quality[mode]));
    out << "BENCH " << QJsonDocument(bench).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
