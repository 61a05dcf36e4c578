// SPDX-License-Identifier: MIT
// bench_extractive: sentence selection of ExtractiveAnswerProvider, measured through the whole
// QuestionAnswerer pipeline (KnowledgeBase top-k -> provider -> FigureGuard).
// KorQuAD 1.0 dev (one chunk per paragraph, as `protostar-cli eval` indexes it): span recall = share
// of questions whose answer text (markers stripped, NFC, whitespace collapsed) contains a gold answer
// text; sentences and characters per answer; the same restricted to questions whose top-1 retrieved
// paragraph is the gold one (sentence selection without retrieval errors).
// ko-rag-eval (one chunk per page, one document per PDF, as bench_answers): figure recall against
// generation_gt[0], characters per answer, and answered with a gold page cited (as bench_answers).
// Answers are asked ungated (refusal thresholds 0: the provider's own "nothing covers" still refuses);
// the *_gated figures count an answer only when it passes the engine's default refusal thresholds,
// which is what bench_answers reports. Split: RetrievalEvaluation::isHeldOut(question id).
// Usage: bench_extractive [--data DIR] [--k N] [--limit N] [--options K=V,...] [--paragraphs] [--records]   (last line: BENCH {json})
#include "benchoptions.h"
#include "engine/evaldatasets.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/refusalevaluation.h"
#include "engine/retrievalevaluation.h"
#include "providers/answertext.h"
#include "providers/extractiveanswerprovider.h"
#include "providers/writtenfigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Protostar;

namespace {

struct Outcome {
    bool heldOut = false;
    bool found = false;       // answered (ungated)
    bool passesGate = false;  // answered at the engine's default refusal thresholds
    bool hit = false;         // span (KorQuAD) found in the answer
    bool top1Gold = false;    // KorQuAD: the best retrieved paragraph is the gold one
    bool goldCited = false;   // ko-rag-eval: a citation points at a gold page
    int goldFigures = 0;      // ko-rag-eval
    int figuresFound = 0;
    int sentences = 0;
    int chars = 0;
};

struct Summary {
    int questions = 0;
    int answered = 0;
    int hits = 0;
    int hitsGated = 0;
    int goldFigures = 0;
    int figuresFound = 0;
    int figuresFoundGated = 0;
    int goldCitedGated = 0; // answered at the default thresholds with a gold page cited (bench_answers' answered_with_gold)
    QList<int> sentences; // of answered questions
    QList<int> chars;

    static double median(QList<int> v)
    {
        if (v.isEmpty())
            return 0.0;
        std::sort(v.begin(), v.end());
        const qsizetype m = v.size() / 2;
        return v.size() % 2 ? v.at(m) : (v.at(m - 1) + v.at(m)) / 2.0;
    }
    static double mean(const QList<int> &v)
    {
        double s = 0.0;
        for (int x : v)
            s += x;
        return v.isEmpty() ? 0.0 : s / v.size();
    }
    void add(const Outcome &o)
    {
        ++questions;
        hits += o.hit ? 1 : 0;
        hitsGated += o.hit && o.passesGate ? 1 : 0;
        goldFigures += o.goldFigures;
        figuresFound += o.figuresFound;
        figuresFoundGated += o.passesGate ? o.figuresFound : 0;
        goldCitedGated += o.passesGate && o.goldCited ? 1 : 0;
        if (o.found) {
            ++answered;
            sentences.append(o.sentences);
            chars.append(o.chars);
        }
    }
    double rate(int x, int of) const { return of ? double(x) / of : 0.0; }
    QJsonObject json(bool spans) const
    {
        QJsonObject o{{QStringLiteral("questions"), questions},
                      {QStringLiteral("answered"), rate(answered, questions)},
                      {QStringLiteral("sentences_median"), median(sentences)},
                      {QStringLiteral("sentences_mean"), mean(sentences)},
                      {QStringLiteral("chars_median"), median(chars)},
                      {QStringLiteral("chars_mean"), mean(chars)}};
        if (spans) {
            o.insert(QStringLiteral("span_recall"), rate(hits, questions));
            o.insert(QStringLiteral("span_recall_gated"), rate(hitsGated, questions));
        } else {
            o.insert(QStringLiteral("figure_recall"), rate(figuresFoundGated, goldFigures));
            o.insert(QStringLiteral("figure_recall_ungated"), rate(figuresFound, goldFigures));
            o.insert(QStringLiteral("gold_figures"), goldFigures);
            o.insert(QStringLiteral("answered_with_gold"), rate(goldCitedGated, questions));
        }
        return o;
    }
    QString line(bool spans) const
    {
        QString s = QStringLiteral("n=%1 answered %2").arg(questions).arg(rate(answered, questions), 0, 'f', 3);
        if (spans)
            s += QStringLiteral("  span_recall %1 (%2/%3) gated %4").arg(rate(hits, questions), 0, 'f', 3).arg(hits).arg(questions)
                     .arg(rate(hitsGated, questions), 0, 'f', 3);
        else
            s += QStringLiteral("  figure_recall %1 (%2/%3) ungated %4").arg(rate(figuresFoundGated, goldFigures), 0, 'f', 3)
                     .arg(figuresFoundGated).arg(goldFigures).arg(rate(figuresFound, goldFigures), 0, 'f', 3)
                 + QStringLiteral("  answered_with_gold %1 (%2)").arg(rate(goldCitedGated, questions), 0, 'f', 3).arg(goldCitedGated);
        s += QStringLiteral("  sentences median %1 mean %2  chars median %3 mean %4")
                 .arg(median(sentences)).arg(mean(sentences), 0, 'f', 2).arg(median(chars)).arg(mean(chars), 0, 'f', 1);
        return s;
    }
};

struct Split {
    Summary all, tuning, heldout;
    void add(const Outcome &o)
    {
        all.add(o);
        (o.heldOut ? heldout : tuning).add(o);
    }
    QJsonObject json(bool spans) const
    {
        return {{QStringLiteral("all"), all.json(spans)}, {QStringLiteral("tuning"), tuning.json(spans)},
                {QStringLiteral("heldout"), heldout.json(spans)}};
    }
    void print(QTextStream &out, const QString &title, bool spans) const
    {
        out << title << "\n";
        out << "  tuning   " << tuning.line(spans) << "\n";
        out << "  held-out " << heldout.line(spans) << "\n";
        out << "  all      " << all.line(spans) << "\n";
    }
};

QString normalised(const QString &text)
{
    return AnswerText::collapseSpaces(text.normalized(QString::NormalizationForm_C));
}

int markerCount(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\\[\\d+(?:\\s*,\\s*\\d+)*\\]"));
    int n = 0;
    for (auto it = marker.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

// What every set measures the same way: half, answered, gate, sentences, characters.
Outcome measured(const EvalQuestion &q, const Answer &a, const AnswerTrace &trace)
{
    const AnswererOptions defaults;
    Outcome o;
    o.heldOut = RetrievalEvaluation::isHeldOut(q.id);
    o.found = a.found;
    o.passesGate = a.found && trace.support >= defaults.minSupport && trace.sentenceSupport >= defaults.minSentenceSupport
        && (!defaults.refuseUnknownPerson || trace.unknownPerson.isEmpty());
    if (a.found) {
        o.sentences = markerCount(a.text);
        o.chars = int(normalised(AnswerText::stripMarkers(a.text)).size());
    }
    return o;
}

// "--options minRelative=0.5,maxSentences=3": the provider's options, for sweeps on the tuning half.
Result<ExtractiveOptions> parseOptions(const QString &spec)
{
    ExtractiveOptions o;
    const QHash<QString, double *> doubles{{QStringLiteral("minRelative"), &o.minRelative},
                                           {QStringLiteral("minCoverage"), &o.minCoverage},
                                           {QStringLiteral("minGain"), &o.minGain},
                                           {QStringLiteral("figurePenalty"), &o.figurePenalty},
                                           {QStringLiteral("minFigureGain"), &o.minFigureGain},
                                           {QStringLiteral("keepRelative"), &o.keepRelative}};
    const QHash<QString, int *> ints{{QStringLiteral("maxEvidence"), &o.maxEvidence},
                                     {QStringLiteral("maxSentences"), &o.maxSentences},
                                     {QStringLiteral("maxChars"), &o.maxChars}};
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const double value = item.section(u'=', 1).toDouble(&ok);
        if (ok && doubles.contains(key))
            *doubles.value(key) = value;
        else if (ok && ints.contains(key))
            *ints.value(key) = int(value);
        else if (ok && key == QLatin1String("figureNeighbour"))
            o.figureNeighbour = value != 0.0;
        else
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown option or value: %1").arg(item));
    }
    return o;
}

AnswererOptions ungated()
{
    AnswererOptions options;
    options.minSupport = 0.0;
    options.minSentenceSupport = 0.0;
    options.refuseUnknownPerson = false;
    return options;
}

Result<Answer> ask(QuestionAnswerer &answerer, const QString &text, int k, AnswerTrace *trace)
{
    Question question;
    question.text = text;
    question.k = k;
    return answerer.answer(question, {}, nullptr, trace);
}

Result<Split> runKorQuad(const QString &dataDir, const ExtractiveOptions &options, int k, int limit, bool records, QTextStream &out, Split &top1)
{
    auto loaded = EvalDatasets::load(QStringLiteral("korquad"), dataDir);
    if (!loaded)
        return loaded.error();
    const EvalDataset &data = *loaded;
    KnowledgeBase knowledge;
    knowledge.add(data.passageChunks()); // chunk.documentId = passage index + 1
    ExtractiveAnswerProvider provider(options);
    QuestionAnswerer answerer(knowledge, provider, nullptr, ungated());
    const qsizetype total = data.questions.size();
    const qsizetype count = limit > 0 ? std::min<qsizetype>(limit, total) : total;
    Split split;
    for (qsizetype i = 0; i < count; ++i) {
        // Evenly spread over the set, so a limit still samples every article.
        const EvalQuestion &q = data.questions.at(count == total ? i : i * total / count);
        AnswerTrace trace;
        auto a = ask(answerer, q.query, k, &trace);
        if (!a)
            return a.error();
        Outcome o = measured(q, *a, trace);
        const QString text = a->found ? normalised(AnswerText::stripMarkers(a->text)) : QString();
        for (const QString &gold : q.answers)
            o.hit = o.hit || (!gold.trimmed().isEmpty() && text.contains(normalised(gold)));
        const int goldIndex = q.goldIds.isEmpty() ? -1 : data.passageIndex(q.goldIds.first());
        o.top1Gold = !trace.hits.isEmpty() && trace.hits.first().ref.chunk.documentId == goldIndex + 1;
        split.add(o);
        if (o.top1Gold)
            top1.add(o);
        if (records)
            out << "korquad " << q.id << (o.heldOut ? " held-out" : " tuning") << " hit " << o.hit << " top1 " << o.top1Gold
                << " s " << o.sentences << " c " << o.chars << " | " << q.query << " | " << q.answers.value(0) << " | "
                << a->text.simplified() << "\n";
    }
    return split;
}

Result<Split> runKoRagEval(const QString &dataDir, const ExtractiveOptions &options, int k, bool paragraphs, bool records,
                           QTextStream &out)
{
    auto loaded = EvalDatasets::load(QStringLiteral("ko-rag-eval"), dataDir);
    if (!loaded)
        return loaded.error();
    const EvalDataset &data = *loaded;
    // As RefusalEvaluation (bench_answers) builds it: one document per PDF, its pages as chunks, or with
    // --paragraphs the pages cut by the ParagraphChunker as the app imports a PDF.
    const RefusalCorpus corpus = RefusalEvaluation::corpus(data, paragraphs);
    const QHash<ChunkId, int> &passageOfChunk = corpus.passageOfChunk;
    const QList<ChunkRef> &chunks = corpus.chunks;
    KnowledgeBase knowledge;
    knowledge.add(chunks);
    ExtractiveAnswerProvider provider(options);
    QuestionAnswerer answerer(knowledge, provider, nullptr, ungated());
    Split split;
    for (const EvalQuestion &q : data.questions) {
        AnswerTrace trace;
        auto a = ask(answerer, q.query, k, &trace);
        if (!a)
            return a.error();
        Outcome o = measured(q, *a, trace);
        QSet<QString> figures;
        for (const QString &f : WrittenFigures::of(q.answers.value(0)))
            figures.insert(f);
        o.goldFigures = int(figures.size());
        for (const QString &f : std::as_const(figures))
            o.figuresFound += a->found && WrittenFigures::contains(a->text, f) ? 1 : 0;
        for (const Citation &c : a->citations)
            o.goldCited = o.goldCited || q.goldIds.contains(data.passages.value(passageOfChunk.value(c.chunkId, -1)).id);
        split.add(o);
        if (records)
            out << "ko-rag-eval " << q.id << (o.heldOut ? " held-out" : " tuning") << " figures " << o.figuresFound << "/"
                << o.goldFigures << " s " << o.sentences << " c " << o.chars << " | " << q.query << " | "
                << q.answers.value(0).simplified() << " | " << a->text.simplified() << "\n";
    }
    return split;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const Bench::BenchOptions shared(parser);
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("KorQuAD questions asked, evenly spread over the set (0 = all)."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Print every question and its answer."));
    const QCommandLineOption optionsOption(QStringLiteral("options"),
                                           QStringLiteral("ExtractiveOptions to change, e.g. minRelative=0.5,maxSentences=3."),
                                           QStringLiteral("LIST"));
    const QCommandLineOption paragraphsOption(QStringLiteral("paragraphs"),
                                              QStringLiteral("ko-rag-eval: cut pages into paragraph chunks, as the app imports a PDF "
                                                             "(default: one chunk per page)."));
    parser.addOptions({limitOption, recordsOption, optionsOption, paragraphsOption});
    parser.process(app);
    const auto options = parseOptions(parser.value(optionsOption));
    if (!options) {
        QTextStream(stderr) << "bench_extractive: " << options.error().toString() << "\n";
        return 1;
    }

    QTextStream out(stdout);
    const int k = shared.k();
    QElapsedTimer timer;
    timer.start();
    Split top1;
    auto korquad = runKorQuad(shared.dataDir(), *options, k, parser.value(limitOption).toInt(), parser.isSet(recordsOption), out, top1);
    if (!korquad) {
        QTextStream(stderr) << "bench_extractive: " << korquad.error().toString() << "\n";
        return 1;
    }
    const double korquadSeconds = timer.restart() / 1000.0;
    auto koRag = runKoRagEval(shared.dataDir(), *options, k, parser.isSet(paragraphsOption), parser.isSet(recordsOption), out);
    if (!koRag) {
        QTextStream(stderr) << "bench_extractive: " << koRag.error().toString() << "\n";
        return 1;
    }
    const double koRagSeconds = timer.elapsed() / 1000.0;

    out << "options " << (parser.isSet(optionsOption) ? parser.value(optionsOption) : QStringLiteral("(defaults)")) << ", k=" << k << ", ungated (gated = at the engine's default refusal thresholds)\n";
    korquad->print(out, QStringLiteral("KorQuAD 1.0 dev, %1 s:").arg(korquadSeconds, 0, 'f', 1), true);
    top1.print(out, QStringLiteral("KorQuAD, questions whose top-1 paragraph is the gold one:"), true);
    koRag->print(out, QStringLiteral("ko-rag-eval (%1 chunks), %2 s:")
                          .arg(parser.isSet(paragraphsOption) ? QStringLiteral("paragraph") : QStringLiteral("page"))
                          .arg(koRagSeconds, 0, 'f', 1), false);

    const QJsonObject kq = korquad->heldout.json(true);
    const QJsonObject kr = koRag->heldout.json(false);
    QJsonObject bench{{QStringLiteral("split"), QStringLiteral("held-out")},
                      {QStringLiteral("k"), k},
                      {QStringLiteral("options"), parser.value(optionsOption)},
                      {QStringLiteral("ko_rag_chunks"), parser.isSet(paragraphsOption) ? QStringLiteral("paragraph") : QStringLiteral("page")},
                      {QStringLiteral("span_recall"), kq.value(QStringLiteral("span_recall"))},
                      {QStringLiteral("span_recall_top1_gold"), top1.heldout.json(true).value(QStringLiteral("span_recall"))},
                      {QStringLiteral("median_sentences"), kq.value(QStringLiteral("sentences_median"))},
                      {QStringLiteral("mean_sentences"), kq.value(QStringLiteral("sentences_mean"))},
                      {QStringLiteral("median_chars"), kq.value(QStringLiteral("chars_median"))},
                      {QStringLiteral("figure_recall"), kr.value(QStringLiteral("figure_recall"))},
                      {QStringLiteral("figure_recall_ungated"), kr.value(QStringLiteral("figure_recall_ungated"))},
                      {QStringLiteral("ko_rag_median_chars"), kr.value(QStringLiteral("chars_median"))},
                      {QStringLiteral("korquad"), korquad->json(true)},
                      {QStringLiteral("korquad_top1_gold"), top1.json(true)},
                      {QStringLiteral("ko_rag_eval"), koRag->json(false)}};
    out << "BENCH " << QJsonDocument(bench).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
