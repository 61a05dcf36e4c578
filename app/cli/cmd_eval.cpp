// SPDX-License-Identifier: MIT
// eval: measure retrieval on a shared evaluation set (recall@k, MRR@10, and the held-out half).
#include "clicontext.h"

#include "engine/refusalevaluation.h"

#include "engine/engineconfig.h"
#include "engine/evaldatasets.h"
#include "engine/retrievalevaluation.h"
#include "rag/lexicalindex.h"
#include "rag/pagefusedindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Protostar::Cli {

namespace {

// "1,3,5,10" -> {1, 3, 5, 10}; empty on a bad list. An empty item ("1,,3", "5,") is a typo, not a cut-off
// to skip: the metrics printed would silently lack the one meant.
QList<int> parseKs(const QString &text)
{
    QList<int> ks;
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const int k = part.trimmed().toInt(&ok);
        if (!ok || k <= 0 || k > 1000)
            return {};
        if (!ks.contains(k))
            ks.append(k);
    }
    std::sort(ks.begin(), ks.end());
    return ks;
}

// The set a typed --dataset names, spelt as EvalDatasets::names() spells it ("KorQuAD " is korquad); empty
// when it names none. Every check on the name goes through here, so --unanswerable and the loader cannot
// disagree on what was typed.
QString datasetName(const QString &typed)
{
    const QString name = typed.trimmed();
    for (const QString &known : EvalDatasets::names()) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return {};
}

void printMetrics(QTextStream &out, const QString &label, const RetrievalMetrics &m)
{
    out << label.leftJustified(10) << QString::number(m.questions).rightJustified(6) << " q";
    for (auto it = m.recallAt.cbegin(); it != m.recallAt.cend(); ++it)
        out << "  recall@" << it.key() << " " << QString::number(it.value(), 'f', 3);
    out << "  mrr@10 " << QString::number(m.mrr10, 'f', 3) << "\n";
}

} // namespace

// --unanswerable: ko-rag-eval asked with and without each question's gold PDF (RefusalEvaluation).
// `dataset` is datasetName()'s.
static int refusalEval(CliContext &ctx, const QString &dataDir, const QString &dataset, bool asJson)
{
    if (dataset != QLatin1String("ko-rag-eval"))
        return ctx.fail(CliTr::tr("--unanswerable needs --dataset ko-rag-eval (its gold pages name their source PDF)"));
    auto report = RefusalEvaluation::run(dataDir);
    if (!report)
        return ctx.fail(report.error());
    QJsonObject out = report->all.toJson();
    out.insert(QStringLiteral("tuning"), report->tuning.toJson());
    out.insert(QStringLiteral("heldout"), report->heldout.toJson());
    if (asJson) {
        // One object on one line, like every other --json output.
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) << "\n";
        ctx.out.flush();
        return 0;
    }
    const auto line = [&](const char *name, const RefusalMetrics &m) {
        ctx.out << name << ": "
                << CliTr::tr("answered with gold cited %1 (%2/%3), refused unanswerable %4 (%5/%6), figure recall %7")
                       .arg(QString::number(m.answeredWithGoldRate(), 'f', 3))
                       .arg(m.answeredWithGold)
                       .arg(m.answerable)
                       .arg(QString::number(m.refusedRate(), 'f', 3))
                       .arg(m.refused)
                       .arg(m.unanswerable)
                       .arg(QString::number(m.figureRecall(), 'f', 3))
                << "\n";
    };
    line("all", report->all);
    line("tuning", report->tuning);
    line("held-out", report->heldout);
    return 0;
}

int evalCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dataset(QStringLiteral("dataset"),
                                     CliTr::tr("Evaluation set: %1.").arg(EvalDatasets::names().join(CliTr::tr(" or "))),
                                     QStringLiteral("NAME"));
    const QCommandLineOption data(QStringLiteral("data"), CliTr::tr("Shared data folder (default: %1).")
                                                                .arg(EngineConfig::defaultSharedDataDir()),
                                  QStringLiteral("DIR"));
    const QCommandLineOption ks(QStringLiteral("k"), CliTr::tr("Cut-offs for recall (default 1,3,5,10)."),
                                QStringLiteral("LIST"), QStringLiteral("1,3,5,10"));
    const QCommandLineOption json(QStringLiteral("json"), CliTr::tr("Print one JSON object."));
    const QCommandLineOption unanswerable(QStringLiteral("unanswerable"),
                                          CliTr::tr("Run the refusal set (questions whose source was removed)."));
    const QCommandLineOption chunks(QStringLiteral("chunks"),
                                    CliTr::tr("How ko-rag-eval pages are indexed: paragraph (cut by the paragraph "
                                              "chunker, each chunk's score fused with its page's as the app "
                                              "ranks, pages ranked by their best chunk; default), or page (one "
                                              "chunk per page). fused is the old name of paragraph."),
                                    QStringLiteral("MODE"), QStringLiteral("paragraph"));
    const PageFusionOptions fusionDefaults;
    const QCommandLineOption fusion(QStringLiteral("fusion"),
                                    CliTr::tr("With --chunks paragraph: rrf (reciprocal rank) or score (sum of scores "
                                              "normalised by each ranking's best; default)."),
                                    QStringLiteral("METHOD"),
                                    fusionDefaults.method == PageFusionOptions::Method::ReciprocalRank ? QStringLiteral("rrf")
                                                                                                  : QStringLiteral("score"));
    const QCommandLineOption fusionK(QStringLiteral("fusion-k"),
                                     CliTr::tr("With --fusion rrf: the constant k in 1/(k + rank) (default %1).")
                                         .arg(fusionDefaults.rrfK),
                                     QStringLiteral("K"), QString::number(fusionDefaults.rrfK));
    const QCommandLineOption pageWeight(QStringLiteral("page-weight"),
                                        CliTr::tr("With --chunks paragraph: weight of the whole-page ranking "
                                                  "against the paragraph ranking's 1; 0 ranks paragraphs alone "
                                                  "(default %1).")
                                            .arg(fusionDefaults.pageWeight),
                                        QStringLiteral("W"), QString::number(fusionDefaults.pageWeight));
    parser.addOptions({dataset, data, ks, json, unanswerable, chunks, fusion, fusionK, pageWeight});
    if (auto stop = ctx.parse(parser, args, CliTr::tr("Measure retrieval (recall@k, MRR@10) on an evaluation set."),
                              false))
        return *stop;

    if (!ctx.positionalArguments(parser).isEmpty())
        return ctx.fail(CliTr::tr("%1 takes no arguments, only options; see `protostar-cli %1 --help`").arg(args.first()));
    if (!parser.isSet(dataset))
        return ctx.fail(CliTr::tr("eval needs --dataset %1").arg(EvalDatasets::names().join(u'|')));
    // A misspelt set is named as such, before any option that depends on which set it is.
    const QString datasetNamed = datasetName(parser.value(dataset));
    if (datasetNamed.isEmpty())
        return ctx.fail(CliTr::tr("unknown evaluation set \"%1\"; use one of: %2")
                            .arg(parser.value(dataset), EvalDatasets::names().join(QStringLiteral(", "))));
    const QList<int> cutoffs = parseKs(parser.value(ks));
    if (cutoffs.isEmpty())
        return ctx.fail(CliTr::tr("--k takes positive numbers separated by commas, e.g. --k 1,3,5,10"));
    if (parser.isSet(unanswerable))
        return refusalEval(ctx, parser.isSet(data) ? parser.value(data) : EngineConfig::defaultSharedDataDir(),
                           datasetNamed, parser.isSet(json));
    const QString chunkMode = parser.value(chunks);
    if (chunkMode != QLatin1String("paragraph") && chunkMode != QLatin1String("page") && chunkMode != QLatin1String("fused"))
        return ctx.fail(CliTr::tr("--chunks takes paragraph, page or fused"));
    PageFusionOptions fusionOptions;
    if (parser.value(fusion) == QLatin1String("score"))
        fusionOptions.method = PageFusionOptions::Method::NormalisedScore;
    else if (parser.value(fusion) == QLatin1String("rrf"))
        fusionOptions.method = PageFusionOptions::Method::ReciprocalRank;
    else
        return ctx.fail(CliTr::tr("--fusion takes rrf or score"));
    bool kOk = false, wOk = false;
    fusionOptions.rrfK = parser.value(fusionK).toDouble(&kOk);
    fusionOptions.pageWeight = parser.value(pageWeight).toDouble(&wOk);
    if (!kOk || fusionOptions.rrfK < 0.0)
        return ctx.fail(CliTr::tr("--fusion-k takes a number of 0 or more, e.g. --fusion-k 60"));
    if (!wOk || fusionOptions.pageWeight < 0.0)
        return ctx.fail(CliTr::tr("--page-weight takes a number of 0 or more, e.g. --page-weight 1"));
    const QString dataDir = parser.isSet(data) ? parser.value(data) : EngineConfig::defaultSharedDataDir();
    QElapsedTimer timer;
    timer.start();
    auto set = EvalDatasets::load(datasetNamed, dataDir);
    if (!set)
        return ctx.fail(set.error());
    const qint64 loadMs = timer.restart();

    // KorQuAD's gold is the paragraph itself, so its passages are indexed whole whatever --chunks says.
    const bool koRag = set->name == QLatin1String("ko-rag-eval");
    const bool paragraphs = chunkMode != QLatin1String("page") && koRag;
    const QList<ChunkRef> indexed = paragraphs ? set->paragraphChunks() : set->passageChunks();
    LexicalIndex pageIndex;
    PageFusedIndex paragraphIndex(LexicalRankingOptions{}, fusionOptions);
    if (paragraphs)
        paragraphIndex.addAll(indexed);
    else
        pageIndex.addAll(indexed);
    const qint64 indexMs = timer.restart();
    const RetrievalEvaluation::Ranker ranker = paragraphs ? RetrievalEvaluation::indexRanker(paragraphIndex)
                                                          : RetrievalEvaluation::indexRanker(pageIndex);
    const RetrievalReport report = RetrievalEvaluation::evaluate(*set, ranker, cutoffs);
    const qint64 searchMs = timer.elapsed();

    if (parser.isSet(json)) {
        QJsonObject o = report.all.toJson();
        o.insert(QStringLiteral("dataset"), set->name);
        o.insert(QStringLiteral("passages"), int(set->passages.size()));
        o.insert(QStringLiteral("chunks"), int(indexed.size()));
        o.insert(QStringLiteral("mode"), paragraphs ? QStringLiteral("paragraph") : QStringLiteral("page"));
        if (paragraphs) {
            const bool rrf = fusionOptions.method == PageFusionOptions::Method::ReciprocalRank;
            QJsonObject f{{QStringLiteral("method"), rrf ? QStringLiteral("rrf") : QStringLiteral("score")},
                          {QStringLiteral("page_weight"), fusionOptions.pageWeight}};
            if (rrf)
                f.insert(QStringLiteral("k"), fusionOptions.rrfK);
            o.insert(QStringLiteral("fusion"), f);
        }
        o.insert(QStringLiteral("tuning"), report.tuning.toJson());
        o.insert(QStringLiteral("heldout"), report.heldout.toJson());
        o.insert(QStringLiteral("timings_ms"), QJsonObject{{QStringLiteral("load"), loadMs},
                                                           {QStringLiteral("index"), indexMs},
                                                           {QStringLiteral("search"), searchMs}});
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        ctx.out.flush();
        return 0;
    }
    ctx.out << set->name << ": "
            << CliTr::tr("%1 passages, %2 questions, %3 chunks (%4)")
                   .arg(set->passages.size())
                   .arg(set->questions.size())
                   .arg(indexed.size())
                   .arg(QDir::toNativeSeparators(dataDir))
            << "\n";
    printMetrics(ctx.out, QStringLiteral("all"), report.all);
    printMetrics(ctx.out, QStringLiteral("tuning"), report.tuning);
    printMetrics(ctx.out, QStringLiteral("held-out"), report.heldout);
    ctx.out << CliTr::tr("index %1 ms, search %2 ms").arg(indexMs).arg(searchMs) << "\n";
    ctx.out.flush();
    return 0;
}

} // namespace Protostar::Cli
