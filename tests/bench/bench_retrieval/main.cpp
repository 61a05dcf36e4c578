// SPDX-License-Identifier: MIT
// bench_retrieval: quality (recall@k, MRR@10, held-out half) on ko-rag-eval and KorQuAD, then latency, build time
// and memory at growing corpus sizes, for this engine, SQLite FTS5 trigram and Xapian CJK n-grams, in one run.
// Last line: BENCH {json}.
#include "fts5peer.h"
#include "xapianpeer.h"

#include "benchsets.h"

#include "engine/evaldatasets.h"
#include "engine/retrievalevaluation.h"
#include "rag/lexicalindex.h"
#include "rag/pagefusedindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Protostar;

namespace {

QTextStream out(stdout);

QString passageText(const EvalPassage &p)
{
    return p.title + u'\n' + p.text;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(std::ceil(p * v.size())) - 1, v.size() - 1);
    return v.at(i);
}

double median(QList<double> v)
{
    return percentile(std::move(v), 0.5);
}

qint64 dirBytes(const QString &path)
{
    qint64 total = 0;
    for (const QFileInfo &fi : QDir(path).entryInfoList(QDir::Files))
        total += fi.size();
    return total;
}

void printRow(const QString &engine, const RetrievalReport &r)
{
    auto line = [&](const QString &half, const RetrievalMetrics &m) {
        out << "  " << engine.leftJustified(10) << half.leftJustified(9) << QString::number(m.questions).rightJustified(5);
        for (auto it = m.recallAt.cbegin(); it != m.recallAt.cend(); ++it)
            out << "  r@" << it.key() << " " << QString::number(it.value(), 'f', 3);
        out << "  mrr@10 " << QString::number(m.mrr10, 'f', 3) << "\n";
    };
    line(QStringLiteral("all"), r.all);
    line(QStringLiteral("tuning"), r.tuning);
    line(QStringLiteral("held-out"), r.heldout);
    out.flush();
}

QJsonObject qualityJson(const RetrievalReport &r)
{
    QJsonObject o = r.all.toJson();
    o.insert(QStringLiteral("tuning"), r.tuning.toJson());
    o.insert(QStringLiteral("heldout"), r.heldout.toJson());
    return o;
}

// --opt name=value overrides a ranking knob, for measuring one step at a time.
bool applyOption(LexicalRankingOptions &o, const QString &assignment)
{
    const QString name = assignment.section(u'=', 0, 0);
    bool ok = false;
    const double v = assignment.section(u'=', 1).toDouble(&ok);
    if (!ok)
        return false;
    if (name == QLatin1String("k1")) o.k1 = v;
    else if (name == QLatin1String("b")) o.b = v;
    else if (name == QLatin1String("unigram")) o.unigramWeight = v;
    else if (name == QLatin1String("bigram")) o.bigramWeight = v;
    else if (name == QLatin1String("trigram")) o.trigramWeight = v;
    else if (name == QLatin1String("word")) o.wordWeight = v;
    else if (name == QLatin1String("stem")) o.stemWeight = v;
    else if (name == QLatin1String("joint")) o.jointWeight = v;
    else if (name == QLatin1String("title")) o.titleRepeat = int(v);
    else if (name == QLatin1String("qtf")) o.queryTfCap = int(v);
    else if (name == QLatin1String("rerank")) o.rerankDepth = int(v);
    else if (name == QLatin1String("proximity")) o.proximityWeight = v;
    else if (name == QLatin1String("prf")) o.feedbackDocs = int(v);
    else if (name == QLatin1String("prf-terms")) o.feedbackTerms = int(v);
    else if (name == QLatin1String("prf-weight")) o.feedbackWeight = v;
    else if (name == QLatin1String("prf-min-docs")) o.feedbackMinDocs = int(v);
    else if (name == QLatin1String("delta")) o.delta = v;
    else if (name == QLatin1String("title-length")) o.titleInLength = v != 0;
    else return false;
    return true;
}

struct Timing {
    double p50 = 0, p99 = 0;
};

// Runs every query `repeat` times; p50/p99 are the medians over the repeats of each pass's percentiles.
template<typename Fn>
Timing timeQueries(const QStringList &queries, int repeat, Fn &&run)
{
    QList<double> p50s, p99s;
    for (int r = 0; r < repeat; ++r) {
        QList<double> ms;
        QElapsedTimer t;
        for (const QString &q : queries) {
            t.start();
            run(q);
            ms.append(t.nsecsElapsed() / 1e6);
        }
        p50s.append(percentile(ms, 0.5));
        p99s.append(percentile(ms, 0.99));
    }
    return Timing{median(p50s), median(p99s)};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("Corpus sizes for latency (0 = skip)."),
                                      QStringLiteral("LIST"), QStringLiteral("1000,10000,100000,1000000"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"), QStringLiteral("Queries per size."),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption bigQueriesOpt(QStringLiteral("queries-1m"), QStringLiteral("Queries at sizes >= 1M."),
                                           QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Passes over the queries per size."),
                                       QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption peerMaxOpt(QStringLiteral("peer-max"), QStringLiteral("Largest size the peers are built at."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption noPeersOpt(QStringLiteral("no-peers"), QStringLiteral("Only this engine."));
    const QCommandLineOption optOpt(QStringLiteral("opt"), QStringLiteral("Ranking knob, e.g. trigram=0.5."),
                                    QStringLiteral("NAME=VALUE"));
    const QCommandLineOption setsOpt(QStringLiteral("sets"), QStringLiteral("Quality sets."), QStringLiteral("LIST"),
                                     QStringLiteral("ko-rag-eval,korquad"));
    const QCommandLineOption failuresOpt(QStringLiteral("failures"),
                                         QStringLiteral("List tuning-half questions missed at rank 1."));
    parser.addOption(failuresOpt);
    const QCommandLineOption kSweepOpt(QStringLiteral("k-sweep"),
                                       QStringLiteral("Also rank with 5 to 80 chunks asked for, as callers do."));
    parser.addOption(kSweepOpt);
    const QCommandLineOption pagesOpt(QStringLiteral("pages"),
                                      QStringLiteral("Index ko-rag-eval pages whole instead of paragraph chunks."));
    parser.addOption(pagesOpt);
    const QCommandLineOption enginesOpt(QStringLiteral("engines"), QStringLiteral("Engines to run at the scale sizes."),
                                        QStringLiteral("LIST"), QStringLiteral("protostar,fts5,xapian"));
    parser.addOption(enginesOpt);
    const QCommandLineOption pageWeightOpt(QStringLiteral("page-weight"),
                                           QStringLiteral("Weight of a chunk's page in its score (0 = chunks alone)."),
                                           QStringLiteral("W"), QString::number(PageFusionOptions().pageWeight));
    parser.addOption(pageWeightOpt);
    const QCommandLineOption documentWeightOpt(QStringLiteral("document-weight"),
                                               QStringLiteral("Weight of a chunk's document's pooled pages (0 = off)."),
                                               QStringLiteral("W"), QStringLiteral("0"));
    parser.addOption(documentWeightOpt);
    const QCommandLineOption learnedOpt(QStringLiteral("learned"),
                                        QStringLiteral("Rank the fused pool by the learned weights (RankingFeatures)."));
    parser.addOption(learnedOpt);
    const Bench::BenchOptions shared(parser, Bench::BenchOptions::K::Without);
    parser.addOptions({sizesOpt, queriesOpt, bigQueriesOpt, repeatOpt, peerMaxOpt, noPeersOpt, optOpt, setsOpt});
    parser.process(app);

    LexicalRankingOptions ranking;
    for (const QString &o : parser.values(optOpt)) {
        if (!applyOption(ranking, o)) {
            std::fprintf(stderr, "bench_retrieval: bad --opt %s\n", qPrintable(o));
            return 2;
        }
    }
    PageFusionOptions fusion;
    fusion.pageWeight = parser.value(pageWeightOpt).toDouble();
    fusion.documentWeight = parser.value(documentWeightOpt).toDouble();
    fusion.learned = parser.isSet(learnedOpt);
    const QStringList engines = parser.value(enginesOpt).split(u',', Qt::SkipEmptyParts);
    const bool peers = !parser.isSet(noPeersOpt);
    const bool withOurs = engines.contains(QLatin1String("protostar"));
    const bool withFts5 = peers && engines.contains(QLatin1String("fts5"));
    const bool withXapian = peers && engines.contains(QLatin1String("xapian"));
    QJsonObject bench;
    QList<EvalDataset> sets;
    QList<ChunkRef> realChunks; // what this engine indexed for quality: the scale corpora replicate these

    // ---- quality
    for (const QString &name : parser.value(setsOpt).split(u',', Qt::SkipEmptyParts)) {
        const auto set = Bench::loadSet(name, shared, "bench_retrieval");
        if (!set)
            return 1;
        out << "== quality: " << name << " (" << set->passages.size() << " passages, " << set->questions.size()
            << " questions; the peers index each passage whole)\n";
        QJsonObject setJson;
        // ko-rag-eval pages are cut by the ParagraphChunker as imported documents are; pages rank by their best
        // chunk. The one-chunk-per-page figure is printed too, as "pages".
        const bool paragraphs = !parser.isSet(pagesOpt) && Bench::rankedByParagraphs(*set);
        if (paragraphs) {
            LexicalIndex pageIndex(ranking);
            pageIndex.addAll(set->passageChunks());
            const RetrievalReport pages = RetrievalEvaluation::evaluate(*set, RetrievalEvaluation::indexRanker(pageIndex));
            printRow(QStringLiteral("pages"), pages);
            setJson.insert(QStringLiteral("protostar_pages"), qualityJson(pages));
        }
        // What the app ranks with (KnowledgeBase): each chunk's score fused with its page's. The chunks alone are
        // printed too, as "chunks".
        PageFusedIndex index(ranking, fusion);
        const QList<ChunkRef> chunks = paragraphs ? set->paragraphChunks() : set->passageChunks();
        index.addAll(chunks);
        for (ChunkRef c : chunks) {
            // The two sets number their documents from 1 each: keep their pages apart in the scale corpora.
            c.chunk.documentId += DocumentId(sets.size()) * 1000000;
            realChunks.append(c);
        }
        out << "  protostar indexes " << chunks.size() << (paragraphs ? " paragraph chunks\n" : " passage chunks\n");
        if (paragraphs) {
            LexicalIndex alone(ranking);
            alone.addAll(chunks);
            const RetrievalReport r = RetrievalEvaluation::evaluate(*set, RetrievalEvaluation::indexRanker(alone));
            printRow(QStringLiteral("chunks"), r);
            setJson.insert(QStringLiteral("protostar_chunks_alone"), qualityJson(r));
        }
        const RetrievalReport ours = RetrievalEvaluation::evaluate(*set, RetrievalEvaluation::indexRanker(index));
        if (parser.isSet(kSweepOpt)) {
            // The fusion scores the pages of the chunks it is asked for (at least its pool): what a caller asking
            // for k chunks gets, pages by their best chunk among those k.
            for (int k : {5, 10, 20, 40, 80}) {
                auto ranker = [&index, k](const QString &query, int depth) {
                    QList<int> pages;
                    for (const SearchHit &h : index.search(query, SearchOptions{k, {}})) {
                        const int page = int(h.ref.chunk.documentId - 1);
                        if (!pages.contains(page) && pages.size() < depth)
                            pages.append(page);
                    }
                    return pages;
                };
                printRow(QStringLiteral("k=%1").arg(k), RetrievalEvaluation::evaluate(*set, ranker));
            }
        }
        if (parser.isSet(failuresOpt)) {
            // Tuning half only: held-out questions are reported, never read, so that no fix is made for one of them.
            const auto ranker = RetrievalEvaluation::indexRanker(index);
            int heldOutMisses = 0;
            for (const EvalQuestion &q : set->questions) {
                const QList<int> top = ranker(q.query, 10); // the depth evaluate() ranks at
                if (RetrievalEvaluation::isHeldOut(q.id)) {
                    heldOutMisses += !top.isEmpty() && !q.goldIds.contains(set->passages.at(top.first()).id);
                    continue;
                }
                if (!top.isEmpty() && !q.goldIds.contains(set->passages.at(top.first()).id))
                    out << "  miss " << q.id << " | " << q.query << "\n    gold " << q.goldIds.first() << "\n    got  "
                        << set->passages.at(top.first()).id << "\n";
            }
            out << "  (" << heldOutMisses << " held-out misses not listed)\n";
        }
        printRow(QStringLiteral("protostar"), ours);
        setJson.insert(QStringLiteral("protostar"), qualityJson(ours));
        if (peers) {
            Fts5Peer fts(QStringLiteral(":memory:"));
            fts.begin();
            for (qsizetype i = 0; i < set->passages.size(); ++i)
                fts.add(i + 1, passageText(set->passages.at(i)));
            fts.commit();
            auto ftsRanker = [&](const QString &q, int depth) {
                QList<int> r;
                for (qint64 id : fts.search(q, depth))
                    r.append(int(id - 1));
                return r;
            };
            const RetrievalReport f = RetrievalEvaluation::evaluate(*set, ftsRanker, {1, 3, 5, 10}, false);
            printRow(QStringLiteral("fts5"), f);
            setJson.insert(QStringLiteral("fts5"), qualityJson(f));

            QTemporaryDir tmp;
            XapianPeer xap(tmp.filePath(QStringLiteral("xapian")));
            for (qsizetype i = 0; i < set->passages.size(); ++i)
                xap.add(i + 1, passageText(set->passages.at(i)));
            xap.commit();
            auto xapRanker = [&](const QString &q, int depth) {
                QList<int> r;
                for (qint64 id : xap.search(q, depth))
                    r.append(int(id - 1));
                return r;
            };
            const RetrievalReport x = RetrievalEvaluation::evaluate(*set, xapRanker, {1, 3, 5, 10}, false);
            printRow(QStringLiteral("xapian"), x);
            setJson.insert(QStringLiteral("xapian"), qualityJson(x));
        }
        bench.insert(name, setJson);
        sets.append(*set);
    }

    // ---- scale: replicate the real passages of both sets with distinct ids; queries are real questions.
    QList<ChunkRef> base;
    QStringList baseText;
    QStringList allQueries;
    for (const ChunkRef &c : realChunks) {
        base.append(c);
        baseText.append(c.documentName + u'\n' + c.chunk.text);
    }
    for (const EvalDataset &s : sets) {
        const qsizetype step = qMax<qsizetype>(1, s.questions.size() / 150);
        for (qsizetype i = 0; i < s.questions.size(); i += step)
            allQueries.append(s.questions.at(i).query);
    }
    // Interleave the sets' questions so any prefix mixes both.
    std::stable_partition(allQueries.begin(), allQueries.end(), [](const QString &) { return true; });
    QJsonObject scale;
    const int repeat = parser.value(repeatOpt).toInt();
    for (const QString &sizeText : parser.value(sizesOpt).split(u',', Qt::SkipEmptyParts)) {
        const qint64 n = sizeText.toLongLong();
        if (n <= 0 || base.isEmpty())
            continue;
        const int nq = n >= 1000000 ? parser.value(bigQueriesOpt).toInt() : parser.value(queriesOpt).toInt();
        QStringList queries;
        for (int i = 0; i < nq && !allQueries.isEmpty(); ++i)
            queries.append(allQueries.at((qsizetype(i) * 7919) % allQueries.size()));
        out << "== scale: " << n << " chunks, " << queries.size() << " queries x " << repeat << " passes\n";
        out.flush();
        QJsonObject row;
        if (withOurs) {
            QElapsedTimer t;
            t.start();
            PageFusedIndex index(ranking, fusion);
            // Whole copies of the real corpus, one addAll each as the importer adds documents, so pages keep
            // their paragraphs: each copy's documents get new ids.
            for (qint64 done = 0, copy = 0; done < n; ++copy) {
                QList<ChunkRef> batch;
                for (qsizetype j = 0; j < base.size() && done < n; ++j, ++done) {
                    ChunkRef c = base.at(j);
                    c.chunk.id = done + 1;
                    c.chunk.documentId += copy * 10000000;
                    batch.append(c);
                }
                index.addAll(batch);
            }
            const double buildS = t.nsecsElapsed() / 1e9;
            SearchOptions so;
            so.k = 10;
            const Timing tm = timeQueries(queries, repeat, [&](const QString &q) { (void)index.search(q, so); });
            out << "  protostar build " << QString::number(buildS, 'f', 2) << " s, index " << index.indexBytes() / n
                << " B/chunk, p50 " << QString::number(tm.p50, 'f', 2) << " ms, p99 "
                << QString::number(tm.p99, 'f', 2) << " ms\n";
            out.flush();
            row.insert(QStringLiteral("protostar"), QJsonObject{{QStringLiteral("build_s"), buildS},
                                                                {QStringLiteral("bytes_per_chunk"), index.indexBytes() / n},
                                                                {QStringLiteral("p50_ms"), tm.p50},
                                                                {QStringLiteral("p99_ms"), tm.p99}});
        }
        if (peers && n <= parser.value(peerMaxOpt).toLongLong()) {
            QTemporaryDir tmp;
            if (withFts5) {
                QElapsedTimer t;
                t.start();
                Fts5Peer fts(tmp.filePath(QStringLiteral("fts5.db")));
                fts.begin();
                for (qint64 i = 0; i < n; ++i)
                    fts.add(i + 1, baseText.at(i % baseText.size()));
                fts.commit();
                const double buildS = t.nsecsElapsed() / 1e9;
                const Timing tm = timeQueries(queries, repeat, [&](const QString &q) { (void)fts.search(q, 10); });
                out << "  fts5      build " << QString::number(buildS, 'f', 2) << " s, db " << fts.bytes() / n
                    << " B/chunk, p50 " << QString::number(tm.p50, 'f', 2) << " ms, p99 " << QString::number(tm.p99, 'f', 2)
                    << " ms\n";
                out.flush();
                row.insert(QStringLiteral("fts5"), QJsonObject{{QStringLiteral("build_s"), buildS},
                                                               {QStringLiteral("bytes_per_chunk"), fts.bytes() / n},
                                                               {QStringLiteral("p50_ms"), tm.p50},
                                                               {QStringLiteral("p99_ms"), tm.p99}});
            }
            if (withXapian) {
                QElapsedTimer t;
                t.start();
                const QString dir = tmp.filePath(QStringLiteral("xapian"));
                XapianPeer xap(dir);
                for (qint64 i = 0; i < n; ++i)
                    xap.add(i + 1, baseText.at(i % baseText.size()));
                xap.commit();
                const double buildS = t.nsecsElapsed() / 1e9;
                const Timing tm = timeQueries(queries, repeat, [&](const QString &q) { (void)xap.search(q, 10); });
                out << "  xapian    build " << QString::number(buildS, 'f', 2) << " s, db " << dirBytes(dir) / n
                    << " B/chunk, p50 " << QString::number(tm.p50, 'f', 2) << " ms, p99 " << QString::number(tm.p99, 'f', 2)
                    << " ms\n";
                out.flush();
                row.insert(QStringLiteral("xapian"), QJsonObject{{QStringLiteral("build_s"), buildS},
                                                                 {QStringLiteral("bytes_per_chunk"), dirBytes(dir) / n},
                                                                 {QStringLiteral("p50_ms"), tm.p50},
                                                                 {QStringLiteral("p99_ms"), tm.p99}});
            }
        }
        scale.insert(sizeText, row);
    }
    if (!scale.isEmpty())
        bench.insert(QStringLiteral("scale"), scale);
    out << "BENCH " << QString::fromUtf8(QJsonDocument(bench).toJson(QJsonDocument::Compact)) << "\n";
    out.flush();
    return 0;
}
