// SPDX-License-Identifier: MIT
// bench_answers: the extractive answer pipeline on ko-rag-eval. Every question is asked with the full
// corpus (answerable) and again with every page of its gold PDF removed (unanswerable). The refusal
// threshold is calibrated on the tuning half only; figures are reported for the held-out half too.
// unanswerable_answered_like_gold: unanswerable runs answered with an answer that writes at least as many of
// generation_gt's terms as the answerable run's (RefusalRecord::goldTermsUnanswerable).
// Usage: bench_answers [--data DIR] [--k N] [--threshold P,S[,Q]] [--records] [--paragraphs] [--dump FILE] [--scope N,W[,A]]
// (last line: BENCH {json}). Q: the share of quoted names and codes the passage must write (RequiredPhrases).
#include "benchoptions.h"
#include "engine/questionanswerer.h"
#include "engine/refusalevaluation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Protostar;

namespace {

void print(QTextStream &out, const char *label, const RefusalMetrics &m)
{
    out << QString::fromLatin1(label).leftJustified(10) << " answered_with_gold " << QString::number(m.answeredWithGoldRate(), 'f', 3)
        << " (" << m.answeredWithGold << "/" << m.answerable << ")  refused_unanswerable " << QString::number(m.refusedRate(), 'f', 3)
        << " (" << m.refused << "/" << m.unanswerable << ")  figure_recall " << QString::number(m.figureRecall(), 'f', 3) << " ("
        << m.figuresFound << "/" << m.goldFigures << ")  unanswerable_answered_like_gold " << m.answeredLikeGold << "\n";
}

} // namespace

QString pair(const RefusalThreshold &t)
{
    return QStringLiteral("passage %1, sentences %2, phrases %3").arg(t.passage, 0, 'f', 6).arg(t.sentences, 0, 'f', 6).arg(t.phrases, 0, 'g', 4);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const Bench::BenchOptions shared(parser);
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             QStringLiteral("Refusal thresholds to report, PASSAGE,SENTENCES[,PHRASES] (default: the engine's; "
                                                            "PHRASES defaults to 0 when only two are given)."),
                                             QStringLiteral("P,S[,Q]"));
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Print every question's supports."));
    const QCommandLineOption paragraphsOption(QStringLiteral("paragraphs"),
                                              QStringLiteral("Cut pages into paragraph chunks, as the app imports a PDF "
                                                             "(default: one chunk per page)."));
    const QCommandLineOption dumpOption(QStringLiteral("dump"),
                                        QStringLiteral("Write every record with its question, evidence and answers as JSON Lines."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
                                         QStringLiteral("Support scope of a paragraph chunk on a real page: NEIGHBOURS (chunks either side), "
                                                        "their WEIGHT, and ACROSS 1 to let the sentence window span them (default: the engine's)."),
                                         QStringLiteral("N,W[,A]"));
    parser.addOptions({thresholdOption, recordsOption, paragraphsOption, dumpOption, scopeOption});
    parser.process(app);

    QTextStream out(stdout);
    RefusalEvalOptions options;
    options.k = shared.k();
    options.paragraphs = parser.isSet(paragraphsOption);
    if (parser.isSet(scopeOption)) {
        const QStringList parts = parser.value(scopeOption).split(u',');
        SupportScope scope;
        scope.neighbours = parts.value(0).toInt();
        scope.neighbourWeight = parts.value(1, QStringLiteral("1")).toDouble();
        scope.windowAcross = parts.value(2).toInt() != 0;
        options.scope = scope;
    }
    QElapsedTimer timer;
    timer.start();
    auto report = RefusalEvaluation::run(shared.dataDir(), options);
    if (!report) {
        QTextStream(stderr) << "bench_answers: " << report.error().toString() << "\n";
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (parser.isSet(recordsOption)) {
        const auto describe = [](const RefusalSignals &x) {
            return QStringLiteral("support %1 %2 margin %3 words %4 figures %5 phrases %6 found %7")
                .arg(x.support).arg(x.sentenceSupport).arg(x.margin).arg(x.wordSupport).arg(x.figureSupport).arg(x.phraseSupport).arg(x.found);
        };
        for (const RefusalRecord &r : report->records)
            out << "record " << r.id << (r.heldOut ? " held-out" : " tuning") << " gold " << r.goldCited << " answerable "
                << describe(r.answerable) << " unanswerable " << describe(r.unanswerable) << " gold_terms "
                << r.goldTermsAnswerable << " " << r.goldTermsUnanswerable << " | " << r.goldSource << " -> "
                << r.unanswerableSource << "\n";
    }
    if (parser.isSet(dumpOption)) {
        QFile file(parser.value(dumpOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream(stderr) << "bench_answers: cannot write " << file.fileName() << "\n";
            return 1;
        }
        const auto ranksOf = [](const QList<int> &ranks) {
            QJsonArray out;
            for (int n : ranks)
                out.append(n);
            return out;
        };
        const auto signalsOf = [](const RefusalSignals &x) {
            return QJsonObject{{QStringLiteral("support"), x.support}, {QStringLiteral("sentences"), x.sentenceSupport},
                               {QStringLiteral("phrases"), x.phraseSupport}, {QStringLiteral("found"), x.found}};
        };
        for (const RefusalRecord &r : report->records) {
            const QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("held_out"), r.heldOut},
                                {QStringLiteral("gold_cited"), r.goldCited}, {QStringLiteral("question"), r.question},
                                {QStringLiteral("answerable"), signalsOf(r.answerable)},
                                {QStringLiteral("unanswerable"), signalsOf(r.unanswerable)},
                                {QStringLiteral("answerable_evidence"), QJsonArray::fromStringList(r.answerableEvidence)},
                                {QStringLiteral("unanswerable_evidence"), QJsonArray::fromStringList(r.unanswerableEvidence)},
                                {QStringLiteral("answerable_answer"), r.answerableAnswer},
                                {QStringLiteral("unanswerable_answer"), r.unanswerableAnswer},
                                {QStringLiteral("gold_ranks"), ranksOf(r.goldRanks)},
                                {QStringLiteral("cited_ranks"), ranksOf(r.citedRanks)},
                                {QStringLiteral("hit_pages"), QJsonArray::fromStringList(r.hitPages)}};
            file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    RefusalThreshold threshold = RefusalEvaluation::defaultThreshold();
    if (parser.isSet(thresholdOption)) {
        const QStringList parts = parser.value(thresholdOption).split(u',');
        threshold.passage = parts.value(0).toDouble();
        threshold.sentences = parts.value(1).toDouble();
        threshold.phrases = parts.value(2).toDouble();
    }
    const RefusalThreshold calibrated = RefusalEvaluation::calibrate(report->records);

    out << "ko-rag-eval: " << report->records.size() << " questions, each asked answerable and unanswerable, k="
        << options.k << ", " << QString::number(seconds, 'f', 1) << " s\n";
    out << "calibrated on the tuning half: " << pair(calibrated) << "\n";
    print(out, "  tuning", RefusalEvaluation::score(report->records, calibrated).tuning);
    out << "  held-out" << " (reported only): ";
    print(out, "", RefusalEvaluation::score(report->records, calibrated).heldout);
    out << "passage-support sweep (sentence threshold 0, all questions):\n";
    for (double t : {0.0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7}) {
        out << "  t=" << QString::number(t, 'f', 2) << "  ";
        print(out, "", RefusalEvaluation::score(report->records, {t, 0.0}).all);
    }
    const RefusalReport chosen = RefusalEvaluation::score(report->records, threshold);
    out << "at thresholds " << pair(threshold) << (parser.isSet(thresholdOption) ? "" : " (engine default)") << ":\n";
    print(out, "all", chosen.all);
    print(out, "tuning", chosen.tuning);
    print(out, "held-out", chosen.heldout);

    QJsonObject bench = chosen.heldout.toJson();
    bench.insert(QStringLiteral("threshold_passage"), threshold.passage);
    bench.insert(QStringLiteral("threshold_sentences"), threshold.sentences);
    bench.insert(QStringLiteral("threshold_phrases"), threshold.phrases);
    bench.insert(QStringLiteral("split"), QStringLiteral("held-out"));
    if (options.scope) {
        bench.insert(QStringLiteral("scope"), QStringLiteral("%1,%2,%3").arg(options.scope->neighbours).arg(options.scope->neighbourWeight)
                                                  .arg(options.scope->windowAcross ? 1 : 0));
    }
    bench.insert(QStringLiteral("chunks"), options.paragraphs ? QStringLiteral("paragraph") : QStringLiteral("page"));
    bench.insert(QStringLiteral("unanswerable_answered_like_gold"), chosen.heldout.answeredLikeGold);
    QJsonObject all = chosen.all.toJson();
    all.insert(QStringLiteral("unanswerable_answered_like_gold"), chosen.all.answeredLikeGold);
    bench.insert(QStringLiteral("all"), all);
    out << "BENCH " << QJsonDocument(bench).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
