// SPDX-License-Identifier: MIT
// bench_answers: the extractive answer pipeline on ko-rag-eval. Every question is asked with the full
// corpus (answerable) and again with every page of its gold PDF removed (unanswerable). The refusal
// threshold is calibrated on the tuning half only; figures are reported for the held-out half too.
// unanswerable_answered_like_gold: unanswerable runs answered with an answer that writes at least as many of
// generation_gt's terms as the answerable run's (RefusalRecord::goldTermsUnanswerable).
// Usage: bench_answers [--data DIR] [--k N] [--threshold P,S[,Q]] [--records] [--paragraphs] [--dump FILE] [--scope N,W[,A]]
//                      [--korquad] [--korquad-dump FILE]
// --korquad also builds the same answerable/unanswerable pairs from KorQuAD 1.0 dev (KorQuadRefusal), calibrates the
// thresholds on its tuning half and scores ko-rag-eval at those cuts unchanged; ROC AUC of each signal is printed.
// (last line: BENCH {json}). Q: the share of quoted names and codes the passage must write (RequiredPhrases).
#include "benchoptions.h"
#include "engine/korquadrefusal.h"
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

#include <functional>

using namespace Protostar;

namespace {

// Cuts per threshold searched when calibrating on KorQuAD's thousands of runs (quantiles of the observed values).
constexpr int kKorQuadCuts = 200;

void print(QTextStream &out, const char *label, const RefusalMetrics &m)
{
    out << QString::fromLatin1(label).leftJustified(10) << " answered_with_gold " << QString::number(m.answeredWithGoldRate(), 'f', 3)
        << " (" << m.answeredWithGold << "/" << m.answerable << ")  refused_unanswerable " << QString::number(m.refusedRate(), 'f', 3)
        << " (" << m.refused << "/" << m.unanswerable << ")  figure_recall " << QString::number(m.figureRecall(), 'f', 3) << " ("
        << m.figuresFound << "/" << m.goldFigures << ")  unanswerable_answered_like_gold " << m.answeredLikeGold << "\n";
}

// Every record with its question, evidence and answers as JSON Lines (--dump, --korquad-dump).
bool writeDump(const QList<RefusalRecord> &records, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "bench_answers: cannot write " << file.fileName() << "\n";
        return false;
    }
    const auto ranksOf = [](const QList<int> &ranks) {
        QJsonArray out;
        for (int n : ranks)
            out.append(n);
        return out;
    };
    const auto signalsOf = [](const RefusalSignals &x) {
        return QJsonObject{{QStringLiteral("support"), x.support}, {QStringLiteral("sentences"), x.sentenceSupport},
                           {QStringLiteral("phrases"), x.phraseSupport}, {QStringLiteral("found"), x.found},
                           {QStringLiteral("provider"), x.providerScore}, {QStringLiteral("margin"), x.margin},
                           {QStringLiteral("words"), x.wordSupport}, {QStringLiteral("figures"), x.figureSupport}};
    };
    for (const RefusalRecord &r : records) {
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
    return true;
}

// How well a signal tells the answerable runs from the unanswerable ones of one half (ROC AUC; ties count half).
double rocAuc(const QList<RefusalRecord> &records, bool heldOut, const std::function<double(const RefusalSignals &)> &signal)
{
    QList<double> yes;
    QList<double> no;
    for (const RefusalRecord &r : records) {
        if (r.heldOut == heldOut) {
            yes.append(signal(r.answerable));
            no.append(signal(r.unanswerable));
        }
    }
    double wins = 0.0;
    for (double a : yes) {
        for (double b : no)
            wins += a > b ? 1.0 : a == b ? 0.5 : 0.0;
    }
    return yes.isEmpty() || no.isEmpty() ? 0.0 : wins / (double(yes.size()) * double(no.size()));
}

void printAucs(QTextStream &out, const QList<RefusalRecord> &records)
{
    const QList<std::pair<const char *, std::function<double(const RefusalSignals &)>>> signals{
        {"passage support", [](const RefusalSignals &x) { return x.support; }},
        {"sentence window", [](const RefusalSignals &x) { return x.sentenceSupport; }},
        {"provider best sentence", [](const RefusalSignals &x) { return x.providerScore; }},
    };
    for (const auto &[name, signal] : signals)
        out << "  ROC AUC " << QString::fromLatin1(name).leftJustified(24) << " tuning " << QString::number(rocAuc(records, false, signal), 'f', 3)
            << "  held-out " << QString::number(rocAuc(records, true, signal), 'f', 3) << "\n";
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
    const QCommandLineOption korquadOption(QStringLiteral("korquad"),
                                           QStringLiteral("Also build the refusal set from KorQuAD 1.0 dev, calibrate there and score "
                                                          "ko-rag-eval at those thresholds."));
    const QCommandLineOption korquadDumpOption(QStringLiteral("korquad-dump"),
                                               QStringLiteral("With --korquad: write its records as JSON Lines."), QStringLiteral("FILE"));
    parser.addOptions({thresholdOption, recordsOption, paragraphsOption, dumpOption, scopeOption, korquadOption, korquadDumpOption});
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
            return QStringLiteral("support %1 %2 margin %3 words %4 figures %5 phrases %6 found %7 provider %8")
                .arg(x.support).arg(x.sentenceSupport).arg(x.margin).arg(x.wordSupport).arg(x.figureSupport).arg(x.phraseSupport).arg(x.found)
                .arg(x.providerScore);
        };
        for (const RefusalRecord &r : report->records)
            out << "record " << r.id << (r.heldOut ? " held-out" : " tuning") << " gold " << r.goldCited << " answerable "
                << describe(r.answerable) << " unanswerable " << describe(r.unanswerable) << " gold_terms "
                << r.goldTermsAnswerable << " " << r.goldTermsUnanswerable << " | " << r.goldSource << " -> "
                << r.unanswerableSource << "\n";
    }
    if (parser.isSet(dumpOption) && !writeDump(report->records, parser.value(dumpOption)))
        return 1;
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
    printAucs(out, report->records);

    if (parser.isSet(korquadOption)) {
        timer.restart();
        auto korquad = KorQuadRefusal::run(shared.dataDir(), options.k);
        if (!korquad) {
            QTextStream(stderr) << "bench_answers: " << korquad.error().toString() << "\n";
            return 1;
        }
        if (parser.isSet(korquadDumpOption) && !writeDump(*korquad, parser.value(korquadDumpOption)))
            return 1;
        out << "KorQuAD 1.0 dev: " << korquad->size() << " questions, each asked answerable and unanswerable (article removed), "
            << QString::number(timer.nsecsElapsed() / 1e9, 'f', 1) << " s\n";
        const RefusalReport atDefault = RefusalEvaluation::score(*korquad, threshold);
        out << "at thresholds " << pair(threshold) << ":\n";
        print(out, "  tuning", atDefault.tuning);
        print(out, "  held-out", atDefault.heldout);
        printAucs(out, *korquad);
        const RefusalThreshold fitted = RefusalEvaluation::calibrate(*korquad, kKorQuadCuts);
        out << "calibrated on KorQuAD's tuning half: " << pair(fitted) << "\n";
        print(out, "  KorQuAD tuning", RefusalEvaluation::score(*korquad, fitted).tuning);
        print(out, "  KorQuAD held-out", RefusalEvaluation::score(*korquad, fitted).heldout);
        out << "ko-rag-eval at KorQuAD's thresholds, unchanged:\n";
        print(out, "  tuning", RefusalEvaluation::score(report->records, fitted).tuning);
        print(out, "  held-out", RefusalEvaluation::score(report->records, fitted).heldout);
    }

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
